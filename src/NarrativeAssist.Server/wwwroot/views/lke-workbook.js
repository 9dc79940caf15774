// @ts-check
/**
 * The unit's LKE workbook in and out (issue #16), on the "Bukti dukung" page. Out: the stored answers, narratives and
 * evidence as an .xlsx with formulas, or the narratives as a Word document with tagged controls. In: an uploaded
 * .xlsx read by the server as a PREVIEW (POST …/lke/import stores nothing): per question what would change against
 * what the unit has stored (answer, narrative), how the workbook's narrative checks, and the rows and formulas to fix.
 */
import * as api from "../api.js";
import { h, replace, errorBox, loading, statusBadge, num } from "./ui.js";
import { downloadFile } from "./downloads.js";
/** @import { UnitRef, QuestionResult } from "../api-types.js" */
/** @import { CatalogIndex } from "./catalog.js" */
/** @import { ViewContext } from "../app.js" */

/**
 * @typedef {{ sheet: string, row: number, questionId: string, basis: string, answer?: string | null, narrative?: string | null,
 *   evidence?: string | null, hidden: boolean }} ImportRow
 * @typedef {{ sheet: string, row?: number | null, kind: string, message: string, questionId?: string | null }} ImportIssue
 * @typedef {{ sheet: string, row: number, id: string, label: string, column: string, workbook: number, expected: number }} Difference
 * @typedef {{ recognised: number, rows: ImportRow[], issues: ImportIssue[], missing: string[], differences: Difference[],
 *   check: { questions: QuestionResult[] }, score: { total: number } }} ImportResult
 * @typedef {{ questionId: string, answer?: string | null, status: string, score: number, version: number }} Stored
 */

const BASIS = /** @type {Record<string, string>} */ ({ TeksDanNomor: "teks dan nomor", Teks: "teks", Nomor: "nomor" });
/** How many stored narratives are read at once to compare their text with the workbook's. */
const PARALLEL_READS = 4;

/** Whitespace and line ends as a spreadsheet cell may change them do not count as a change. @param {string | null | undefined} t */
const normal = (t) => (t ?? "").replace(/\s+/g, " ").trim();

/**
 * @param {ViewContext} ctx
 * @param {UnitRef} unit
 * @param {CatalogIndex} catalog
 */
export function workbookCard(ctx, unit, catalog) {
  const base = `/api/units/${encodeURIComponent(unit.id)}`;
  const status = h("p", { class: "muted small", id: "lke-status", role: "status" });
  const result = h("div", { id: "hasil-impor" });
  /** @param {string} format @param {string} label */
  const exportButton = (format, label) => {
    const b = h("button", { type: "button", class: "button", id: `ekspor-${format}` }, label);
    b.addEventListener("click", async () => {
      b.disabled = true;
      try {
        const name = await downloadFile(`${base}/lke/export?format=${format}`, `LKE.${format}`);
        status.textContent = `Diunduh: ${name}.`;
        ctx.announce(status.textContent);
      } catch (e) { replace(result, errorBox(e)); } finally { b.disabled = false; }
    });
    return b;
  };
  const input = h("input", { type: "file", id: "berkas-lke", accept: ".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" });
  const read = h("button", { type: "submit", class: "button button-primary" }, "Pratinjau impor");
  const form = h("form", { class: "form", id: "form-impor-lke" },
    h("div", { class: "field" },
      h("label", { for: "berkas-lke" }, "Lembar kerja LKE unit (.xlsx)"),
      input,
      h("span", { class: "muted small" }, "Berkas .xls atau .ods: simpan dulu sebagai .xlsx di Excel atau LibreOffice Calc.")),
    h("div", { class: "actions" }, read));
  form.addEventListener("submit", async (ev) => {
    ev.preventDefault();
    const file = input.files?.[0];
    if (!file) { replace(result, h("div", { class: "form-error", role: "alert" }, "Pilih lembar kerja .xlsx terlebih dahulu.")); return; }
    const data = new FormData();
    data.append("file", file, file.name);
    read.disabled = true;
    replace(result, loading(`Membaca ${file.name}…`));
    try {
      const [preview, stored] = await Promise.all([
        /** @type {Promise<ImportResult>} */ (api.request(`${base}/lke/import`, { method: "POST", form: data })),
        /** @type {Promise<Stored[]>} */ (api.request(`${base}/narratives`)),
      ]);
      const texts = await storedTexts(base, preview.rows, stored);
      replace(result, previewView(preview, new Map(stored.map((s) => [s.questionId, s])), texts, catalog));
      ctx.announce(`Pratinjau impor: ${preview.recognised} pertanyaan dikenali, ${preview.issues.length} baris perlu diperiksa.`);
    } catch (e) {
      replace(result, errorBox(e));
    } finally {
      read.disabled = false;
    }
  });

  return h("section", { class: "card", id: "kartu-lke", "aria-labelledby": "lke-judul" },
    h("h2", { id: "lke-judul" }, "Lembar kerja LKE"),
    h("p", null, "Unduh jawaban, narasi dan bukti unit sebagai lembar kerja LKE (dengan rumus) atau narasinya sebagai dokumen Word untuk panel Word. ",
      "Lembar kerja unit sendiri dapat dibaca sebagai pratinjau: tidak ada yang disimpan."),
    h("div", { class: "actions" }, exportButton("xlsx", "Unduh lembar kerja (.xlsx)"), exportButton("docx", "Unduh narasi (.docx)")),
    status,
    h("h3", null, "Pratinjau impor"),
    form,
    result);
}

/**
 * The stored text of every question that both the workbook and the unit have a narrative for.
 * @param {string} base
 * @param {ImportRow[]} rows
 * @param {Stored[]} stored
 * @returns {Promise<Map<string, string>>}
 */
async function storedTexts(base, rows, stored) {
  const have = new Set(stored.map((s) => s.questionId));
  const ids = rows.filter((r) => normal(r.narrative) && have.has(r.questionId)).map((r) => r.questionId);
  /** @type {Map<string, string>} */
  const texts = new Map();
  let next = 0;
  const worker = async () => {
    while (next < ids.length) {
      const id = ids[next++];
      const n = await api.request(`${base}/narratives/${encodeURIComponent(id)}`);
      texts.set(id, n?.text ?? "");
    }
  };
  await Promise.all(Array.from({ length: Math.min(PARALLEL_READS, ids.length) }, worker));
  return texts;
}

/**
 * @param {ImportResult} r
 * @param {Map<string, Stored>} stored
 * @param {Map<string, string>} texts
 * @param {CatalogIndex} catalog
 */
function previewView(r, stored, texts, catalog) {
  const checked = new Map(r.check.questions.map((q) => [q.id, q]));
  let changes = 0;
  const rows = r.rows.map((row) => {
    const filled = !!(normal(row.answer) || normal(row.narrative) || normal(row.evidence));
    const s = stored.get(row.questionId);
    const answerChanges = !!row.answer && normal(row.answer).toLowerCase() !== normal(s?.answer).toLowerCase();
    const text = normal(row.narrative);
    const narrative = !text ? "kosong" : !texts.has(row.questionId) ? "baru" : normal(texts.get(row.questionId)) === text ? "sama" : "berubah";
    if (answerChanges || narrative === "baru" || narrative === "berubah") changes++;
    const result = checked.get(row.questionId);
    return h("tr", { "data-question": row.questionId, "data-filled": String(filled),
      class: answerChanges || narrative === "baru" || narrative === "berubah" ? "row-change" : null },
      h("th", { scope: "row" }, h("span", { class: "qid" }, row.questionId), " ",
        h("span", { class: "small" }, catalog.questions.get(row.questionId)?.text ?? ""),
        h("span", { class: "muted small block" }, `${row.sheet}, baris ${row.row} · dikenali dari ${BASIS[row.basis] ?? row.basis}${row.hidden ? " · baris tersembunyi" : ""}`)),
      h("td", { "data-label": "Jawaban", "data-change": answerChanges ? "ya" : "tidak" },
        !row.answer ? h("span", { class: "muted" }, "—")
          : answerChanges ? [h("del", null, s?.answer ?? "kosong"), " → ", h("strong", null, row.answer)] : row.answer),
      h("td", { "data-label": "Narasi", "data-narrative": narrative }, NARRATIVE_LABEL[narrative]),
      h("td", { "data-label": "Pemeriksaan" }, result ? statusBadge(result.status, result.score) : h("span", { class: "muted" }, "—")),
      h("td", { "data-label": "Eviden", class: "small" }, row.evidence ?? h("span", { class: "muted" }, "—")));
  });
  // Rows the workbook leaves empty say nothing new: they are shown on request only.
  const allRows = h("input", { type: "checkbox", id: "impor-semua" });
  const showRows = () => { for (const tr of rows) tr.hidden = !allRows.checked && tr.dataset.filled !== "true"; };
  allRows.addEventListener("change", showRows);
  showRows();
  return h("div", { class: "import-preview" },
    h("p", { id: "ringkasan-impor" },
      h("strong", null, `${r.recognised} pertanyaan dikenali`), ` · ${changes} akan berubah dibanding yang tersimpan`,
      ` · ${r.missing.length} pertanyaan LKE tidak ada di lembar kerja · nilai menurut lembar kerja ${num(r.score.total)}`),
    r.issues.length > 0 && h("div", { class: "message message-warning", id: "masalah-impor" },
      h("strong", null, `Baris yang perlu diperiksa (${r.issues.length}):`),
      h("ul", null, r.issues.map((i) => h("li", { "data-kind": i.kind }, `${i.sheet}${i.row ? `, baris ${i.row}` : ""}: ${i.message}`)))),
    r.differences.length > 0 && h("div", { class: "message message-error", id: "selisih-rumus" },
      h("strong", null, `Nilai lembar kerja yang berbeda dari perhitungan peraturan (${r.differences.length}):`),
      h("ul", null, r.differences.map((d) => h("li", null,
        `${d.sheet}, baris ${d.row} (${d.label}, kolom ${d.column}): lembar kerja ${num(d.workbook)}, seharusnya ${num(d.expected)}`)))),
    h("label", { class: "check" }, allRows, "Tampilkan juga pertanyaan yang kosong di lembar kerja"),
    h("div", { class: "table-wrap" }, h("table", { class: "table table-compact table-stack", id: "tabel-impor" },
      h("caption", { class: "visually-hidden" }, "Pratinjau impor per pertanyaan"),
      h("thead", null, h("tr", null, ["Pertanyaan", "Jawaban", "Narasi", "Pemeriksaan", "Eviden"].map((t) => h("th", { scope: "col" }, t)))),
      h("tbody", null, rows))),
    h("p", { class: "muted small" }, "Pratinjau saja, tidak ada yang disimpan: jawaban dan narasi disimpan di halaman Jawaban & narasi."));
}

const NARRATIVE_LABEL = /** @type {Record<string, string>} */ ({
  kosong: "—", baru: "Baru (belum tersimpan)", berubah: "Berubah", sama: "Sama dengan yang tersimpan",
});
