// @ts-check
/**
 * Kartu "Masukkan ke PowerPoint" di tab Buat: presentasi dari server dibuka sebagai presentasi baru, disisipkan ke
 * presentasi yang terbuka, atau diunduh (juga rute kunjungan .docx).
 */
import * as ppt from "./office-adapter.js";
import { h, num } from "../views/ui.js";
import { announce } from "../views/pane-shell.js";
import { toBase64, slideIdsOf } from "./pptx.js";
import { deckRequest, postForFile } from "./deck-requests.js";
import { saveFile, PPTX_TYPE, DOCX_TYPE } from "../views/deck-files.js";
import { fail, message } from "./shell.js";
import { state } from "./state.js";

export function outputCard() {
  const c = state.caps;
  return h("div", { class: "card", id: "kartu-keluaran" },
    h("h2", null, "Masukkan ke PowerPoint"),
    c.create ? h("div", { class: "actions" },
      h("button", { type: "button", class: "button button-primary", id: "buat-baru", onclick: createNew }, "Buat presentasi baru"))
      : message("PowerPoint ini belum mendukung pembuatan presentasi baru dari add-in (PowerPointApi 1.1). Unduh berkasnya lalu buka di PowerPoint.", "warning"),
    c.insert ? h("fieldset", { class: "plain", id: "opsi-sisip" },
      h("legend", null, "Sisipkan salindia yang dicentang"),
      h("label", { class: "choice" }, h("input", { type: "radio", name: "format", value: "KeepSourceFormatting", checked: true }), "Pertahankan format templat"),
      h("label", { class: "choice" }, h("input", { type: "radio", name: "format", value: "UseDestinationTheme" }), "Pakai tema presentasi ini"),
      c.selection ? h("label", { class: "choice" }, h("input", { type: "checkbox", id: "setelah-terpilih", checked: true }), "Setelah salindia yang terpilih")
        : h("p", { class: "muted small" }, "Salindia ditambahkan di akhir presentasi."),
      h("div", { class: "actions" },
        h("button", { type: "button", class: "button", id: "sisipkan", onclick: insertHere }, "Sisipkan ke presentasi ini")))
      : h("div", { class: "message message-warning", id: "tanpa-sisip", role: "note" },
        h("strong", null, "Sisipkan tidak tersedia: "),
        "versi PowerPoint ini belum mendukung PowerPointApi 1.2 (mis. PowerPoint di iPad atau Office 2019). ",
        "Unduh presentasinya, lalu buka atau salin salindianya di PowerPoint."),
    h("div", { class: "actions" },
      h("button", { type: "button", class: c.insert ? "button button-subtle" : "button button-primary", id: "unduh-pptx", onclick: downloadDeck }, "Unduh presentasi (.pptx)"),
      h("button", { type: "button", class: "button button-subtle", id: "unduh-rute", onclick: downloadTour }, "Unduh rute kunjungan (.docx)")),
    h("p", { class: "muted small", id: "catatan-keluaran" }));
}

/** @param {string} text */
function outputNote(text) {
  const note = document.getElementById("catatan-keluaran");
  if (note) note.textContent = text;
  announce(text);
}

/** Presentasi untuk rencana saat ini (disimpan sementara selama permintaannya sama). */
async function deck() {
  const body = deckRequest();
  const file = state.templateId === "__berkas" ? state.templateFile : null;
  if (state.templateId === "__berkas" && !file) throw new Error("Pilih berkas templat .pptx, atau pilih templat bawaan.");
  if (state.templateId && state.templateId !== "__berkas") body.templateId = state.templateId;
  if (state.photoPlaceholders) body.photoPlaceholders = true;
  const key = JSON.stringify(body) + (file ? `|${file.name}|${file.size}|${file.lastModified}` : "")
    + state.photos.map((f) => `|${f.name}|${f.size}|${f.lastModified}`).join("");
  if (state.deck?.key === key) return state.deck;
  outputNote("Menyusun presentasi di server…");
  const r = await postForFile("/api/decks", body, file, state.photos);
  state.deck = { key, bytes: r.bytes, name: r.name, ids: await slideIdsOf(r.bytes) };
  return state.deck;
}

/** PowerPoint.createPresentation gagal di sekitar 40–50 MB; di atas batas ini berkasnya diunduh saja. */
const CREATE_LIMIT_BYTES = 40 * 1024 * 1024;

async function createNew() {
  try {
    const d = await deck();
    if (d.bytes.length > CREATE_LIMIT_BYTES)
      throw new Error(`Presentasi ini ${num(d.bytes.length / 1048576, 1)} MB, terlalu besar untuk dibuka langsung oleh add-in (batas sekitar 40 MB). Unduh berkasnya lalu buka di PowerPoint.`);
    await ppt.createPresentation(toBase64(d.bytes));
    outputNote(`Presentasi baru dibuka: ${d.ids.length} salindia.`);
  } catch (e) { fail(document.getElementById("kartu-keluaran"), e); outputNote(""); }
}

async function insertHere() {
  try {
    const numbers = [...document.querySelectorAll("#kerangka .pilih-salindia")]
      .filter((c) => /** @type {HTMLInputElement} */ (c).checked).map((c) => Number(/** @type {HTMLInputElement} */ (c).value));
    if (numbers.length === 0) { outputNote("Centang minimal satu salindia di kerangka."); return; }
    const d = await deck();
    const formatting = /** @type {"KeepSourceFormatting" | "UseDestinationTheme"} */ (
      /** @type {HTMLInputElement | null} */ (document.querySelector("input[name=format]:checked"))?.value ?? "KeepSourceFormatting");
    const all = numbers.length === d.ids.length;
    const sourceSlideIds = all ? undefined : numbers.map((n) => d.ids[n - 1]).filter(Boolean).map((id) => `${id}#`);
    const afterSelected = !!(/** @type {HTMLInputElement | null} */ (document.getElementById("setelah-terpilih"))?.checked);
    const total = await ppt.insertSlides(toBase64(d.bytes), { formatting, sourceSlideIds, afterSelected });
    outputNote(`${numbers.length} salindia disisipkan (${formatting === "KeepSourceFormatting" ? "format templat" : "tema presentasi ini"}); presentasi kini ${total} salindia.`);
  } catch (e) { fail(document.getElementById("kartu-keluaran"), e); outputNote(""); }
}

async function downloadDeck() {
  try {
    const d = await deck();
    saveFile(d.bytes, d.name, PPTX_TYPE);
    outputNote(`Diunduh: ${d.name} (${d.ids.length} salindia).`);
  } catch (e) { fail(document.getElementById("kartu-keluaran"), e); outputNote(""); }
}

async function downloadTour() {
  try {
    const body = deckRequest();
    delete body.kind;
    delete body.limitMinutes;
    const r = await postForFile("/api/decks/tour", body);
    saveFile(r.bytes, r.name, DOCX_TYPE);
    outputNote(`Diunduh: ${r.name}.`);
  } catch (e) { fail(document.getElementById("kartu-keluaran"), e); outputNote(""); }
}
