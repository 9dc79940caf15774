// @ts-check
/**
 * Tab "Waktu": membaca catatan pembicara presentasi yang terbuka, memperkirakan waktu bicara, dan menandai salindia
 * tanpa catatan atau yang melebihi jatahnya.
 */
import * as api from "../api.js";
import * as ppt from "./office-adapter.js";
import { h, replace } from "../views/ui.js";
import { announce } from "../views/pane-shell.js";
import { fail, kindPicker, message, panel } from "./shell.js";
import { state } from "./state.js";
import { clock, timeBar } from "../views/time.js";
/** @import { Timing } from "../api-types.js" */

function limitInput() {
  return h("div", { class: "field pf-short" },
    h("label", { for: "batas-menit" }, "Batas (menit)"),
    h("input", { type: "text", inputmode: "numeric", id: "batas-menit", value: String(state.limit[state.kind]),
      onchange: (/** @type {Event} */ ev) => {
        const v = Number(/** @type {HTMLInputElement} */ (ev.target).value);
        if (Number.isInteger(v) && v > 0 && v <= 180) state.limit[state.kind] = v;
        else /** @type {HTMLInputElement} */ (ev.target).value = String(state.limit[state.kind]);
      } }));
}

export function renderTiming() {
  const host = panel("waktu");
  if (!host) return;
  const t = state.timing;
  replace(host,
    h("div", { class: "card", id: "kartu-waktu" },
      h("h2", null, "Waktu presentasi ini"),
      h("p", { class: "muted small" }, "Membaca catatan pembicara setiap salindia di presentasi yang terbuka, memperkirakan waktu bicara, ",
        "dan menandai salindia tanpa catatan atau yang melebihi jatahnya."),
      kindPicker("waktu"),
      limitInput(),
      state.caps.file ? h("div", { class: "actions" },
        h("button", { type: "button", class: "button button-primary", id: "periksa-waktu", onclick: checkTiming }, "Periksa waktu"))
        : message("PowerPoint ini tidak mengizinkan add-in membaca berkas presentasi (getFileAsync). Periksa waktunya dengan baris perintah atau aplikasi web.", "warning")),
    t ? timingView(t) : null);
}

async function checkTiming() {
  const button = /** @type {HTMLButtonElement | null} */ (document.getElementById("periksa-waktu"));
  if (button) { button.disabled = true; button.textContent = "Membaca presentasi…"; }
  try {
    const bytes = await ppt.readOpenFile();
    const form = new FormData();
    form.append("file", new Blob([/** @type {BlobPart} */ (bytes)], { type: "application/vnd.openxmlformats-officedocument.presentationml.presentation" }), "presentasi.pptx");
    const query = `?kind=${encodeURIComponent(state.kind)}&limitMinutes=${state.limit[state.kind]}`;
    state.timing = await api.request(`/api/decks/timing${query}`, { method: "POST", form });
    renderTiming();
    const t = /** @type {Timing} */ (state.timing);
    announce(`Total ${clock(t.totalSeconds)} dari batas ${clock(t.limitSeconds)}; ${t.withoutNotes.length} salindia tanpa catatan, ${t.overBudget.length} melebihi jatah.`);
  } catch (e) {
    fail(document.getElementById("kartu-waktu"), e);
    if (button) { button.disabled = false; button.textContent = "Periksa waktu"; }
  }
}

/** @param {Timing} t */
function timingView(t) {
  const over = t.totalSeconds > t.limitSeconds;
  const canJump = state.caps.selection;
  return h("div", { class: "card", id: "hasil-waktu" },
    h("p", { id: "ringkasan-waktu" }, h("strong", null, `Total ${clock(t.totalSeconds)}`), ` dari batas ${clock(t.limitSeconds)} `,
      h("span", { class: `badge badge-${over ? "merah" : "hijau"}` }, over ? "Melebihi batas" : "Sesuai batas"),
      h("span", { class: "muted small" }, ` · ${t.slides.length} salindia · ${t.wordsPerMinute} kata/menit`)),
    timeBar(t.totalSeconds, t.limitSeconds, "Perkiraan waktu presentasi ini"),
    h("ul", { class: "flags" },
      h("li", { id: "tanpa-catatan", "data-count": t.withoutNotes.length },
        t.withoutNotes.length ? `Tanpa catatan pembicara: salindia ${t.withoutNotes.join(", ")}` : "Semua salindia memiliki catatan pembicara."),
      h("li", { id: "lewat-jatah", "data-count": t.overBudget.length },
        t.overBudget.length ? `Melebihi jatah waktu: salindia ${t.overBudget.join(", ")}` : "Tidak ada salindia yang melebihi jatahnya.")),
    h("table", { class: "timing-table", id: "tabel-waktu" },
      h("thead", null, h("tr", null, h("th", { scope: "col", class: "num" }, "No."), h("th", { scope: "col" }, "Judul"),
        h("th", { scope: "col", class: "num" }, "Kata"), h("th", { scope: "col", class: "num" }, "Waktu"))),
      h("tbody", null, t.slides.map((sl) => h("tr", {
        "data-number": sl.number, "data-no-notes": String(!sl.hasNotes), "data-over": String(sl.overBudget),
        class: !sl.hasNotes ? "row-warn" : sl.overBudget ? "row-over" : null,
      },
      h("td", { class: "num" }, String(sl.number)),
      h("td", null,
        canJump ? h("button", { type: "button", class: "link-button go-slide", onclick: () => jump(sl.number), title: "Tampilkan salindia ini" }, sl.title || `Salindia ${sl.number}`)
          : (sl.title || `Salindia ${sl.number}`),
        !sl.hasNotes ? h("span", { class: "badge badge-kuning" }, "Tanpa catatan") : null,
        sl.overBudget ? h("span", { class: "badge badge-merah" }, `Lewat jatah ${clock(sl.budgetSeconds)}`) : null),
      h("td", { class: "num" }, String(sl.words)),
      h("td", { class: "num" }, clock(sl.seconds)))))),
    canJump ? null : h("p", { class: "muted small" }, "Lompat ke salindia memerlukan PowerPointApi 1.5; pilih salindianya sendiri di PowerPoint."));
}

/** @param {number} number */
async function jump(number) {
  try {
    const ok = await ppt.goToSlide(number);
    announce(ok ? `Salindia ${number} ditampilkan.` : `Salindia ${number} tidak ada lagi di presentasi.`);
  } catch (e) { fail(document.getElementById("hasil-waktu"), e); }
}
