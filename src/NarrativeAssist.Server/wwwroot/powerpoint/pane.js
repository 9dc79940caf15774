// @ts-check
/**
 * Panel tugas PowerPoint NarrativeAssist: masuk, lalu empat tab — membuat presentasi wawancara virtual / observasi
 * lapangan dari profil unit (generate-tab.js, deck-output.js), memeriksa waktu presentasi yang terbuka dari catatan
 * pembicaranya (timing-tab.js), latihan dengan pengatur waktu per salindia (rehearsal-tab.js), dan latihan tanya
 * jawab (qa-tab.js). Semua akses ke PowerPoint lewat ./office-adapter.js; presentasi selalu dibuat server (API
 * JavaScript PowerPoint tidak dapat membuat grafik maupun catatan pembicara).
 */
import * as api from "../api.js";
import * as ppt from "./office-adapter.js";
import { replace, errorBox, num, loading } from "../views/ui.js";
import { loginForm, markReady, showLogout, hideLogout } from "../views/pane-login.js";
import { byId, outsideCard } from "../views/pane-shell.js";
import { loadProfile } from "./generate-tab.js";
import { stopRehearsal } from "./rehearsal-tab.js";
import { renderShell } from "./shell.js";
import { state } from "./state.js";
import { clock } from "../views/time.js";

async function boot() {
  const host = await ppt.start();
  if (!host) return outside();
  state.caps = host.caps;
  api.onUnauthorized(() => showLogin("Sesi Anda telah berakhir. Silakan masuk kembali."));
  if (api.isSignedIn()) await showMain();
  else showLogin();
}

function outside() {
  replace(byId("pane-main"), outsideCard("PowerPoint", "menyiapkan narasi"));
  markReady();
}

/** @param {string} [text] */
function showLogin(text) {
  stopRehearsal(false);
  hideLogout();
  byId("pane-unit").textContent = "";
  const form = loginForm({
    purpose: "untuk membuat presentasi dan mencatat latihan",
    notice: text,
    signedIn: showMain,
  });
  replace(byId("pane-main"), form);
  markReady();
}

async function showMain() {
  replace(byId("pane-main"), loading("Memuat unit…"));
  try {
    const [units, templates] = await Promise.all([
      api.units(),
      api.request("/api/decks/templates").catch(() => []),
    ]);
    state.units = units;
    state.templates = Array.isArray(templates) ? templates : [];
    state.unitId = units[0]?.id ?? null;
    if (!state.unitId) state.source = "file";
  } catch (e) {
    replace(byId("pane-main"), errorBox(e));
    markReady();
    return;
  }
  showLogout(showLogin);
  renderShell();
  if (state.unitId) await loadProfile();
  markReady();
}

// Hanya untuk uji: format waktu yang sama dengan panel.
/** @type {any} */ (window).__pptPane = { clock, num };

boot().catch((e) => { replace(byId("pane-main"), errorBox(e)); markReady(); });
