// @ts-check
/**
 * Tab "Seluruh dokumen": memeriksa setiap narasi bertanda di dokumen; cakupan dan skor per area, jawaban yang tidak
 * didukung narasinya, dan temuan dikelompokkan per pemeriksaan dengan Sebelumnya/Berikutnya (pola PerfectIt).
 */
import * as api from "../api.js";
import * as word from "./office-adapter.js";
import { h, replace, bar, errorBox, light, num, SEVERITY_LABEL, answerTone, shorten } from "../views/ui.js";
import { announce } from "../views/pane-shell.js";
import { answerCompare, findingView, selectFinding } from "./findings.js";
import { renderNavigator } from "./navigator-tab.js";
import { renderCurrent } from "./question-tab.js";
import { state } from "./state.js";
/** @import { Finding, CheckReport } from "../api-types.js" */

/** Nama pemeriksaan (aturan) untuk kelompok temuan; unsur checklist yang belum ada menjadi satu kelompok. */
const RULE_LABEL = /** @type {Record<string, string>} */ ({
  unsur: "Unsur daftar periksa belum ada",
  placeholder: "Isian templat belum diganti",
  profil: "Tidak sesuai profil unit",
  bukti: "Bukti dukung belum disebut",
  bukti_rinci: "Bukti dukung tanpa nomor/tanggal",
  terlaksana: "Rencana, bukan yang telah dilakukan",
  kabur: "Ungkapan kabur",
  kuantitatif: "Hasil tanpa angka",
  peningkatan: "Tanpa pembanding periode sebelumnya",
  peningkatan_angka: "Perubahan tanpa dua angka",
  panjang_minimal: "Narasi terlalu singkat",
  panjang_maksimal: "Narasi terlalu panjang",
  konsisten_jawaban: "Jawaban tidak konsisten dengan narasi",
  jawaban_terendah: "Jawaban terendah untuk narasi panjang",
  tidak_berkala: "Belum berkala/rutin",
});

const SEVERITY_RANK = /** @type {Record<string, number>} */ ({ error: 0, warning: 1, saran: 2 });

/** @param {string} rule */
const ruleKey = (rule) => (rule.startsWith("unsur.") ? "unsur" : rule);

/** @typedef {{ id: string, f: Finding, quote: string }} Occurrence */

/** @typedef {{ key: string, label: string, severity: string, items: Occurrence[] }} RuleGroup */

/**
 * Temuan dokumen dikelompokkan per pemeriksaan (pola PerfectIt), urut keparahan lalu jumlah; di dalam kelompok
 * kemunculan berurutan menurut dokumen.
 * @param {CheckReport} report
 * @param {Map<string, string>} texts
 * @returns {RuleGroup[]}
 */
function groupFindings(report, texts) {
  /** @type {Map<string, RuleGroup>} */
  const groups = new Map();
  for (const q of report.questions) {
    for (const f of q.findings) {
      const key = ruleKey(f.rule);
      let g = groups.get(key);
      if (!g) { g = { key, label: RULE_LABEL[key] ?? `Pemeriksaan “${key}”`, severity: f.severity, items: [] }; groups.set(key, g); }
      if ((SEVERITY_RANK[f.severity] ?? 3) < (SEVERITY_RANK[g.severity] ?? 3)) g.severity = f.severity;
      const text = texts.get(q.id) ?? "";
      g.items.push({ id: q.id, f, quote: f.length > 0 ? text.substr(f.start, Math.min(f.length, 80)) : "" });
    }
  }
  return [...groups.values()].sort((a, b) =>
    (SEVERITY_RANK[a.severity] ?? 3) - (SEVERITY_RANK[b.severity] ?? 3) || b.items.length - a.items.length || a.label.localeCompare(b.label, "id"));
}

/**
 * Kartu skor per area pengungkit: rata-rata skor narasi yang ditulis di dokumen dengan lampu lalu lintas
 * (hijau ≥ 80, kuning 60–79, merah < 60).
 * @param {CheckReport} report
 * @param {string} areaId
 */
function leverScore(report, areaId) {
  const written = report.questions.filter((q) => q.status !== "kosong" && state.questions.get(q.id)?.lever === areaId);
  if (written.length === 0) return h("span", { class: "badge badge-abu", "data-light": "abu" }, "Belum ada narasi");
  const avg = written.reduce((sum, q) => sum + q.score, 0) / written.length;
  const color = light(avg);
  return h("span", { class: `badge badge-${color} lever-score`, "data-light": color, "data-score": Math.round(avg),
    title: `Rata-rata skor ${written.length} narasi di area ini` },
    h("span", { class: "badge-dot", "aria-hidden": "true" }), `Skor ${num(avg, 0)}`);
}

/** @param {CheckReport | null} report @param {word.DocNarrative[]} [docs] */
export function renderDocument(report, docs) {
  const panel = document.getElementById("panel-dokumen");
  if (!panel) return;
  const button = h("button", { type: "button", class: "button button-primary", id: "periksa-dokumen", onclick: checkDocument }, "Periksa seluruh dokumen");
  if (!report) {
    replace(panel, h("div", { class: "card" },
      h("h2", null, "Seluruh dokumen"),
      h("p", { class: "muted" }, "Memeriksa setiap narasi bertanda “lke:” di dokumen ini: cakupan dan skor per area, dan semua temuan dikelompokkan per pemeriksaan."),
      h("div", { class: "actions" }, button)));
    return;
  }
  const texts = new Map((docs ?? []).map((d) => [d.questionId, d.text]));
  const groups = groupFindings(report, texts);
  const total = groups.reduce((sum, g) => sum + g.items.length, 0);
  state.steps = new Map(); // hasil baru: setiap kelompok mulai dari awal
  replace(panel,
    h("div", { class: "card" },
      h("div", { class: "actions" }, button),
      h("p", { id: "ringkasan-dokumen" }, `${report.coverage.answered} dari ${report.coverage.total} pertanyaan terjawab, `,
        `${report.coverage.strong} kuat.`),
      h("h3", null, "Cakupan dan skor per area"),
      h("p", { class: "muted small" }, "Bilah biru: terjawab. Bilah hijau: berstatus kuat. Skor: rata-rata narasi yang ditulis — hijau ≥ 80, kuning 60–79, merah < 60."),
      h("div", { id: "cakupan-area" }, report.coverage.areas.map((a) => h("div", { class: "area-row", "data-area": a.id },
        h("div", { class: "area-name" }, h("span", null, a.name), leverScore(report, a.id)),
        bar(a.answered, a.total, `Terjawab — ${a.name}`, "brand"),
        bar(a.strong, a.total, `Kuat — ${a.name}`, "hijau"))))),
    answersCard(report, docs ?? []),
    h("div", { class: "card" },
      h("h3", null, `Temuan (${total})`),
      groups.length === 0 ? h("p", { class: "muted" }, "Tidak ada temuan.") : [
        h("p", { class: "muted small" }, "Dikelompokkan per pemeriksaan. “Berikutnya” memilih kemunculan berikutnya di dokumen."),
        h("div", { id: "temuan-dokumen" }, groups.map((g) => groupView(g))),
      ]));
}

/**
 * Jawaban dokumen yang berbeda dari yang didukung narasinya (klaim berlebih lebih dulu): inilah risiko di depan
 * evaluator. Setiap baris memakai tampilan yang sama dengan "Pertanyaan ini"; klik alasannya memilih kalimatnya.
 * @param {CheckReport} report
 * @param {word.DocNarrative[]} docs
 */
function answersCard(report, docs) {
  const claimed = new Map(docs.map((d) => [d.questionId, d.answer ?? null]));
  const judged = report.questions.filter((q) => q.inferredAnswer);
  const rows = judged
    .map((q) => ({ q, claimed: q.answer ?? claimed.get(q.id) ?? null }))
    .map((x) => ({ ...x, tone: answerTone(x.claimed, x.q.inferredAnswer,
      x.q.findings.find((f) => f.defect === "over_claim" || f.defect === "under_claim")?.defect) }))
    .filter((x) => x.tone === "lebih" || x.tone === "beda")
    .sort((a, b) => (a.tone === b.tone ? 0 : a.tone === "lebih" ? -1 : 1));
  return h("div", { class: "card", id: "jawaban-dokumen" },
    h("h3", null, `Jawaban vs narasi (${rows.length})`),
    judged.length === 0 ? h("p", { class: "muted small" }, "Belum ada jawaban yang dapat dibandingkan dengan narasinya.")
      : rows.length === 0 ? h("p", { class: "muted small" }, `${judged.length} jawaban sesuai dengan yang didukung narasinya.`)
        : [
          h("p", { class: "muted small" }, "Jawaban yang tidak didukung narasinya. Klik alasannya untuk memilih kalimatnya di dokumen."),
          rows.map((x) => h("div", { class: "rule-item", "data-question": x.q.id },
            h("span", { class: "q-now-id" }, x.q.id), answerCompare(x.q.id, x.q, x.claimed))),
        ]);
}

/** @param {RuleGroup} g */
function groupView(g) {
  const pos = Math.min(state.steps.get(g.key) ?? -1, g.items.length - 1);
  const current = h("div", { class: "step-current" });
  const position = h("span", { class: "step-pos" });
  const list = h("div", { class: "rule-items", hidden: true });
  const toggle = h("button", { type: "button", class: "link-button rule-all", "aria-expanded": "false" }, `Tampilkan semua (${g.items.length})`);
  const section = h("section", { class: "rule-group", "data-rule": g.key, "data-severity": g.severity, "aria-label": `${g.label}: ${g.items.length} temuan` },
    h("div", { class: "rule-head" },
      h("span", { class: `sev sev-${g.severity}` }, SEVERITY_LABEL[g.severity] ?? g.severity),
      h("span", { class: "rule-name" }, g.label),
      h("span", { class: "rule-count", "aria-label": `${g.items.length} temuan` }, String(g.items.length))),
    h("div", { class: "stepper" },
      h("button", { type: "button", class: "button step-prev", title: `Temuan “${g.label}” sebelumnya`, onclick: () => step(-1) }, "‹ Sebelumnya"),
      position,
      h("button", { type: "button", class: "button step-next", title: `Temuan “${g.label}” berikutnya`, onclick: () => step(1) }, "Berikutnya ›")),
    current,
    toggle,
    list);

  /** @param {number} i */
  const show = (i) => {
    state.steps.set(g.key, i);
    section.dataset.position = String(i);
    position.textContent = i < 0 ? `${g.items.length} temuan` : `${i + 1} dari ${g.items.length}`;
    if (i < 0) { replace(current); return; }
    const o = g.items[i];
    replace(current, h("div", { class: "step-where" }, h("span", { class: "q-now-id" }, o.id), " ", state.questions.get(o.id)?.text ? shorten(/** @type {string} */ (state.questions.get(o.id)?.text), 70) : ""),
      findingView(o.id, o.f, o.quote, () => show(i)));
    for (const [k, el] of [...list.children].entries()) el.toggleAttribute("aria-current", k === i);
  };
  /** @param {number} delta */
  const step = async (delta) => {
    const n = g.items.length;
    const now = state.steps.get(g.key) ?? -1;
    const next = now < 0 ? (delta > 0 ? 0 : n - 1) : (now + delta + n) % n;
    show(next);
    const o = g.items[next];
    announce(`${g.label}: ${next + 1} dari ${n}, ${o.id}.`);
    await selectFinding(o.id, o.f, true);
  };
  toggle.addEventListener("click", () => {
    const open = list.hidden;
    list.hidden = !open;
    toggle.setAttribute("aria-expanded", String(open));
    toggle.textContent = open ? "Sembunyikan daftar" : `Tampilkan semua (${g.items.length})`;
  });
  replace(list, g.items.map((o, i) => h("div", { class: "rule-item", "data-question": o.id },
    h("span", { class: "q-now-id" }, o.id), findingView(o.id, o.f, o.quote, () => show(i)))));
  show(pos);
  return section;
}

async function checkDocument() {
  const button = document.getElementById("periksa-dokumen");
  if (button) { button.setAttribute("disabled", ""); button.textContent = "Memeriksa…"; }
  try {
    const t0 = performance.now();
    const docs = await word.readNarratives();
    const query = state.unitId ? `?unitId=${encodeURIComponent(state.unitId)}` : "";
    /** @type {CheckReport} */
    const report = await api.request(`/api/check/document${query}`, {
      method: "POST",
      json: { narratives: docs.map((d) => (d.answer ? d : { questionId: d.questionId, text: d.text })) },
    });
    for (const q of report.questions) state.results.set(q.id, q);
    renderDocument(report, docs);
    renderNavigator();
    if (state.current) renderCurrent();
    /** @type {any} */ (window).__lastDocumentCheckMs = performance.now() - t0; // baca dokumen + POST + tampilkan
    announce(`Pemeriksaan dokumen selesai: ${report.coverage.answered} dari ${report.coverage.total} terjawab.`);
  } catch (e) {
    const panel = document.getElementById("panel-dokumen");
    if (panel) panel.prepend(errorBox(e));
    if (button) { button.removeAttribute("disabled"); button.textContent = "Periksa seluruh dokumen"; }
  }
}
