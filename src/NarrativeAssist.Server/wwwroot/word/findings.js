// @ts-check
/**
 * Tampilan temuan dan perbandingan jawaban yang sama di tab "Pertanyaan ini" dan "Seluruh dokumen": klik memilih
 * teksnya di dokumen, dan temuan dapat dijadikan komentar Word.
 */
import * as word from "./office-adapter.js";
import { h, SEVERITY_LABEL, defectLabel, answerTone } from "../views/ui.js";
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
  const inf = r.inferredAnswer;
  if (!inf) return null;
  const answerDefect = r.findings.find((f) => f.defect === "over_claim" || f.defect === "under_claim")?.defect;
  const tone = answerTone(claimed, inf, answerDefect);
  return h("div", { class: `answer-compare answer-${tone}`, id: domId ?? null, "data-question": id, "data-claimed": claimed ?? "", "data-inferred": inf.code },
    h("span", { class: "answer-claimed" }, "Jawaban Anda: ", h("strong", null, claimed ?? "belum dipilih")),
    " · ",
    h("span", { class: "answer-inferred" }, "Didukung narasi: ", h("strong", null, inf.code)),
    tone === "lebih" ? h("span", { class: "answer-flag" }, " — klaim melebihi narasi") : tone === "beda" ? h("span", { class: "answer-flag" }, " — berbeda") : null,
    inf.reason && h("button", { type: "button", class: "finding-jump answer-reason", "data-start": inf.start, "data-length": inf.length,
      title: "Pilih kalimat yang menunjukkannya di dokumen", onclick: () => void selectSpan(id, inf.start, inf.length, "Kalimat yang mendukung jawaban dipilih di dokumen.") },
      inf.reason));
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
  const jump = h("button", { type: "button", class: "finding-jump", "data-question": id, "data-start": f.start, "data-length": f.length,
    title: "Pilih teksnya di dokumen", onclick: () => { onJump?.(); selectFinding(id, f); } },
    h("span", { class: "finding-head" },
      h("span", { class: `sev sev-${f.severity}` }, SEVERITY_LABEL[f.severity] ?? f.severity),
      defectLabel(f) && h("span", { class: "defect", "data-defect": f.defect }, defectLabel(f)),
      h("span", { class: "finding-message" }, f.message)),
    quote && h("span", { class: "finding-quote" }, `“${quote}”`));
  return h("div", { class: "finding", "data-severity": f.severity, "data-rule": f.rule, "data-defect": f.defect ?? null },
    jump,
    f.expected && h("div", { class: "expected" }, "Yang diharapkan: ", f.expected),
    f.suggestion && h("div", { class: "suggestion" }, "Saran: ", f.suggestion),
    state.comments && h("div", { class: "finding-actions" },
      h("button", { type: "button", class: "link-button jadikan-komentar", onclick: () => toComment(id, f) }, "Jadikan komentar")));
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
