// @ts-check
/** Pembantu tampilan kecil: pembuat elemen tanpa innerHTML (teks dari server selalu sebagai teks), angka Indonesia, lencana, bilah. */

/**
 * @typedef {string | number | Node | null | undefined | false} Child
 * @typedef {Child | Child[] | Array<Child | Child[]> | Array<Child | Child[] | Array<Child | Child[]>>} Children
 * @typedef {Record<string, string | number | boolean | null | undefined | EventListener>} Attrs
 */

/**
 * Membuat elemen HTML. Atribut `on*` berupa fungsi menjadi pendengar peristiwa; `class` dan atribut lain
 * ditulis apa adanya; nilai false/null/undefined dilewati.
 * @template {keyof HTMLElementTagNameMap} K
 * @param {K} tag
 * @param {Attrs | null} [attrs]
 * @param {...Children} children
 * @returns {HTMLElementTagNameMap[K]}
 */
export function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  setAttrs(el, attrs);
  append(el, children);
  return el;
}

const SVG_NS = "http://www.w3.org/2000/svg";

/**
 * Membuat elemen SVG.
 * @param {string} tag
 * @param {Record<string, string | number | null | undefined> | null} [attrs]
 * @param {...Children} children
 * @returns {SVGElement}
 */
export function s(tag, attrs, ...children) {
  const el = /** @type {SVGElement} */ (document.createElementNS(SVG_NS, tag));
  for (const [k, v] of Object.entries(attrs ?? {})) if (v !== null && v !== undefined) el.setAttribute(k, String(v));
  append(el, children);
  return el;
}

/**
 * @param {Element} el
 * @param {Attrs | null | undefined} attrs
 */
function setAttrs(el, attrs) {
  for (const [k, v] of Object.entries(attrs ?? {})) {
    if (v === false || v === null || v === undefined) continue;
    if (k.startsWith("on") && typeof v === "function") el.addEventListener(k.slice(2), v);
    else if (v === true) el.setAttribute(k, "");
    else el.setAttribute(k, String(v));
  }
}

/**
 * @param {Element} el
 * @param {Children[]} children
 */
function append(el, children) {
  for (const c of /** @type {Child[]} */ (children.flat(Infinity))) {
    if (c === null || c === undefined || c === false) continue;
    el.append(typeof c === "object" ? c : String(c));
  }
}

/**
 * Mengganti seluruh isi elemen.
 * @param {Element} el
 * @param {...Children} children
 */
export function replace(el, ...children) {
  el.replaceChildren();
  append(el, children);
}

const nf0 = new Intl.NumberFormat("id-ID", { maximumFractionDigits: 0 });
const nf2 = new Intl.NumberFormat("id-ID", { minimumFractionDigits: 0, maximumFractionDigits: 2 });

/** @param {number} n @param {number} [digits] */
export function num(n, digits = 2) {
  return (digits === 0 ? nf0 : nf2).format(n);
}

/** Persentase bulat dari a/b (0 bila b = 0). @param {number} a @param {number} b */
export function pct(a, b) {
  return b > 0 ? Math.round((100 * a) / b) : 0;
}

/** @type {Record<string, string>} */
export const STATUS_LABEL = {
  kuat: "Kuat",
  perlu_perbaikan: "Perlu perbaikan",
  lemah: "Lemah",
  kosong: "Kosong",
};

/** @type {Record<string, string>} */
export const SEVERITY_LABEL = { error: "Galat", warning: "Peringatan", saran: "Saran" };

/**
 * Kategori cacat narasi menurut evaluator (`defect` pada temuan, Domain/Checking/Defects.cs). Satu-satunya daftar
 * label untuk panel Word dan aplikasi web; laporan HTML/teks server memakai daftar yang sama (DefectLabels.cs),
 * dan uji DefectLabelsTests memastikan keduanya tidak berbeda.
 * @type {Record<string, string>}
 */
export const DEFECT_LABEL = {
  over_claim: "Jawaban melebihi narasi",
  under_claim: "Jawaban di bawah narasi",
  invalid_answer: "Jawaban tidak sah",
  not_realised: "Belum terlaksana",
  no_date: "Tanpa tanggal",
  no_legal_basis: "Tanpa dasar hukum",
  no_result: "Tanpa hasil",
  no_comparison: "Tanpa pembanding",
  vague_claim: "Klaim kabur",
  no_evidence: "Tanpa bukti dukung",
  irrelevant_evidence: "Bukti tidak relevan",
  wrong_question: "Salah pertanyaan",
  inconsistent: "Tidak konsisten",
  drafting_leftover: "Sisa penyusunan",
};

/**
 * Label cacat sebuah temuan (null bila temuan tidak menyebut cacat).
 * @param {{ defect?: string | null }} f
 */
export function defectLabel(f) {
  return f.defect ? (DEFECT_LABEL[f.defect] ?? f.defect) : null;
}

/**
 * Jawaban yang diklaim dan jawaban yang didukung narasi, berdampingan. `inferred` null: pemeriksa tidak menyimpulkan
 * jawaban (pertanyaan tanpa pilihan atau narasi kosong). Nada: "cocok", "lebih" (klaim melebihi), "beda".
 * @param {string | null | undefined} claimed
 * @param {{ code: string } | null | undefined} inferred
 * @param {string | null | undefined} [defect] cacat jawaban dari temuan (over_claim / under_claim) bila ada
 */
export function answerTone(claimed, inferred, defect) {
  if (!inferred || !claimed) return "abu";
  if (claimed.trim().toLowerCase() === inferred.code.trim().toLowerCase()) return "cocok";
  return defect === "over_claim" ? "lebih" : "beda";
}

/** @type {Record<string, string>} */
export const ROLE_LABEL = { admin: "Admin", pimpinan: "Pimpinan", penulis: "Penulis", peninjau: "Peninjau" };

/**
 * Lampu lalu lintas: hijau ≥ 80, kuning 60–79, merah < 60. Status dari server ikut menentukan: narasi dengan
 * galat tidak pernah "kuat" meski skornya ≥ 80, sehingga warnanya mengikuti status bila status lebih buruk.
 * @param {number} score
 * @param {string} [status]
 * @returns {"hijau" | "kuning" | "merah" | "abu"}
 */
export function light(score, status) {
  if (status === "kosong") return "abu";
  const byScore = score >= 80 ? 2 : score >= 60 ? 1 : 0;
  const byStatus = status === "lemah" ? 0 : status === "perlu_perbaikan" ? 1 : 2;
  const level = Math.min(byScore, byStatus);
  return level === 2 ? "hijau" : level === 1 ? "kuning" : "merah";
}

/**
 * Lencana status narasi dengan skornya.
 * @param {string} status
 * @param {number} score
 */
export function statusBadge(status, score) {
  const color = light(score, status);
  const label = STATUS_LABEL[status] ?? status;
  return h("span", { class: `badge badge-${color}`, "data-status": status },
    h("span", { class: "badge-dot", "aria-hidden": "true" }),
    `${label} · ${num(score, 0)}`);
}

/**
 * Bilah kemajuan dengan label yang dibacakan pembaca layar.
 * @param {number} value
 * @param {number} max
 * @param {string} label teks untuk pembaca layar, mis. "Terjawab"
 * @param {"brand" | "hijau" | "kuning" | "merah"} [tone]
 */
export function bar(value, max, label, tone = "brand") {
  const p = pct(value, max);
  const fill = h("span", { class: `bar-fill bar-${tone}` });
  fill.style.width = `${Math.min(100, Math.max(0, max > 0 ? (100 * value) / max : 0))}%`;
  return h("span", { class: "bar-wrap" },
    h("span", {
      class: "bar", role: "progressbar", "aria-label": label,
      "aria-valuemin": 0, "aria-valuemax": max, "aria-valuenow": value, "aria-valuetext": `${value} dari ${max} (${p}%)`,
    }, fill),
    h("span", { class: "bar-text" }, `${value}/${max}`, h("span", { class: "muted" }, ` · ${p}%`)));
}

/**
 * Bilah persentase (0–100).
 * @param {number} percent
 * @param {string} label
 */
export function percentBar(percent, label) {
  const tone = percent >= 80 ? "hijau" : percent >= 60 ? "kuning" : "merah";
  const fill = h("span", { class: `bar-fill bar-${tone}` });
  fill.style.width = `${Math.min(100, Math.max(0, percent))}%`;
  return h("span", { class: "bar-wrap" },
    h("span", {
      class: "bar", role: "progressbar", "aria-label": label,
      "aria-valuemin": 0, "aria-valuemax": 100, "aria-valuenow": Math.round(percent), "aria-valuetext": `${num(percent)}%`,
    }, fill),
    h("span", { class: "bar-text" }, `${num(percent)}%`));
}

/**
 * Kotak pesan galat (dibacakan segera).
 * @param {unknown} error
 */
export function errorBox(error) {
  const message = error instanceof Error ? error.message : String(error);
  const details = /** @type {{ details?: string[] }} */ (error)?.details ?? [];
  return h("div", { class: "message message-error", role: "alert" },
    h("strong", null, "Gagal: "), message,
    details.length ? h("ul", null, details.map((d) => h("li", null, d))) : null);
}

/** @param {string} text */
export function loading(text) {
  return h("p", { class: "loading" }, h("span", { class: "spinner", "aria-hidden": "true" }), text);
}

/**
 * Kartu dengan judul.
 * @param {string} title
 * @param {...Children} children
 */
export function card(title, ...children) {
  const id = `k-${Math.random().toString(36).slice(2, 9)}`;
  return h("section", { class: "card", "aria-labelledby": id }, h("h2", { id }, title), ...children);
}

/** Teks dipotong sampai n karakter dengan elipsis (judul pertanyaan di daftar panel). @param {string} t @param {number} n */
export function shorten(t, n) {
  return t.length > n ? t.slice(0, n - 1) + "…" : t;
}
