// @ts-check
/**
 * Panel tugas Word NarrativeAssist: masuk, pemilih unit, navigasi LKE, pertanyaan di kursor (diperiksa ulang saat
 * mengetik berhenti) dengan pilihan jawaban, pemeriksaan seluruh dokumen (temuan dikelompokkan per pemeriksaan dengan
 * Sebelumnya/Berikutnya), kerangka, contoh narasi, komentar, dan penyimpanan ke ruang kerja unit dengan aturan ETag
 * (semua konflik "Simpan semua" diselesaikan dalam satu dialog). Semua akses ke Word lewat ./office-adapter.js.
 *
 * Urutan awal (waktu interaktif): Office.js dimuat tanpa memblokir; formulir masuk tampil tanpa menunggunya, dan bila
 * sudah masuk, katalog, daftar unit dan versi narasi diambil bersamaan dengan pemuatan Office.js.
 */
import * as api from "../api.js";
import { h, replace, statusBadge, bar, errorBox, light, num, STATUS_LABEL, SEVERITY_LABEL, defectLabel, answerTone } from "../views/ui.js";
import * as word from "./office-adapter.js";
import { loginForm, markReady, showLogout, hideLogout } from "../views/pane-login.js";

const CHECK_DELAY_MS = 700;
/** Unit terakhir yang dipilih di panel (localStorage: bertahan antarsesi Word). */
const UNIT_KEY = "na.word.unit";
/** Cadangan teks pengguna yang diganti versi server saat konflik (localStorage), untuk "Pulihkan versi saya". */
const BACKUP_KEY = "na.word.cadangan";
/** Katalog LKE ringkas untuk pembukaan panel berikutnya (localStorage). */
const CATALOG_KEY = "na.word.katalog";

/** @typedef {{ id: string, text: string, letter: string, options: Array<{ code: string, value: number, penjelasan: string }>,
 *   answerLabel: string, lever: string }} Q */
/** @typedef {{ key: string, label: string, questions: string[] }} Sub */
/** @typedef {{ code: string, name: string, subs: Sub[] }} Lever */

const state = {
  /** @type {Map<string, Q>} */ questions: new Map(),
  /** @type {Lever[]} */ levers: [],
  /** @type {string | null} */ unitId: null,
  /** @type {Map<string, api.QuestionResult>} */ results: new Map(),
  /** @type {api.UnitRef[]} */ units: [],
  /** @type {Map<string, { etag: string | null, text: string | null, answer?: string | null }>} */ baseline: new Map(),
  /** Jawaban di dokumen saat pemeriksaan terakhir. @type {Map<string, string | null>} */ docAnswers: new Map(),
  /** Posisi langkah per kelompok temuan dokumen. @type {Map<string, number>} */ steps: new Map(),
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

/** Office siap (atau null di luar Word): dimulai sekali, bersamaan dengan pengambilan data panel. */
const hostReady = word.start();

/** @typedef {{ catalog: PaneCatalog, units: api.UnitRef[] }} Workspace */

/**
 * Katalog dan daftar unit, diambil bersamaan (dan bersamaan dengan pemuatan Office.js). Katalog LKE (±480 KB JSON)
 * disimpan ringkas di localStorage: panel yang dibuka lagi langsung memakainya, sementara versi server diambil di
 * latar belakang dan menggantikannya bila berbeda (stale-while-revalidate).
 * @returns {Promise<Workspace>}
 */
function fetchWorkspace() {
  const fresh = api.catalog().then(compactCatalog);
  const cached = cachedCatalog();
  fresh.then((c) => {
    const json = JSON.stringify(c);
    if (cached && JSON.stringify(cached) === json) return;
    try { localStorage.setItem(CATALOG_KEY, json); } catch { /* penyimpanan penuh: tetap jalan tanpa cache */ }
    if (cached && state.questions.size > 0) { // katalog berubah sejak kunjungan lalu
      applyCatalog(c);
      renderNavigator();
      renderCurrent();
    }
  }).catch(() => {});
  return Promise.all([cached ?? fresh, api.units()]).then(([catalog, units]) => ({ catalog, units }));
}

async function boot() {
  api.onUnauthorized(() => showLogin("Sesi Anda telah berakhir. Silakan masuk kembali."));
  if (api.isSignedIn()) {
    const workspace = fetchWorkspace();
    workspace.catch(() => {}); // galat ditampilkan oleh showMain
    const host = await hostReady;
    if (!host) return outside();
    await showMain(workspace);
    return;
  }
  // Formulir masuk tidak memerlukan Word: tampil segera; panel di luar Word diganti pesannya begitu diketahui.
  showLogin();
  if (!(await hostReady)) outside();
}

function outside() {
  replace($("pane-main"), h("div", { class: "card outside", id: "di-luar-office" },
    h("h2", null, "Buka panel ini dari Microsoft Word"),
    h("p", null, "Halaman ini adalah panel tugas NarrativeAssist untuk Word dan hanya berfungsi di dalam Word ",
      "(Windows, Mac, atau Word di web) setelah add-in dipasang."),
    h("p", null, "Di peramban, gunakan aplikasi web NarrativeAssist untuk memeriksa dokumen dan melihat dasbor unit."),
    h("p", null, h("a", { class: "button button-primary", href: "/" }, "Buka aplikasi web"))));
  hideLogout();
  document.body.dataset.outside = "true";
  markReady();
}


/** @param {string} [message] */
function showLogin(message) {
  hideLogout();
  replace($("pane-unit"));
  $("pane-unit").parentElement?.classList.remove("has-picker");
  const form = loginForm({
    purpose: "untuk memeriksa dan menyimpan narasi",
    notice: message,
    signedIn: async () => {
      const workspace = fetchWorkspace();
      workspace.catch(() => {});
      if (!(await hostReady)) return outside();
      await showMain(workspace);
    },
  });
  replace($("pane-main"), form);
  markReady();
}

/** @param {Promise<Workspace>} workspace */
async function showMain(workspace) {
  state.comments = !!(await hostReady)?.comments;
  replace($("pane-main"), h("p", { class: "loading" }, h("span", { class: "spinner", "aria-hidden": "true" }), "Memuat katalog LKE…"));
  try {
    const { catalog, units } = await workspace;
    applyCatalog(catalog);
    state.units = units ?? [];
    const remembered = localStorage.getItem(UNIT_KEY);
    const unit = state.units.find((u) => u.id === remembered) ?? state.units[0];
    state.unitId = unit?.id ?? null;
    renderUnit();
    if (state.unitId) await loadBaseline();
  } catch (e) {
    replace($("pane-main"), errorBox(e));
    markReady();
    return;
  }
  showLogout(showLogin);
  renderShell();
  word.onSelectionChanged(scheduleFollow);
  await follow();
  markReady();
}

/** Nama unit di kepala panel; pemilih unit bila pengguna tergabung di lebih dari satu unit. */
function renderUnit() {
  const holder = $("pane-unit");
  holder.parentElement?.classList.toggle("has-picker", state.units.length > 1);
  if (state.units.length <= 1) {
    const unit = state.units[0];
    replace(holder, unit ? `· ${unit.nama}` : "· tanpa unit");
    return;
  }
  const select = h("select", { id: "pilih-unit", class: "unit-select", "aria-label": "Unit kerja", title: "Unit kerja" },
    state.units.map((u) => h("option", { value: u.id, selected: u.id === state.unitId }, u.nama)));
  select.addEventListener("change", () => { switchUnit(select.value).catch(showPaneError); });
  replace(holder, select);
}

/**
 * Berpindah unit: pilihan diingat, versi dasar narasi dimuat ulang, hasil pemeriksaan (yang memakai profil unit)
 * dikosongkan, dan pertanyaan di kursor diperiksa ulang.
 * @param {string} unitId
 */
async function switchUnit(unitId) {
  if (unitId === state.unitId) return;
  state.unitId = unitId;
  localStorage.setItem(UNIT_KEY, unitId);
  state.baseline.clear();
  state.results.clear();
  state.steps.clear();
  await loadBaseline();
  const unit = state.units.find((u) => u.id === unitId);
  renderDocument(null);
  renderNavigator();
  setSaveNote(`Unit kerja: ${unit?.nama ?? ""}. Narasi disimpan ke unit ini.`);
  if (state.current) { state.checkedText = null; await Promise.all([check(state.current), fetchBaseline(state.current)]); }
}

/** Versi tersimpan tiap narasi saat panel dibuka: dasar If-Match bila panel belum membaca narasinya. */
async function loadBaseline() {
  const unit = /** @type {string} */ (state.unitId);
  const list = /** @type {Array<{ questionId: string, version: number, answer?: string | null }>} */ (
    await api.request(`/api/units/${encodeURIComponent(unit)}/narratives`));
  if (state.unitId !== unit) return;
  for (const n of list) state.baseline.set(n.questionId, { etag: `"v${n.version}"`, text: null, answer: n.answer ?? null });
}

/** @typedef {{ v: 1, levers: Lever[], questions: Q[] }} PaneCatalog */

/**
 * Bagian katalog LKE yang dipakai panel (tanpa checklist): area → sub-area → pertanyaan dengan pilihan jawabannya.
 * @param {any} c katalog lengkap dari GET /api/lke
 * @returns {PaneCatalog}
 */
function compactCatalog(c) {
  /** @type {Map<string, Lever>} */
  const levers = new Map();
  /** @type {Q[]} */
  const questions = [];
  for (const part of c?.parts ?? []) {
    for (const area of part.areas ?? []) {
      const code = part.id === "H" ? "H" : area.code;
      let lever = levers.get(code);
      if (!lever) { lever = { code, name: part.id === "H" ? "Hasil" : area.name, subs: [] }; levers.set(code, lever); }
      /** @param {any} q */
      const add = (q) => {
        questions.push({ id: q.id, text: q.text, letter: q.letter, options: q.options ?? [], answerLabel: q.answerLabel ?? "", lever: code });
        return q.id;
      };
      for (const sub of area.subAreas ?? [])
        lever.subs.push({ key: sub.id, label: `${part.name} · ${sub.numeral}. ${sub.name}`, questions: (sub.questions ?? []).map(add) });
      if ((area.questions ?? []).length)
        lever.subs.push({ key: area.id, label: part.id === "H" ? area.name : part.name, questions: area.questions.map(add) });
    }
  }
  // Enam area pengungkit dulu, Hasil di akhir.
  return { v: 1, levers: [...levers.values()].sort((a, b) => (a.code === "H" ? 1 : 0) - (b.code === "H" ? 1 : 0)), questions };
}

/** @param {PaneCatalog} c */
function applyCatalog(c) {
  state.levers = c.levers;
  state.questions = new Map(c.questions.map((q) => [q.id, q]));
}

/** Katalog ringkas dari kunjungan sebelumnya (localStorage), atau null. @returns {PaneCatalog | null} */
function cachedCatalog() {
  try {
    const c = JSON.parse(localStorage.getItem(CATALOG_KEY) ?? "null");
    return c?.v === 1 && Array.isArray(c.levers) && Array.isArray(c.questions) ? c : null;
  } catch { return null; }
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
    q && answerPicker(q),
    h("div", { class: "actions" },
      h("button", { type: "button", class: "button button-primary", id: "periksa", onclick: () => check(id) }, "Periksa"),
      h("button", { type: "button", class: "button", id: "sisipkan-contoh", onclick: () => insertTemplate(id) }, "Sisipkan contoh narasi")),
    h("div", { id: "hasil-kini" }, r ? resultView(id, r) : h("p", { class: "loading" }, h("span", { class: "spinner", "aria-hidden": "true" }), "Memeriksa…"))));
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
 * @param {api.QuestionResult} r
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

/**
 * Jawaban di dokumen di samping jawaban yang didukung narasi. Alasan berupa tombol: klik memilih kalimat yang
 * menunjukkannya di dokumen (seperti temuan). Tanpa jawaban tersimpulkan (pertanyaan tanpa pilihan), tidak tampil.
 * @param {string} id
 * @param {api.QuestionResult} r
 * @param {string | null | undefined} claimed
 * @param {string} [domId]
 */
function answerCompare(id, r, claimed, domId) {
  const inf = r.inferredAnswer;
  if (!inf) return null;
  const answerDefect = r.findings.find((f) => f.defect === "over_claim" || f.defect === "under_claim")?.defect;
  const tone = answerTone(claimed, inf, answerDefect);
  return h("div", { class: `answer-compare answer-${tone}`, id: domId ?? null, "data-question": id, "data-claimed": claimed ?? "", "data-inferred": inf.code },
    h("span", { class: "answer-claimed" }, "Jawaban Anda: ", h("strong", null, claimed ?? "belum dipilih")),
    " · ",
    h("span", { class: "answer-inferred" }, "Didukung narasi: ", h("strong", null, inf.code)),
    tone === "lebih" ? h("span", { class: "answer-flag" }, " — klaim melebihi narasi") : tone === "beda" ? h("span", { class: "answer-flag" }, " — berbeda") : null,
    inf.reason && h("button", { type: "button", class: "finding-jump answer-reason", "data-start": inf.start, "data-length": inf.length,
      title: "Pilih kalimat yang menunjukkannya di dokumen", onclick: () => void selectSpan(id, inf.start, inf.length, "Kalimat yang mendukung jawaban dipilih di dokumen.") },
      inf.reason));
}

/**
 * @param {string} id
 * @param {number} start
 * @param {number} length
 * @param {string} message
 */
async function selectSpan(id, start, length, message) {
  try {
    const ok = await word.selectText(id, start, length);
    announce(ok ? message : `Kalimatnya tidak ditemukan lagi; narasi ${id} dipilih.`);
  } catch (e) { showPaneError(e); }
}

/**
 * @param {string} id
 * @param {api.Finding} f
 * @param {string} [quote]
 * @param {() => void} [onJump] dipanggil saat temuan diklik (mis. memindahkan posisi langkah kelompoknya)
 */
function findingView(id, f, quote, onJump) {
  const jump = h("button", { type: "button", class: "finding-jump", "data-question": id, "data-start": f.start, "data-length": f.length,
    title: "Pilih teksnya di dokumen", onclick: () => { onJump?.(); selectFinding(id, f); } },
    h("span", { class: "finding-head" },
      h("span", { class: `sev sev-${f.severity}` }, SEVERITY_LABEL[f.severity] ?? f.severity),
      defectLabel(f) && h("span", { class: "defect", "data-defect": f.defect }, defectLabel(f)),
      h("span", { class: "finding-message" }, f.message)),
    quote && h("span", { class: "finding-quote" }, `“${quote}”`));
  return h("div", { class: "finding", "data-severity": f.severity, "data-rule": f.rule, "data-defect": f.defect ?? null },
    jump,
    f.expected && h("div", { class: "expected" }, "Yang diharapkan: ", f.expected),
    f.suggestion && h("div", { class: "suggestion" }, "Saran: ", f.suggestion),
    state.comments && h("div", { class: "finding-actions" },
      h("button", { type: "button", class: "link-button jadikan-komentar", onclick: () => toComment(id, f) }, "Jadikan komentar")));
}

/**
 * @param {string} id
 * @param {api.Finding} f
 * @param {boolean} [quiet] tanpa pengumuman (langkah kelompok sudah mengumumkan posisinya)
 */
async function selectFinding(id, f, quiet = false) {
  try {
    const ok = await word.selectText(id, f.start, f.length);
    if (!quiet || !ok) announce(ok ? "Teks temuan dipilih di dokumen." : `Teks temuan tidak ditemukan lagi; narasi ${id} dipilih.`);
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

/** Nama pemeriksaan (aturan) untuk kelompok temuan; unsur checklist yang belum ada menjadi satu kelompok. */
const RULE_LABEL = /** @type {Record<string, string>} */ ({
  unsur: "Unsur daftar periksa belum ada",
  placeholder: "Isian templat belum diganti",
  profil: "Tidak sesuai profil unit",
  bukti: "Bukti dukung belum disebut",
  bukti_rinci: "Bukti dukung tanpa nomor/tanggal",
  terlaksana: "Rencana, bukan yang telah dilakukan",
  kabur: "Ungkapan kabur",
  kuantitatif: "Hasil tanpa angka",
  peningkatan: "Tanpa pembanding periode sebelumnya",
  peningkatan_angka: "Perubahan tanpa dua angka",
  panjang_minimal: "Narasi terlalu singkat",
  panjang_maksimal: "Narasi terlalu panjang",
  konsisten_jawaban: "Jawaban tidak konsisten dengan narasi",
  jawaban_terendah: "Jawaban terendah untuk narasi panjang",
  tidak_berkala: "Belum berkala/rutin",
});
const SEVERITY_RANK = /** @type {Record<string, number>} */ ({ error: 0, warning: 1, saran: 2 });

/** @param {string} rule */
const ruleKey = (rule) => (rule.startsWith("unsur.") ? "unsur" : rule);

/** @typedef {{ id: string, f: api.Finding, quote: string }} Occurrence */
/** @typedef {{ key: string, label: string, severity: string, items: Occurrence[] }} RuleGroup */

/**
 * Temuan dokumen dikelompokkan per pemeriksaan (pola PerfectIt), urut keparahan lalu jumlah; di dalam kelompok
 * kemunculan berurutan menurut dokumen.
 * @param {api.CheckReport} report
 * @param {Map<string, string>} texts
 * @returns {RuleGroup[]}
 */
function groupFindings(report, texts) {
  /** @type {Map<string, RuleGroup>} */
  const groups = new Map();
  for (const q of report.questions) {
    for (const f of q.findings) {
      const key = ruleKey(f.rule);
      let g = groups.get(key);
      if (!g) { g = { key, label: RULE_LABEL[key] ?? `Pemeriksaan “${key}”`, severity: f.severity, items: [] }; groups.set(key, g); }
      if ((SEVERITY_RANK[f.severity] ?? 3) < (SEVERITY_RANK[g.severity] ?? 3)) g.severity = f.severity;
      const text = texts.get(q.id) ?? "";
      g.items.push({ id: q.id, f, quote: f.length > 0 ? text.substr(f.start, Math.min(f.length, 80)) : "" });
    }
  }
  return [...groups.values()].sort((a, b) =>
    (SEVERITY_RANK[a.severity] ?? 3) - (SEVERITY_RANK[b.severity] ?? 3) || b.items.length - a.items.length || a.label.localeCompare(b.label, "id"));
}

/**
 * Kartu skor per area pengungkit: rata-rata skor narasi yang ditulis di dokumen dengan lampu lalu lintas
 * (hijau ≥ 80, kuning 60–79, merah < 60).
 * @param {api.CheckReport} report
 * @param {string} areaId
 */
function leverScore(report, areaId) {
  const written = report.questions.filter((q) => q.status !== "kosong" && state.questions.get(q.id)?.lever === areaId);
  if (written.length === 0) return h("span", { class: "badge badge-abu", "data-light": "abu" }, "Belum ada narasi");
  const avg = written.reduce((sum, q) => sum + q.score, 0) / written.length;
  const color = light(avg);
  return h("span", { class: `badge badge-${color} lever-score`, "data-light": color, "data-score": Math.round(avg),
    title: `Rata-rata skor ${written.length} narasi di area ini` },
    h("span", { class: "badge-dot", "aria-hidden": "true" }), `Skor ${num(avg, 0)}`);
}

/** @param {api.CheckReport | null} report @param {word.DocNarrative[]} [docs] */
function renderDocument(report, docs) {
  const panel = document.getElementById("panel-dokumen");
  if (!panel) return;
  const button = h("button", { type: "button", class: "button button-primary", id: "periksa-dokumen", onclick: checkDocument }, "Periksa seluruh dokumen");
  if (!report) {
    replace(panel, h("div", { class: "card" },
      h("h2", null, "Seluruh dokumen"),
      h("p", { class: "muted" }, "Memeriksa setiap narasi bertanda “lke:” di dokumen ini: cakupan dan skor per area, dan semua temuan dikelompokkan per pemeriksaan."),
      h("div", { class: "actions" }, button)));
    return;
  }
  const texts = new Map((docs ?? []).map((d) => [d.questionId, d.text]));
  const groups = groupFindings(report, texts);
  const total = groups.reduce((sum, g) => sum + g.items.length, 0);
  state.steps = new Map(); // hasil baru: setiap kelompok mulai dari awal
  replace(panel,
    h("div", { class: "card" },
      h("div", { class: "actions" }, button),
      h("p", { id: "ringkasan-dokumen" }, `${report.coverage.answered} dari ${report.coverage.total} pertanyaan terjawab, `,
        `${report.coverage.strong} kuat.`),
      h("h3", null, "Cakupan dan skor per area"),
      h("p", { class: "muted small" }, "Bilah biru: terjawab. Bilah hijau: berstatus kuat. Skor: rata-rata narasi yang ditulis — hijau ≥ 80, kuning 60–79, merah < 60."),
      h("div", { id: "cakupan-area" }, report.coverage.areas.map((a) => h("div", { class: "area-row", "data-area": a.id },
        h("div", { class: "area-name" }, h("span", null, a.name), leverScore(report, a.id)),
        bar(a.answered, a.total, `Terjawab — ${a.name}`, "brand"),
        bar(a.strong, a.total, `Kuat — ${a.name}`, "hijau"))))),
    answersCard(report, docs ?? []),
    h("div", { class: "card" },
      h("h3", null, `Temuan (${total})`),
      groups.length === 0 ? h("p", { class: "muted" }, "Tidak ada temuan.") : [
        h("p", { class: "muted small" }, "Dikelompokkan per pemeriksaan. “Berikutnya” memilih kemunculan berikutnya di dokumen."),
        h("div", { id: "temuan-dokumen" }, groups.map((g) => groupView(g))),
      ]));
}

/**
 * Jawaban dokumen yang berbeda dari yang didukung narasinya (klaim berlebih lebih dulu): inilah risiko di depan
 * evaluator. Setiap baris memakai tampilan yang sama dengan "Pertanyaan ini"; klik alasannya memilih kalimatnya.
 * @param {api.CheckReport} report
 * @param {word.DocNarrative[]} docs
 */
function answersCard(report, docs) {
  const claimed = new Map(docs.map((d) => [d.questionId, d.answer ?? null]));
  const judged = report.questions.filter((q) => q.inferredAnswer);
  const rows = judged
    .map((q) => ({ q, claimed: q.answer ?? claimed.get(q.id) ?? null }))
    .map((x) => ({ ...x, tone: answerTone(x.claimed, x.q.inferredAnswer,
      x.q.findings.find((f) => f.defect === "over_claim" || f.defect === "under_claim")?.defect) }))
    .filter((x) => x.tone === "lebih" || x.tone === "beda")
    .sort((a, b) => (a.tone === b.tone ? 0 : a.tone === "lebih" ? -1 : 1));
  return h("div", { class: "card", id: "jawaban-dokumen" },
    h("h3", null, `Jawaban vs narasi (${rows.length})`),
    judged.length === 0 ? h("p", { class: "muted small" }, "Belum ada jawaban yang dapat dibandingkan dengan narasinya.")
      : rows.length === 0 ? h("p", { class: "muted small" }, `${judged.length} jawaban sesuai dengan yang didukung narasinya.`)
        : [
          h("p", { class: "muted small" }, "Jawaban yang tidak didukung narasinya. Klik alasannya untuk memilih kalimatnya di dokumen."),
          rows.map((x) => h("div", { class: "rule-item", "data-question": x.q.id },
            h("span", { class: "q-now-id" }, x.q.id), answerCompare(x.q.id, x.q, x.claimed))),
        ]);
}

/** @param {RuleGroup} g */
function groupView(g) {
  const pos = Math.min(state.steps.get(g.key) ?? -1, g.items.length - 1);
  const current = h("div", { class: "step-current" });
  const position = h("span", { class: "step-pos" });
  const list = h("div", { class: "rule-items", hidden: true });
  const toggle = h("button", { type: "button", class: "link-button rule-all", "aria-expanded": "false" }, `Tampilkan semua (${g.items.length})`);
  const section = h("section", { class: "rule-group", "data-rule": g.key, "data-severity": g.severity, "aria-label": `${g.label}: ${g.items.length} temuan` },
    h("div", { class: "rule-head" },
      h("span", { class: `sev sev-${g.severity}` }, SEVERITY_LABEL[g.severity] ?? g.severity),
      h("span", { class: "rule-name" }, g.label),
      h("span", { class: "rule-count", "aria-label": `${g.items.length} temuan` }, String(g.items.length))),
    h("div", { class: "stepper" },
      h("button", { type: "button", class: "button step-prev", title: `Temuan “${g.label}” sebelumnya`, onclick: () => step(-1) }, "‹ Sebelumnya"),
      position,
      h("button", { type: "button", class: "button step-next", title: `Temuan “${g.label}” berikutnya`, onclick: () => step(1) }, "Berikutnya ›")),
    current,
    toggle,
    list);

  /** @param {number} i */
  const show = (i) => {
    state.steps.set(g.key, i);
    section.dataset.position = String(i);
    position.textContent = i < 0 ? `${g.items.length} temuan` : `${i + 1} dari ${g.items.length}`;
    if (i < 0) { replace(current); return; }
    const o = g.items[i];
    replace(current, h("div", { class: "step-where" }, h("span", { class: "q-now-id" }, o.id), " ", state.questions.get(o.id)?.text ? shorten(/** @type {string} */ (state.questions.get(o.id)?.text), 70) : ""),
      findingView(o.id, o.f, o.quote, () => show(i)));
    for (const [k, el] of [...list.children].entries()) el.toggleAttribute("aria-current", k === i);
  };
  /** @param {number} delta */
  const step = async (delta) => {
    const n = g.items.length;
    const now = state.steps.get(g.key) ?? -1;
    const next = now < 0 ? (delta > 0 ? 0 : n - 1) : (now + delta + n) % n;
    show(next);
    const o = g.items[next];
    announce(`${g.label}: ${next + 1} dari ${n}, ${o.id}.`);
    await selectFinding(o.id, o.f, true);
  };
  toggle.addEventListener("click", () => {
    const open = list.hidden;
    list.hidden = !open;
    toggle.setAttribute("aria-expanded", String(open));
    toggle.textContent = open ? "Sembunyikan daftar" : `Tampilkan semua (${g.items.length})`;
  });
  replace(list, g.items.map((o, i) => h("div", { class: "rule-item", "data-question": o.id },
    h("span", { class: "q-now-id" }, o.id), findingView(o.id, o.f, o.quote, () => show(i)))));
  show(pos);
  return section;
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
  // Pohon 113 pertanyaan hanya dibangun saat tabnya terlihat (selectTab menggambarnya ulang): awal panel lebih ringan.
  if (!panel || panel.hidden) return;
  const open = new Set([...panel.querySelectorAll("details[open]")].map((d) => /** @type {HTMLElement} */ (d).dataset.key));
  const tree = h("div", { class: "nav-tree", id: "navigator" }, state.levers.map((lever) => {
    const ids = lever.subs.flatMap((s) => s.questions);
    const strong = ids.filter((i) => state.results.get(i)?.status === "kuat").length;
    const checked = ids.filter((i) => state.results.has(i)).length;
    const written = ids.map((i) => state.results.get(i)).filter((r) => r && r.status !== "kosong");
    const avg = written.length ? written.reduce((sum, r) => sum + (r?.score ?? 0), 0) / written.length : null;
    return h("details", { "data-key": lever.code, "data-area": lever.code, open: open.has(lever.code) },
      h("summary", null,
        avg === null ? h("span", { class: "light light-abu", "aria-hidden": "true" })
          : h("span", { class: `light light-${light(avg)}`, "data-light": light(avg), role: "img", "aria-label": `Skor rata-rata ${num(avg, 0)}`, title: `Skor rata-rata ${num(avg, 0)}` }),
        h("span", { class: "sum-name" }, lever.name),
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

/**
 * @param {string} text
 * @param {...any} extra elemen tambahan di catatan (mis. tombol "Pulihkan versi saya")
 */
function setSaveNote(text, ...extra) {
  const note = document.getElementById("save-note");
  const more = extra.filter(Boolean);
  if (note) replace(note, text, more.length ? [" ", more] : null);
  announce(text);
}

/** @param {string | null | undefined} a */
const sameAnswer = (a, /** @type {string | null | undefined} */ b) => (a ?? "").trim().toLowerCase() === (b ?? "").trim().toLowerCase();

/** @typedef {{ text: string, answer?: string | null, version: number, updatedAt?: string, updatedBy?: string }} ServerVersion */
/**
 * Satu anggota per jenis, agar pemeriksaan `kind` menyempitkan union sampai ke anggota yang memiliki `error`.
 * @typedef {{ kind: "saved" } | { kind: "same" } | { kind: "error", error: unknown }
 *   | { kind: "conflict", current: ServerVersion, etag: string | null }} PutOutcome
 */
/** @typedef {{ n: word.DocNarrative, current: ServerVersion, etag: string | null }} Conflict */

/**
 * PUT satu narasi (teks dan jawabannya di dokumen) dengan If-Match. 412/428 beserta versi terkini = konflik.
 * @param {word.DocNarrative} n
 * @param {string | null} etag
 * @returns {Promise<PutOutcome>}
 */
async function putNarrative(n, etag) {
  const unit = /** @type {string} */ (state.unitId);
  const path = `/api/units/${encodeURIComponent(unit)}/narratives/${encodeURIComponent(n.questionId)}`;
  /** @param {string | null} tag */
  const send = (tag) => fetch(path, {
    method: "PUT", cache: "no-store",
    headers: { Authorization: `Bearer ${api.getToken()}`, Accept: "application/json", "Content-Type": "application/json", ...(tag ? { "If-Match": tag } : {}) },
    body: JSON.stringify(n.answer ? { text: n.text, answer: n.answer } : { text: n.text }),
  });
  try {
    let res = await send(etag);
    if (res.status === 412 || res.status === 428) {
      const problem = await res.json().catch(() => ({}));
      const current = /** @type {ServerVersion | null} */ (problem.current ?? null);
      const tag = problem.etag ?? (current ? `"v${current.version}"` : null);
      if (!current) res = await send(tag); // narasinya belum/tidak lagi ada di server: simpan sebagai baru
      else if (current.text === n.text && sameAnswer(current.answer, n.answer)) {
        state.baseline.set(n.questionId, { etag: tag, text: current.text, answer: current.answer ?? null });
        return { kind: "same" };
      } else return { kind: "conflict", current, etag: tag };
    }
    if (!res.ok) {
      const problem = await res.json().catch(() => null);
      return { kind: "error", error: new api.ApiError(res.status, `${n.questionId}: ${api.messageFor(res.status, problem)}`, problem?.code) };
    }
    state.baseline.set(n.questionId, { etag: res.headers.get("ETag"), text: n.text, answer: n.answer });
    return { kind: "saved" };
  } catch (e) {
    return { kind: "error", error: e };
  }
}

/** Narasi di dokumen sama dengan versi dasarnya (teks dan jawaban)? @param {word.DocNarrative} n */
async function unchanged(n) {
  await fetchBaseline(n.questionId);
  const base = state.baseline.get(n.questionId);
  return base?.text != null && base.text === n.text && sameAnswer(base.answer, n.answer);
}

async function saveCurrent() {
  if (!state.current) { setSaveNote("Letakkan kursor di narasi yang akan disimpan."); return; }
  const n = await word.readNarrative(state.current);
  if (!n) return;
  const outcome = await saveOne(n);
  const id = n.questionId;
  if (outcome === "server") setSaveNote(`${id}: versi server dipakai.`, restoreButton());
  else setSaveNote(outcome === "saved" ? `${id} tersimpan.` : outcome === "same" ? `${id} sudah sama dengan versi tersimpan.`
    : outcome === "cancel" ? "Penyimpanan dibatalkan; teks Anda tetap di dokumen." : `${id} gagal disimpan.`);
}

/**
 * Menyimpan satu narasi; konflik → dialog dua versi.
 * @param {word.DocNarrative} n
 * @returns {Promise<"saved" | "same" | "server" | "cancel" | "error">}
 */
async function saveOne(n) {
  if (await unchanged(n)) return "same";
  let r = await putNarrative(n, state.baseline.get(n.questionId)?.etag ?? null);
  for (let attempt = 0; r.kind === "conflict" && attempt < 3; attempt++) {
    const choice = await conflictDialog(n, r.current);
    if (choice === "cancel") return "cancel";
    if (choice === "server") { await takeServer({ n, current: r.current, etag: r.etag }); return "server"; }
    r = await putNarrative(n, r.etag);
  }
  if (r.kind === "error") { showPaneError(r.error); return "error"; }
  return r.kind === "conflict" ? "cancel" : r.kind;
}

/**
 * Simpan semua narasi yang berubah. Konflik (412) tidak ditanyakan satu per satu: dikumpulkan, lalu diselesaikan
 * bersama dalam satu dialog. Teks pengguna tidak pernah hilang: "Batal" membiarkan dokumen apa adanya, dan teks
 * yang diganti versi server disimpan sebagai cadangan yang dapat dipulihkan.
 */
async function saveAll() {
  const button = document.getElementById("simpan-semua");
  button?.setAttribute("disabled", "");
  try {
    const docs = (await word.readNarratives()).filter((d) => d.text.trim() !== "" && !/^\[Tulis narasi .*\]$/.test(d.text.trim()));
    let saved = 0, same = 0, failed = 0, server = 0, open = 0;
    /** @type {Conflict[]} */
    let conflicts = [];
    for (const d of docs) {
      if (await unchanged(d)) same++;
      else {
        const r = await putNarrative(d, state.baseline.get(d.questionId)?.etag ?? null);
        if (r.kind === "saved") saved++;
        else if (r.kind === "same") same++;
        else if (r.kind === "conflict") conflicts.push({ n: d, current: r.current, etag: r.etag });
        else { failed++; showPaneError(r.error); }
      }
      setSaveNote(`Menyimpan… ${saved + same + failed + conflicts.length}/${docs.length}`);
    }
    for (let round = 0; conflicts.length > 0; round++) {
      const choices = round < 3 ? await conflictsDialog(conflicts) : null;
      if (!choices) { open = conflicts.length; break; }
      /** @type {Conflict[]} */
      const again = [];
      for (const c of conflicts) {
        if (choices.get(c.n.questionId) === "server") { await takeServer(c); server++; continue; }
        const r = await putNarrative(c.n, c.etag);
        if (r.kind === "saved") saved++;
        else if (r.kind === "same") same++;
        else if (r.kind === "conflict") again.push({ n: c.n, current: r.current, etag: r.etag }); // diubah lagi sementara itu
        else { failed++; showPaneError(r.error); }
      }
      conflicts = again;
    }
    const parts = [`${saved} narasi tersimpan`, `${same} tidak berubah`];
    if (server) parts.push(`${server} memakai versi server`);
    if (open) parts.push(`${open} konflik belum diselesaikan (teks Anda tetap di dokumen)`);
    if (failed) parts.push(`${failed} tidak tersimpan`);
    setSaveNote(parts.join(", ") + ".", server ? restoreButton() : null);
  } finally {
    button?.removeAttribute("disabled");
  }
}

/**
 * Memakai versi server untuk satu narasi: teks pengguna dicadangkan dulu (localStorage), lalu dokumen diganti.
 * @param {Conflict} c
 */
async function takeServer(c) {
  const { n, current, etag } = c;
  backup(n);
  await word.replaceNarrative(n.questionId, current.text);
  if (current.answer && !sameAnswer(current.answer, n.answer)) {
    try { await word.writeAnswer(n.questionId, current.answer); } catch (e) { showPaneError(e); }
  }
  state.baseline.set(n.questionId, { etag, text: current.text, answer: current.answer ?? null });
  if (state.current === n.questionId) { state.checkedText = null; await check(n.questionId); }
}

/** @typedef {{ questionId: string, text: string, answer: string | null, unitId: string | null, at: string, batch: number }} Backup */

/** @returns {Backup[]} */
function backups() {
  try { return JSON.parse(localStorage.getItem(BACKUP_KEY) ?? "[]"); } catch { return []; }
}

/** Satu "batch" cadangan per tindakan simpan: "Pulihkan versi saya" memulihkan semua yang diganti tindakan itu. */
let backupBatch = Date.now();

/** @param {word.DocNarrative} n */
function backup(n) {
  const list = backups();
  list.push({ questionId: n.questionId, text: n.text, answer: n.answer, unitId: state.unitId, at: new Date().toISOString(), batch: backupBatch });
  localStorage.setItem(BACKUP_KEY, JSON.stringify(list.slice(-50)));
}

/** Tombol yang mengembalikan teks pengguna yang baru saja diganti versi server. */
function restoreButton() {
  const batch = backupBatch++;
  const items = backups().filter((b) => b.batch === batch);
  if (items.length === 0) return null;
  return h("button", { type: "button", class: "link-button", id: "pulihkan", onclick: async () => {
    try {
      for (const b of items) {
        await word.replaceNarrative(b.questionId, b.text);
        if (b.answer) await word.writeAnswer(b.questionId, b.answer).catch(showPaneError);
      }
      setSaveNote(`Versi Anda dipulihkan di dokumen (${items.map((b) => b.questionId).join(", ")}); tekan Simpan untuk menyimpannya.`);
      if (state.current && items.some((b) => b.questionId === state.current)) { state.checkedText = null; await check(state.current); }
    } catch (e) { showPaneError(e); }
  } }, "Pulihkan versi saya");
}

/** @param {string | null | undefined} updatedBy @param {string | undefined} updatedAt @param {number} version */
function serverMeta(version, updatedBy, updatedAt) {
  const when = updatedAt ? new Date(updatedAt).toLocaleString("id-ID", { dateStyle: "medium", timeStyle: "short" }) : "";
  return `versi ${version}${updatedBy && !/^[0-9a-f-]{36}$/i.test(updatedBy) ? `, oleh ${updatedBy}` : ""}${when ? `, ${when}` : ""}`;
}

/** @param {string} text @param {string | null | undefined} answer */
function versionBody(text, answer) {
  return [h("pre", null, text), answer ? h("p", { class: "version-answer small" }, "Jawaban: ", h("strong", null, answer)) : null];
}

/**
 * Dialog konflik satu narasi: versi Anda (di dokumen) dan versi di server berdampingan.
 * @param {word.DocNarrative} mine
 * @param {ServerVersion} server
 * @returns {Promise<"server" | "mine" | "cancel">}
 */
function conflictDialog(mine, server) {
  const dialog = /** @type {HTMLDialogElement} */ ($("konflik"));
  return new Promise((resolve) => {
    /** @param {"server" | "mine" | "cancel"} v */
    const done = (v) => { dialog.close(); resolve(v); };
    replace(dialog,
      h("h2", { id: "konflik-judul" }, `Narasi ${mine.questionId} sudah diubah orang lain`),
      h("p", { class: "small" }, `Sejak Anda membukanya, narasi ini disimpan ulang di server (${serverMeta(server.version, server.updatedBy, server.updatedAt)}). Pilih versi yang dipakai.`),
      h("div", { class: "versions" },
        h("div", { class: "version", id: "versi-saya" }, h("h3", null, "Versi Anda (di dokumen)"), versionBody(mine.text, mine.answer)),
        h("div", { class: "version", id: "versi-server" }, h("h3", null, `Versi di server (v${server.version})`), versionBody(server.text, server.answer))),
      h("div", { class: "actions" },
        h("button", { type: "button", class: "button", id: "pakai-server", onclick: () => done("server") }, "Pakai versi server"),
        h("button", { type: "button", class: "button button-primary", id: "timpa", onclick: () => done("mine") }, "Timpa dengan versi saya"),
        h("button", { type: "button", class: "button button-subtle", onclick: () => done("cancel") }, "Batal")),
      h("p", { class: "muted small" }, "Versi yang tidak dipakai tidak hilang: versi server tetap ada di riwayat narasi, dan teks Anda yang diganti dapat dipulihkan dengan “Pulihkan versi saya”."));
    dialog.oncancel = (ev) => { ev.preventDefault(); done("cancel"); };
    dialog.showModal();
  });
}

/**
 * Satu dialog untuk semua konflik "Simpan semua": setiap narasi dengan kedua versinya dan pilihan
 * "Pertahankan versi saya" (bawaan) / "Pakai versi server". null bila dibatalkan (tidak ada yang diubah).
 * @param {Conflict[]} conflicts
 * @returns {Promise<Map<string, "mine" | "server"> | null>}
 */
function conflictsDialog(conflicts) {
  const dialog = /** @type {HTMLDialogElement} */ ($("konflik"));
  return new Promise((resolve) => {
    /** @param {Map<string, "mine" | "server"> | null} v */
    const done = (v) => { dialog.close(); resolve(v); };
    /** @param {"mine" | "server"} value */
    const setAll = (value) => {
      for (const input of dialog.querySelectorAll(`input[type=radio][value=${value}]`)) /** @type {HTMLInputElement} */ (input).checked = true;
    };
    const items = conflicts.map(({ n, current }) => h("li", { class: "conflict-item", "data-question": n.questionId },
      h("h3", null, n.questionId, " ", h("span", { class: "muted small" }, shorten(state.questions.get(n.questionId)?.text ?? "", 80))),
      h("p", { class: "muted small" }, `Di server: ${serverMeta(current.version, current.updatedBy, current.updatedAt)}.`),
      h("div", { class: "versions" },
        h("div", { class: "version versi-saya" }, h("h4", null, "Versi Anda (di dokumen)"), versionBody(n.text, n.answer)),
        h("div", { class: "version versi-server" }, h("h4", null, `Versi di server (v${current.version})`), versionBody(current.text, current.answer))),
      h("fieldset", { class: "conflict-choice" },
        h("legend", { class: "visually-hidden" }, `Versi yang dipakai untuk ${n.questionId}`),
        h("label", null, h("input", { type: "radio", name: `pilih-${n.questionId}`, value: "mine", checked: true }), " Pertahankan versi saya"),
        h("label", null, h("input", { type: "radio", name: `pilih-${n.questionId}`, value: "server" }), " Pakai versi server"))));
    replace(dialog,
      h("h2", { id: "konflik-judul" }, `${conflicts.length} narasi sudah diubah orang lain`),
      h("p", { class: "small" }, "Sejak Anda membukanya, narasi berikut disimpan ulang di server. Pilih versi yang dipakai untuk setiap narasi, lalu terapkan sekaligus. ",
        "Versi yang tidak dipakai tidak hilang: versi server tetap ada di riwayat narasi, dan teks Anda yang diganti dapat dipulihkan dengan “Pulihkan versi saya”."),
      h("div", { class: "actions" },
        h("button", { type: "button", class: "button button-subtle", onclick: () => setAll("mine") }, "Semua versi saya"),
        h("button", { type: "button", class: "button button-subtle", onclick: () => setAll("server") }, "Semua versi server")),
      h("ol", { class: "conflict-list", id: "daftar-konflik" }, items),
      h("div", { class: "actions conflict-actions" },
        h("button", { type: "button", class: "button button-primary", id: "terapkan-pilihan", onclick: () => {
          /** @type {Map<string, "mine" | "server">} */
          const choices = new Map();
          for (const { n } of conflicts) {
            const picked = /** @type {HTMLInputElement | null} */ (dialog.querySelector(`input[name="pilih-${CSS.escape(n.questionId)}"]:checked`));
            choices.set(n.questionId, picked?.value === "server" ? "server" : "mine");
          }
          done(choices);
        } }, "Terapkan pilihan"),
        h("button", { type: "button", class: "button button-subtle", onclick: () => done(null) }, "Batal")));
    dialog.oncancel = (ev) => { ev.preventDefault(); done(null); };
    dialog.showModal();
  });
}

boot().catch((e) => { replace($("pane-main"), errorBox(e)); markReady(); });
