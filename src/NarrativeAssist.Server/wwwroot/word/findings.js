// @ts-check
/**
 * Tampilan temuan dan perbandingan jawaban yang sama di tab "Pertanyaan ini" dan "Seluruh dokumen": klik memilih
 * teksnya di dokumen, dan temuan dapat dijadikan komentar Word.
 */
import * as word from "./office-adapter.js";
import { h } from "../views/ui.js";
import { answerComparison, findingItem } from "../views/findings.js";
import { announce } from "../views/pane-shell.js";
import { showPaneError } from "./shell.js";
import { state } from "./state.js";
/** @import { Finding, QuestionResult } from "../api-types.js" */

/**
 * Jawaban di dokumen di samping jawaban yang didukung narasi. Alasan berupa tombol: klik memilih kalimat yang
 * menunjukkannya di dokumen (seperti temuan). Tanpa jawaban tersimpulkan (pertanyaan tanpa pilihan), tidak tampil.
 * @param {string} id
 * @param {QuestionResult} r
 * @param {string | null | undefined} claimed
 * @param {string} [domId]
 */
export function answerCompare(id, r, claimed, domId) {
  return answerComparison(id, r, claimed, { domId, title: "Pilih kalimat yang menunjukkannya di dokumen",
    onReason: (start, length) => void selectSpan(id, start, length, "Kalimat yang mendukung jawaban dipilih di dokumen.") });
}

/**
 * @param {string} id
 * @param {number} start
 * @param {number} length
 * @param {string} message
 */
async function selectSpan(id, start, length, message) {
  try {
    const ok = await word.selectText(id, start, length);
    announce(ok ? message : `Kalimatnya tidak ditemukan lagi; narasi ${id} dipilih.`);
  } catch (e) { showPaneError(e); }
}

/**
 * @param {string} id
 * @param {Finding} f
 * @param {string} [quote]
 * @param {() => void} [onJump] dipanggil saat temuan diklik (mis. memindahkan posisi langkah kelompoknya)
 */
export function findingView(id, f, quote, onJump) {
  return findingItem(id, f, { quote, title: "Pilih teksnya di dokumen", onSelect: () => { onJump?.(); selectFinding(id, f); },
    actions: state.comments && h("div", { class: "finding-actions" },
      h("button", { type: "button", class: "link-button jadikan-komentar", onclick: () => toComment(id, f) }, "Jadikan komentar")) });
}

/**
 * @param {string} id
 * @param {Finding} f
 * @param {boolean} [quiet] tanpa pengumuman (langkah kelompok sudah mengumumkan posisinya)
 */
export async function selectFinding(id, f, quiet = false) {
  try {
    const ok = await word.selectText(id, f.start, f.length);
    if (!quiet || !ok) announce(ok ? "Teks temuan dipilih di dokumen." : `Teks temuan tidak ditemukan lagi; narasi ${id} dipilih.`);
  } catch (e) { showPaneError(e); }
}

/**
 * @param {string} id
 * @param {Finding} f
 */
async function toComment(id, f) {
  try {
    await word.addComment(id, f.start, f.length, `NarrativeAssist — ${f.message}${f.suggestion ? `\nSaran: ${f.suggestion}` : ""}`);
    announce("Temuan ditambahkan sebagai komentar Word.");
  } catch (e) { showPaneError(e); }
}
