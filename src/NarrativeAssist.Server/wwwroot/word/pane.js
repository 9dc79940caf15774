// @ts-check
/**
 * Panel tugas Word NarrativeAssist: masuk, pemilih unit, lalu tiga tab — pertanyaan di kursor (question-tab.js),
 * seluruh dokumen (document-tab.js), navigasi LKE dan kerangka (navigator-tab.js) — dengan penyimpanan ke ruang kerja
 * unit dengan aturan ETag (save.js). Semua akses ke Word lewat ./office-adapter.js.
 *
 * Urutan awal (waktu interaktif): Office.js dimuat tanpa memblokir; formulir masuk tampil tanpa menunggunya, dan bila
 * sudah masuk, katalog, daftar unit dan versi narasi diambil bersamaan dengan pemuatan Office.js.
 */
import * as api from "../api.js";
import * as word from "./office-adapter.js";
import { h, replace, errorBox, loading } from "../views/ui.js";
import { loginForm, markReady, showLogout, hideLogout } from "../views/pane-login.js";
import { byId, outsideCard } from "../views/pane-shell.js";
import { applyCatalog, cachedCatalog, compactCatalog } from "./catalog.js";
import { renderDocument } from "./document-tab.js";
import { renderNavigator } from "./navigator-tab.js";
import { check, fetchBaseline, follow, renderCurrent, scheduleFollow } from "./question-tab.js";
import { renderShell, setSaveNote, showPaneError } from "./shell.js";
import { CATALOG_KEY, UNIT_KEY, state } from "./state.js";
/** @import { PaneCatalog } from "./catalog.js" */
/** @import { UnitRef, NarrativeSummary } from "../api-types.js" */

/** Office siap (atau null di luar Word): dimulai sekali, bersamaan dengan pengambilan data panel. */
const hostReady = word.start();

/** @typedef {{ catalog: PaneCatalog, units: UnitRef[] }} Workspace */

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
  replace(byId("pane-main"), outsideCard("Word", "memeriksa dokumen"));
  hideLogout();
  document.body.dataset.outside = "true";
  markReady();
}

/** @param {string} [message] */
function showLogin(message) {
  hideLogout();
  replace(byId("pane-unit"));
  byId("pane-unit").parentElement?.classList.remove("has-picker");
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
  replace(byId("pane-main"), form);
  markReady();
}

/** @param {Promise<Workspace>} workspace */
async function showMain(workspace) {
  state.comments = !!(await hostReady)?.comments;
  replace(byId("pane-main"), loading("Memuat katalog LKE…"));
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
    replace(byId("pane-main"), errorBox(e));
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
  const holder = byId("pane-unit");
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
  const list = /** @type {NarrativeSummary[]} */ (
    await api.request(`/api/units/${encodeURIComponent(unit)}/narratives`));
  if (state.unitId !== unit) return;
  for (const n of list) state.baseline.set(n.questionId, { etag: `"v${n.version}"`, text: null, answer: n.answer ?? null });
}

boot().catch((e) => { replace(byId("pane-main"), errorBox(e)); markReady(); });
