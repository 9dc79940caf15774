// @ts-check
/**
 * Tab "Pertanyaan ini": mengikuti kursor, memeriksa narasi di kursor (ulang saat mengetik berhenti), pilihan jawaban
 * yang ditulis ke dokumen, daftar periksa dan temuan, dan sisipan contoh narasi.
 */
import * as api from "../api.js";
import * as word from "./office-adapter.js";
import { h, replace, statusBadge, STATUS_LABEL, loading } from "../views/ui.js";
import { announce } from "../views/pane-shell.js";
import { answerCompare, findingView } from "./findings.js";
import { selectTab, setSaveNote, showPaneError } from "./shell.js";
import { state } from "./state.js";
/** @import { Q } from "./state.js" */
/** @import { QuestionResult, NarrativeTemplate } from "../api-types.js" */

const CHECK_DELAY_MS = 700;

/** @type {ReturnType<typeof setTimeout> | undefined} */
let followTimer;

export function scheduleFollow() {
  clearTimeout(followTimer);
  followTimer = setTimeout(() => { follow().catch(showPaneError); }, CHECK_DELAY_MS);
}

/** Mengikuti kursor: pertanyaan baru ditampilkan dan diperiksa; pertanyaan sama diperiksa ulang bila teksnya berubah. */
export async function follow() {
  const id = await word.currentQuestionId();
  if (id !== state.current) {
    state.current = id;
    state.checkedText = null;
    renderCurrent();
    if (id) {
      await Promise.all([check(id), fetchBaseline(id)]);
    }
    return;
  }
  if (id) {
    const n = await word.readNarrative(id);
    if (n && n.text !== state.checkedText) await check(id);
  }
}

/**
 * Teks versi dasar sebuah narasi. Dasar versi (ETag) tetap yang dibaca saat panel dibuka: bila server sudah punya
 * versi lebih baru, dasar TIDAK dimajukan diam-diam, sehingga penyimpanan berikutnya mendapat 412 dan dialog konflik.
 * @param {string} id
 */
export async function fetchBaseline(id) {
  const unit = state.unitId;
  if (!unit || state.baseline.get(id)?.text != null) return;
  try {
    const res = await fetch(`/api/units/${encodeURIComponent(unit)}/narratives/${encodeURIComponent(id)}`, {
      headers: { Authorization: `Bearer ${api.getToken()}`, Accept: "application/json" }, cache: "no-store",
    });
    if (state.unitId !== unit) return;
    const known = state.baseline.get(id);
    if (res.status === 404) { if (!known) state.baseline.set(id, { etag: null, text: null, answer: null }); return; }
    if (!res.ok) return;
    const body = await res.json();
    const etag = res.headers.get("ETag");
    if (!known?.etag || known.etag === etag) state.baseline.set(id, { etag, text: body.text ?? "", answer: body.answer ?? null });
  } catch { /* tanpa teks dasar: narasi tetap disimpan dengan If-Match versi dari daftar */ }
}

/**
 * Memeriksa satu pertanyaan (POST /api/check) dan menampilkan hasilnya bila masih pertanyaan di kursor.
 * @param {string} id
 */
export async function check(id) {
  const n = await word.readNarrative(id);
  if (!n) return;
  const busy = document.getElementById("periksa");
  if (busy) busy.setAttribute("aria-busy", "true");
  try {
    /** @type {Record<string, unknown>} */
    const payload = { questionId: id, text: n.text };
    if (state.unitId) payload.unitId = state.unitId;
    if (n.answer) payload.answer = n.answer;
    /** @type {QuestionResult} */
    let result;
    /** @type {string | null} */
    let invalidAnswer = null;
    try {
      result = await api.request("/api/check", { method: "POST", json: payload });
    } catch (e) {
      if (!(e instanceof api.ApiError) || e.code !== "invalid_answer") throw e;
      invalidAnswer = e.message;
      delete payload.answer; // jawaban di dokumen tidak sah: periksa narasinya saja
      result = await api.request("/api/check", { method: "POST", json: payload });
    }
    state.results.set(id, result);
    state.docAnswers.set(id, n.answer);
    invalidAnswers.set(id, invalidAnswer);
    if (state.current === id) {
      state.checkedText = n.text;
      renderCurrent();
      announce(`${id}: ${STATUS_LABEL[result.status] ?? result.status}, skor ${result.score}.`);
    }
  } catch (e) {
    if (state.current === id) showPaneError(e);
  } finally {
    if (busy) busy.removeAttribute("aria-busy");
  }
}

/** Pesan bila jawaban di dokumen tidak sah untuk pertanyaannya. @type {Map<string, string | null>} */
const invalidAnswers = new Map();

export function renderCurrent() {
  const panel = document.getElementById("panel-pertanyaan");
  if (!panel) return;
  const id = state.current;
  if (!id) {
    replace(panel, h("div", { class: "card", id: "tanpa-pertanyaan" },
      h("h2", null, "Belum ada pertanyaan di kursor"),
      h("p", null, "Letakkan kursor di dalam narasi bertanda (kontrol konten “lke:…”), atau sisipkan kerangka dari tab Navigasi."),
      h("button", { type: "button", class: "button", onclick: () => selectTab("navigasi") }, "Buka navigasi")));
    return;
  }
  const q = state.questions.get(id);
  const r = state.results.get(id);
  replace(panel, h("div", { class: "card", id: "pertanyaan-kini", "data-question": id },
    h("div", { class: "q-now-id" }, id, q ? ` · ${q.answerLabel}` : ""),
    h("p", { class: "q-now-text" }, q?.text ?? "Pertanyaan tidak dikenal di katalog LKE."),
    q && answerPicker(q),
    h("div", { class: "actions" },
      h("button", { type: "button", class: "button button-primary", id: "periksa", onclick: () => check(id) }, "Periksa"),
      h("button", { type: "button", class: "button", id: "sisipkan-contoh", onclick: () => insertTemplate(id) }, "Sisipkan contoh narasi")),
    h("div", { id: "hasil-kini" }, r ? resultView(id, r) : loading("Memeriksa…"))));
}

/** Jawaban yang dipilih di dokumen untuk pertanyaan di kursor. @param {string} id */
function docAnswer(id) {
  return state.docAnswers.get(id) ?? null;
}

/**
 * Pilihan jawaban pertanyaan di kursor: tombol radio (A/B/C…, Ya/Tidak) atau isian angka (persen, indeks). Pilihan
 * ditulis ke kontrol `lke-jawaban:<id>` di dokumen (sumber pemeriksaan) lalu narasi diperiksa ulang; ruang kerja
 * menerimanya saat "Simpan".
 * @param {Q} q
 */
function answerPicker(q) {
  const current = docAnswer(q.id);
  const invalid = invalidAnswers.get(q.id);
  const same = (/** @type {string} */ code) => !!current && current.trim().toLowerCase() === code.toLowerCase();
  const summary = h("summary", { onclick: () => { box.dataset.userToggled = "true"; } },
    "Jawaban: ", h("strong", { id: "jawaban-kini" }, current ?? "belum dipilih"));
  /** @type {any} */
  let body;
  /** @type {HTMLDetailsElement} */
  let box; // eslint-disable-line prefer-const -- dipakai oleh pendengar di bawah sebelum dibuat
  if (q.options.length > 0) {
    body = h("ul", { class: "options", id: "pilihan-jawaban", role: "radiogroup", "aria-label": `Jawaban ${q.id}` },
      q.options.map((o) => h("li", { "aria-current": same(o.code) ? "true" : null },
        h("label", { class: "option" },
          h("input", { type: "radio", name: `jawaban-${q.id}`, value: o.code, checked: same(o.code),
            onchange: () => { box.dataset.userToggled = "true"; chooseAnswer(q.id, o.code); } }),
          h("span", null, h("strong", null, o.code), o.penjelasan && o.penjelasan.trim() !== o.code ? ` — ${o.penjelasan}` : "")))));
  } else {
    const input = h("input", { id: "jawaban-angka", type: "text", inputmode: "decimal", value: current ?? "", "aria-label": `Jawaban ${q.id} (${q.answerLabel})`,
      placeholder: q.answerLabel === "%" ? "mis. 87,5" : "mis. 3,58" });
    const apply = () => { const v = input.value.trim(); if (v) { box.dataset.userToggled = "true"; chooseAnswer(q.id, v); } };
    input.addEventListener("keydown", (ev) => { if (ev.key === "Enter") { ev.preventDefault(); apply(); } });
    body = h("div", { class: "answer-number" }, input, q.answerLabel && h("span", { class: "muted small" }, q.answerLabel),
      h("button", { type: "button", class: "button", id: "pakai-jawaban", onclick: apply }, "Pakai jawaban"));
  }
  // Terbuka bila belum dijawab atau jawabannya tidak sah; bila pengguna sudah membuka/menutupnya, pilihannya
  // dipertahankan saat panel digambar ulang (mis. setelah pemeriksaan ulang).
  const shown = /** @type {HTMLDetailsElement | null} */ (document.getElementById("jawaban"));
  const userToggled = shown?.dataset.question === q.id && shown.dataset.userToggled === "true";
  const open = userToggled ? /** @type {HTMLDetailsElement} */ (shown).open : !current || !!invalid;
  box = h("details", { class: "answer-box", id: "jawaban", "data-question": q.id, "data-user-toggled": userToggled ? "true" : null, open },
    summary, body,
    invalid && h("div", { class: "message message-warning small", role: "alert" }, invalid),
    h("p", { class: "muted small" }, "Jawaban ditulis ke dokumen (kontrol “lke-jawaban”) dan ikut tersimpan ke ruang kerja saat Anda menekan Simpan."));
  return box;
}

/**
 * Menulis jawaban ke dokumen lewat adapter, lalu memeriksa ulang dengan jawaban itu.
 * @param {string} id
 * @param {string} code
 */
async function chooseAnswer(id, code) {
  try {
    const outcome = await word.writeAnswer(id, code);
    if (outcome === "tanpa-narasi") { setSaveNote(`Narasi ${id} tidak ada di dokumen.`); return; }
    state.docAnswers.set(id, code);
    setSaveNote(`Jawaban ${id}: ${code} ditulis ke dokumen${state.unitId ? "; tekan Simpan untuk menyimpannya ke ruang kerja" : ""}.`);
    state.checkedText = null;
    await check(id);
  } catch (e) {
    renderCurrent(); // kembali menampilkan isi dokumen
    showPaneError(e);
  }
}

/**
 * @param {string} id
 * @param {QuestionResult} r
 */
function resultView(id, r) {
  const covered = r.coveredElements ?? r.covered.map((c) => ({ id: c, label: c }));
  const missing = r.missingElements ?? r.missing.map((c) => ({ id: c, label: c }));
  return [
    h("p", null, statusBadge(r.status, r.score), h("span", { class: "muted small" }, ` ${r.words} kata`)),
    answerCompare(id, r, r.answer ?? docAnswer(id), "jawaban-banding"),
    (covered.length + missing.length > 0) && [
      h("h3", null, "Daftar periksa"),
      h("ul", { class: "checklist", id: "daftar-periksa" },
        covered.map((e) => h("li", { "data-covered": "true" }, h("span", { class: "mark mark-ok", "aria-label": "ada" }, "✓"), e.label)),
        missing.map((e) => h("li", { "data-covered": "false" }, h("span", { class: "mark mark-no", "aria-label": "belum ada" }, "✗"), e.label))),
    ],
    h("h3", null, `Temuan (${r.findings.length})`),
    r.findings.length === 0 ? h("p", { class: "muted" }, "Tidak ada temuan.") :
      h("div", { id: "temuan-kini" }, r.findings.map((f) => findingView(id, f))),
    !state.comments && r.findings.length > 0 &&
      h("p", { class: "muted small", id: "catatan-komentar" }, "“Jadikan komentar” memerlukan Word dengan WordApi 1.4; versi Word ini belum mendukungnya."),
  ];
}

/** @param {string} id */
async function insertTemplate(id) {
  try {
    const t = /** @type {NarrativeTemplate} */ (
      await api.request(`/api/templates/narratives/${encodeURIComponent(id)}`));
    const ok = await word.insertHtmlIntoNarrative(id, t.html);
    announce(ok ? `Contoh narasi “${t.title}” disisipkan. Ganti isian dalam [kurung siku] dengan data unit Anda.` : "Kontrol narasi tidak ditemukan.");
    state.checkedText = null;
    await check(id);
  } catch (e) {
    if (e instanceof api.ApiError && e.status === 404)
      showPaneError(new Error(`Belum ada contoh narasi untuk ${id}.`));
    else showPaneError(e);
  }
}
