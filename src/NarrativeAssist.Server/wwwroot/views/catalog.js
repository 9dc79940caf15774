// @ts-check
/** Katalog LKE (GET /api/lke) dimuat sekali: teks pertanyaan, nama area pengungkit, nama predikat. */
import * as api from "../api.js";

/**
 * @typedef {{ code: string, value: number, penjelasan: string }} AnswerOption
 * @typedef {{ id: string, text: string, letter: string, lever: string, area: string, subArea: string, part: string,
 *   options: AnswerOption[], answerLabel: string }} QuestionInfo
 * @typedef {{ questions: Map<string, QuestionInfo>, order: string[], levers: Map<string, string>, predicates: Map<string, string>,
 *   areaBasisOptions: Record<string, string>, note: string }} CatalogIndex
 */

/** @type {Promise<CatalogIndex> | null} */
let loaded = null;

/**
 * Kode pengungkit sebuah pertanyaan: "P.MP.2.c" → "MP", "H.1.a" → "H".
 * @param {string} questionId
 */
export function leverOf(questionId) {
  const parts = questionId.split(".");
  return parts[0] === "H" ? "H" : parts[1] ?? parts[0];
}

/** @returns {Promise<CatalogIndex>} */
export function loadCatalog() {
  loaded ??= api.catalog().then(index).catch((e) => {
    loaded = null; // coba lagi pada pemanggilan berikut
    throw e;
  });
  return loaded;
}

/**
 * Katalog bila dapat dimuat; tanpa katalog tampilan tetap berjalan (hanya id pertanyaan yang tampil).
 * @returns {Promise<CatalogIndex | null>}
 */
export async function tryCatalog() {
  try {
    return await loadCatalog();
  } catch {
    return null;
  }
}

/**
 * @param {any} c
 * @returns {CatalogIndex}
 */
function index(c) {
  /** @type {Map<string, QuestionInfo>} */
  const questions = new Map();
  /** @type {string[]} */
  const order = [];
  /** @type {Map<string, string>} */
  const levers = new Map();
  for (const part of c?.parts ?? []) {
    for (const area of part.areas ?? []) {
      const lever = part.id === "H" ? "H" : area.code;
      if (part.id !== "H" && !levers.has(lever)) levers.set(lever, area.name);
      /** @param {any} q @param {string} subArea */
      const add = (q, subArea) => {
        questions.set(q.id, { id: q.id, text: q.text, letter: q.letter, lever, area: area.name, subArea, part: part.name,
          options: q.options ?? [], answerLabel: q.answerLabel ?? "" });
        order.push(q.id);
      };
      for (const sub of area.subAreas ?? []) for (const q of sub.questions ?? []) add(q, sub.name);
      for (const q of area.questions ?? []) add(q, "");
    }
  }
  levers.set("H", "Hasil");
  /** @type {Map<string, string>} */
  const predicates = new Map();
  for (const p of c?.eligibility?.predicates ?? []) predicates.set(p.id, p.name);
  return {
    questions, order, levers, predicates,
    areaBasisOptions: c?.eligibility?.areaBasisOptions ?? {},
    note: c?.eligibility?.note ?? "",
  };
}

/**
 * Nama pengungkit dari kodenya ("MP" → "Manajemen Perubahan").
 * @param {CatalogIndex | null} cat
 * @param {string} code
 */
export function leverName(cat, code) {
  return cat?.levers.get(code) ?? code;
}

/**
 * Teks pertanyaan (atau string kosong).
 * @param {CatalogIndex | null} cat
 * @param {string} id
 */
export function questionText(cat, id) {
  return cat?.questions.get(id)?.text ?? "";
}

/**
 * Urutan katalog untuk menyortir id pertanyaan.
 * @param {CatalogIndex | null} cat
 * @returns {(a: string, b: string) => number}
 */
export function byCatalogOrder(cat) {
  const pos = new Map((cat?.order ?? []).map((id, i) => [id, i]));
  return (a, b) => (pos.get(a) ?? 1e6) - (pos.get(b) ?? 1e6) || a.localeCompare(b);
}
