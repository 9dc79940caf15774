// @ts-check
/**
 * Tab "Latihan": pengatur waktu per salindia (mengikuti salindia yang dipilih di PowerPoint bila didukung), latihan
 * dicatat di ruang kerja unit, dan riwayatnya (runs-chart.js).
 */
import * as api from "../api.js";
import * as ppt from "./office-adapter.js";
import { h, replace } from "../views/ui.js";
import { announce } from "../views/pane-shell.js";
import { runsView } from "./runs-chart.js";
import { fail, kindPicker, message, panel } from "./shell.js";
import { state } from "./state.js";
import { clock, now } from "../views/time.js";
/** @import { Run } from "../api-types.js" */

const MIN_RUNS = 3;

const POLL_MS = 1000;

const rehearsal = {
  running: false,
  /** @type {Array<{ number: number, title: string }>} */ slides: [],
  /** @type {number[]} */ seconds: [],
  index: 0,
  since: 0,
  /** @type {string[]} */ ids: [],
  /** @type {ReturnType<typeof setInterval> | undefined} */ tick: undefined,
  /** @type {ReturnType<typeof setInterval> | undefined} */ poll: undefined,
  polling: false,
  /** @type {string | null} */ lastSelected: null,
};

/** Salindia untuk latihan: hasil pemeriksaan waktu (judul dari berkas), lalu salindia presentasi, lalu rencana. */
async function rehearsalSlides() {
  if (state.timing?.slides.length) return state.timing.slides.map((x) => ({ number: x.number, title: x.title || `Salindia ${x.number}` }));
  if (state.caps.insert) {
    try {
      const ids = await ppt.slideIds();
      if (ids.length) return ids.map((_, i) => ({ number: i + 1, title: state.plan?.slides[i]?.title ?? `Salindia ${i + 1}` }));
    } catch { /* jatuh ke rencana */ }
  }
  return (state.plan?.slides ?? []).map((x) => ({ number: x.number, title: x.title }));
}

export function renderRehearsal() {
  const host = panel("latihan");
  if (!host) return;
  const limit = state.limit[state.kind] * 60;
  const count = state.runs.length;
  const r = rehearsal;
  const current = r.slides[r.index];
  replace(host,
    h("div", { class: "card", id: "kartu-latihan" },
      h("h2", null, "Latihan presentasi"),
      kindPicker("latihan"),
      h("p", { id: "hitungan-latihan", "data-count": count, class: count >= MIN_RUNS ? "ok" : null },
        count >= MIN_RUNS ? `Latihan ke-${count} dari minimal ${MIN_RUNS} ✓` : `Latihan ke-${count} dari minimal ${MIN_RUNS}`),
      !state.unitId && message("Latihan dicatat di ruang kerja unit; akun ini belum tergabung di unit.", "warning"),
      r.running ? [
        h("div", { class: "timer", id: "pengatur-waktu" },
          h("div", { class: "timer-total", id: "waktu-total" }, clock(totalElapsed())),
          h("div", { class: "muted small" }, `batas ${clock(limit)}`)),
        h("p", { id: "salindia-kini", "data-number": current?.number ?? 0 },
          h("strong", null, `Salindia ${r.index + 1} dari ${r.slides.length}`), current ? ` — ${current.title}` : "",
          " ", h("span", { class: "muted", id: "waktu-salindia" }, clock(slideElapsed()))),
        h("div", { class: "actions" },
          h("button", { type: "button", class: "button", id: "sebelumnya", disabled: r.index === 0, onclick: () => moveTo(r.index - 1) }, "‹ Sebelumnya"),
          h("button", { type: "button", class: "button button-primary", id: "berikutnya", disabled: r.index >= r.slides.length - 1, onclick: () => moveTo(r.index + 1) }, "Berikutnya ›")),
        state.caps.selection ? h("label", { class: "choice" },
          h("input", { type: "checkbox", id: "ikuti-salindia", checked: r.polling, onchange: (/** @type {Event} */ ev) => setPolling(/** @type {HTMLInputElement} */ (ev.target).checked) }),
          "Ikuti salindia yang dipilih di PowerPoint") : null,
        h("div", { class: "actions" },
          h("button", { type: "button", class: "button button-primary", id: "selesai-latihan", onclick: finishRehearsal }, "Selesai dan simpan"),
          h("button", { type: "button", class: "button button-subtle", id: "batal-latihan", onclick: () => { stopRehearsal(false); renderRehearsal(); } }, "Batal")),
      ] : [
        h("p", { class: "muted small" }, "Pengatur waktu mencatat lama setiap salindia. Pindah salindia dengan “Berikutnya”",
          state.caps.selection ? " atau cukup pindah salindia di PowerPoint." : "."),
        h("div", { class: "actions" },
          h("button", { type: "button", class: "button button-primary", id: "mulai-latihan", disabled: !state.unitId, onclick: startRehearsal }, "Mulai latihan")),
      ]),
    h("div", { class: "card", id: "riwayat-latihan" },
      h("h2", null, "Riwayat latihan"),
      runsView(limit)));
}

function totalElapsed() {
  return rehearsal.seconds.reduce((a, b) => a + b, 0) + (rehearsal.running ? (now() - rehearsal.since) / 1000 : 0);
}

function slideElapsed() {
  return (rehearsal.seconds[rehearsal.index] ?? 0) + (rehearsal.running ? (now() - rehearsal.since) / 1000 : 0);
}

async function startRehearsal() {
  const slides = await rehearsalSlides();
  if (slides.length === 0) {
    fail(document.getElementById("kartu-latihan"), new Error("Belum ada salindia untuk dilatih: buka presentasinya, periksa waktunya, atau buat pratinjau dulu."));
    return;
  }
  Object.assign(rehearsal, { running: true, slides, seconds: slides.map(() => 0), index: 0, since: now(), ids: [] });
  if (state.caps.selection) {
    try {
      rehearsal.ids = await ppt.slideIds();
      rehearsal.lastSelected = (await ppt.selectedSlideIds())[0] ?? null;
    } catch { rehearsal.ids = []; }
    setPolling(true, false);
  }
  rehearsal.tick = setInterval(updateClock, 250);
  renderRehearsal();
  announce(`Latihan dimulai: ${slides.length} salindia.`);
}

function updateClock() {
  const total = document.getElementById("waktu-total");
  const slide = document.getElementById("waktu-salindia");
  if (total) {
    total.textContent = clock(totalElapsed());
    total.classList.toggle("over", totalElapsed() > state.limit[state.kind] * 60);
  }
  if (slide) slide.textContent = clock(slideElapsed());
}

/** @param {number} index */
function moveTo(index) {
  const r = rehearsal;
  if (!r.running || index < 0 || index >= r.slides.length || index === r.index) return;
  const t = now();
  r.seconds[r.index] += (t - r.since) / 1000;
  r.since = t;
  r.index = index;
  renderRehearsal();
  announce(`Salindia ${index + 1}: ${r.slides[index].title}`);
}

/** @param {boolean} on @param {boolean} [render] */
function setPolling(on, render = true) {
  rehearsal.polling = on;
  clearInterval(rehearsal.poll);
  rehearsal.poll = undefined;
  if (on) rehearsal.poll = setInterval(followSelection, POLL_MS);
  if (render) renderRehearsal();
}

let polling = false;

async function followSelection() {
  if (polling || !rehearsal.running) return;
  polling = true;
  try {
    const selected = await ppt.selectedSlideIds();
    // Hanya perubahan pilihan di PowerPoint yang diikuti: tombol panel tetap berlaku selama pilihan tidak berubah.
    if (selected.length && rehearsal.running && selected[0] !== rehearsal.lastSelected) {
      rehearsal.lastSelected = selected[0];
      let index = rehearsal.ids.indexOf(selected[0]);
      if (index < 0) { rehearsal.ids = await ppt.slideIds(); index = rehearsal.ids.indexOf(selected[0]); }
      if (index >= 0 && index < rehearsal.slides.length) moveTo(index);
    }
  } catch { /* host sibuk: coba lagi pada putaran berikutnya */ } finally { polling = false; }
}

/** @param {boolean} keep */
export function stopRehearsal(keep) {
  const r = rehearsal;
  if (r.running && keep) r.seconds[r.index] += (now() - r.since) / 1000;
  r.running = false;
  clearInterval(r.tick);
  clearInterval(r.poll);
  r.tick = r.poll = undefined;
}

async function finishRehearsal() {
  stopRehearsal(true);
  const r = rehearsal;
  const body = {
    kind: state.kind,
    limitSeconds: state.limit[state.kind] * 60,
    slides: r.slides.map((x, i) => ({ number: x.number, title: x.title, seconds: Math.round(r.seconds[i]) })),
  };
  try {
    /** @type {Run} */
    const run = await api.request(`/api/units/${encodeURIComponent(/** @type {string} */ (state.unitId))}/rehearsals`, { method: "POST", json: body });
    state.runs = [run, ...state.runs.filter((x) => x.id !== run.id)];
    renderRehearsal();
    announce(`Latihan tersimpan: ${clock(run.totalSeconds)}. Latihan ke-${state.runs.length} dari minimal ${MIN_RUNS}.`);
    loadRuns();
  } catch (e) {
    renderRehearsal();
    fail(document.getElementById("kartu-latihan"), e);
  }
}

export async function loadRuns() {
  if (!state.unitId) return;
  try {
    const list = await api.request(`/api/units/${encodeURIComponent(state.unitId)}/rehearsals?kind=${encodeURIComponent(state.kind)}`);
    state.runs = Array.isArray(list?.items) ? list.items : Array.isArray(list) ? list : [];
    if (!rehearsal.running) renderRehearsal();
    else { const hist = document.getElementById("riwayat-latihan"); if (hist) replace(hist, h("h2", null, "Riwayat latihan"), runsView(state.limit[state.kind] * 60)); }
  } catch (e) { fail(document.getElementById("riwayat-latihan"), e); }
}
