// @ts-check
/**
 * Keadaan panel Word yang dibaca dan diubah semua tab: katalog ringkas, unit terpilih, hasil pemeriksaan, versi
 * dasar narasi (untuk If-Match) dan pertanyaan di kursor. Kunci localStorage panel juga di sini, agar jelas apa yang
 * disimpan di komputer pengguna (semuanya berawalan "na.", dihapus saat "Keluar").
 */
/** @import { QuestionResult, UnitRef } from "../api-types.js" */

/** Unit terakhir yang dipilih di panel (localStorage: bertahan antarsesi Word). */
export const UNIT_KEY = "na.word.unit";

/** Cadangan teks pengguna yang diganti versi server saat konflik (localStorage), untuk "Pulihkan versi saya". */
export const BACKUP_KEY = "na.word.cadangan";

/** Katalog LKE ringkas untuk pembukaan panel berikutnya (localStorage). */
export const CATALOG_KEY = "na.word.katalog";

/** @typedef {{ id: string, text: string, letter: string, options: Array<{ code: string, value: number, penjelasan: string }>,
 *   answerLabel: string, lever: string }} Q */

/** @typedef {{ key: string, label: string, questions: string[] }} Sub */

/** @typedef {{ code: string, name: string, subs: Sub[] }} Lever */

export const state = {
  /** @type {Map<string, Q>} */ questions: new Map(),
  /** @type {Lever[]} */ levers: [],
  /** @type {string | null} */ unitId: null,
  /** @type {Map<string, QuestionResult>} */ results: new Map(),
  /** @type {UnitRef[]} */ units: [],
  /** @type {Map<string, { etag: string | null, text: string | null, answer?: string | null }>} */ baseline: new Map(),
  /** Jawaban di dokumen saat pemeriksaan terakhir. @type {Map<string, string | null>} */ docAnswers: new Map(),
  /** Posisi langkah per kelompok temuan dokumen. @type {Map<string, number>} */ steps: new Map(),
  /** @type {string | null} */ current: null,
  /** @type {string | null} */ checkedText: null,
  comments: false,
  /** @type {"pertanyaan" | "dokumen" | "navigasi"} */ tab: "pertanyaan",
};
