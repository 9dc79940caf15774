// @ts-check
/**
 * "Jawaban & narasi": per area and question, the answer picker (each option with its criteria from the LKE catalog)
 * and the narrative, checked live like the Word pane (findings beside the text; a click selects the span in the
 * textarea). Saves name the version they edit (If-Match); a 412 opens the same two-version choice as the Word pane,
 * and the user's text is never dropped. History, comments and (pimpinan) approval of the saved version.
 */
import * as api from "../api.js";
import { h, replace, errorBox, loading, statusBadge, STATUS_LABEL, ROLE_LABEL, shorten } from "./ui.js";
import { loadCatalog, leverName } from "./catalog.js";
import { answerComparison, findingItem } from "./findings.js";
import { openDialog, confirmDialog } from "./dialog.js";
import { noUnit } from "./dashboard.js";
/** @import { QuestionResult, ServerVersion, UnitRef } from "../api-types.js" */
/** @import { CatalogIndex, QuestionInfo } from "./catalog.js" */

const CHECK_DELAY_MS = 700;

/** @param {string | null | undefined} a @param {string | null | undefined} b */
const sameAnswer = (a, b) => (a ?? "").trim().toLowerCase() === (b ?? "").trim().toLowerCase();

/** @param {string} unitId @param {string} id */
const path = (unitId, id) => `/api/units/${encodeURIComponent(unitId)}/narratives/${encodeURIComponent(id)}`;

/**
 * The stored narrative with its ETag (null when not written yet).
 * @param {string} unitId
 * @param {string} id
 * @returns {Promise<{ text: string, answer: string | null, etag: string | null, approvedAt: string | null, filedEvidence: string[] } | null>}
 */
async function fetchNarrative(unitId, id) {
  const res = await fetch(path(unitId, id), { headers: { Authorization: `Bearer ${api.getToken()}`, Accept: "application/json" }, cache: "no-store" });
  if (res.status === 404) return null;
  const body = await res.json().catch(() => null);
  if (!res.ok) throw new api.ApiError(res.status, api.messageFor(res.status, body), body?.code);
  return { text: body.text ?? "", answer: body.answer ?? null, etag: res.headers.get("ETag"), approvedAt: body.approvedAt ?? null,
    filedEvidence: Array.isArray(body.filedEvidence) ? body.filedEvidence : [] };
}

/**
 * PUT with If-Match. A 412/428 with the server's version is a conflict, never an error.
 * @param {string} unitId
 * @param {string} id
 * @param {string} text
 * @param {string | null} answer
 * @param {string | null} etag
 * @returns {Promise<{ kind: "saved", etag: string | null, status: string, score: number } | { kind: "conflict", current: ServerVersion, etag: string | null }>}
 */
async function putNarrative(unitId, id, text, answer, etag) {
  const res = await fetch(path(unitId, id), {
    method: "PUT", cache: "no-store",
    headers: { Authorization: `Bearer ${api.getToken()}`, Accept: "application/json", "Content-Type": "application/json", ...(etag ? { "If-Match": etag } : {}) },
    body: JSON.stringify(answer ? { text, answer } : { text }),
  });
  const body = await res.json().catch(() => null);
  if ((res.status === 412 || res.status === 428) && body?.current) {
    return { kind: "conflict", current: body.current, etag: body.etag ?? `"v${body.current.version}"` };
  }
  if (!res.ok) throw new api.ApiError(res.status, api.messageFor(res.status, body), body?.code);
  return { kind: "saved", etag: res.headers.get("ETag"), status: body?.status ?? "", score: body?.score ?? 0 };
}

/**
 * Your version and the server's side by side; resolves "server", "mine" or null (cancel, also Escape).
 * @param {string} id
 * @param {{ text: string, answer: string | null }} mine
 * @param {ServerVersion} server
 */
function conflictChoice(id, mine, server) {
  /** @param {string} text @param {string | null | undefined} answer */
  const body = (text, answer) => [h("pre", null, text), answer ? h("p", { class: "version-answer small" }, "Jawaban: ", h("strong", null, answer)) : null];
  return openDialog({
    title: `Narasi ${id} sudah diubah orang lain`,
    id: "dialog-konflik",
    body: (/** @type {(v: "server" | "mine" | null) => void} */ done) => [
      h("p", { class: "small" }, `Sejak Anda membukanya, narasi ini disimpan ulang di server (versi ${server.version}). Pilih versi yang dipakai.`),
      h("div", { class: "versions" },
        h("div", { class: "version", id: "versi-saya" }, h("h3", null, "Versi Anda (di halaman ini)"), body(mine.text, mine.answer)),
        h("div", { class: "version", id: "versi-server" }, h("h3", null, `Versi di server (v${server.version})`), body(server.text, server.answer))),
      h("div", { class: "actions" },
        h("button", { type: "button", class: "button", id: "pakai-server", onclick: () => done("server") }, "Pakai versi server"),
        h("button", { type: "button", class: "button button-primary", id: "timpa", onclick: () => done("mine") }, "Timpa dengan versi saya"),
        h("button", { type: "button", class: "button", onclick: () => done(null) }, "Batal")),
      h("p", { class: "muted small" }, "Versi yang tidak dipakai tidak hilang: versi server tetap ada di riwayat narasi, dan teks Anda dapat dikembalikan dengan “Pulihkan versi saya”."),
    ],
  });
}

/** @param {import("../app.js").ViewContext} ctx */
export async function renderNarratives(ctx) {
  const unit = ctx.units.find((u) => u.id === ctx.unitId);
  ctx.main.append(h("div", { class: "page-head" },
    h("h1", null, "Jawaban & narasi"),
    unit ? h("p", { class: "muted" }, unit.nama, unit.role ? ` · peran Anda: ${ROLE_LABEL[unit.role] ?? unit.role}` : "") : null));
  if (!unit) { ctx.main.append(noUnit()); return; }
  const holder = h("div", null, loading("Memuat katalog LKE…"));
  ctx.main.append(holder);
  const [catalog, saved] = await Promise.all([
    loadCatalog(),
    /** @type {Promise<Array<{ questionId: string, status: string, score: number, version: number, approved: boolean }>>} */
    (api.request(`/api/units/${encodeURIComponent(unit.id)}/narratives`)),
  ]);
  if (ctx.signal.aborted) return;
  const status = new Map(saved.map((s) => [s.questionId, s]));
  const levers = [...catalog.levers.keys()];
  const areaSelect = h("select", { id: "pilih-area" }, levers.map((c) => h("option", { value: c }, leverName(catalog, c))));
  const questionSelect = h("select", { id: "pilih-pertanyaan" });
  const editor = h("div", { id: "editor-narasi" });
  /** @type {{ dirty: () => boolean, element: HTMLElement } | null} */
  let open = null;
  let shownQuestion = "";

  const fillQuestions = () => {
    const ids = catalog.order.filter((id) => catalog.questions.get(id)?.lever === areaSelect.value);
    replace(questionSelect, ids.map((id) => {
      const s = status.get(id);
      return h("option", { value: id }, `${id} — ${shorten(catalog.questions.get(id)?.text ?? "", 60)}${s ? ` (${STATUS_LABEL[s.status] ?? s.status})` : " (belum ditulis)"}`);
    }));
  };
  const show = async () => {
    if (open?.dirty() && !(await confirmDialog("Perubahan belum disimpan",
      `Narasi ${shownQuestion} punya perubahan yang belum disimpan. Tinggalkan tanpa menyimpan?`, "Tinggalkan"))) {
      const q = catalog.questions.get(shownQuestion);
      if (q) { areaSelect.value = q.lever; fillQuestions(); questionSelect.value = shownQuestion; }
      return;
    }
    const q = catalog.questions.get(questionSelect.value);
    if (!q) return;
    shownQuestion = q.id;
    replace(editor, loading(`Memuat ${q.id}…`));
    try {
      open = await questionEditor(ctx, unit, q, catalog, (s) => { status.set(q.id, { questionId: q.id, ...s }); });
      if (shownQuestion === q.id) replace(editor, open.element);
    } catch (e) {
      replace(editor, errorBox(e));
    }
  };
  areaSelect.addEventListener("change", () => { fillQuestions(); void show(); });
  questionSelect.addEventListener("change", () => void show());
  fillQuestions();
  replace(holder,
    h("div", { class: "filter-bar" },
      h("div", { class: "field" }, h("label", { for: "pilih-area" }, "Area"), areaSelect),
      h("div", { class: "field field-grow" }, h("label", { for: "pilih-pertanyaan" }, "Pertanyaan"), questionSelect)),
    editor);
  await show();
}

/**
 * @param {import("../app.js").ViewContext} ctx
 * @param {UnitRef} unit
 * @param {QuestionInfo} q
 * @param {CatalogIndex} catalog
 * @param {(s: { status: string, score: number, version: number, approved: boolean }) => void} onSaved
 */
async function questionEditor(ctx, unit, q, catalog, onSaved) {
  const stored = await fetchNarrative(unit.id, q.id);
  let etag = stored?.etag ?? null;
  let base = { text: stored?.text ?? "", answer: stored?.answer ?? null };
  /** @type {string | null} */
  let answer = base.answer;
  /** @type {{ text: string, answer: string | null } | null} */
  let replacedMine = null;

  const text = h("textarea", { id: "narasi-teks", rows: 14, spellcheck: "true", "aria-describedby": "narasi-bantuan" });
  text.value = base.text;
  const result = h("div", { id: "hasil-narasi", "aria-live": "polite" }, h("p", { class: "muted" }, "Hasil pemeriksaan tampil di sini saat Anda menulis."));
  const note = h("div", { id: "simpan-catatan", role: "status" });
  const saveButton = h("button", { type: "button", class: "button button-primary", id: "simpan-narasi" }, "Simpan");
  const canApprove = unit.role === "pimpinan";
  const approveButton = canApprove ? h("button", { type: "button", class: "button", id: "setujui-narasi" }, "Setujui versi tersimpan") : null;
  const dirty = () => text.value !== base.text || !sameAnswer(answer, base.answer);

  // ---- answer picker: every option with its criteria (penjelasan) ----
  const picker = q.options.length > 0
    ? h("fieldset", { class: "answer-options", id: "pilihan-jawaban" },
      h("legend", null, "Jawaban"),
      h("ul", { class: "options" }, q.options.map((o) => {
        const id = `jawaban-${o.code.replace(/[^A-Za-z0-9]/g, "_")}`;
        return h("li", null, h("input", { type: "radio", name: "jawaban", id, value: o.code, checked: sameAnswer(o.code, answer),
          onchange: () => { answer = o.code; schedule(0); } }),
        h("label", { for: id }, h("strong", null, o.code), o.penjelasan && o.penjelasan.trim() !== o.code ? ` — ${o.penjelasan}` : ""));
      })))
    : h("div", { class: "field" }, h("label", { for: "jawaban-angka" }, `Jawaban${q.answerLabel ? ` (${q.answerLabel})` : ""}`),
      h("input", { type: "text", id: "jawaban-angka", inputmode: "decimal", value: answer ?? "",
        oninput: (ev) => { answer = /** @type {HTMLInputElement} */ (ev.target).value.trim() || null; schedule(); } }));

  // ---- live check ----
  /** @type {ReturnType<typeof setTimeout> | undefined} */
  let timer;
  let sequence = 0;
  /** @param {number} [delay] */
  const schedule = (delay = CHECK_DELAY_MS) => { clearTimeout(timer); timer = setTimeout(() => void check(), delay); };
  const select = (/** @type {number} */ start, /** @type {number} */ length) => {
    text.focus();
    text.setSelectionRange(start, start + length);
    ctx.announce("Teks temuan dipilih di narasi.");
  };
  const check = async () => {
    const mine = ++sequence;
    /** @type {Record<string, unknown>} */
    const payload = { questionId: q.id, text: text.value, unitId: unit.id };
    if (answer) payload.answer = answer;
    result.setAttribute("aria-busy", "true");
    try {
      /** @type {string | null} */
      let invalid = null;
      /** @type {QuestionResult} */
      let r;
      try {
        r = await api.request("/api/check", { method: "POST", json: payload });
      } catch (e) {
        if (!(e instanceof api.ApiError) || e.code !== "invalid_answer") throw e;
        invalid = e.message;
        delete payload.answer;
        r = await api.request("/api/check", { method: "POST", json: payload });
      }
      if (mine !== sequence || ctx.signal.aborted) return;
      replace(result, resultView(q.id, r, answer, invalid, select, stored?.filedEvidence ?? []));
    } catch (e) {
      if (mine === sequence) replace(result, errorBox(e));
    } finally {
      if (mine === sequence) result.removeAttribute("aria-busy");
    }
  };
  text.addEventListener("input", () => schedule());

  // ---- save with If-Match and the conflict choice ----
  const save = async () => {
    saveButton.disabled = true;
    try {
      let r = await putNarrative(unit.id, q.id, text.value, answer, etag);
      for (let attempt = 0; r.kind === "conflict" && attempt < 3; attempt++) {
        const mine = { text: text.value, answer };
        const choice = await conflictChoice(q.id, mine, r.current);
        if (choice === null) { replace(note, "Penyimpanan dibatalkan; teks Anda tetap di halaman ini."); return; }
        if (choice === "server") {
          replacedMine = mine;
          etag = r.etag;
          base = { text: r.current.text, answer: r.current.answer ?? null };
          text.value = base.text;
          answer = base.answer;
          syncAnswer();
          replace(note, `${q.id}: versi server dipakai. `, restoreButton());
          schedule(0);
          return;
        }
        r = await putNarrative(unit.id, q.id, mine.text, mine.answer, r.etag);
      }
      if (r.kind !== "saved") return;
      etag = r.etag;
      base = { text: text.value, answer };
      replace(note, `${q.id} tersimpan.`);
      ctx.announce(`${q.id} tersimpan.`);
      onSaved({ status: r.status, score: r.score, version: Number(/\d+/.exec(etag ?? "")?.[0] ?? 0), approved: false });
    } catch (e) {
      replace(note, errorBox(e));
    } finally {
      saveButton.disabled = false;
    }
  };
  const restoreButton = () => h("button", { type: "button", class: "link-button", id: "pulihkan-versi-saya", onclick: () => {
    if (!replacedMine) return;
    text.value = replacedMine.text;
    answer = replacedMine.answer;
    syncAnswer();
    replace(note, "Versi Anda dikembalikan ke halaman; tekan Simpan untuk menyimpannya.");
    text.focus();
    schedule(0);
  } }, "Pulihkan versi saya");
  const syncAnswer = () => {
    for (const input of picker.querySelectorAll("input")) {
      if (input.type === "radio") input.checked = sameAnswer(input.value, answer);
      else input.value = answer ?? "";
    }
  };
  saveButton.addEventListener("click", () => void save());
  text.addEventListener("keydown", (ev) => {
    if ((ev.ctrlKey || ev.metaKey) && ev.key.toLowerCase() === "s") { ev.preventDefault(); void save(); }
  });
  approveButton?.addEventListener("click", async () => {
    if (dirty()) { replace(note, "Simpan perubahan dulu; persetujuan berlaku untuk versi yang tersimpan."); return; }
    if (!etag) { replace(note, "Narasi ini belum disimpan, jadi belum dapat disetujui."); return; }
    try {
      await fetchOk(`${path(unit.id, q.id)}/approve`, { method: "POST", headers: { "If-Match": etag } });
      replace(note, `${q.id} disetujui (versi tersimpan).`);
      ctx.announce(`${q.id} disetujui.`);
    } catch (e) {
      replace(note, errorBox(e));
    }
  });

  const element = h("section", { class: "card", id: "narasi-kini", "data-question": q.id, "aria-labelledby": "judul-narasi-kini" },
    h("h2", { id: "judul-narasi-kini" }, q.id, " ", h("span", { class: "muted small" }, `${leverName(catalog, q.lever)}${q.subArea ? ` · ${q.subArea}` : ""}`)),
    h("p", { class: "q-now-text" }, q.text),
    stored?.approvedAt ? h("p", { class: "message message-success small" }, "Versi tersimpan sudah disetujui pimpinan.") : null,
    picker,
    h("div", { class: "editor-grid" },
      h("div", { class: "field" }, h("label", { for: "narasi-teks" }, "Narasi"),
        h("p", { id: "narasi-bantuan", class: "muted small" }, "Diperiksa otomatis saat Anda berhenti mengetik. Ctrl+S menyimpan."), text),
      h("div", { class: "editor-result" }, h("h3", null, "Hasil pemeriksaan"), result)),
    h("div", { class: "actions" }, saveButton, approveButton),
    note,
    historyAndComments(unit, q.id));
  if (base.text || answer) schedule(0);
  return { element, dirty };
}

/**
 * @param {string} url
 * @param {{ method?: string, headers?: Record<string, string>, json?: unknown }} options
 */
async function fetchOk(url, options) {
  const res = await fetch(url, {
    method: options.method ?? "GET", cache: "no-store",
    headers: { Authorization: `Bearer ${api.getToken()}`, Accept: "application/json", ...(options.json !== undefined ? { "Content-Type": "application/json" } : {}), ...options.headers },
    body: options.json !== undefined ? JSON.stringify(options.json) : undefined,
  });
  const body = res.status === 204 ? null : await res.json().catch(() => null);
  if (!res.ok) throw new api.ApiError(res.status, api.messageFor(res.status, body), body?.code);
  return body;
}

/**
 * @param {string} id
 * @param {QuestionResult} r
 * @param {string | null} claimed
 * @param {string | null} invalid
 * @param {(start: number, length: number) => void} select
 * @param {string[]} filed bukti yang sudah didaftarkan unit untuk pertanyaan ini (daftar bukti dukung dan publikasi)
 */
function resultView(id, r, claimed, invalid, select, filed) {
  const covered = r.coveredElements ?? r.covered.map((c) => ({ id: c, label: c }));
  const missing = r.missingElements ?? r.missing.map((c) => ({ id: c, label: c }));
  return [
    h("p", null, statusBadge(r.status, r.score), h("span", { class: "muted small" }, ` ${r.words} kata`)),
    invalid ? h("div", { class: "message message-warning small", role: "alert" }, invalid) : null,
    answerComparison(id, r, r.answer ?? claimed, { domId: "jawaban-banding", title: "Pilih kalimat yang menunjukkannya di narasi", onReason: select })
      ?? h("p", { class: "answer-compare answer-abu", id: "jawaban-banding", "data-claimed": r.answer ?? claimed ?? "" },
        "Jawaban Anda: ", h("strong", null, r.answer ?? claimed ?? "belum dipilih"), " · pemeriksa belum dapat menyimpulkan jawaban dari narasi ini."),
    (covered.length + missing.length > 0) && [
      h("h4", null, "Daftar periksa"),
      h("ul", { class: "checklist", id: "daftar-periksa" },
        covered.map((e) => h("li", { class: "ok", "data-covered": "true" }, h("span", { class: "mark", "aria-label": "ada" }, "✓"), h("span", null, e.label))),
        missing.map((e) => h("li", { class: "miss", "data-covered": "false" }, h("span", { class: "mark", "aria-label": "belum ada" }, "✗"), h("span", null, e.label)))),
    ],
    r.evidenceCited.length > 0 && [h("h4", null, "Bukti dukung yang disebut"), h("ul", { class: "evidence", id: "bukti-disebut" }, r.evidenceCited.map((e) => h("li", null, e)))],
    filed.length > 0 && [h("h4", null, "Bukti terdaftar untuk pertanyaan ini"),
      h("p", { class: "muted small" }, "Dari daftar bukti dukung dan log publikasi unit; sebutkan yang relevan di narasi."),
      h("ul", { class: "evidence", id: "bukti-terdaftar" }, filed.map((e) => h("li", null, e)))],
    h("h4", null, `Temuan (${r.findings.length})`),
    r.findings.length === 0 ? h("p", { class: "muted" }, "Tidak ada temuan.") :
      h("div", { id: "temuan-narasi" }, r.findings.map((f) => findingItem(id, f, { title: "Pilih teksnya di narasi", onSelect: () => select(f.start, f.length) }))),
  ];
}

/**
 * History (loaded when opened) and comments.
 * @param {UnitRef} unit
 * @param {string} id
 */
function historyAndComments(unit, id) {
  const history = h("div", null);
  const historyBox = h("details", { class: "details-inline", id: "riwayat-narasi" }, h("summary", null, "Riwayat versi"), history);
  historyBox.addEventListener("toggle", async () => {
    if (!historyBox.open) return;
    replace(history, loading("Memuat riwayat…"));
    try {
      /** @type {Array<{ version: number, text: string, answer?: string | null, savedAt: string }>} */
      const list = await fetchOk(`${path(unit.id, id)}/history`, {});
      replace(history, list.length === 0 ? h("p", { class: "muted" }, "Belum ada versi tersimpan.") :
        h("ol", { class: "history" }, list.map((v) => h("li", { "data-version": v.version },
          h("strong", null, `Versi ${v.version}`), ` · ${new Date(v.savedAt).toLocaleString("id-ID", { dateStyle: "medium", timeStyle: "short" })}`,
          v.answer ? ` · jawaban ${v.answer}` : "",
          h("pre", { class: "small" }, v.text)))));
    } catch (e) { replace(history, errorBox(e)); }
  });
  const list = h("ul", { class: "comments", id: "komentar-daftar" });
  const error = h("div", { class: "form-error", role: "alert" });
  const input = h("textarea", { id: "komentar-baru", rows: 2, maxlength: 4000 });
  const load = async () => {
    try {
      /** @type {Array<{ id: number, text: string, createdAt: string }>} */
      const comments = await fetchOk(`${path(unit.id, id)}/comments`, {});
      replace(list, comments.length === 0 ? h("li", { class: "muted" }, "Belum ada komentar.") :
        comments.map((c) => h("li", null, h("span", { class: "muted small" }, new Date(c.createdAt).toLocaleString("id-ID", { dateStyle: "medium", timeStyle: "short" })), " ", c.text)));
    } catch (e) { replace(list, h("li", null, errorBox(e))); }
  };
  const form = h("form", { class: "form", id: "form-komentar", novalidate: true },
    h("div", { class: "field" }, h("label", { for: "komentar-baru" }, "Komentar baru"), input), error,
    h("div", { class: "actions" }, h("button", { type: "submit", class: "button" }, "Kirim komentar")));
  form.addEventListener("submit", async (ev) => {
    ev.preventDefault();
    replace(error);
    if (!input.value.trim()) { replace(error, "Tulis komentar dulu."); input.focus(); return; }
    try {
      await fetchOk(`${path(unit.id, id)}/comments`, { method: "POST", json: { text: input.value.trim() } });
      input.value = "";
      await load();
    } catch (e) { replace(error, e instanceof Error ? e.message : String(e)); }
  });
  void load();
  return [historyBox, h("section", { class: "comments-box", "aria-labelledby": "judul-komentar" }, h("h3", { id: "judul-komentar" }, "Komentar"), list, form)];
}
