// @ts-check
/**
 * Kerangka panel Word setelah masuk: tiga tab, bilah simpan di bawahnya (catatan simpan dan tombol Simpan), dan tempat
 * galat tindakan panel ditampilkan.
 */
import { h, replace, errorBox } from "../views/ui.js";
import { byId, announce, tabStrip, showTab } from "../views/pane-shell.js";
import { renderDocument } from "./document-tab.js";
import { renderNavigator } from "./navigator-tab.js";
import { renderCurrent } from "./question-tab.js";
import { saveAll, saveCurrent } from "./save.js";
import { state } from "./state.js";

const TABS = /** @type {const} */ ([["pertanyaan", "Pertanyaan ini"], ["dokumen", "Seluruh dokumen"], ["navigasi", "Navigasi"]]);

export function renderShell() {
  const { strip, panels } = tabStrip(TABS, state.tab, selectTab);
  const saveNote = h("span", { class: "save-note", id: "save-note" }, state.unitId ? "" : "Akun ini belum tergabung di unit: narasi tidak dapat disimpan.");
  const savebar = h("div", { class: "savebar" }, saveNote,
    h("button", { type: "button", class: "button", id: "simpan-semua", disabled: !state.unitId, onclick: saveAll }, "Simpan semua"),
    h("button", { type: "button", class: "button button-primary", id: "simpan", disabled: !state.unitId, onclick: saveCurrent }, "Simpan"));
  replace(byId("pane-main"), strip, panels, savebar);
  renderCurrent();
  renderDocument(null);
  renderNavigator();
}

/** @param {"pertanyaan" | "dokumen" | "navigasi"} id */
export function selectTab(id) {
  state.tab = id;
  showTab(TABS, id);
  if (id === "navigasi") renderNavigator();
}

/** @param {unknown} e */
export function showPaneError(e) {
  const panel = document.getElementById("panel-pertanyaan");
  if (panel) panel.prepend(errorBox(e));
}

/**
 * @param {string} text
 * @param {...any} extra elemen tambahan di catatan (mis. tombol "Pulihkan versi saya")
 */
export function setSaveNote(text, ...extra) {
  const note = document.getElementById("save-note");
  const more = extra.filter(Boolean);
  if (note) replace(note, text, more.length ? [" ", more] : null);
  announce(text);
}
