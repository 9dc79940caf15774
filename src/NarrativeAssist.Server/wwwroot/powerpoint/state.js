// @ts-check
/**
 * Keadaan panel PowerPoint yang dibaca dan diubah semua tab: unit, jenis paparan dan batas waktunya, sumber profil,
 * templat dan foto, rencana dan presentasi terakhir, hasil pemeriksaan waktu dan riwayat latihan.
 */
/** @import { UnitRef, DeckTemplate, Plan, Timing, Run } from "../api-types.js" */
/** @import { Capabilities } from "./office-adapter.js" */

export const KINDS = /** @type {const} */ ([["wawancara-virtual", "Wawancara virtual"], ["observasi-lapangan", "Observasi lapangan"]]);

/** Batas bawaan (menit): wawancara virtual 20, observasi lapangan 10. */
export const DEFAULT_LIMIT = /** @type {Record<string, number>} */ ({ "wawancara-virtual": 20, "observasi-lapangan": 10 });

export const state = {
  /** @type {Capabilities} */ caps: { create: false, insert: false, selection: false, file: false },
  /** @type {UnitRef[]} */ units: [],
  /** @type {string | null} */ unitId: null,
  kind: "wawancara-virtual",
  /** @type {Record<string, number>} */ limit: { ...DEFAULT_LIMIT },
  /** @type {"unit" | "file"} */ source: "unit",
  /** @type {{ name: string, text: string } | null} */ profileFile: null,
  /** @type {Record<string, any> | null} */ doc: null,
  /** @type {DeckTemplate[]} */ templates: [],
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
