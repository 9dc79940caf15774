// @ts-check
/**
 * Katalog LKE ringkas untuk panel Word: dari katalog lengkap GET /api/lke hanya area → sub-area → pertanyaan dengan
 * pilihan jawabannya, dan salinannya di localStorage untuk pembukaan panel berikutnya.
 */
import { CATALOG_KEY, state } from "./state.js";
/** @import { Lever, Q } from "./state.js" */

/** @typedef {{ v: 1, levers: Lever[], questions: Q[] }} PaneCatalog */

/**
 * Bagian katalog LKE yang dipakai panel (tanpa checklist): area → sub-area → pertanyaan dengan pilihan jawabannya.
 * @param {any} c katalog lengkap dari GET /api/lke
 * @returns {PaneCatalog}
 */
export function compactCatalog(c) {
  /** @type {Map<string, Lever>} */
  const levers = new Map();
  /** @type {Q[]} */
  const questions = [];
  for (const part of c?.parts ?? []) {
    for (const area of part.areas ?? []) {
      const code = part.id === "H" ? "H" : area.code;
      let lever = levers.get(code);
      if (!lever) { lever = { code, name: part.id === "H" ? "Hasil" : area.name, subs: [] }; levers.set(code, lever); }
      /** @param {any} q */
      const add = (q) => {
        questions.push({ id: q.id, text: q.text, letter: q.letter, options: q.options ?? [], answerLabel: q.answerLabel ?? "", lever: code });
        return q.id;
      };
      for (const sub of area.subAreas ?? [])
        lever.subs.push({ key: sub.id, label: `${part.name} · ${sub.numeral}. ${sub.name}`, questions: (sub.questions ?? []).map(add) });
      if ((area.questions ?? []).length)
        lever.subs.push({ key: area.id, label: part.id === "H" ? area.name : part.name, questions: area.questions.map(add) });
    }
  }
  // Enam area pengungkit dulu, Hasil di akhir.
  return { v: 1, levers: [...levers.values()].sort((a, b) => (a.code === "H" ? 1 : 0) - (b.code === "H" ? 1 : 0)), questions };
}

/** @param {PaneCatalog} c */
export function applyCatalog(c) {
  state.levers = c.levers;
  state.questions = new Map(c.questions.map((q) => [q.id, q]));
}

/** Katalog ringkas dari kunjungan sebelumnya (localStorage), atau null. @returns {PaneCatalog | null} */
export function cachedCatalog() {
  try {
    const c = JSON.parse(localStorage.getItem(CATALOG_KEY) ?? "null");
    return c?.v === 1 && Array.isArray(c.levers) && Array.isArray(c.questions) ? c : null;
  } catch { return null; }
}
