// @ts-check
/**
 * Panel tugas Word NarrativeAssist: masuk, navigasi LKE, pertanyaan di kursor (diperiksa ulang saat mengetik
 * berhenti), pemeriksaan seluruh dokumen, kerangka, contoh narasi, komentar, dan penyimpanan ke ruang kerja unit
 * dengan aturan ETag. Semua akses ke Word lewat ./office-adapter.js.
 */
import * as api from "../api.js";
import { h, replace, statusBadge, bar, errorBox, STATUS_LABEL, SEVERITY_LABEL } from "../views/ui.js";
import * as word from "./office-adapter.js";

const CHECK_DELAY_MS = 700;

/** @typedef {{ id: string, text: string, letter: string, options: Array<{ code: string, value: number, penjelasan: string }>,
 *   answerLabel: string, lever: string }} Q */
/** @typedef {{ key: string, label: string, questions: string[] }} Sub */
/** @typedef {{ code: string, name: string, subs: Sub[] }} Lever */

const state = {
  /** @type {Map<string, Q>} */ questions: new Map(),
  /** @type {Lever[]} */ levers: [],
  /** @type {string | null} */ unitId: null,
  /** @type {Map<string, api.QuestionResult>} */ results: new Map(),
  /** @type {Map<string, { etag: string | null, text: string | null }>} */ baseline: new Map(),
  /** @type {string | null} */ current: null,
  /** @type {string | null} */ checkedText: null,
  comments: false,
  /** @type {"pertanyaan" | "dokumen" | "navigasi"} */ tab: "pertanyaan",
};

const $ = (/** @type {string} */ id) => /** @type {HTMLElement} */ (document.getElementById(id));

/** @param {string} text */
function announce(text) {
  $("pane-status").textContent = text;
}

// ---- Awal ------------------------------------------------------------------------------------

async function boot() {
  const host = await word.start();
  if (!host) return outside();
  state.comments = host.comments;
  api.onUnauthorized(() => showLogin("Sesi Anda telah berakhir. Silakan masuk kembali."));
  if (api.isSignedIn()) await showMain();
  else showLogin();
}

function outside() {
  replace($("pane-main"), h("div", { class: "card outside", id: "di-luar-office" },
    h("h2", null, "Buka panel ini dari Microsoft Word"),
    h("p", null, "Halaman ini adalah panel tugas NarrativeAssist untuk Word dan hanya berfungsi di dalam Word ",
      "(Windows, Mac, atau Word di web) setelah add-in dipasang."),
    h("p", null, "Di peramban, gunakan aplikasi web NarrativeAssist untuk memeriksa dokumen dan melihat dasbor unit."),
    h("p", null, h("a", { class: "button button-primary", href: "/" }, "Buka aplikasi web"))));
  ready();
}

function ready() {
  /** @type {any} */ (window).__paneReady = performance.now();
  document.body.dataset.ready = "true";
}

/** @param {string} [message] */
function showLogin(message) {
  $("pane-logout").hidden = true;
  $("pane-unit").textContent = "";
  const error = h("div", { id: "login-error" });
  if (message) replace(error, h("div", { class: "message message-warning", role: "alert" }, message));
  const email = h("input", { id: "email", type: "email", autocomplete: "username", required: true });
  const password = h("input", { id: "sandi", type: "password", autocomplete: "current-password", required: true });
  const submit = h("button", { type: "submit", class: "button button-primary" }, "Masuk");
  const form = h("form", { class: "form card", id: "form-masuk", novalidate: true },
    h("h2", null, "Masuk"),
    h("p", { class: "muted small" }, "Masuk dengan akun NarrativeAssist unit Anda untuk memeriksa dan menyimpan narasi."),
    error,
    h("div", { class: "field" }, h("label", { for: "email" }, "Email"), email),
    h("div", { class: "field" }, h("label", { for: "sandi" }, "Kata sandi"), password),
    h("div", { class: "actions" }, submit));
  form.addEventListener("submit", async (ev) => {
    ev.preventDefault();
    if (!email.value || !password.value) {
      replace(error, h("div", { class: "message message-error", role: "alert" }, "Isi email dan kata sandi."));
      return;
    }
    submit.disabled = true;
    try {
      await api.login(email.value.trim(), password.value);
      await showMain();
    } catch (e) {
      replace(error, errorBox(e));
      submit.disabled = false;
    }
  });
  replace($("pane-main"), form);
  ready();
}

async function showMain() {
  replace($("pane-main"), h("p", { class: "loading" }, h("span", { class: "spinner", "aria-hidden": "true" }), "Memuat katalog LKE…"));
  try {
    const [catalog, units] = await Promise.all([api.catalog(), api.units()]);
    indexCatalog(catalog);
    const unit = units[0];
    state.unitId = unit?.id ?? null;
    $("pane-unit").textContent = unit ? `· ${unit.nama}` : "· tanpa unit";
    if (state.unitId) await loadBaseline();
  } catch (e) {
    replace($("pane-main"), errorBox(e));
    ready();
    return;
  }
  const logout = $("pane-logout");
  logout.hidden = false;
  logout.onclick = () => { api.logout(); showLogin(); };
  renderShell();
  word.onSelectionChanged(scheduleFollow);
  await follow();
  ready();
}

/** Versi tersimpan tiap narasi saat panel dibuka: dasar If-Match bila panel belum membaca narasinya. */
async function loadBaseline() {
  const list = /** @type {Array<{ questionId: string, version: number }>} */ (
    await api.request(`/api/units/${encodeURIComponent(/** @type {string} */ (state.unitId))}/narratives`));
  for (const n of list) state.baseline.set(n.questionId, { etag: `"v${n.version}"`, text: null });
}

/** @param {any} c */
function indexCatalog(c) {
  /** @type {Map<string, Lever>} */
  const levers = new Map();
  for (const part of c?.parts ?? []) {
    for (const area of part.areas ?? []) {
      const code = part.id === "H" ? "H" : area.code;
      let lever = levers.get(code);
      if (!lever) { lever = { code, name: part.id === "H" ? "Hasil" : area.name, subs: [] }; levers.set(code, lever); }
      /** @param {any} q */
      const add = (q) => {
        state.questions.set(q.id, { id: q.id, text: q.text, letter: q.letter, options: q.options ?? [], answerLabel: q.answerLabel ?? "", lever: code });
        return q.id;
      };
      for (const sub of area.subAreas ?? [])
        lever.subs.push({ key: sub.id, label: `${part.name} · ${sub.numeral}. ${sub.name}`, questions: (sub.questions ?? []).map(add) });
      if ((area.questions ?? []).length)
        lever.subs.push({ key: area.id, label: part.id === "H" ? area.name : part.name, questions: area.questions.map(add) });
    }
  }
  // Enam area pengungkit dulu, Hasil di akhir.
  state.levers = [...levers.values()].sort((a, b) => (a.code === "H" ? 1 : 0) - (b.code === "H" ? 1 : 0));
}

// ---- Kerangka tampilan ------------------------------------------------------------------------

const TABS = /** @type {const} */ ([["pertanyaan", "Pertanyaan ini"], ["dokumen", "Seluruh dokumen"], ["navigasi", "Navigasi"]]);

function renderShell() {
  const tabs = h("div", { class: "pane-tabs", role: "tablist", "aria-label": "Bagian panel" },
    TABS.map(([id, label]) => h("button", {
      type: "button", role: "tab", id: `tab-${id}`, "aria-controls": `panel-${id}`, "aria-selected": String(state.tab === id),
      onclick: () => selectTab(id),
    }, label)));
  const sections = TABS.map(([id]) => h("section", { id: `panel-${id}`, role: "tabpanel", "aria-labelledby": `tab-${id}`, hidden: state.tab !== id }));
  const saveNote = h("span", { class: "save-note", id: "save-note" }, state.unitId ? "" : "Akun ini belum tergabung di unit: narasi tidak dapat disimpan.");
  const savebar = h("div", { class: "savebar" }, saveNote,
    h("button", { type: "button", class: "button", id: "simpan-semua", disabled: !state.unitId, onclick: saveAll }, "Simpan semua"),
    h("button", { type: "button", class: "button button-primary", id: "simpan", disabled: !state.unitId, onclick: saveCurrent }, "Simpan"));
  replace($("pane-main"), tabs, sections, savebar);
  renderCurrent();
  renderDocument(null);
  renderNavigator();
}

/** @param {"pertanyaan" | "dokumen" | "navigasi"} id */
function selectTab(id) {
  state.tab = id;
  for (const [t] of TABS) {
    $(`tab-${t}`).setAttribute("aria-selected", String(t === id));
    $(`panel-${t}`).hidden = t !== id;
  }
  if (id === "navigasi") renderNavigator();
}

// ---- Pertanyaan di kursor ----------------------------------------------------------------------

/** @type {ReturnType<typeof setTimeout> | undefined} */
let followTimer;
function scheduleFollow() {
  clearTimeout(followTimer);
  followTimer = setTimeout(() => { follow().catch(showPaneError); }, CHECK_DELAY_MS);
}

/** @param {unknown} e */
function showPaneError(e) {
  const panel = document.getElementById("panel-pertanyaan");
  if (panel) panel.prepend(errorBox(e));
}

/** Mengikuti kursor: pertanyaan baru ditampilkan dan diperiksa; pertanyaan sama diperiksa ulang bila teksnya berubah. */
async function follow() {
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
async function fetchBaseline(id) {
  if (!state.unitId || state.baseline.get(id)?.text != null) return;
  try {
    const res = await fetch(`/api/units/${encodeURIComponent(state.unitId)}/narratives/${encodeURIComponent(id)}`, {
      headers: { Authorization: `Bearer ${api.getToken()}`, Accept: "application/json" }, cache: "no-store",
    });
    const known = state.baseline.get(id);
    if (res.status === 404) { if (!known) state.baseline.set(id, { etag: null, text: null }); return; }
    if (!res.ok) return;
    const body = await res.json();
    const etag = res.headers.get("ETag");
    if (!known?.etag || known.etag === etag) state.baseline.set(id, { etag, text: body.text ?? "" });
  } catch { /* tanpa teks dasar: narasi tetap disimpan dengan If-Match versi dari daftar */ }
}

/**
 * Memeriksa satu pertanyaan (POST /api/check) dan menampilkan hasilnya bila masih pertanyaan di kursor.
 * @param {string} id
 */
async function check(id) {
  const n = await word.readNarrative(id);
  if (!n) return;
  const busy = document.getElementById("periksa");
  if (busy) busy.setAttribute("aria-busy", "true");
  try {
    /** @type {Record<string, unknown>} */
    const payload = { questionId: id, text: n.text };
    if (state.unitId) payload.unitId = state.unitId;
    if (n.answer) payload.answer = n.answer;
    /** @type {api.QuestionResult} */
    let result;
    try {
      result = await api.request("/api/check", { method: "POST", json: payload });
    } catch (e) {
      if (!(e instanceof api.ApiError) || e.code !== "invalid_answer") throw e;
      delete payload.answer; // jawaban di dokumen tidak sah: periksa narasinya saja
      result = await api.request("/api/check", { method: "POST", json: payload });
    }
    state.results.set(id, result);
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

function renderCurrent() {
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
    q && q.options.length > 0 && h("details", null, h("summary", null, "Pilihan jawaban"),
      h("ul", { class: "options", id: "pilihan-jawaban" }, q.options.map((o) =>
        h("li", { "aria-current": r?.answer === o.code ? "true" : null }, h("strong", null, o.code), ` — ${o.penjelasan}`)))),
    h("div", { class: "actions" },
      h("button", { type: "button", class: "button button-primary", id: "periksa", onclick: () => check(id) }, "Periksa"),
      h("button", { type: "button", class: "button", id: "sisipkan-contoh", onclick: () => insertTemplate(id) }, "Sisipkan contoh narasi")),
    h("div", { id: "hasil-kini" }, r ? resultView(id, r) : h("p", { class: "loading" }, h("span", { class: "spinner", "aria-hidden": "true" }), "Memeriksa…"))));
}

/**
 * @param {string} id
 * @param {api.QuestionResult} r
 */
function resultView(id, r) {
  const covered = r.coveredElements ?? r.covered.map((c) => ({ id: c, label: c }));
  const missing = r.missingElements ?? r.missing.map((c) => ({ id: c, label: c }));
  return [
    h("p", null, statusBadge(r.status, r.score), h("span", { class: "muted small" }, ` ${r.words} kata`)),
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

/**
 * @param {string} id
 * @param {api.Finding} f
 * @param {string} [quote]
 */
function findingView(id, f, quote) {
  const jump = h("button", { type: "button", class: "finding-jump", "data-question": id, "data-start": f.start, "data-length": f.length,
    title: "Pilih teksnya di dokumen", onclick: () => selectFinding(id, f) },
    h("span", { class: "finding-head" },
      h("span", { class: `sev sev-${f.severity}` }, SEVERITY_LABEL[f.severity] ?? f.severity),
      h("span", { class: "finding-message" }, f.message)),
    quote && h("span", { class: "finding-quote" }, `“${quote}”`));
  return h("div", { class: "finding", "data-severity": f.severity, "data-rule": f.rule },
    jump,
    f.suggestion && h("div", { class: "suggestion" }, "Saran: ", f.suggestion),
    state.comments && h("div", { class: "finding-actions" },
      h("button", { type: "button", class: "link-button jadikan-komentar", onclick: () => toComment(id, f) }, "Jadikan komentar")));
}

/**
 * @param {string} id
 * @param {api.Finding} f
 */
async function selectFinding(id, f) {
  try {
    const ok = await word.selectText(id, f.start, f.length);
    announce(ok ? "Teks temuan dipilih di dokumen." : `Teks temuan tidak ditemukan lagi; narasi ${id} dipilih.`);
  } catch (e) { showPaneError(e); }
}

/**
 * @param {string} id
 * @param {api.Finding} f
 */
async function toComment(id, f) {
  try {
    await word.addComment(id, f.start, f.length, `NarrativeAssist — ${f.message}${f.suggestion ? `\nSaran: ${f.suggestion}` : ""}`);
    announce("Temuan ditambahkan sebagai komentar Word.");
  } catch (e) { showPaneError(e); }
}

/** @param {string} id */
async function insertTemplate(id) {
  try {
    const t = /** @type {{ questionId: string, title: string, markdown: string, html: string }} */ (
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

// ---- Seluruh dokumen ---------------------------------------------------------------------------

/** @param {api.CheckReport | null} report @param {word.DocNarrative[]} [docs] */
function renderDocument(report, docs) {
  const panel = document.getElementById("panel-dokumen");
  if (!panel) return;
  const button = h("button", { type: "button", class: "button button-primary", id: "periksa-dokumen", onclick: checkDocument }, "Periksa seluruh dokumen");
  if (!report) {
    replace(panel, h("div", { class: "card" },
      h("h2", null, "Seluruh dokumen"),
      h("p", { class: "muted" }, "Memeriksa setiap narasi bertanda “lke:” di dokumen ini: cakupan per area dan semua temuan."),
      h("div", { class: "actions" }, button)));
    return;
  }
  const texts = new Map((docs ?? []).map((d) => [d.questionId, d.text]));
  const withFindings = report.questions.filter((q) => q.findings.length > 0);
  replace(panel,
    h("div", { class: "card" },
      h("div", { class: "actions" }, button),
      h("p", { id: "ringkasan-dokumen" }, `${report.coverage.answered} dari ${report.coverage.total} pertanyaan terjawab, `,
        `${report.coverage.strong} kuat.`),
      h("h3", null, "Cakupan per area"),
      h("p", { class: "muted small" }, "Bilah biru: terjawab. Bilah hijau: berstatus kuat."),
      h("div", { id: "cakupan-area" }, report.coverage.areas.map((a) => h("div", { class: "area-row", "data-area": a.id },
        h("div", { class: "area-name" }, h("span", null, a.name)),
        bar(a.answered, a.total, `Terjawab — ${a.name}`, "brand"),
        bar(a.strong, a.total, `Kuat — ${a.name}`, "hijau"))))),
    h("div", { class: "card" },
      h("h3", null, `Temuan (${withFindings.reduce((s, q) => s + q.findings.length, 0)})`),
      withFindings.length === 0 ? h("p", { class: "muted" }, "Tidak ada temuan.") :
        h("div", { id: "temuan-dokumen" }, withFindings.map((q) => h("div", { class: "temuan-q", "data-question": q.id },
          h("h3", null, q.id, " ", statusBadge(q.status, q.score)),
          q.findings.map((f) => findingView(q.id, f, (texts.get(q.id) ?? "").substr(f.start, Math.min(f.length, 80)))))))));
}


async function checkDocument() {
  const button = document.getElementById("periksa-dokumen");
  if (button) { button.setAttribute("disabled", ""); button.textContent = "Memeriksa…"; }
  try {
    const t0 = performance.now();
    const docs = await word.readNarratives();
    const query = state.unitId ? `?unitId=${encodeURIComponent(state.unitId)}` : "";
    /** @type {api.CheckReport} */
    const report = await api.request(`/api/check/document${query}`, {
      method: "POST",
      json: { narratives: docs.map((d) => (d.answer ? d : { questionId: d.questionId, text: d.text })) },
    });
    for (const q of report.questions) state.results.set(q.id, q);
    renderDocument(report, docs);
    renderNavigator();
    if (state.current) renderCurrent();
    /** @type {any} */ (window).__lastDocumentCheckMs = performance.now() - t0; // baca dokumen + POST + tampilkan
    announce(`Pemeriksaan dokumen selesai: ${report.coverage.answered} dari ${report.coverage.total} terjawab.`);
  } catch (e) {
    const panel = document.getElementById("panel-dokumen");
    if (panel) panel.prepend(errorBox(e));
    if (button) { button.removeAttribute("disabled"); button.textContent = "Periksa seluruh dokumen"; }
  }
}

// ---- Navigasi dan kerangka --------------------------------------------------------------------

function renderNavigator() {
  const panel = document.getElementById("panel-navigasi");
  if (!panel) return;
  const open = new Set([...panel.querySelectorAll("details[open]")].map((d) => /** @type {HTMLElement} */ (d).dataset.key));
  const tree = h("div", { class: "nav-tree", id: "navigator" }, state.levers.map((lever) => {
    const ids = lever.subs.flatMap((s) => s.questions);
    const strong = ids.filter((i) => state.results.get(i)?.status === "kuat").length;
    const checked = ids.filter((i) => state.results.has(i)).length;
    return h("details", { "data-key": lever.code, "data-area": lever.code, open: open.has(lever.code) },
      h("summary", null, h("span", { class: "sum-name" }, lever.name),
        h("span", { class: "muted small" }, checked ? `${strong}/${ids.length} kuat` : `${ids.length}`),
        skeletonButton(`area ${lever.name}`, ids)),
      lever.subs.map((sub) => h("details", { "data-key": sub.key, "data-sub": sub.key, open: open.has(sub.key) },
        h("summary", null, h("span", { class: "sum-name small" }, sub.label), skeletonButton(`sub-area ${sub.label}`, sub.questions)),
        sub.questions.map((qid) => {
          const q = state.questions.get(qid);
          const r = state.results.get(qid);
          return h("div", { class: "nav-q", "data-question": qid },
            h("button", { type: "button", class: "nav-q-open", onclick: () => goTo(qid) },
              h("span", { class: "nav-q-id" }, qid), shorten(q?.text ?? "", 90)),
            r ? statusBadge(r.status, r.score) : h("span", { class: "badge badge-abu" }, "Belum"),
            skeletonButton(`pertanyaan ${qid}`, [qid]));
        }))));
  }));
  replace(panel, h("div", { class: "card" },
    h("p", { class: "muted small" }, "Klik pertanyaan untuk menuju narasinya di dokumen. Tombol ＋ menyisipkan kerangka (kontrol konten bertanda) di kursor."),
    tree));
}

/** @param {string} label @param {string[]} ids */
function skeletonButton(label, ids) {
  return h("button", { type: "button", class: "icon-button", title: `Sisipkan kerangka ${label}`, "aria-label": `Sisipkan kerangka ${label}`,
    onclick: (/** @type {Event} */ ev) => { ev.preventDefault(); ev.stopPropagation(); insertSkeleton(ids); } }, "＋");
}

/** @param {string} t @param {number} n */
function shorten(t, n) {
  return t.length > n ? t.slice(0, n - 1) + "…" : t;
}

/** @param {string[]} ids */
async function insertSkeleton(ids) {
  try {
    const count = await word.insertSkeleton([{ questions: ids.map((id) => ({ id, text: state.questions.get(id)?.text ?? "" })) }]);
    announce(`Kerangka ${count} pertanyaan disisipkan di kursor.`);
    const note = document.getElementById("save-note");
    if (note) note.textContent = `Kerangka ${count} pertanyaan disisipkan.`;
  } catch (e) {
    const panel = document.getElementById("panel-navigasi");
    if (panel) panel.prepend(errorBox(e));
  }
}

/** @param {string} id */
async function goTo(id) {
  const found = await word.selectQuestion(id);
  if (!found) {
    announce(`Narasi ${id} belum ada di dokumen. Sisipkan kerangkanya dengan tombol ＋.`);
    const note = document.getElementById("save-note");
    if (note) note.textContent = `Narasi ${id} belum ada di dokumen.`;
    return;
  }
  selectTab("pertanyaan");
  await follow();
}

// ---- Simpan dengan aturan ETag ------------------------------------------------------------------

/** @param {string} text */
function setSaveNote(text) {
  const note = document.getElementById("save-note");
  if (note) note.textContent = text;
  announce(text);
}

async function saveCurrent() {
  if (!state.current) { setSaveNote("Letakkan kursor di narasi yang akan disimpan."); return; }
  const n = await word.readNarrative(state.current);
  if (!n) return;
  const outcome = await saveOne(n);
  setSaveNote(outcome === "saved" ? `${n.questionId} tersimpan.` : outcome === "same" ? `${n.questionId} sudah sama dengan versi tersimpan.`
    : outcome === "server" ? `${n.questionId}: versi server dipakai.` : outcome === "cancel" ? "Penyimpanan dibatalkan." : `${n.questionId} gagal disimpan.`);
}

async function saveAll() {
  const docs = (await word.readNarratives()).filter((d) => d.text.trim() !== "" && !/^\[Tulis narasi .*\]$/.test(d.text.trim()));
  let saved = 0, same = 0, failed = 0;
  for (const d of docs) {
    const o = await saveOne(d);
    if (o === "saved" || o === "server") saved++; else if (o === "same") same++; else failed++;
    setSaveNote(`Menyimpan… ${saved + same + failed}/${docs.length}`);
  }
  setSaveNote(`${saved} narasi tersimpan, ${same} tidak berubah${failed ? `, ${failed} tidak tersimpan` : ""}.`);
}

/**
 * PUT dengan If-Match versi yang sedang disunting; 412 → dialog dua versi.
 * @param {word.DocNarrative} n
 * @returns {Promise<"saved" | "same" | "server" | "cancel" | "error">}
 */
async function saveOne(n) {
  const unit = /** @type {string} */ (state.unitId);
  await fetchBaseline(n.questionId);
  const base = state.baseline.get(n.questionId);
  if (base?.text != null && base.text === n.text) return "same";
  const path = `/api/units/${encodeURIComponent(unit)}/narratives/${encodeURIComponent(n.questionId)}`;
  /** @param {string | null} etag */
  const put = (etag) => fetch(path, {
    method: "PUT", cache: "no-store",
    headers: { Authorization: `Bearer ${api.getToken()}`, Accept: "application/json", "Content-Type": "application/json", ...(etag ? { "If-Match": etag } : {}) },
    body: JSON.stringify(n.answer ? { text: n.text, answer: n.answer } : { text: n.text }),
  });
  try {
    let res = await put(base?.etag ?? null);
    for (let attempt = 0; (res.status === 412 || res.status === 428) && attempt < 3; attempt++) {
      const problem = await res.json().catch(() => ({}));
      const current = problem.current;
      const etag = problem.etag ?? (current ? `"v${current.version}"` : null);
      if (!current) { res = await put(etag); continue; }
      if (current.text === n.text) { state.baseline.set(n.questionId, { etag, text: current.text }); return "same"; }
      const choice = await conflictDialog(n, current);
      if (choice === "server") {
        await word.replaceNarrative(n.questionId, current.text);
        state.baseline.set(n.questionId, { etag, text: current.text });
        if (state.current === n.questionId) await check(n.questionId);
        return "server";
      }
      if (choice === "cancel") return "cancel";
      res = await put(etag);
    }
    if (!res.ok) {
      const problem = await res.json().catch(() => null);
      showPaneError(new api.ApiError(res.status, api.messageFor(res.status, problem), problem?.code));
      return "error";
    }
    state.baseline.set(n.questionId, { etag: res.headers.get("ETag"), text: n.text });
    return "saved";
  } catch (e) {
    showPaneError(e);
    return "error";
  }
}

/**
 * Dialog konflik: versi Anda (di dokumen) dan versi di server berdampingan.
 * @param {word.DocNarrative} mine
 * @param {{ text: string, version: number, updatedAt?: string, updatedBy?: string }} server
 * @returns {Promise<"server" | "mine" | "cancel">}
 */
function conflictDialog(mine, server) {
  const dialog = /** @type {HTMLDialogElement} */ ($("konflik"));
  return new Promise((resolve) => {
    /** @param {"server" | "mine" | "cancel"} v */
    const done = (v) => { dialog.close(); resolve(v); };
    const when = server.updatedAt ? new Date(server.updatedAt).toLocaleString("id-ID", { dateStyle: "medium", timeStyle: "short" }) : "";
    replace(dialog,
      h("h2", { id: "konflik-judul" }, `Narasi ${mine.questionId} sudah diubah orang lain`),
      h("p", { class: "small" }, `Sejak Anda membukanya, narasi ini disimpan ulang di server (versi ${server.version}${server.updatedBy && !/^[0-9a-f-]{36}$/i.test(server.updatedBy) ? `, oleh ${server.updatedBy}` : ""}${when ? `, ${when}` : ""}). Pilih versi yang dipakai.`),
      h("div", { class: "versions" },
        h("div", { class: "version", id: "versi-saya" }, h("h3", null, "Versi Anda (di dokumen)"), h("pre", null, mine.text)),
        h("div", { class: "version", id: "versi-server" }, h("h3", null, `Versi di server (v${server.version})`), h("pre", null, server.text))),
      h("div", { class: "actions" },
        h("button", { type: "button", class: "button", id: "pakai-server", onclick: () => done("server") }, "Pakai versi server"),
        h("button", { type: "button", class: "button button-primary", id: "timpa", onclick: () => done("mine") }, "Timpa dengan versi saya"),
        h("button", { type: "button", class: "button button-subtle", onclick: () => done("cancel") }, "Batal")));
    dialog.oncancel = (ev) => { ev.preventDefault(); done("cancel"); };
    dialog.showModal();
  });
}

boot().catch((e) => { replace($("pane-main"), errorBox(e)); ready(); });
