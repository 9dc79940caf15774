// @ts-check
/** Halaman Permintaan (isu 18): dokumen yang diminta Kanwil dan Kantor Pusat, tenggat, penanggung jawab, status, pengingat. */
import { h, replace, errorBox, loading } from "./ui.js";
import { noUnit } from "./dashboard.js";
import * as r from "./rhythm-api.js";
/** @import { DocRequest } from "./rhythm-api.js" */

const STATUSES = [["baru", "Baru"], ["dikerjakan", "Dikerjakan"], ["terkirim", "Terkirim"], ["dibatalkan", "Dibatalkan"]];

/** Lencana pengingat: terlambat (merah), segera (kuning). @param {DocRequest} q */
export function reminderBadge(q) {
  if (q.reminder.level === "terlambat") return h("span", { class: "badge badge-merah" }, q.reminder.text ?? "Terlambat");
  if (q.reminder.level === "segera") return h("span", { class: "badge badge-kuning" }, q.reminder.text ?? "Segera");
  return null;
}

/** @param {import("../app.js").ViewContext} ctx */
export async function renderPermintaan(ctx) {
  const unit = ctx.units.find((x) => x.id === ctx.unitId);
  ctx.main.append(h("div", { class: "page-head" }, h("h1", null, "Permintaan Kanwil dan Kantor Pusat"),
    h("p", { class: "muted" }, "Dokumen selain LKE yang diminta unit atasan, dengan tenggat dan pengingat tiga hari sebelumnya.")));
  if (!unit) { ctx.main.append(noUnit()); return; }
  const unitId = unit.id;
  const canEdit = r.CAN_LOG.includes(unit.role);
  const list = h("section", { class: "card card-wide", "aria-labelledby": "judul-permintaan" },
    h("h2", { id: "judul-permintaan" }, "Daftar permintaan"), loading("Memuat permintaan…"));
  ctx.main.append(h("div", { class: "grid" }, list, canEdit ? addCard(ctx, unitId, refresh) : null));

  async function refresh() {
    try {
      const items = await r.requests(unitId);
      if (ctx.signal.aborted) return;
      replace(list, h("h2", { id: "judul-permintaan" }, "Daftar permintaan"), table(ctx, unitId, items, canEdit, refresh));
      const late = items.filter((q) => q.reminder.level === "terlambat").length;
      const soon = items.filter((q) => q.reminder.level === "segera").length;
      ctx.announce(`${items.length} permintaan; ${late} terlambat, ${soon} jatuh tempo dalam tiga hari.`);
    } catch (e) { replace(list, h("h2", { id: "judul-permintaan" }, "Daftar permintaan"), errorBox(e)); }
  }
  await refresh();
}

/**
 * @param {import("../app.js").ViewContext} ctx
 * @param {string} unitId
 * @param {() => Promise<void>} refresh
 */
function addCard(ctx, unitId, refresh) {
  const title = h("input", { id: "minta-judul", type: "text", maxlength: 300, required: true });
  const requester = h("select", { id: "minta-peminta" }, ["Kanwil", "Kantor Pusat", "Lainnya"].map((x) => h("option", { value: x }, x)));
  const due = h("input", { id: "minta-tenggat", type: "date", required: true });
  const pic = h("input", { id: "minta-pj", type: "text", maxlength: 200 });
  const error = h("div", { class: "form-error", role: "alert" });
  const form = h("form", { class: "form", id: "form-permintaan", novalidate: true },
    h("div", { class: "field" }, h("label", { for: "minta-judul" }, "Dokumen yang diminta"), title),
    h("div", { class: "field" }, h("label", { for: "minta-peminta" }, "Peminta"), requester),
    h("div", { class: "field" }, h("label", { for: "minta-tenggat" }, "Tenggat"), due),
    h("div", { class: "field" }, h("label", { for: "minta-pj" }, "Penanggung jawab"), pic),
    error, h("div", { class: "actions" }, h("button", { type: "submit", class: "button button-primary" }, "Catat permintaan")));
  form.addEventListener("submit", async (ev) => {
    ev.preventDefault();
    error.textContent = "";
    try {
      const saved = await r.addRequest(unitId, { title: title.value, requester: requester.value, dueDate: due.value, personInCharge: pic.value });
      title.value = ""; pic.value = "";
      ctx.announce(`Permintaan "${saved.title}" dicatat, tenggat ${r.tgl(saved.dueDate)}.`);
      await refresh();
    } catch (e) { error.textContent = e instanceof Error ? e.message : String(e); }
  });
  return h("section", { class: "card", "aria-labelledby": "judul-minta-baru" }, h("h2", { id: "judul-minta-baru" }, "Catat permintaan"), form);
}

/**
 * @param {import("../app.js").ViewContext} ctx
 * @param {string} unitId
 * @param {DocRequest[]} items
 * @param {boolean} canEdit
 * @param {() => Promise<void>} refresh
 */
function table(ctx, unitId, items, canEdit, refresh) {
  if (items.length === 0) return h("p", { class: "muted" }, "Belum ada permintaan tercatat.");
  return h("div", { class: "table-wrap" }, h("table", { class: "table table-stack", id: "tabel-permintaan" },
    h("caption", { class: "visually-hidden" }, "Permintaan dokumen, urut menurut tenggat"),
    h("thead", null, h("tr", null, ["Dokumen", "Peminta", "Tenggat", "Penanggung jawab", "Status", "Dokumen terkirim"].map((x) => h("th", { scope: "col" }, x)))),
    h("tbody", null, items.map((q) => {
      const status = h("select", { id: `status-${q.id}`, "aria-label": `Status ${q.title}`, disabled: !canEdit },
        STATUSES.map(([v, l]) => h("option", { value: v, selected: v === q.status }, l)));
      const delivered = h("input", { id: `terkirim-${q.id}`, type: "text", value: q.delivered ?? "", maxlength: 500, disabled: !canEdit,
        "aria-label": `Berkas atau tautan terkirim untuk ${q.title}`, placeholder: "nama berkas atau tautan" });
      const error = h("div", { class: "form-error", role: "alert" });
      const save = async () => {
        error.textContent = "";
        try {
          await r.updateRequest(unitId, q.id, { title: q.title, requester: q.requester, dueDate: q.dueDate, personInCharge: q.personInCharge,
            status: status.value, delivered: delivered.value || null });
          ctx.announce(`Permintaan "${q.title}" diperbarui.`);
          await refresh();
        } catch (e) { error.textContent = e instanceof Error ? e.message : String(e); }
      };
      return h("tr", { "data-request": q.id, "data-reminder": q.reminder.level },
        h("th", { scope: "row" }, q.title),
        h("td", { "data-label": "Peminta" }, q.requester),
        h("td", { "data-label": "Tenggat" }, r.tgl(q.dueDate), " ", reminderBadge(q)),
        h("td", { "data-label": "Penanggung jawab" }, q.personInCharge || "–"),
        h("td", { "data-label": "Status" }, status),
        h("td", { "data-label": "Dokumen terkirim" }, delivered, error,
          canEdit ? h("div", { class: "actions" },
            h("button", { type: "button", class: "button", onclick: () => void save() , "aria-label": `Simpan status ${q.title}` }, "Simpan"),
            h("button", { type: "button", class: "button", "aria-label": `Hapus permintaan ${q.title}`,
              onclick: async () => { try { await r.deleteRequest(unitId, q.id); await refresh(); } catch (e) { error.textContent = e instanceof Error ? e.message : String(e); } } }, "Hapus"))
            : null));
    }))));
}
