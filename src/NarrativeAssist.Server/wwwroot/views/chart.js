// @ts-check
/** Grafik garis kemajuan mingguan per area sebagai SVG sebaris (tanpa pustaka grafik). */
import { h, s, num } from "./ui.js";

/** Warna per area (palet data Fluent) dan pola garis, agar garis tetap terbedakan tanpa warna. */
const SERIES = /** @type {Record<string, { color: string, dash: string }>} */ ({
  MP: { color: "#0f6cbd", dash: "" },
  TL: { color: "#c239b3", dash: "6 3" },
  SDM: { color: "#ca5010", dash: "2 3" },
  AK: { color: "#107c10", dash: "8 3 2 3" },
  PW: { color: "#8764b8", dash: "" },
  PP: { color: "#038387", dash: "6 3" },
  H: { color: "#a4262c", dash: "2 3" },
});
const EXTRA = ["#4f6bed", "#986f0b", "#e3008c", "#00b7c3"];

/** @param {string} id @param {number} i */
export function seriesStyle(id, i) {
  return SERIES[id] ?? { color: EXTRA[i % EXTRA.length], dash: "" };
}

/**
 * @typedef {{ id: string, name?: string, total: number, answered: number, strong: number }} AreaPoint
 * @typedef {{ week: string, takenAt?: string, areas: AreaPoint[] }} WeekPoint
 */

/**
 * "2026-W48" → "M48" (minggu ke-48).
 * @param {string} week
 */
export function shortWeek(week) {
  const m = /W(\d+)$/.exec(week);
  return m ? `M${Number(m[1])}` : week;
}

/**
 * @param {WeekPoint[]} history minggu terlama dulu
 * @param {{ metric: "answered" | "strong", names: (id: string) => string, width?: number }} options
 *   width: lebar tampil dalam piksel, agar huruf sumbu tetap 12 px (tidak ikut diperkecil) di panel sempit
 * @returns {SVGElement}
 */
export function weeklyChart(history, options) {
  const W = Math.max(260, Math.round(options.width ?? 800));
  const H = W < 480 ? 220 : 280, L = 44, R = 16, T = 16, B = 40;
  const iw = W - L - R, ih = H - T - B;
  const weeks = history.map((w) => w.week);
  const ids = [...new Set(history.flatMap((w) => w.areas.map((a) => a.id)))];
  const metricLabel = options.metric === "answered" ? "terjawab" : "kuat";
  const x = (/** @type {number} */ i) => L + (weeks.length <= 1 ? iw / 2 : (i * iw) / (weeks.length - 1));
  const y = (/** @type {number} */ p) => T + ih - (p * ih) / 100;

  const svg = s("svg", {
    viewBox: `0 0 ${W} ${H}`, class: "chart", role: "img", id: "grafik-mingguan",
    "aria-labelledby": "grafik-judul grafik-desk", preserveAspectRatio: "xMidYMid meet",
  },
  s("title", { id: "grafik-judul" }, `Kemajuan mingguan per area: persentase pertanyaan ${metricLabel}`),
  s("desc", { id: "grafik-desk" }, weeks.length
    ? `${weeks.length} minggu, ${weeks[0]} sampai ${weeks[weeks.length - 1]}. Rincian angka ada di tabel data di bawah grafik.`
    : "Belum ada data mingguan."));

  // Garis bantu sumbu Y: 0–100 %.
  for (const p of [0, 25, 50, 75, 100]) {
    svg.append(
      s("line", { x1: L, x2: W - R, y1: y(p), y2: y(p), class: p === 0 ? "axis" : "gridline" }),
      s("text", { x: L - 8, y: y(p) + 4, class: "tick", "text-anchor": "end" }, `${p}%`));
  }
  // Label minggu; bila banyak, hanya sebagian agar tidak bertumpuk (± 56 px per label).
  const every = Math.max(1, Math.ceil(weeks.length / Math.max(2, Math.floor(iw / 56))));
  weeks.forEach((w, i) => {
    if (i % every !== 0 && i !== weeks.length - 1) return;
    svg.append(s("text", { x: x(i), y: H - B + 18, class: "tick", "text-anchor": "middle" }, s("title", null, w), shortWeek(w)));
  });

  ids.forEach((id, si) => {
    const style = seriesStyle(id, si);
    /** @type {Array<[number, number, string]>} */
    const points = [];
    history.forEach((w, i) => {
      const a = w.areas.find((v) => v.id === id);
      if (!a) return;
      const value = options.metric === "answered" ? a.answered : a.strong;
      const p = a.total > 0 ? (100 * value) / a.total : 0;
      points.push([x(i), y(p), `${options.names(id)}, ${w.week}: ${value}/${a.total} ${metricLabel} (${num(p, 0)}%)`]);
    });
    const g = s("g", { class: "series", "data-area": id });
    if (points.length > 1) {
      g.append(s("polyline", {
        points: points.map(([px, py]) => `${px.toFixed(1)},${py.toFixed(1)}`).join(" "),
        fill: "none", stroke: style.color, "stroke-width": 2.5, "stroke-dasharray": style.dash || null,
        "stroke-linejoin": "round", "stroke-linecap": "round",
      }));
    }
    for (const [px, py, label] of points) {
      g.append(s("circle", { cx: px.toFixed(1), cy: py.toFixed(1), r: 4, fill: "#fff", stroke: style.color, "stroke-width": 2 },
        s("title", null, label)));
    }
    svg.append(g);
  });
  return svg;
}

/**
 * Keterangan warna (HTML, agar membungkus baris di layar sempit).
 * @param {string[]} ids
 * @param {(id: string) => string} names
 */
export function legend(ids, names) {
  return h("ul", { class: "legend", "aria-label": "Keterangan grafik" }, ids.map((id, i) => {
    const style = seriesStyle(id, i);
    return h("li", null,
      s("svg", { width: 24, height: 10, viewBox: "0 0 24 10", "aria-hidden": "true" },
        s("line", { x1: 1, x2: 23, y1: 5, y2: 5, stroke: style.color, "stroke-width": 2.5, "stroke-dasharray": style.dash || null })),
      names(id));
  }));
}

/**
 * Tabel data grafik untuk pembaca layar dan pengguna yang ingin angka pastinya.
 * @param {WeekPoint[]} history
 * @param {"answered" | "strong"} metric
 * @param {(id: string) => string} names
 */
export function dataTable(history, metric, names) {
  const ids = [...new Set(history.flatMap((w) => w.areas.map((a) => a.id)))];
  return h("div", { class: "table-wrap" }, h("table", { class: "table table-compact" },
    h("caption", { class: "visually-hidden" }, "Data grafik kemajuan mingguan"),
    h("thead", null, h("tr", null, h("th", { scope: "col" }, "Area"), history.map((w) => h("th", { scope: "col" }, w.week)))),
    h("tbody", null, ids.map((id) => h("tr", null,
      h("th", { scope: "row" }, names(id)),
      history.map((w) => {
        const a = w.areas.find((v) => v.id === id);
        return h("td", null, a ? `${metric === "answered" ? a.answered : a.strong}/${a.total}` : "–");
      }))))));
}
