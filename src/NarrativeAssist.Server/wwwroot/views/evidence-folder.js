// @ts-check
/**
 * The evidence folder as units keep it (issue #16 item 3), on the "Bukti dukung" page: the folder skeleton to download
 * (GET …/evidence/skeleton) and a folder uploaded as a zip, or a listing of its paths, checked against the LKE and the
 * unit's stored narratives (POST …/evidence/folder-check), reported per question.
 */
import * as api from "../api.js";
import { h, replace, errorBox, loading } from "./ui.js";
import { downloadFile } from "./downloads.js";
/** @import { UnitRef } from "../api-types.js" */
/** @import { CatalogIndex } from "./catalog.js" */
/** @import { ViewContext } from "../app.js" */

/**
 * @typedef {{ path: string, problem: string }} FileNote
 * @typedef {{ questionId: string, label: string, files: string[], answered: boolean, noEvidence: boolean, namedMissing: string[],
 *   notNamed: string[], misplaced: Array<{ path: string, namedFor: string, sitsIn: string }>, problems: FileNote[] }} QuestionEvidence
 * @typedef {{ questions: QuestionEvidence[], unplaced: Array<{ path: string, subAreaId?: string | null }>, unplacedProblems: FileNote[],
 *   fileCount: number, narrativesGiven: boolean, contentInspected: boolean }} FolderReport
 */

const PROBLEM = /** @type {Record<string, string>} */ ({
  empty: "berkas kosong",
  unreadable: "berkas rusak atau tidak dapat dibaca",
  oversized: "berkas terlalu besar",
  macro_enabled: "berkas bermakro (penilai tidak akan membukanya)",
});

/** @param {QuestionEvidence} q */
const hasFindings = (q) => q.noEvidence || q.namedMissing.length > 0 || q.notNamed.length > 0 || q.misplaced.length > 0 || q.problems.length > 0;

/**
 * @param {ViewContext} ctx
 * @param {UnitRef} unit
 * @param {CatalogIndex} catalog
 */
export function folderCard(ctx, unit, catalog) {
  const base = `/api/units/${encodeURIComponent(unit.id)}/evidence`;
  const status = h("p", { class: "muted small", id: "folder-status", role: "status" });
  const result = h("div", { id: "hasil-folder" });
  const input = h("input", { type: "file", id: "berkas-folder", accept: ".zip,.txt,application/zip,text/plain" });
  const check = h("button", { type: "submit", class: "button button-primary" }, "Periksa folder");
  const skeleton = h("button", { type: "button", class: "button", id: "unduh-kerangka" }, "Unduh kerangka folder (.zip)");
  skeleton.addEventListener("click", async () => {
    skeleton.disabled = true;
    try {
      const name = await downloadFile(`${base}/skeleton`, "kerangka-bukti-dukung.zip");
      status.textContent = `Diunduh: ${name}.`;
      ctx.announce(status.textContent);
    } catch (e) { replace(result, errorBox(e)); } finally { skeleton.disabled = false; }
  });

  const form = h("form", { class: "form", id: "form-folder" },
    h("div", { class: "field" },
      h("label", { for: "berkas-folder" }, "Folder bukti dukung (.zip) atau daftar path (.txt)"),
      input,
      h("span", { class: "muted small" }, "Untuk folder yang terlalu besar diunggah: satu path per baris, mis. hasil perintah dir /s /b atau find.")),
    h("div", { class: "actions" }, check));
  form.addEventListener("submit", async (ev) => {
    ev.preventDefault();
    const file = input.files?.[0];
    if (!file) { replace(result, h("div", { class: "form-error", role: "alert" }, "Pilih zip folder bukti dukung atau daftar path terlebih dahulu.")); return; }
    const data = new FormData();
    data.append("file", file, file.name);
    check.disabled = true;
    replace(result, loading(`Memeriksa ${file.name}…`));
    try {
      const report = /** @type {FolderReport} */ (await api.request(`${base}/folder-check`, { method: "POST", form: data }));
      replace(result, reportView(report, catalog));
      ctx.announce(`Folder diperiksa: ${report.fileCount} berkas, ${report.questions.filter(hasFindings).length} pertanyaan dengan temuan.`);
    } catch (e) {
      replace(result, errorBox(e));
    } finally {
      check.disabled = false;
    }
  });

  return h("section", { class: "card", id: "kartu-folder", "aria-labelledby": "folder-judul" },
    h("h2", { id: "folder-judul" }, "Folder bukti dukung"),
    h("p", null, "Kerangka folder berisi satu folder per area, sub-area dan pertanyaan, masing-masing dengan daftar bukti yang lazim. ",
      "Unggah folder unit (zip) untuk melihat per pertanyaan: berkas yang ada, bukti yang disebut narasi tetapi tidak ada, ",
      "berkas yang tidak disebut narasi, berkas di folder pertanyaan lain, dan berkas kosong, rusak, terlalu besar atau bermakro."),
    h("div", { class: "actions" }, skeleton),
    form,
    status,
    result);
}

/**
 * @param {FolderReport} report
 * @param {CatalogIndex} catalog
 */
function reportView(report, catalog) {
  const all = h("input", { type: "checkbox", id: "folder-semua" });
  const tableHost = h("div", { class: "table-wrap" });
  const flagged = report.questions.filter(hasFindings);
  const draw = () => {
    const rows = all.checked ? report.questions : flagged;
    replace(tableHost, rows.length === 0 ? h("p", { class: "message message-success" }, "Tidak ada temuan pada folder ini.") :
      h("table", { class: "table table-compact table-stack", id: "tabel-folder" },
        h("caption", { class: "visually-hidden" }, "Hasil pemeriksaan folder per pertanyaan"),
        h("thead", null, h("tr", null, h("th", { scope: "col" }, "Pertanyaan"), h("th", { scope: "col", class: "num" }, "Berkas"), h("th", { scope: "col" }, "Temuan"))),
        h("tbody", null, rows.map((q) => h("tr", { "data-question": q.questionId },
          h("th", { scope: "row" }, h("span", { class: "qid" }, q.questionId), " ",
            h("span", { class: "small" }, catalog.questions.get(q.questionId)?.text ?? q.label)),
          h("td", { class: "num", "data-label": "Berkas" }, q.files.length === 0 ? "0" :
            h("details", null, h("summary", null, String(q.files.length)), h("ul", { class: "small path-list" }, q.files.map((f) => h("li", null, f))))),
          h("td", { "data-label": "Temuan" }, findingList(q)))))));
  };
  all.addEventListener("change", draw);
  draw();
  return h("div", { class: "folder-report" },
    h("p", { id: "ringkasan-folder" },
      h("strong", null, `${report.fileCount} berkas`), ` · ${flagged.length} pertanyaan dengan temuan`,
      ` · ${report.questions.filter((q) => q.noEvidence).length} pertanyaan terjawab tanpa bukti`),
    !report.narrativesGiven && h("p", { class: "message message-info" }, "Unit ini belum punya narasi tersimpan: bukti yang disebut narasi belum dapat dibandingkan."),
    !report.contentInspected && h("p", { class: "message message-info" }, "Dari daftar path: isi berkas (kosong, rusak, terlalu besar) tidak diperiksa."),
    h("label", { class: "check" }, all, "Tampilkan semua pertanyaan"),
    tableHost,
    (report.unplaced.length > 0 || report.unplacedProblems.length > 0) && h("div", { id: "tak-ditempatkan" },
      h("h3", null, `Berkas yang tidak dapat ditempatkan (${report.unplaced.length})`),
      h("ul", { class: "small path-list" },
        report.unplaced.map((u) => h("li", null, u.path, u.subAreaId ? h("span", { class: "muted" }, ` (sub-area ${u.subAreaId})`) : null)),
        report.unplacedProblems.map((p) => h("li", null, p.path, ": ", PROBLEM[p.problem] ?? p.problem)))));
}

/** @param {QuestionEvidence} q */
function findingList(q) {
  /** @type {Array<HTMLElement>} */
  const items = [];
  if (q.noEvidence) items.push(h("li", { "data-kind": "tanpa-bukti" }, "Sudah dijawab, tetapi tidak ada berkas bukti."));
  for (const n of q.namedMissing) items.push(h("li", { "data-kind": "disebut-tidak-ada" }, "Disebut narasi, tidak ada di folder: ", h("em", null, n)));
  for (const f of q.notNamed) items.push(h("li", { "data-kind": "tidak-disebut" }, "Ada di folder, tidak disebut narasi: ", h("span", { class: "path" }, f)));
  for (const m of q.misplaced) items.push(h("li", { "data-kind": "salah-folder" }, `Berkas untuk pertanyaan ini ada di folder ${m.sitsIn}: `, h("span", { class: "path" }, m.path)));
  for (const p of q.problems) items.push(h("li", { "data-kind": p.problem }, `${PROBLEM[p.problem] ?? p.problem}: `, h("span", { class: "path" }, p.path)));
  return items.length === 0 ? h("span", { class: "muted" }, "Tidak ada temuan") : h("ul", { class: "finding-list small" }, items);
}
