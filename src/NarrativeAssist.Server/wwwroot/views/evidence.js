// @ts-check
/**
 * "Bukti dukung": the unit's evidence register per question (what each question has, what is still missing), adding
 * evidence as a file or a link, and beside it the evidence folder (views/evidence-folder.js) and the LKE workbook in
 * and out (views/lke-workbook.js), so the unit's own folder and workbook meet the register on one page.
 */
import * as api from "../api.js";
import { h, replace, errorBox, loading, ROLE_LABEL } from "./ui.js";
import { loadCatalog, leverName } from "./catalog.js";
import { confirmDialog } from "./dialog.js";
import { noUnit } from "./dashboard.js";
import { downloadFile } from "./downloads.js";
import { folderCard } from "./evidence-folder.js";
import { workbookCard } from "./lke-workbook.js";
/** @import { UnitRef } from "../api-types.js" */
/** @import { CatalogIndex } from "./catalog.js" */
/** @import { ViewContext } from "../app.js" */

/** Roles that may add and remove evidence (UnitPermission.ManageEvidence). */
const MANAGES_EVIDENCE = new Set(["admin", "pimpinan", "penulis"]);

/**
 * @typedef {{ id: string, title: string, number?: string | null, date?: string | null, link?: string | null,
 *   fileName?: string | null, questionIds: string[], createdAt: string, file?: string | null }} EvidenceItem
 */

/** @param {ViewContext} ctx */
export async function renderEvidence(ctx) {
  const unit = ctx.units.find((u) => u.id === ctx.unitId);
  ctx.main.append(h("div", { class: "page-head" },
    h("h1", null, "Bukti dukung"),
    unit ? h("p", { class: "muted" }, unit.nama, unit.role ? ` · peran Anda: ${ROLE_LABEL[unit.role] ?? unit.role}` : "") : null));
  if (!unit) { ctx.main.append(noUnit()); return; }
  const holder = h("div", null, loading("Memuat katalog LKE dan bukti dukung…"));
  ctx.main.append(holder);
  const catalog = await loadCatalog();
  if (ctx.signal.aborted) return;
  replace(holder, registerCard(ctx, unit, catalog), folderCard(ctx, unit, catalog), workbookCard(ctx, unit, catalog));
}

/**
 * @param {ViewContext} ctx
 * @param {UnitRef} unit
 * @param {CatalogIndex} catalog
 */
function registerCard(ctx, unit, catalog) {
  const base = `/api/units/${encodeURIComponent(unit.id)}/evidence`;
  const canManage = MANAGES_EVIDENCE.has(unit.role) || !!ctx.me?.isAdmin;
  const levers = [...catalog.levers.keys()];
  const areaSelect = h("select", { id: "bukti-area" },
    h("option", { value: "" }, "Semua area"),
    levers.map((c) => h("option", { value: c }, `${c} — ${leverName(catalog, c)}`)));
  areaSelect.value = levers[0] ?? "";
  const onlyMissing = h("input", { type: "checkbox", id: "bukti-belum" });
  const summary = h("p", { id: "ringkasan-bukti", role: "status" });
  const tableHost = h("div", { class: "table-wrap" }, loading("Memuat daftar bukti…"));
  const status = h("p", { class: "muted small", id: "bukti-status", role: "status" });
  /** @type {EvidenceItem[]} */
  let items = [];
  /** @type {Set<string>} */
  let missing = new Set();

  const draw = () => {
    const ids = catalog.order.filter((id) => !areaSelect.value || catalog.questions.get(id)?.lever === areaSelect.value)
      .filter((id) => !onlyMissing.checked || missing.has(id));
    const inArea = catalog.order.filter((id) => !areaSelect.value || catalog.questions.get(id)?.lever === areaSelect.value);
    const lacking = inArea.filter((id) => missing.has(id)).length;
    summary.textContent = `${lacking} dari ${inArea.length} pertanyaan ${areaSelect.value ? `di ${leverName(catalog, areaSelect.value)} ` : ""}belum punya bukti dukung; ${items.length} bukti tercatat di unit ini.`;
    /** @type {Map<string, EvidenceItem[]>} */
    const byQuestion = new Map();
    for (const e of items) for (const q of e.questionIds) byQuestion.set(q, [...(byQuestion.get(q) ?? []), e]);
    replace(tableHost, ids.length === 0 ? h("p", { class: "muted" }, "Tidak ada pertanyaan yang cocok dengan saringan ini.") :
      h("table", { class: "table table-compact table-stack", id: "tabel-bukti" },
        h("caption", { class: "visually-hidden" }, "Bukti dukung per pertanyaan"),
        h("thead", null, h("tr", null, h("th", { scope: "col" }, "Pertanyaan"), h("th", { scope: "col" }, "Bukti"), h("th", { scope: "col" }, "Status"))),
        h("tbody", null, ids.map((id) => {
          const list = byQuestion.get(id) ?? [];
          return h("tr", { "data-question": id },
            h("th", { scope: "row" }, h("span", { class: "qid" }, id), " ", h("span", { class: "small" }, catalog.questions.get(id)?.text ?? "")),
            h("td", { "data-label": "Bukti" }, list.length === 0 ? h("span", { class: "muted" }, "—") : h("ul", { class: "evidence-list" }, list.map((e) => evidenceItem(e)))),
            h("td", { "data-label": "Status" }, missing.has(id)
              ? h("span", { class: "badge badge-merah" }, "Belum ada bukti")
              : h("span", { class: "badge badge-hijau" }, `${list.length} bukti`)));
        }))));
  };

  /** @param {EvidenceItem} e */
  const evidenceItem = (e) => h("li", null,
    h("strong", null, e.title),
    e.number ? ` No. ${e.number}` : "",
    e.date ? ` · ${new Date(`${e.date}T00:00:00`).toLocaleDateString("id-ID", { dateStyle: "medium" })}` : "",
    e.file ? [" · ", h("button", { type: "button", class: "link-button", "aria-label": `Unduh ${e.fileName ?? e.title}`,
      onclick: () => void downloadFile(/** @type {string} */ (e.file), e.fileName ?? "bukti").then((n) => say(`Diunduh: ${n}.`)).catch(fail) }, e.fileName ?? "berkas")] : "",
    e.link ? [" · ", h("a", { href: e.link, target: "_blank", rel: "noopener noreferrer" }, "tautan")] : "",
    canManage ? [" · ", h("button", { type: "button", class: "link-button", "aria-label": `Hapus bukti ${e.title}`, onclick: () => void remove(e) }, "Hapus")] : "");

  /** @param {string} text */
  const say = (text) => { status.textContent = text; ctx.announce(text); };
  /** @param {unknown} e */
  const fail = (e) => { section.querySelector(":scope > .message-error")?.remove(); status.before(errorBox(e)); };

  const refresh = async () => {
    const [list, lacking] = await Promise.all([
      /** @type {Promise<EvidenceItem[]>} */ (api.request(base, { signal: ctx.signal })),
      /** @type {Promise<{ questionIds: string[] }>} */ (api.request(`${base}/missing`, { signal: ctx.signal })),
    ]);
    items = list;
    missing = new Set(lacking.questionIds);
    draw();
  };

  /** @param {EvidenceItem} e */
  const remove = async (e) => {
    if (!(await confirmDialog("Hapus bukti dukung", `Hapus "${e.title}" dari daftar bukti unit? Berkasnya ikut terhapus.`, "Hapus"))) return;
    try {
      await api.request(`${base}/${encodeURIComponent(e.id)}`, { method: "DELETE" });
      await refresh();
      say(`Bukti "${e.title}" dihapus.`);
    } catch (err) { fail(err); }
  };

  areaSelect.addEventListener("change", draw);
  onlyMissing.addEventListener("change", draw);
  const section = h("section", { class: "card", id: "kartu-bukti", "aria-labelledby": "bukti-judul" },
    h("h2", { id: "bukti-judul" }, "Daftar bukti per pertanyaan"),
    h("div", { class: "filter-bar" },
      h("div", { class: "field" }, h("label", { for: "bukti-area" }, "Area"), areaSelect),
      h("label", { class: "check" }, onlyMissing, "Hanya yang belum punya bukti")),
    summary,
    tableHost,
    status,
    canManage ? addForm(ctx, base, catalog, () => areaSelect.value, async (title) => { await refresh(); say(`Bukti "${title}" ditambahkan.`); })
      : h("p", { class: "muted" }, "Peninjau melihat daftar bukti; penulis, pimpinan dan admin unit dapat menambahkannya."));
  refresh().catch((e) => { if (!ctx.signal.aborted) replace(tableHost, errorBox(e)); });
  return section;
}

/**
 * Adding one evidence item: a title, optionally its number and date, a web link and/or a file, and the questions it
 * supports (checked in the page first, then by the server, whose reasons are shown as they come).
 * @param {ViewContext} ctx
 * @param {string} base
 * @param {CatalogIndex} catalog
 * @param {() => string} area the area the register shows: its questions are offered first
 * @param {(title: string) => Promise<void>} added
 */
function addForm(ctx, base, catalog, area, added) {
  const error = h("div", { class: "form-error", id: "bukti-baru-error", role: "alert" });
  const questions = h("select", { id: "bukti-pertanyaan", multiple: true, size: 6, "aria-describedby": "bukti-pertanyaan-petunjuk" },
    [...catalog.levers.keys()].map((lever) => h("optgroup", { label: `${lever} — ${leverName(catalog, lever)}` },
      catalog.order.filter((id) => catalog.questions.get(id)?.lever === lever)
        .map((id) => h("option", { value: id }, `${id} — ${(catalog.questions.get(id)?.text ?? "").slice(0, 90)}`)))));
  const field = (/** @type {string} */ id, /** @type {string} */ label, /** @type {HTMLElement} */ input, /** @type {string} */ hint = "") =>
    h("div", { class: "field" }, h("label", { for: id }, label), input, hint ? h("span", { class: "muted small", id: `${id}-petunjuk` }, hint) : null);
  const form = h("form", { class: "form", id: "form-bukti", novalidate: true },
    h("h3", null, "Tambah bukti"),
    field("bukti-judul-baru", "Judul bukti", h("input", { type: "text", id: "bukti-judul-baru", name: "title", required: true, maxlength: 300 })),
    h("div", { class: "form-row" },
      field("bukti-nomor", "Nomor dokumen", h("input", { type: "text", id: "bukti-nomor", name: "number" })),
      field("bukti-tanggal", "Tanggal", h("input", { type: "date", id: "bukti-tanggal", name: "date" }))),
    field("bukti-tautan", "Tautan (opsional)", h("input", { type: "url", id: "bukti-tautan", name: "link", placeholder: "https://" })),
    field("bukti-berkas", "Berkas (opsional, paling besar 20 MB)", h("input", { type: "file", id: "bukti-berkas", name: "file" })),
    field("bukti-pertanyaan", "Mendukung pertanyaan", questions,
      "Pilih satu atau beberapa pertanyaan (Ctrl atau Shift untuk memilih lebih dari satu)."),
    error,
    h("div", { class: "actions" }, h("button", { type: "submit", class: "button button-primary" }, "Tambah bukti")));
  // The questions of the area on screen come first in view: the first of them is scrolled into the list.
  const firstOfArea = () => /** @type {HTMLOptionElement | null} */ (
    [...questions.options].find((o) => catalog.questions.get(o.value)?.lever === area()) ?? null);
  questions.addEventListener("focus", () => { if (questions.selectedOptions.length === 0) firstOfArea()?.scrollIntoView({ block: "nearest" }); });

  form.addEventListener("submit", async (ev) => {
    ev.preventDefault();
    error.textContent = "";
    const data = new FormData(form);
    const title = String(data.get("title") ?? "").trim();
    const link = String(data.get("link") ?? "").trim();
    const file = /** @type {File | null} */ (data.get("file"));
    const ids = [...questions.selectedOptions].map((o) => o.value);
    const problem = !title ? "Isi judul bukti."
      : link && !/^https?:\/\/\S+$/i.test(link) ? "Tautan harus alamat web yang diawali http:// atau https://."
      : ids.length === 0 ? "Pilih minimal satu pertanyaan yang didukung bukti ini."
      : null;
    if (problem) { error.textContent = problem; return; }
    data.delete("questionIds");
    for (const id of ids) data.append("questionIds", id);
    if (!file || file.size === 0) data.delete("file");
    const button = /** @type {HTMLButtonElement} */ (form.querySelector("button[type=submit]"));
    button.disabled = true;
    try {
      await api.request(base, { method: "POST", form: data });
      form.reset();
      await added(title);
    } catch (e) {
      error.textContent = e instanceof Error ? e.message : String(e);
    } finally {
      button.disabled = false;
    }
  });
  return form;
}
