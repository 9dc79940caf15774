// @ts-check
/**
 * Aplikasi web NarrativeAssist: kerangka, status masuk, pemilih unit dan perutean berbasis hash
 * (#/masuk, #/periksa, #/dasbor, #/nilai, #/pustaka, #/narasi, #/anggota). Setiap halaman ada di views/*.js.
 */
import * as api from "./api.js";
import { h, replace, errorBox } from "./views/ui.js";
import { renderLogin } from "./views/login.js";
import { renderCheck } from "./views/check.js";
import { renderDashboard } from "./views/dashboard.js";
import { renderScore } from "./views/score.js";
import { renderPresentation } from "./views/presentation.js";
import { renderEvidence } from "./views/evidence.js";
import { renderPustaka } from "./views/pustaka.js";
import { renderAdmin } from "./views/admin.js";
import { renderNarratives } from "./views/narrative-editor.js";
import { renderPublikasi } from "./views/publikasi.js";
import { renderPermintaan } from "./views/permintaan.js";
import { renderRapat } from "./views/rapat.js";
/** @import { Me, UnitRef } from "./api-types.js" */

const UNIT_KEY = "na.unit";

/**
 * @typedef {{
 *   main: HTMLElement,
 *   me: Me | null,
 *   units: UnitRef[],
 *   unitId: string | null,
 *   signal: AbortSignal,
 *   announce: (message: string) => void,
 *   navigate: (route: string) => void,
 *   signedIn: () => Promise<void>,
 *   notice: string | null,
 *   reload: (unitId?: string) => Promise<void>,
 * }} ViewContext
 */

/** @type {Record<string, { title: string, render: (ctx: ViewContext) => Promise<void> | void, auth: boolean }>} */
const ROUTES = {
  masuk: { title: "Masuk", render: renderLogin, auth: false },
  periksa: { title: "Periksa dokumen", render: renderCheck, auth: true },
  dasbor: { title: "Dasbor unit", render: renderDashboard, auth: true },
  nilai: { title: "Nilai mandiri", render: renderScore, auth: true },
  pustaka: { title: "Pustaka", render: renderPustaka, auth: true },
  narasi: { title: "Jawaban & narasi", render: renderNarratives, auth: true },
  presentasi: { title: "Presentasi", render: renderPresentation, auth: true },
  bukti: { title: "Bukti dukung", render: renderEvidence, auth: true },
  anggota: { title: "Unit & anggota", render: renderAdmin, auth: true },
  publikasi: { title: "Publikasi", render: renderPublikasi, auth: true },
  permintaan: { title: "Permintaan", render: renderPermintaan, auth: true },
  rapat: { title: "Rapat mingguan", render: renderRapat, auth: true },
};
const DEFAULT_ROUTE = "periksa";

const main = /** @type {HTMLElement} */ (document.getElementById("utama"));
const nav = /** @type {HTMLElement} */ (document.getElementById("nav"));
const account = /** @type {HTMLElement} */ (document.getElementById("account"));
const accountName = /** @type {HTMLElement} */ (document.getElementById("account-name"));
const logoutButton = /** @type {HTMLButtonElement} */ (document.getElementById("logout"));
const unitPicker = /** @type {HTMLElement} */ (document.getElementById("unit-picker"));
const unitSelect = /** @type {HTMLSelectElement} */ (document.getElementById("unit-select"));
const announcer = /** @type {HTMLElement} */ (document.getElementById("announcer"));

/** @type {{ me: Me | null, units: UnitRef[], unitId: string | null, notice: string | null, next: string | null }} */
const state = { me: null, units: [], unitId: sessionStorage.getItem(UNIT_KEY), notice: null, next: null };

/** @type {AbortController | null} */
let current = null;
let firstRender = true;

/** @param {string} message */
function announce(message) {
  announcer.textContent = "";
  // Jeda singkat agar pembaca layar membacakan pesan yang sama dua kali berturut-turut.
  setTimeout(() => { announcer.textContent = message; }, 50);
}

/** @param {string} route */
function navigate(route) {
  const hash = `#/${route}`;
  if (location.hash === hash) void render();
  else location.hash = hash;
}

/** @returns {string} */
function routeName() {
  const m = /^#\/([a-z]+)/.exec(location.hash);
  return m && ROUTES[m[1]] ? m[1] : "";
}

/** Memuat profil pengguna dan unitnya; admin server melihat semua unit (juga yang bukan keanggotaannya). */
async function loadMe() {
  const me = await api.me();
  /** @type {UnitRef[]} */
  let units = Array.isArray(me.units) ? me.units : [];
  if (me.isAdmin) {
    try { units = await api.units(); } catch { /* tetap unit keanggotaan */ }
  }
  state.me = me;
  state.units = units;
  if (!state.unitId || !units.some((u) => u.id === state.unitId)) state.unitId = units[0]?.id ?? null;
  if (state.unitId) sessionStorage.setItem(UNIT_KEY, state.unitId);
  renderChrome();
}

function renderChrome() {
  const signedIn = !!state.me;
  nav.hidden = !signedIn;
  account.hidden = !signedIn;
  accountName.textContent = state.me ? state.me.displayName || state.me.email : "";
  unitPicker.hidden = !signedIn || state.units.length === 0;
  replace(unitSelect, state.units.map((u) =>
    h("option", { value: u.id, selected: u.id === state.unitId }, u.nama)));
  const name = routeName() || DEFAULT_ROUTE;
  for (const a of nav.querySelectorAll("a[data-route]")) {
    if (a.getAttribute("data-route") === name) a.setAttribute("aria-current", "page");
    else a.removeAttribute("aria-current");
  }
}

async function render() {
  current?.abort();
  const controller = new AbortController();
  current = controller;

  let name = routeName();
  if (!name) {
    history.replaceState(null, "", `#/${api.isSignedIn() ? DEFAULT_ROUTE : "masuk"}`);
    name = routeName();
  }
  const route = ROUTES[name];

  if (route.auth && !api.isSignedIn()) {
    state.next = name;
    history.replaceState(null, "", "#/masuk");
    return render();
  }
  if (name === "masuk" && api.isSignedIn()) {
    history.replaceState(null, "", `#/${DEFAULT_ROUTE}`);
    return render();
  }
  if (route.auth && !state.me) {
    replace(main, h("p", { class: "loading" }, h("span", { class: "spinner", "aria-hidden": "true" }), "Memuat akun…"));
    try {
      await loadMe();
    } catch (e) {
      if (controller.signal.aborted) return;
      if (!api.isSignedIn()) return; // 401: pendengar onUnauthorized sudah mengarahkan ke halaman masuk
      replace(main, errorBox(e));
      return;
    }
    if (controller.signal.aborted) return;
  }

  renderChrome();
  document.title = `${route.title} — NarrativeAssist`;
  main.replaceChildren();
  main.setAttribute("aria-busy", "true");
  /** @type {ViewContext} */
  const ctx = {
    main,
    me: state.me,
    units: state.units,
    unitId: state.unitId,
    signal: controller.signal,
    announce,
    navigate,
    notice: state.notice,
    // Sesudah unit dibuat atau dipilih dari halaman: daftar unit dimuat ulang, halaman yang sama digambar ulang.
    reload: async (unitId) => {
      if (unitId) {
        state.unitId = unitId;
        sessionStorage.setItem(UNIT_KEY, unitId);
      }
      await loadMe();
      await render();
    },
    signedIn: async () => {
      state.notice = null;
      await loadMe();
      const next = state.next ?? DEFAULT_ROUTE;
      state.next = null;
      announce("Berhasil masuk.");
      navigate(next);
    },
  };
  state.notice = null;
  try {
    await route.render(ctx);
  } catch (e) {
    if (!controller.signal.aborted && !(e instanceof DOMException && e.name === "AbortError")) {
      main.append(errorBox(e));
    }
  } finally {
    if (current === controller) main.removeAttribute("aria-busy");
  }
  // Fokus pindah ke isi halaman baru (pembaca layar), kecuali halaman itu sudah memfokuskan sebuah kolom.
  if (!firstRender && !main.contains(document.activeElement)) main.focus();
  firstRender = false;
}

function signOut() {
  void api.logout();
  state.me = null;
  state.units = [];
  renderChrome();
  announce("Anda telah keluar.");
  state.notice = "Anda telah keluar.";
  navigate("masuk");
}

api.onUnauthorized(() => {
  if (!state.me && routeName() === "masuk") return;
  state.me = null;
  state.units = [];
  const name = routeName();
  state.next = name && name !== "masuk" ? name : state.next;
  state.notice = "Sesi Anda telah berakhir. Silakan masuk kembali.";
  renderChrome();
  navigate("masuk");
});

logoutButton.addEventListener("click", signOut);
unitSelect.addEventListener("change", () => {
  state.unitId = unitSelect.value;
  sessionStorage.setItem(UNIT_KEY, state.unitId);
  const unit = state.units.find((u) => u.id === state.unitId);
  announce(`Unit kerja: ${unit?.nama ?? ""}`);
  void render();
});
document.getElementById("skip")?.addEventListener("click", (e) => {
  e.preventDefault();
  main.focus();
});
window.addEventListener("hashchange", () => { void render(); });
void render();
