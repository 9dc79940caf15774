// @ts-check
/**
 * Riwayat latihan: grafik batang total waktu delapan latihan terakhir terhadap batas, dan tabel per salindia tiga
 * latihan terakhir.
 */
import { h, s } from "../views/ui.js";
import { state } from "./state.js";
import { clock } from "../views/time.js";

/** @param {number} limit */
export function runsView(limit) {
  const runs = [...state.runs].reverse(); // terlama → terbaru, kiri ke kanan
  if (runs.length === 0) return h("p", { class: "muted", id: "tanpa-latihan" }, "Belum ada latihan tercatat untuk paparan ini.");
  const shown = runs.slice(-8);
  const first = runs.length - shown.length;
  const W = 300, H = 150, top = 14, bottom = 22, left = 4, right = 62; // kanan: label batas di luar batang
  const lim = shown[shown.length - 1]?.limitSeconds || limit;
  const max = Math.max(lim, ...shown.map((x) => x.totalSeconds)) * 1.1;
  const y = (/** @type {number} */ v) => top + (H - top - bottom) * (1 - v / max);
  const step = (W - left - right) / shown.length;
  const barW = Math.min(40, step * 0.6);
  const chart = s("svg", { viewBox: `0 0 ${W} ${H}`, class: "runs-chart", id: "grafik-latihan", role: "img",
    "aria-label": `Total waktu ${shown.length} latihan terakhir terhadap batas ${clock(lim)}` },
  shown.map((run, i) => {
    const x = left + step * i + (step - barW) / 2;
    const over = run.totalSeconds > (run.limitSeconds || lim);
    return s("g", { class: "run-bar", "data-seconds": run.totalSeconds },
      s("rect", { x, y: y(run.totalSeconds), width: barW, height: Math.max(1, y(0) - y(run.totalSeconds)), rx: 2, fill: over ? "#c50f1f" : "#0f6cbd" },
        s("title", null, `Latihan ke-${first + i + 1}: ${clock(run.totalSeconds)}`)),
      s("text", { x: x + barW / 2, y: y(run.totalSeconds) - 3, "text-anchor": "middle", "font-size": 10, fill: "#424242" }, clock(run.totalSeconds)),
      s("text", { x: x + barW / 2, y: H - 8, "text-anchor": "middle", "font-size": 10, fill: "#616161" }, `ke-${first + i + 1}`));
  }),
  s("line", { x1: 0, x2: W - right + 4, y1: y(lim), y2: y(lim), stroke: "#c50f1f", "stroke-dasharray": "5 3", "stroke-width": 1.5, class: "limit-line", "data-seconds": lim }),
  s("text", { x: W - right + 8, y: y(lim) + 4, "text-anchor": "start", "font-size": 10, fill: "#c50f1f" }, `batas ${clock(lim)}`));

  const recent = state.runs.slice(0, 3).reverse();
  const numbers = [...new Set(recent.flatMap((r) => r.slides.map((x) => x.number)))].sort((a, b) => a - b);
  const titleOf = (/** @type {number} */ n) => recent.flatMap((r) => r.slides).find((x) => x.number === n)?.title ?? `Salindia ${n}`;
  return [
    chart,
    h("h3", null, "Per salindia (tiga latihan terakhir)"),
    h("div", { class: "table-scroll" }, h("table", { class: "timing-table", id: "tabel-latihan" },
      h("thead", null, h("tr", null, h("th", { scope: "col" }, "Salindia"),
        recent.map((r) => h("th", { scope: "col", class: "num" }, `ke-${runs.indexOf(r) + 1}`)))),
      h("tbody", null, numbers.map((n) => h("tr", null, h("td", null, `${n}. ${titleOf(n)}`),
        recent.map((r) => h("td", { class: "num" }, (() => { const x = r.slides.find((q) => q.number === n); return x ? clock(x.seconds) : "–"; })()))))),
      h("tfoot", null, h("tr", null, h("th", { scope: "row" }, "Total"), recent.map((r) => h("td", { class: "num" }, clock(r.totalSeconds))))))),
  ];
}
