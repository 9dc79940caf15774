// @ts-check
/** "Periksa dokumen": unggah .docx → POST /api/check/document, lalu laporan cakupan dan hasil per pertanyaan. */
import * as api from "../api.js";
import { h, replace, bar, statusBadge, errorBox, loading, num, SEVERITY_LABEL, STATUS_LABEL, defectLabel, answerTone } from "./ui.js";
import { tryCatalog, leverOf, leverName, questionText, byCatalogOrder } from "./catalog.js";
/** @import { CheckReport, Coverage, Finding, QuestionResult } from "../api-types.js" */

const MAX_BYTES = 20 * 1024 * 1024;

/** Laporan terakhir, tetap tampil bila pengguna berpindah halaman lalu kembali. */
/** @type {{ fileName: string, unitName: string | null, report: CheckReport } | null} */
let last = null;

/** @param {import("../app.js").ViewContext} ctx */
export async function renderCheck(ctx) {
  const fileInput = h("input", {
    id: "berkas", name: "file", type: "file", class: "file-input",
    accept: ".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "aria-describedby": "berkas-bantuan",
  });
  const fileName = h("span", { class: "drop-file", id: "berkas-nama" }, "Belum ada berkas dipilih");
  const drop = h("label", { class: "drop", for: "berkas" },
    h("span", { class: "drop-title" }, "Pilih berkas .docx"),
    h("span", { class: "drop-hint" }, "atau seret berkas ke sini"),
    fileName);
  const unitSelect = h("select", { id: "profil-unit", name: "unitId" },
    h("option", { value: "" }, "Tanpa profil unit"),
    ctx.units.map((u) => h("option", { value: u.id, selected: u.id === ctx.unitId }, u.nama)));
  const submit = h("button", { type: "submit", class: "button button-primary", id: "periksa" }, "Periksa");
  const formError = h("div", { class: "form-error", role: "alert" });
  const result = h("div", { id: "laporan", class: "report" });

  const showName = () => {
    const f = fileInput.files?.[0];
    fileName.textContent = f ? `${f.name} (${num(f.size / 1024, 0)} KB)` : "Belum ada berkas dipilih";
  };
  fileInput.addEventListener("change", showName);
  for (const type of ["dragenter", "dragover"]) drop.addEventListener(type, (e) => {
    e.preventDefault();
    drop.classList.add("drop-active");
  });
  for (const type of ["dragleave", "drop"]) drop.addEventListener(type, () => drop.classList.remove("drop-active"));
  drop.addEventListener("drop", (e) => {
    e.preventDefault();
    const files = /** @type {DragEvent} */ (e).dataTransfer?.files;
    if (files?.length) {
      fileInput.files = files;
      showName();
    }
  });

  /** @param {Event} e */
  const onSubmit = async (e) => {
    e.preventDefault();
    replace(formError);
    const file = fileInput.files?.[0];
    if (!file) {
      replace(formError, "Pilih berkas .docx terlebih dahulu.");
      fileInput.focus();
      return;
    }
    if (!/\.docx$/i.test(file.name)) {
      replace(formError, "Hanya dokumen Word .docx yang dapat diperiksa. Simpan ulang berkas .doc/.docm sebagai .docx.");
      return;
    }
    if (file.size > MAX_BYTES) {
      replace(formError, "Berkas lebih dari 20 MB. Pisahkan narasi ke beberapa dokumen atau kecilkan gambar di dalamnya.");
      return;
    }
    submit.disabled = true;
    result.setAttribute("aria-busy", "true");
    replace(result, loading(`Memeriksa ${file.name}…`));
    ctx.announce("Memeriksa dokumen…");
    try {
      const unitId = unitSelect.value || undefined;
      const [report, cat] = await Promise.all([api.checkDocument(file, unitId), tryCatalog()]);
      const unitName = ctx.units.find((u) => u.id === unitId)?.nama ?? null;
      last = { fileName: file.name, unitName, report };
      replace(result, renderReport(file.name, unitName, report, cat));
      ctx.announce(summaryText(report));
    } catch (err) {
      replace(result, errorBox(err));
      ctx.announce(err instanceof Error ? err.message : String(err));
    } finally {
      submit.disabled = false;
      result.removeAttribute("aria-busy");
    }
  };

  ctx.main.append(
    h("section", { class: "card", "aria-labelledby": "judul-periksa" },
      h("h1", { id: "judul-periksa" }, "Periksa dokumen"),
      h("p", { class: "muted", id: "berkas-bantuan" },
        "Unggah dokumen narasi LKE (.docx, maks. 20 MB). Setiap narasi diperiksa terhadap checklist pertanyaannya: ",
        "apa yang dilakukan, oleh siapa, kapan, dasar SK, hasil dan bukti dukung."),
      h("form", { class: "form", id: "form-periksa", novalidate: true, onsubmit: onSubmit },
        h("div", { class: "field" }, h("span", { class: "label", id: "label-berkas" }, "Berkas narasi"), fileInput, drop),
        ctx.units.length
          ? h("div", { class: "field" },
            h("label", { for: "profil-unit" }, "Bandingkan angka dengan profil unit"),
            unitSelect)
          : null,
        formError,
        h("div", { class: "actions" }, submit))),
    result);

  if (last) {
    replace(result, renderReport(last.fileName, last.unitName, last.report, await tryCatalog()));
  }
}

/** @param {CheckReport} report */
function summaryText(report) {
  const c = report.coverage;
  return `Laporan siap: ${c.answered} dari ${c.total} pertanyaan terjawab, ${c.strong} kuat.`;
}

/**
 * @param {string} fileName
 * @param {string | null} unitName
 * @param {CheckReport} report
 * @param {import("./catalog.js").CatalogIndex | null} cat
 */
export function renderReport(fileName, unitName, report, cat) {
  const questions = report.questions ?? [];
  /** @type {Record<string, number>} */
  const counts = { kuat: 0, perlu_perbaikan: 0, lemah: 0, kosong: 0 };
  for (const q of questions) counts[q.status] = (counts[q.status] ?? 0) + 1;
  const cov = report.coverage;

  const summary = h("section", { class: "card", "aria-labelledby": "judul-laporan" },
    h("h2", { id: "judul-laporan" }, "Laporan pemeriksaan"),
    h("p", { class: "muted" }, fileName, unitName ? ` · dibandingkan dengan profil ${unitName}` : ""),
    h("p", { class: "summary", role: "status" }, summaryText(report)),
    h("ul", { class: "stats" },
      stat("Terjawab", `${cov.answered}/${cov.total}`, "brand"),
      stat(STATUS_LABEL.kuat, counts.kuat, "hijau"),
      stat(STATUS_LABEL.perlu_perbaikan, counts.perlu_perbaikan, "kuning"),
      stat(STATUS_LABEL.lemah, counts.lemah, "merah"),
      stat(STATUS_LABEL.kosong, counts.kosong, "abu")),
    report.warnings?.length
      ? h("div", { class: "message message-warning" },
        h("strong", null, "Catatan pembacaan dokumen:"),
        h("ul", null, report.warnings.map((w) => h("li", null, w))))
      : null);

  return h("div", { class: "stack" },
    summary,
    coverageTable(cov),
    questionCards(questions, cat),
    emptyList(questions.filter((q) => q.status === "kosong"), cat));
}

/**
 * @param {string} label
 * @param {string | number} value
 * @param {string} tone
 */
function stat(label, value, tone) {
  return h("li", { class: `stat stat-${tone}` }, h("span", { class: "stat-value" }, String(value)), h("span", { class: "stat-label" }, label));
}

/** @param {Coverage} cov */
function coverageTable(cov) {
  return h("section", { class: "card", "aria-labelledby": "judul-cakupan" },
    h("h2", { id: "judul-cakupan" }, "Cakupan per area"),
    h("p", { class: "muted" }, "Terjawab: pertanyaan yang narasinya terisi. Kuat: narasi yang memenuhi checklist tanpa galat."),
    h("div", { class: "table-wrap" },
      h("table", { class: "table table-stack", id: "tabel-cakupan" },
        h("caption", { class: "visually-hidden" }, "Cakupan narasi per area pengungkit"),
        h("thead", null, h("tr", null,
          h("th", { scope: "col" }, "Area"),
          h("th", { scope: "col" }, "Terjawab"),
          h("th", { scope: "col" }, "Kuat"))),
        h("tbody", null, cov.areas.map((a) => h("tr", { "data-area": a.id },
          h("th", { scope: "row" }, a.name),
          h("td", { "data-label": "Terjawab" }, bar(a.answered, a.total, `${a.name}: terjawab`)),
          h("td", { "data-label": "Kuat" }, bar(a.strong, a.total, `${a.name}: kuat`, "hijau"))))),
        h("tfoot", null, h("tr", null,
          h("th", { scope: "row" }, "Seluruh LKE"),
          h("td", { "data-label": "Terjawab" }, bar(cov.answered, cov.total, "Seluruh LKE: terjawab")),
          h("td", { "data-label": "Kuat" }, bar(cov.strong, cov.total, "Seluruh LKE: kuat", "hijau")))))));
}

/**
 * Kartu per narasi yang terisi, dikelompokkan per area dalam urutan LKE (sama dengan urutan dokumen).
 * @param {QuestionResult[]} questions
 * @param {import("./catalog.js").CatalogIndex | null} cat
 */
function questionCards(questions, cat) {
  const filled = questions.filter((q) => q.status !== "kosong").sort((a, b) => byCatalogOrder(cat)(a.id, b.id));
  /** @type {Map<string, QuestionResult[]>} */
  const byLever = new Map();
  for (const q of filled) {
    const lever = leverOf(q.id);
    byLever.set(lever, [...(byLever.get(lever) ?? []), q]);
  }

  const list = h("div", { class: "q-groups" });
  /** @param {"semua" | "perhatian" | "kuat"} filter */
  const show = (filter) => {
    replace(list, [...byLever].map(([lever, qs]) => {
      const shown = qs.filter((q) => filter === "semua" || (filter === "kuat" ? q.status === "kuat" : q.status !== "kuat"));
      if (shown.length === 0) return null;
      return h("section", { class: "q-group", "aria-label": leverName(cat, lever) },
        h("h3", null, leverName(cat, lever), h("span", { class: "muted" }, ` · ${shown.length} narasi`)),
        shown.map((q) => questionCard(q, cat)));
    }));
    if (!list.childElementCount) list.append(h("p", { class: "muted" }, "Tidak ada narasi untuk pilihan ini."));
    for (const b of filters.querySelectorAll("button")) b.setAttribute("aria-pressed", String(b.dataset.filter === filter));
  };
  const filters = h("div", { class: "segmented", role: "group", "aria-label": "Saring narasi" },
    h("button", { type: "button", "data-filter": "semua", onclick: () => show("semua") }, `Semua (${filled.length})`),
    h("button", { type: "button", "data-filter": "perhatian", onclick: () => show("perhatian") },
      `Perlu perhatian (${filled.filter((q) => q.status !== "kuat").length})`),
    h("button", { type: "button", "data-filter": "kuat", onclick: () => show("kuat") },
      `Kuat (${filled.filter((q) => q.status === "kuat").length})`));
  show("semua");

  return h("section", { class: "card", "aria-labelledby": "judul-pertanyaan" },
    h("h2", { id: "judul-pertanyaan" }, "Hasil per pertanyaan"),
    filled.length ? filters : h("p", { class: "muted" }, "Tidak ada narasi yang terbaca dari dokumen ini."),
    list);
}

/**
 * @param {QuestionResult} q
 * @param {import("./catalog.js").CatalogIndex | null} cat
 */
function questionCard(q, cat) {
  const covered = q.coveredElements ?? q.covered.map((id) => ({ id, label: id }));
  const missing = q.missingElements ?? q.missing.map((id) => ({ id, label: id }));
  // Temuan "unsur.<id>" menjelaskan unsur checklist yang belum ada: tampil bersama unsurnya (sekali saja).
  /** @type {Map<string, Finding>} */
  const elementFindings = new Map();
  /** @type {Finding[]} */
  const other = [];
  for (const f of q.findings ?? []) {
    const id = f.rule.startsWith("unsur.") ? f.rule.slice(6) : null;
    if (id && missing.some((m) => m.id === id) && !elementFindings.has(id)) elementFindings.set(id, f);
    else other.push(f);
  }
  const text = questionText(cat, q.id);
  const titleId = `q-${q.id.replace(/[^A-Za-z0-9]/g, "-")}`;

  return h("article", { class: `q-card q-${q.status}`, "data-question": q.id, "data-status": q.status, "aria-labelledby": titleId },
    h("header", { class: "q-head" },
      h("h4", { id: titleId }, h("span", { class: "q-id" }, q.id), text ? h("span", { class: "q-text" }, text) : null),
      statusBadge(q.status, q.score)),
    answerLine(q),
    covered.length + missing.length
      ? h("div", { class: "q-block" },
        h("h5", null, "Checklist narasi"),
        h("ul", { class: "checklist" },
          covered.map((e) => h("li", { class: "ok", "data-element": e.id },
            h("span", { class: "mark", "aria-hidden": "true" }, "✓"),
            h("span", { class: "visually-hidden" }, "Sudah ada: "),
            h("span", null, e.label))),
          missing.map((e) => {
            const f = elementFindings.get(e.id);
            return h("li", { class: "miss", "data-element": e.id },
              h("span", { class: "mark", "aria-hidden": "true" }, "✗"),
              h("span", { class: "visually-hidden" }, "Belum ada: "),
              h("span", null, e.label,
                f && defectLabel(f) ? h("span", { class: "defect", "data-defect": f.defect }, defectLabel(f)) : null,
                f && !f.message.startsWith("Narasi belum memuat") ? h("span", { class: "finding-message" }, f.message) : null,
                f?.expected ? h("span", { class: "expected" }, h("strong", null, "Yang diharapkan: "), f.expected) : null,
                f?.suggestion ? h("span", { class: "suggestion" }, h("strong", null, "Saran: "), f.suggestion) : null));
          })))
      : null,
    other.length
      ? h("div", { class: "q-block" },
        h("h5", null, "Temuan"),
        h("ul", { class: "findings" }, other.map((f) => h("li", { class: `finding finding-${f.severity}`, "data-rule": f.rule },
          h("span", { class: `sev sev-${f.severity}` }, SEVERITY_LABEL[f.severity] ?? f.severity),
          h("span", { class: "finding-body" },
            defectLabel(f) ? h("span", { class: "defect", "data-defect": f.defect }, defectLabel(f)) : null,
            h("span", { class: "finding-message" }, f.message),
            f.expected ? h("span", { class: "expected" }, h("strong", null, "Yang diharapkan: "), f.expected) : null,
            f.suggestion ? h("span", { class: "suggestion" }, h("strong", null, "Saran: "), f.suggestion) : null)))))
      : null,
    q.evidenceCited?.length
      ? h("div", { class: "q-block" },
        h("h5", null, "Bukti dukung yang disebut"),
        h("ul", { class: "evidence" }, q.evidenceCited.map((e) => h("li", null, e))))
      : null);
}

/**
 * Jawaban yang diklaim di samping jawaban yang didukung narasi, dengan alasan dan kalimat yang menunjukkannya.
 * @param {QuestionResult} q
 */
function answerLine(q) {
  const inf = q.inferredAnswer;
  const answerDefect = (q.findings ?? []).find((f) => f.defect === "over_claim" || f.defect === "under_claim")?.defect;
  const tone = answerTone(q.answer, inf, answerDefect);
  return h("div", { class: `answer-compare answer-${tone}`, "data-claimed": q.answer ?? "", "data-inferred": inf?.code ?? "" },
    h("span", { class: "answer-claimed" }, "Jawaban unit: ", h("strong", null, q.answer ?? "belum diisi")),
    inf ? [" · ", h("span", { class: "answer-inferred" }, "Didukung narasi: ", h("strong", null, inf.code))] : null,
    tone === "lebih" ? h("span", { class: "answer-flag" }, " — klaim melebihi narasi") : tone === "beda" ? h("span", { class: "answer-flag" }, " — berbeda") : null,
    h("span", { class: "muted" }, ` · ${q.words} kata`),
    inf?.reason ? h("span", { class: "answer-reason muted" }, inf.reason) : null);
}

/**
 * Pertanyaan tanpa narasi, dilipat menjadi satu daftar per area.
 * @param {QuestionResult[]} empty
 * @param {import("./catalog.js").CatalogIndex | null} cat
 */
function emptyList(empty, cat) {
  if (empty.length === 0) return null;
  const sorted = [...empty].sort((a, b) => byCatalogOrder(cat)(a.id, b.id));
  /** @type {Map<string, string[]>} */
  const byLever = new Map();
  for (const q of sorted) byLever.set(leverOf(q.id), [...(byLever.get(leverOf(q.id)) ?? []), q.id]);
  return h("details", { class: "card details", id: "tanpa-narasi" },
    h("summary", null, h("h2", null, `Pertanyaan tanpa narasi (${empty.length})`)),
    [...byLever].map(([lever, ids]) => h("div", { class: "empty-group" },
      h("h3", null, `${leverName(cat, lever)} (${ids.length})`),
      h("ul", { class: "id-list" }, ids.map((id) => h("li", { "data-question": id },
        h("span", { class: "q-id" }, id), questionText(cat, id) ? ` ${questionText(cat, id)}` : ""))))));
}
