// @ts-check
/**
 * Findings and the claimed-vs-inferred answer line, rendered the same way in the Word pane and the web app's
 * narrative editor. What a click does differs (select the text in Word, or the span in the page's textarea), so the
 * caller passes it in.
 */
import { h, SEVERITY_LABEL, defectLabel, answerTone } from "./ui.js";
/** @import { Finding, QuestionResult } from "../api-types.js" */

/**
 * The claimed answer beside the answer the narrative supports; the reason is a button that selects its sentence.
 * Nothing when the checker inferred no answer (a question without options).
 * @param {string} id
 * @param {QuestionResult} r
 * @param {string | null | undefined} claimed
 * @param {{ domId?: string, title: string, onReason: (start: number, length: number) => void }} options
 */
export function answerComparison(id, r, claimed, { domId, title, onReason }) {
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
      title, onclick: () => onReason(inf.start, inf.length) }, inf.reason));
}

/**
 * One finding: a button (severity, defect, message, quote) that selects the finding's text, then what is expected
 * and the suggestion.
 * @param {string} id
 * @param {Finding} f
 * @param {{ quote?: string, title: string, onSelect: () => void, actions?: import("./ui.js").Children }} options
 */
export function findingItem(id, f, { quote, title, onSelect, actions }) {
  const jump = h("button", { type: "button", class: "finding-jump", "data-question": id, "data-start": f.start, "data-length": f.length,
    title, onclick: onSelect },
    h("span", { class: "finding-head" },
      h("span", { class: `sev sev-${f.severity}` }, SEVERITY_LABEL[f.severity] ?? f.severity),
      defectLabel(f) && h("span", { class: "defect", "data-defect": f.defect }, defectLabel(f)),
      h("span", { class: "finding-message" }, f.message)),
    quote && h("span", { class: "finding-quote" }, `“${quote}”`));
  return h("div", { class: "finding", "data-severity": f.severity, "data-rule": f.rule, "data-defect": f.defect ?? null },
    jump,
    f.expected && h("div", { class: "expected" }, "Yang diharapkan: ", f.expected),
    f.suggestion && h("div", { class: "suggestion" }, "Saran: ", f.suggestion),
    actions);
}
