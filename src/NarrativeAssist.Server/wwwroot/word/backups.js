// @ts-check
/**
 * Cadangan teks pengguna yang diganti versi server saat konflik (localStorage), dan tombol "Pulihkan versi saya".
 */
import * as word from "./office-adapter.js";
import { h } from "../views/ui.js";
import { check } from "./question-tab.js";
import { setSaveNote, showPaneError } from "./shell.js";
import { BACKUP_KEY, state } from "./state.js";

/** @typedef {{ questionId: string, text: string, answer: string | null, unitId: string | null, at: string, batch: number }} Backup */

/** @returns {Backup[]} */
function backups() {
  try { return JSON.parse(localStorage.getItem(BACKUP_KEY) ?? "[]"); } catch { return []; }
}

/** Satu "batch" cadangan per tindakan simpan: "Pulihkan versi saya" memulihkan semua yang diganti tindakan itu. */
let backupBatch = Date.now();

/** @param {word.DocNarrative} n */
export function backup(n) {
  const list = backups();
  list.push({ questionId: n.questionId, text: n.text, answer: n.answer, unitId: state.unitId, at: new Date().toISOString(), batch: backupBatch });
  localStorage.setItem(BACKUP_KEY, JSON.stringify(list.slice(-50)));
}

/** Tombol yang mengembalikan teks pengguna yang baru saja diganti versi server. */
export function restoreButton() {
  const batch = backupBatch++;
  const items = backups().filter((b) => b.batch === batch);
  if (items.length === 0) return null;
  return h("button", { type: "button", class: "link-button", id: "pulihkan", onclick: async () => {
    try {
      for (const b of items) {
        await word.replaceNarrative(b.questionId, b.text);
        if (b.answer) await word.writeAnswer(b.questionId, b.answer).catch(showPaneError);
      }
      setSaveNote(`Versi Anda dipulihkan di dokumen (${items.map((b) => b.questionId).join(", ")}); tekan Simpan untuk menyimpannya.`);
      if (state.current && items.some((b) => b.questionId === state.current)) { state.checkedText = null; await check(state.current); }
    } catch (e) { showPaneError(e); }
  } }, "Pulihkan versi saya");
}
