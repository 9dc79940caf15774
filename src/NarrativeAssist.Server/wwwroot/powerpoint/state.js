// @ts-check
/**
 * Keadaan panel PowerPoint yang dibaca dan diubah semua tab: unit, jenis paparan dan batas waktunya, sumber profil,
 * templat dan foto, rencana dan presentasi terakhir, hasil pemeriksaan waktu dan riwayat latihan.
 */
import * as api from "../api.js";
import * as ppt from "./office-adapter.js";

export const KINDS = /** @type {const} */ ([["wawancara-virtual", "Wawancara virtual"], ["observasi-lapangan", "Observasi lapangan"]]);

/** Batas bawaan (menit): wawancara virtual 20, observasi lapangan 10. */
export const DEFAULT_LIMIT = /** @type {Record<string, number>} */ ({ "wawancara-virtual": 20, "observasi-lapangan": 10 });

/** @typedef {{ number: number, key: string, section: string, layout: string, title: string, subtitle?: string,
 *   bullets: Array<{ text: string, level: number }>, notes: string, seconds: number, chart?: any, table?: any, images?: string[] }} PlanSlide */

/** @typedef {{ kind: string, title: string, limitSeconds: number, totalSeconds: number, fitsLimit: boolean, wordsPerMinute: number,
 *   slides: PlanSlide[], sections: Array<{ key: string, title: string, slides: number, seconds: number }>, condensed: string[],
 *   warnings: Array<{ code: string, message: string, path?: string | null }> }} Plan */

/** @typedef {{ limitSeconds: number, totalSeconds: number, wordsPerMinute: number, slides: Array<{ number: number, title: string, words: number,
 *   seconds: number, hasNotes: boolean, overBudget: boolean, budgetSeconds: number }>, withoutNotes: number[], overBudget: number[] }} Timing */

/** @typedef {{ id: string, kind: string, startedAt: string, totalSeconds: number, limitSeconds: number,
 *   slides: Array<{ number: number, title: string, seconds: number }>, by?: string }} Run */

/** @typedef {{ id: string, area: string, question: string, source: string, practised: number | boolean, lastPractisedAt?: string | null }} QaItem */

export const state = {
  /** @type {ppt.Capabilities} */ caps: { create: false, insert: false, selection: false, file: false },
  /** @type {api.UnitRef[]} */ units: [],
  /** @type {string | null} */ unitId: null,
  kind: "wawancara-virtual",
  /** @type {Record<string, number>} */ limit: { ...DEFAULT_LIMIT },
  /** @type {"unit" | "file"} */ source: "unit",
  /** @type {{ name: string, text: string } | null} */ profileFile: null,
  /** @type {Record<string, any> | null} */ doc: null,
  /** @type {Array<{ id: string, name: string }>} */ templates: [],
  templateId: "",
  /** @type {File | null} */ templateFile: null,
  /** Foto dan logo yang disebut profil (unit.logo, inovasi[].foto, …), dikirim pada field "foto". @type {File[]} */ photos: [],
  photoPlaceholders: false,
  /** @type {Plan | null} */ plan: null,
  /** @type {{ key: string, bytes: Uint8Array, name: string, ids: string[] } | null} */ deck: null,
  /** @type {Timing | null} */ timing: null,
  /** @type {Run[]} */ runs: [],
  /** @type {"buat" | "waktu" | "latihan" | "tanya"} */ tab: "buat",
};

export function unitName() {
  return state.units.find((u) => u.id === state.unitId)?.nama ?? "";
}
