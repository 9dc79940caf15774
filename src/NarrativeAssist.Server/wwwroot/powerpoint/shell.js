// @ts-check
/**
 * Kerangka panel PowerPoint setelah masuk: empat tab, pemilih jenis paparan yang sama di tab Buat, Waktu dan Latihan,
 * dan pesan serta galat di dalam kartu.
 */
import { h, replace, errorBox } from "../views/ui.js";
import { byId, tabStrip, showTab } from "../views/pane-shell.js";
import { renderGenerate } from "./generate-tab.js";
import { loadQa, qa, renderQa } from "./qa-tab.js";
import { loadRuns, renderRehearsal } from "./rehearsal-tab.js";
import { KINDS, state, unitName } from "./state.js";
import { renderTiming } from "./timing-tab.js";

const TABS = /** @type {const} */ ([["buat", "Buat"], ["waktu", "Waktu"], ["latihan", "Latihan"], ["tanya", "Tanya jawab"]]);

export function renderShell() {
  byId("pane-unit").textContent = state.unitId ? `· ${unitName()}` : "· tanpa unit";
  const { strip, panels } = tabStrip(TABS, state.tab, selectTab);
  replace(byId("pane-main"), strip, panels);
  renderGenerate();
  renderTiming();
  renderRehearsal();
  renderQa();
}

/** @param {"buat" | "waktu" | "latihan" | "tanya"} id */
function selectTab(id) {
  state.tab = id;
  showTab(TABS, id);
  if (id === "latihan") { renderRehearsal(); loadRuns(); }
  if (id === "tanya" && !qa.loaded) loadQa();
}

/** Jenis paparan dan batasnya, dipakai bersama oleh tab Buat, Waktu dan Latihan. @param {string} where */
export function kindPicker(where) {
  return h("div", { class: "segmented", role: "group", "aria-label": "Jenis paparan", "data-kind-picker": where },
    KINDS.map(([id, label]) => h("button", {
      type: "button", "aria-pressed": String(state.kind === id), "data-kind": id,
      onclick: () => {
        if (state.kind === id) return;
        state.kind = id;
        state.plan = null;
        state.timing = null;
        renderGenerate();
        renderTiming();
        renderRehearsal();
        if (state.tab === "latihan") loadRuns();
      },
    }, label)));
}

export const panel = (/** @type {string} */ id) => document.getElementById(`panel-${id}`);

/** @param {string} text @param {"info" | "warning" | "error" | "success"} [tone] */
export const message = (text, tone = "info") => h("div", { class: `message message-${tone}`, role: tone === "error" ? "alert" : null }, text);

/** @param {HTMLElement | null} where @param {unknown} e */
export function fail(where, e) {
  if (!where) return;
  where.querySelector(":scope > .message-error")?.remove();
  where.prepend(errorBox(e));
}
