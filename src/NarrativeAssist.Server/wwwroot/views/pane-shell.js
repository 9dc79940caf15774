// @ts-check
// Potongan kerangka yang sama di kedua panel Office (Word dan PowerPoint): elemen tetap di taskpane.html, pengumuman
// untuk pembaca layar, kartu "buka dari Office" di luar host, dan baris tab dengan panelnya. Isi tiap tab milik
// panelnya sendiri; di sini hanya cara tab dipilih, agar keduanya berperilaku (dan diuji) sama.
import { h } from "./ui.js";

/** Elemen yang pasti ada di taskpane.html (mis. "pane-main", "pane-unit"). @param {string} id */
export const byId = (id) => /** @type {HTMLElement} */ (document.getElementById(id));

/** Pesan untuk pembaca layar lewat wilayah aria-live "pane-status". @param {string} text */
export function announce(text) {
  byId("pane-status").textContent = text;
}

/**
 * Kartu yang menggantikan panel bila halamannya dibuka di peramban biasa, bukan di dalam host Office.
 * @param {string} host nama aplikasi Office, mis. "Word"
 * @param {string} webAppUse apa yang dapat dilakukan di aplikasi web, mis. "memeriksa dokumen"
 */
export function outsideCard(host, webAppUse) {
  return h("div", { class: "card outside", id: "di-luar-office" },
    h("h2", null, `Buka panel ini dari Microsoft ${host}`),
    h("p", null, `Halaman ini adalah panel tugas NarrativeAssist untuk ${host} dan hanya berfungsi di dalam ${host} `,
      `(Windows, Mac, atau ${host} di web) setelah add-in dipasang.`),
    h("p", null, `Di peramban, gunakan aplikasi web NarrativeAssist untuk ${webAppUse} dan melihat dasbor unit.`),
    h("p", null, h("a", { class: "button button-primary", href: "/" }, "Buka aplikasi web")));
}

/**
 * Baris tab (role=tablist) dan satu panel kosong per tab; hanya panel tab terpilih yang terlihat.
 * @template {string} T
 * @param {ReadonlyArray<readonly [T, string]>} tabs pasangan [id, label]
 * @param {T} selected
 * @param {(id: T) => void} onSelect
 */
export function tabStrip(tabs, selected, onSelect) {
  const strip = h("div", { class: "pane-tabs", role: "tablist", "aria-label": "Bagian panel" },
    tabs.map(([id, label]) => h("button", {
      type: "button", role: "tab", id: `tab-${id}`, "aria-controls": `panel-${id}`, "aria-selected": String(selected === id),
      onclick: () => onSelect(id),
    }, label)));
  const panels = tabs.map(([id]) => h("section", { id: `panel-${id}`, role: "tabpanel", "aria-labelledby": `tab-${id}`, hidden: selected !== id }));
  return { strip, panels };
}

/**
 * Menampilkan panel satu tab dan menandai tabnya terpilih.
 * @template {string} T
 * @param {ReadonlyArray<readonly [T, string]>} tabs
 * @param {T} id
 */
export function showTab(tabs, id) {
  for (const [t] of tabs) {
    byId(`tab-${t}`).setAttribute("aria-selected", String(t === id));
    byId(`panel-${t}`).hidden = t !== id;
  }
}
