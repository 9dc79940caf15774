// @ts-check
/**
 * Tab "Tanya jawab": pertanyaan acak dari bank pertanyaan unit (yang belum dilatih didahulukan), waktu menjawab,
 * jawaban acuan dari narasi unit, dan pengelolaan bank pertanyaan.
 */
import * as api from "../api.js";
import { h, replace, errorBox } from "../views/ui.js";
import { announce } from "../views/pane-shell.js";
import { AREAS, AREA_NAMES } from "../views/profile-form.js";
import { fail, message, panel } from "./shell.js";
import { state } from "./state.js";
import { clock, now } from "../views/time.js";
/** @import { QaItem, QaReference } from "../api-types.js" */

export const qa = {
  loaded: false,
  area: "",
  /** @type {QaItem[]} */ items: [],
  /** @type {QaItem | null} */ current: null,
  /** @type {number | null} */ startedAt: null,
  answered: 0,
  /** @type {ReturnType<typeof setInterval> | undefined} */ tick: undefined,
  /** @type {QaReference | null} */ reference: null,
  /** @type {string | null} */ editing: null,
  // Which list request is the newest: an answer to an older one (the user changed area again) is dropped.
  loads: 0,
  // The "Tambah pertanyaan" form's unsent text, kept across re-renders of the tab (a list arriving while the user
  // types re-renders it).
  draft: { area: "", text: "" },
};

function qaBase() {
  return `/api/units/${encodeURIComponent(/** @type {string} */ (state.unitId))}/qa`;
}

export async function loadQa() {
  if (!state.unitId) { renderQa(); return; }
  const load = ++qa.loads;
  try {
    const list = await api.request(`${qaBase()}${qa.area ? `?area=${encodeURIComponent(qa.area)}` : ""}`);
    if (load !== qa.loads) return;
    qa.items = Array.isArray(list?.items) ? list.items : Array.isArray(list) ? list : [];
    qa.loaded = true;
    renderQa();
  } catch (e) { renderQa(); fail(document.getElementById("kartu-tanya"), e); }
}

/** @param {QaItem} q */
function practisedText(q) {
  if (typeof q.practised === "number") return q.practised > 0 ? `Dilatih ${q.practised}×` : "Belum dilatih";
  return q.practised ? "Sudah dilatih" : "Belum dilatih";
}

export function renderQa() {
  const host = panel("tanya");
  if (!host) return;
  if (!state.unitId) { replace(host, h("div", { class: "card" }, message("Bank pertanyaan disimpan di ruang kerja unit; akun ini belum tergabung di unit.", "warning"))); return; }
  const q = qa.current;
  const areaSelect = h("select", { id: "area-tanya", onchange: (/** @type {Event} */ ev) => {
    qa.area = /** @type {HTMLSelectElement} */ (ev.target).value; qa.current = null; stopAnswerTimer(); loadQa();
  } }, h("option", { value: "", selected: qa.area === "" }, "Semua area (acak)"),
  AREAS.map((a) => h("option", { value: a, selected: qa.area === a }, `${a} — ${AREA_NAMES[a]}`)));
  const practisedCount = qa.items.filter((x) => (typeof x.practised === "number" ? x.practised > 0 : !!x.practised)).length;
  replace(host,
    h("div", { class: "card", id: "kartu-tanya" },
      h("h2", null, "Latihan tanya jawab"),
      h("div", { class: "field" }, h("label", { for: "area-tanya" }, "Area"), areaSelect),
      h("p", { class: "muted small", id: "ringkasan-tanya" }, `${qa.items.length} pertanyaan · ${practisedCount} sudah dilatih`),
      h("div", { class: "actions" },
        h("button", { type: "button", class: "button button-primary", id: "ambil-pertanyaan", disabled: qa.items.length === 0, onclick: draw }, q ? "Pertanyaan lain" : "Ambil pertanyaan acak")),
      q ? h("div", { class: "qa-card", id: "pertanyaan-latihan", "data-id": q.id, "data-area": q.area },
        h("div", { class: "qa-meta" }, h("span", { class: "badge badge-abu" }, q.area), " ",
          h("span", { class: "muted small", id: "status-latihan-tanya" }, practisedText(q))),
        h("p", { class: "qa-question" }, q.question),
        h("div", { class: "timer small-timer" }, h("div", { class: "timer-total", id: "waktu-jawab" }, clock(answerElapsed())),
          h("div", { class: "muted small" }, "waktu menjawab (sasaran ≤ 2:00)")),
        h("div", { class: "actions" },
          qa.startedAt === null
            ? h("button", { type: "button", class: "button", id: "mulai-jawab", onclick: startAnswer }, qa.answered ? "Ulangi" : "Mulai menjawab")
            : h("button", { type: "button", class: "button", id: "selesai-jawab", onclick: stopAnswer }, "Selesai menjawab"),
          h("button", { type: "button", class: "button button-primary", id: "catat-latihan", disabled: qa.startedAt === null && qa.answered === 0, onclick: recordPractice }, "Catat sudah dilatih")),
        h("details", { class: "reference", id: "jawaban-acuan", ontoggle: (/** @type {Event} */ ev) => { if (/** @type {HTMLDetailsElement} */ (ev.target).open) loadReference(q.area); } },
          h("summary", null, `Jawaban acuan: narasi unit area ${q.area}`),
          referenceView(q.area))) : null),
    h("div", { class: "card", id: "bank-tanya" },
      h("h2", null, "Bank pertanyaan"),
      h("ul", { class: "qa-list", id: "daftar-tanya" }, qa.items.map((x) => qaRow(x))),
      addQuestionForm()));
}

/** @param {QaItem} x */
function qaRow(x) {
  if (qa.editing === x.id) {
    const area = h("select", { "aria-label": "Area pertanyaan" }, AREAS.map((a) => h("option", { value: a, selected: x.area === a }, a)));
    const text = h("textarea", { rows: 3, "aria-label": "Teks pertanyaan" });
    text.value = x.question;
    return h("li", { "data-id": x.id, class: "editing" },
      h("form", { class: "qa-edit", onsubmit: async (/** @type {Event} */ ev) => {
        ev.preventDefault();
        try {
          const updated = await api.request(`${qaBase()}/${encodeURIComponent(x.id)}`, { method: "PUT", json: { area: area.value, question: text.value.trim() } });
          Object.assign(x, updated ?? { area: area.value, question: text.value.trim() });
          qa.editing = null;
          renderQa();
          announce("Pertanyaan diperbarui.");
        } catch (e) { fail(/** @type {HTMLElement} */ (ev.target), e); }
      } }, area, text,
      h("div", { class: "actions" },
        h("button", { type: "submit", class: "button button-primary" }, "Simpan"),
        h("button", { type: "button", class: "button button-subtle", onclick: () => { qa.editing = null; renderQa(); } }, "Batal"))));
  }
  return h("li", { "data-id": x.id, "data-source": x.source },
    h("span", { class: "qa-text" }, h("span", { class: "badge badge-abu" }, x.area), " ", x.question),
    h("span", { class: "qa-row-meta muted small" }, x.source === "unit" ? "Tambahan unit" : "Bawaan", " · ", practisedText(x)),
    h("span", { class: "qa-row-actions" },
      h("button", { type: "button", class: "link-button", onclick: () => { qa.editing = x.id; renderQa(); } }, "Ubah"),
      h("button", { type: "button", class: "link-button", onclick: () => removeQuestion(x) }, "Hapus")));
}

function addQuestionForm() {
  const chosen = qa.draft.area || qa.area || "MP";
  const area = h("select", { id: "area-baru", onchange: () => { qa.draft.area = area.value; } },
    AREAS.map((a) => h("option", { value: a, selected: chosen === a }, `${a} — ${AREA_NAMES[a]}`)));
  const text = h("textarea", { id: "pertanyaan-baru", rows: 3, required: true, oninput: () => { qa.draft.text = text.value; } });
  text.value = qa.draft.text;
  const error = h("div");
  const form = h("form", { class: "form", id: "form-tanya-baru", novalidate: true },
    h("h3", null, "Tambah pertanyaan"),
    error,
    h("div", { class: "field" }, h("label", { for: "area-baru" }, "Area"), area),
    h("div", { class: "field" }, h("label", { for: "pertanyaan-baru" }, "Pertanyaan"), text),
    h("div", { class: "actions" }, h("button", { type: "submit", class: "button" }, "Tambah pertanyaan")));
  form.addEventListener("submit", async (ev) => {
    ev.preventDefault();
    const question = text.value.trim();
    if (question.length < 5) { replace(error, message("Tulis pertanyaannya (minimal 5 huruf).", "error")); text.focus(); return; }
    try {
      /** @type {QaItem} */
      const item = await api.request(qaBase(), { method: "POST", json: { area: area.value, question } });
      qa.draft = { area: "", text: "" };
      // A list request still under way was sent before this question existed: it no longer counts.
      qa.loads++;
      if ((!qa.area || qa.area === item.area) && !qa.items.some((q) => q.id === item.id)) qa.items.push(item);
      renderQa();
      announce(`Pertanyaan ditambahkan ke area ${item.area}.`);
    } catch (e) { replace(error, errorBox(e)); }
  });
  return form;
}

/** @param {QaItem} x */
async function removeQuestion(x) {
  if (!confirm(`Hapus pertanyaan ini dari bank?\n\n${x.question}`)) return;
  try {
    await api.request(`${qaBase()}/${encodeURIComponent(x.id)}`, { method: "DELETE" });
    qa.items = qa.items.filter((q) => q.id !== x.id);
    if (qa.current?.id === x.id) { qa.current = null; stopAnswerTimer(); }
    renderQa();
    announce("Pertanyaan dihapus.");
  } catch (e) { fail(document.getElementById("bank-tanya"), e); }
}

function draw() {
  const pool = qa.items.filter((x) => x.id !== qa.current?.id);
  const list = pool.length ? pool : qa.items;
  // Yang belum dilatih didahulukan.
  const fresh = list.filter((x) => !(typeof x.practised === "number" ? x.practised > 0 : x.practised));
  const from = fresh.length ? fresh : list;
  qa.current = from[Math.floor(Math.random() * from.length)] ?? null;
  stopAnswerTimer();
  qa.answered = 0;
  if (qa.reference?.area !== qa.current?.area) qa.reference = null;
  renderQa();
  if (qa.current) announce(`Pertanyaan area ${qa.current.area}: ${qa.current.question}`);
}

function answerElapsed() {
  return qa.answered + (qa.startedAt !== null ? (now() - qa.startedAt) / 1000 : 0);
}

function startAnswer() {
  qa.answered = 0;
  qa.startedAt = now();
  clearInterval(qa.tick);
  qa.tick = setInterval(() => { const el = document.getElementById("waktu-jawab"); if (el) el.textContent = clock(answerElapsed()); }, 250);
  renderQa();
}

function stopAnswer() {
  stopAnswerTimer();
  renderQa();
}

function stopAnswerTimer() {
  clearInterval(qa.tick);
  qa.tick = undefined;
  if (qa.startedAt !== null) qa.answered = answerElapsed();
  qa.startedAt = null;
}

async function recordPractice() {
  const q = qa.current;
  if (!q) return;
  stopAnswerTimer();
  const seconds = Math.max(1, Math.round(qa.answered));
  try {
    const r = await api.request(`${qaBase()}/${encodeURIComponent(q.id)}/practice`, { method: "POST", json: { seconds } });
    q.practised = r?.practised ?? (typeof q.practised === "number" ? q.practised + 1 : true);
    q.lastPractisedAt = r?.lastPractisedAt ?? new Date().toISOString();
    renderQa();
    announce(`Latihan dicatat (${clock(seconds)}). ${practisedText(q)}.`);
  } catch (e) { fail(document.getElementById("pertanyaan-latihan"), e); }
}

/** @param {string} area */
function referenceView(area) {
  const r = qa.reference;
  if (!r || r.area !== area) return h("p", { class: "loading small" }, "Memuat narasi unit…");
  if (r.narratives.length === 0) return h("p", { class: "muted small" }, `Unit belum menyimpan narasi di area ${area}.`);
  return h("div", { class: "reference-list" }, r.narratives.map((n) => h("div", { class: "reference-item", "data-question": n.questionId },
    h("div", { class: "small" }, h("strong", null, n.questionId), " ", n.question),
    h("p", { class: "small reference-text" }, n.text))));
}

/** @param {string} area */
async function loadReference(area) {
  if (qa.reference?.area === area) return;
  try {
    qa.reference = await api.request(`${qaBase()}/reference?area=${encodeURIComponent(area)}`);
    const box = document.getElementById("jawaban-acuan");
    if (box) { box.querySelector(":scope > :not(summary)")?.remove(); box.append(referenceView(area)); }
  } catch (e) { fail(document.getElementById("jawaban-acuan"), e); }
}
