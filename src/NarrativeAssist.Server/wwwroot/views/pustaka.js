// @ts-check
/**
 * Pustaka templat: cari narasi dan presentasi unit yang sudah berhasil (GET /api/library), lihat satu entri, terbitkan
 * narasi unit sendiri lewat draf tersamar yang wajib ditinjau (POST /api/library/drafts → /confirm dengan reviewHash),
 * tarik entri terbitan, dan (admin server) sembunyikan atau unggulkan entri.
 */
import * as api from "../api.js";
import { h, replace, errorBox, loading, card } from "./ui.js";
/** @import { UnitRef } from "../api-types.js" */

/** @type {Record<string, string>} */
const KIND_LABEL = { narasi: "Narasi", presentasi: "Presentasi" };
/** @type {Record<string, string>} */
const REPLACEMENT_LABEL = {
  unit: "Nama unit", person: "Nama orang", decree: "Nomor SK", address: "Alamat", phone: "Nomor telepon", email: "Surel", amount: "Jumlah rupiah",
  nip: "NIP/NRP", identity: "Nomor identitas", certificate: "Nomor sertipikat", region: "Wilayah", link: "Tautan", handle: "Akun media sosial", plate: "Nomor kendaraan",
};

/** Entri per langkah "Muat lagi". */
const PAGE = 20;

/**
 * Dialog modal untuk satu entri (elemen <dialog>: Esc menutup, fokus terkurung di dalamnya oleh peramban). Saat
 * ditutup, fokus kembali ke tombol yang membukanya — bila tombol itu sudah diganti (daftar dimuat ulang), ke
 * tombol entri yang sama di daftar baru.
 */
function entryDialog() {
  const title = h("h2", { id: "pustaka-detail-judul", tabindex: "-1" });
  const content = h("div", { class: "dialog-body" });
  const close = h("button", { type: "button", class: "button", id: "pustaka-tutup" }, "Tutup");
  const dialog = h("dialog", { class: "dialog", id: "pustaka-detail", "aria-labelledby": "pustaka-detail-judul" },
    h("div", { class: "dialog-head" }, title, close), content);
  /** @type {HTMLElement | null} */
  let opener = null;
  close.addEventListener("click", () => dialog.close());
  dialog.addEventListener("click", (ev) => { if (ev.target === dialog) dialog.close(); }); // klik di latar
  dialog.addEventListener("close", () => {
    const id = opener?.closest("[data-id]")?.getAttribute("data-id");
    const back = opener?.isConnected ? opener
      : id ? /** @type {HTMLElement | null} */ (document.querySelector(`#pustaka-daftar [data-id="${CSS.escape(id)}"] button`)) : null;
    back?.focus();
  });
  return {
    dialog,
    /** @param {HTMLElement | null} from @param {...import("./ui.js").Children} children */
    open(from, ...children) {
      if (from) opener = from;
      title.textContent = "Entri pustaka";
      replace(content, ...children);
      if (!dialog.open) dialog.showModal();
      title.focus();
    },
    /** @param {string} heading @param {...import("./ui.js").Children} children */
    fill(heading, ...children) {
      title.textContent = heading;
      replace(content, ...children);
      if (dialog.open) title.focus();
    },
    /** @param {Node} node */
    append(node) { content.append(node); },
  };
}

/** @param {import("../app.js").ViewContext} ctx */
export async function renderPustaka(ctx) {
  const isAdmin = !!ctx.me?.isAdmin;
  const unit = ctx.units.find((u) => u.id === ctx.unitId);
  ctx.main.append(h("div", { class: "page-head" },
    h("h1", null, "Pustaka templat"),
    h("p", { class: "muted" }, "Narasi dan presentasi unit yang sudah berhasil, disamarkan sebelum diterbitkan. Skor = hasil pemeriksa terhadap checklist pertanyaannya.")));

  const q = h("input", { type: "search", id: "pustaka-q", name: "q", placeholder: "mis. pembentukan tim" });
  const kind = h("select", { id: "pustaka-jenis", name: "kind" },
    h("option", { value: "" }, "Semua jenis"), h("option", { value: "narasi" }, "Narasi"), h("option", { value: "presentasi" }, "Presentasi"));
  const questionId = h("input", { type: "text", id: "pustaka-pertanyaan", name: "questionId", placeholder: "mis. P.MP.1.a" });
  const form = h("form", { class: "filter-bar", id: "pustaka-cari", role: "search" },
    h("div", { class: "field field-grow" }, h("label", { for: "pustaka-q" }, "Cari"), q),
    h("div", { class: "field" }, h("label", { for: "pustaka-jenis" }, "Jenis"), kind),
    h("div", { class: "field" }, h("label", { for: "pustaka-pertanyaan" }, "Pertanyaan"), questionId),
    h("div", { class: "actions" }, h("button", { type: "submit", class: "button button-primary" }, "Cari")));
  const results = h("div", { id: "pustaka-hasil" });
  const detail = entryDialog();
  const publish = h("div", { id: "pustaka-terbit" });
  ctx.main.append(card("Cari di pustaka", form, results), detail.dialog, publish);

  /** Hasil pencarian terakhir; daftar menampilkan PAGE entri per langkah "Muat lagi". @type {any[]} */
  let items = [];
  let shownCount = 0;
  const list = h("ol", { class: "library-list", id: "pustaka-daftar" });
  const count = h("p", { class: "muted", role: "status", id: "pustaka-jumlah" });
  const more = h("button", { type: "button", class: "button", id: "pustaka-muat-lagi" });

  /** @param {any} it */
  const row = (it) => h("li", { class: "library-item", "data-id": it.id },
    h("button", { type: "button", class: "link-button library-title", "aria-haspopup": "dialog", onclick: (/** @type {Event} */ ev) => void show(it.id, /** @type {HTMLElement} */ (ev.currentTarget)) }, it.title),
    h("span", { class: "library-badges" },
      h("span", { class: "badge badge-abu" }, KIND_LABEL[it.kind] ?? it.kind),
      it.featured ? h("span", { class: "badge badge-hijau" }, "Unggulan") : null,
      it.hidden ? h("span", { class: "badge badge-kuning" }, "Disembunyikan") : null),
    h("span", { class: "muted library-meta" }, `${(it.questionIds ?? []).join(", ")} · skor ${it.score}`
      + `${it.predikat ? ` · ${it.predikat} ${it.tahun ?? ""}` : ""} · ${it.sourceUnit}`));

  /** Menambah satu halaman ke daftar; fokus pindah ke entri pertama yang baru agar papan ketik tidak mulai dari atas. */
  const showMore = (focusNew = false) => {
    const next = items.slice(shownCount, shownCount + PAGE);
    const rows = next.map(row);
    list.append(...rows);
    shownCount += next.length;
    count.textContent = items.length === 0 ? "Tidak ada entri yang cocok."
      : `${items.length} entri ditemukan · ${shownCount === items.length ? "semua" : shownCount} ditampilkan.`;
    more.hidden = shownCount >= items.length;
    more.textContent = `Muat lagi (${Math.min(PAGE, items.length - shownCount)} dari ${items.length - shownCount} berikutnya)`;
    if (focusNew) /** @type {HTMLElement | null} */ (rows[0]?.querySelector("button"))?.focus();
  };
  more.addEventListener("click", () => showMore(true));

  const search = async () => {
    replace(results, loading("Mencari…"));
    const params = new URLSearchParams();
    const qv = /** @type {HTMLInputElement} */ (q).value.trim();
    if (qv) params.set("q", qv);
    const kv = /** @type {HTMLSelectElement} */ (kind).value;
    if (kv) params.set("kind", kv);
    const qid = /** @type {HTMLInputElement} */ (questionId).value.trim();
    if (qid) params.set("questionId", qid);
    if (isAdmin) params.set("includeHidden", "true");
    try {
      const data = await api.request(`/api/library?${params}`, { signal: ctx.signal });
      items = /** @type {any[]} */ (data.items);
      shownCount = 0;
      replace(list);
      replace(results, count, list, h("div", { class: "actions" }, more));
      showMore();
      ctx.announce(`${items.length} entri pustaka ditemukan.`);
    } catch (e) {
      if (!ctx.signal.aborted) replace(results, errorBox(e));
    }
  };

  /**
   * Membuka entri di dialog modal, di depan pengguna; fokus masuk ke dialog dan kembali ke judul yang diklik
   * saat dialog ditutup (Esc atau "Tutup").
   * @param {string} id
   * @param {HTMLElement | null} [from]
   */
  const show = async (id, from) => {
    detail.open(from ?? null, loading("Memuat entri…"));
    try {
      const e = await api.request(`/api/library/${encodeURIComponent(id)}${isAdmin ? "?includeHidden=true" : ""}`, { signal: ctx.signal });
      const body = h("div", { class: "pustaka-isi", id: "pustaka-isi" });
      if (e.html) body.innerHTML = e.html; // HTML dari Markdig tanpa HTML mentah (DisableHtml)
      else body.append(h("pre", null, e.markdown));
      const p = e.provenance ?? {};
      const actions = [];
      if (e.downloadUrl) actions.push(h("button", { type: "button", class: "button button-primary", onclick: () => void download(e) }, "Unduh .pptx"));
      if (isAdmin) {
        actions.push(h("button", { type: "button", class: "button", id: "pustaka-unggulkan", onclick: () => void curate(e.id, { featured: !e.featured }) },
          e.featured ? "Batal unggulkan" : "Unggulkan"));
        actions.push(h("button", { type: "button", class: "button", id: "pustaka-sembunyikan", onclick: () => void curate(e.id, { hidden: !e.hidden }) },
          e.hidden ? "Tampilkan" : "Sembunyikan"));
      }
      detail.fill(e.title,
        h("p", { class: "muted" }, `${KIND_LABEL[e.kind] ?? e.kind} · ${(e.questionIds ?? []).join(", ")} · skor checklist ${e.score} · dipakai ${e.uses} kali`),
        h("p", { class: "muted" }, `Asal: ${p.sourceUnit ?? "anonim"}${p.instansi ? `, ${p.instansi}` : ""}${p.predikat ? ` · ${p.predikat} ${p.tahun ?? ""}` : ""}`),
        e.placeholders?.length ? h("p", null, `Isian yang perlu diisi: ${e.placeholders.join(", ")}`) : null,
        body,
        actions.length ? h("div", { class: "actions" }, ...actions) : null);
    } catch (err) {
      if (!ctx.signal.aborted) detail.fill("Entri tidak dapat dimuat", errorBox(err));
    }
  };

  /** @param {any} e */
  const download = async (e) => {
    const res = await fetch(e.downloadUrl, { headers: { Authorization: `Bearer ${api.getToken()}` } });
    const blob = await res.blob();
    const a = h("a", { href: URL.createObjectURL(blob), download: "pustaka.pptx" });
    a.click();
  };

  /** @param {string} id @param {{hidden?: boolean, featured?: boolean}} change */
  const curate = async (id, change) => {
    try {
      await api.request(`/api/library/${encodeURIComponent(id)}/curation`, { method: "PUT", json: change });
      ctx.announce("Kurasi disimpan.");
      await Promise.all([show(id), search()]);
    } catch (err) {
      detail.append(errorBox(err));
    }
  };

  form.addEventListener("submit", (ev) => {
    ev.preventDefault();
    void search();
  });

  if (unit && (isAdmin || unit.role === "pimpinan" || unit.role === "admin")) renderPublish(ctx, unit, publish, search);
  await search();
}

/**
 * @param {import("../app.js").ViewContext} ctx
 * @param {UnitRef} unit
 * @param {HTMLElement} host
 * @param {() => Promise<void>} refresh
 */
function renderPublish(ctx, unit, host, refresh) {
  const question = h("input", { type: "text", id: "terbit-pertanyaan", placeholder: "mis. P.MP.1.a", size: 10, required: true });
  const anonymous = h("input", { type: "checkbox", id: "terbit-anonim" });
  const review = h("div", { id: "terbit-tinjau" });
  const mine = h("div", { id: "terbit-milik" });
  const form = h("form", { class: "actions", id: "terbit-form" },
    h("label", { for: "terbit-pertanyaan" }, "Narasi pertanyaan"), question,
    h("span", null, anonymous, h("label", { for: "terbit-anonim" }, " Terbitkan sebagai anonim")),
    h("button", { type: "submit", class: "button button-primary" }, "Siapkan draf tersamar"));
  host.append(card(`Terbitkan dari ${unit.nama}`,
    h("p", { class: "muted" }, "Nama unit, nama orang, nomor SK, alamat, telepon, surel dan jumlah rupiah diganti isian. Tinjau hasilnya sebelum menerbitkan."),
    form, review, h("h3", null, "Entri unit ini"), mine));

  const loadMine = async () => {
    try {
      const data = await api.request(`/api/library/drafts?unitId=${encodeURIComponent(unit.id)}`, { signal: ctx.signal });
      const items = /** @type {any[]} */ (data.items);
      replace(mine, items.length === 0 ? h("p", { class: "muted" }, "Belum ada.") : h("ul", { id: "terbit-daftar" }, ...items.map((it) => h("li", { "data-id": it.id },
        `${it.title} (${it.status}) `,
        it.status === "terbit" ? h("button", { type: "button", class: "button", onclick: () => void unpublish(it.id) }, "Tarik") : null))));
    } catch (e) {
      if (!ctx.signal.aborted) replace(mine, errorBox(e));
    }
  };

  /** @param {string} id */
  const unpublish = async (id) => {
    try {
      await api.request(`/api/library/${encodeURIComponent(id)}/unpublish`, { method: "POST" });
      ctx.announce("Entri ditarik dari pustaka.");
      await Promise.all([loadMine(), refresh()]);
    } catch (e) {
      mine.append(errorBox(e));
    }
  };

  /** @param {any} d */
  const showDraft = (d) => {
    const rows = (d.replacements ?? []).map((/** @type {any} */ r) => h("tr", null,
      h("td", null, REPLACEMENT_LABEL[r.kind] ?? r.kind), h("td", null, h("del", null, r.original)), h("td", null, h("ins", null, r.placeholder))));
    const preview = h("div", { class: "pustaka-isi", id: "terbit-pratinjau" });
    preview.innerHTML = d.html ?? "";
    replace(review,
      h("h3", null, "Tinjau penyamaran"),
      h("table", { class: "table", id: "terbit-penggantian" },
        h("caption", null, `${rows.length} penggantian diusulkan`),
        h("thead", null, h("tr", null, h("th", { scope: "col" }, "Jenis"), h("th", { scope: "col" }, "Asli"), h("th", { scope: "col" }, "Menjadi"))),
        h("tbody", null, ...rows)),
      h("h4", null, "Teks yang akan terbit"),
      preview,
      markForm(d),
      h("div", { class: "actions" },
        h("button", { type: "button", class: "button button-primary", id: "terbit-konfirmasi", onclick: () => void confirm(d) }, "Saya sudah meninjau — terbitkan"),
        h("button", { type: "button", class: "button", onclick: () => void discard(d) }, "Buang draf")));
  };

  /** Marks what the anonymiser missed: the draft is anonymised again with it and shown for a new review.
   * @param {any} d */
  const markForm = (d) => {
    const text = h("input", { type: "text", id: "terbit-tanda-teks", maxlength: "200", "aria-describedby": "terbit-tanda-info" });
    const kind = h("select", { id: "terbit-tanda-jenis" }, ...Object.entries(REPLACEMENT_LABEL).map(([k, v]) => h("option", { value: k, selected: k === "person" }, v)));
    const mark = async () => {
      const value = /** @type {HTMLInputElement} */ (text).value.trim();
      if (value.length < 2) return;
      try {
        showDraft(await api.request(`/api/library/drafts/${d.id}`, { method: "PUT", json: { marks: [{ text: value, kind: /** @type {HTMLSelectElement} */ (kind).value }] } }));
        ctx.announce("Draf disamarkan ulang; tinjau lagi sebelum menerbitkan.");
      } catch (e) {
        review.append(errorBox(e));
      }
    };
    return h("div", { class: "actions", id: "terbit-tanda" },
      h("label", { for: "terbit-tanda-teks" }, "Masih ada yang mengenali unit atau orang?"), text, kind,
      h("button", { type: "button", class: "button", onclick: () => void mark() }, "Samarkan juga"),
      h("p", { class: "muted", id: "terbit-tanda-info" }, "Setiap kemunculan teks ini diganti isian, lalu pratinjau ditampilkan lagi."));
  };

  /** @param {any} d */
  const confirm = async (d) => {
    try {
      await api.request(`/api/library/drafts/${d.id}/confirm`, { json: { reviewHash: d.reviewHash } });
      replace(review, h("p", { role: "status", id: "terbit-status" }, "Diterbitkan ke pustaka."));
      ctx.announce("Diterbitkan ke pustaka.");
      await Promise.all([loadMine(), refresh()]);
    } catch (e) {
      review.append(errorBox(e));
    }
  };

  /** @param {any} d */
  const discard = async (d) => {
    await api.request(`/api/library/drafts/${d.id}`, { method: "DELETE" });
    replace(review);
    await loadMine();
  };

  form.addEventListener("submit", async (ev) => {
    ev.preventDefault();
    replace(review, loading("Menyamarkan…"));
    try {
      const d = await api.request("/api/library/drafts", {
        json: { unitId: unit.id, kind: "narasi", questionId: /** @type {HTMLInputElement} */ (question).value.trim(), anonymous: /** @type {HTMLInputElement} */ (anonymous).checked },
      });
      showDraft(d);
      await loadMine();
    } catch (e) {
      replace(review, errorBox(e));
    }
  });
  void loadMine();
}
