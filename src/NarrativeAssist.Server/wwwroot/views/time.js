// @ts-check
/**
 * Waktu paparan: format menit:detik dan bilah waktu terhadap batas, dipakai panel PowerPoint (tab Buat, Waktu, Latihan, Tanya jawab) dan halaman "Presentasi".
 */
import { h } from "./ui.js";

/** Menit:detik, mis. 12:05. @param {number} seconds */
export function clock(seconds) {
  const t = Math.max(0, Math.round(seconds));
  return `${Math.floor(t / 60)}:${String(t % 60).padStart(2, "0")}`;
}

/**
 * Bilah waktu terhadap batas.
 * @param {number} seconds @param {number} limit @param {string} label
 */
export function timeBar(seconds, limit, label) {
  const over = seconds > limit;
  const fill = h("span", { class: `bar-fill bar-${over ? "merah" : "hijau"}` });
  fill.style.width = `${Math.min(100, limit > 0 ? (100 * seconds) / limit : 0)}%`;
  return h("span", { class: "bar-wrap" },
    h("span", { class: "bar", role: "progressbar", "aria-label": label, "aria-valuemin": 0, "aria-valuemax": limit, "aria-valuenow": seconds,
      "aria-valuetext": `${clock(seconds)} dari ${clock(limit)}` }, fill),
    h("span", { class: "bar-text" }, `${clock(seconds)} / ${clock(limit)}`));
}

export const now = () => Date.now();
