// @ts-check
/** Halaman Rapat mingguan (isu 18): kemajuan minggu ini dibanding minggu lalu, yang tertinggal, permintaan, ritme publikasi, unduh notulen .docx. */
import { h, replace, errorBox, loading } from "./ui.js";
import { noUnit } from "./dashboard.js";
import * as r from "./rhythm-api.js";
/** @import { Meeting, Figures } from "./rhythm-api.js" */

/** @param {import("../app.js").ViewContext} ctx */
export async function renderRapat(ctx) {
  const unit = ctx.units.find((x) => x.id === ctx.unitId);
  ctx.main.append(h("div", { class: "page-head" }, h("h1", null, "Rapat mingguan"),
    h("p", { class: "muted" }, "Pantauan pimpinan setiap minggu: narasi, bukti dukung, publikasi dan permintaan dokumen.")));
  if (!unit) { ctx.main.append(noUnit()); return; }
  const body = h("div", { class: "grid" }, loading("Menyusun ringkasan rapat…"));
  ctx.main.append(body);
  try {
    const m = await r.meeting(unit.id);
    if (ctx.signal.aborted) return;
    replace(body, figuresCard(m), slippedCard(m), requestsCard(m), publicityCard(m), exportCard(ctx, unit.id));
    ctx.announce(`Rapat minggu ${m.week}: ${m.slipped.length} hal tertinggal.`);
  } catch (e) { replace(body, h("section", { class: "card" }, errorBox(e))); }
}

/** @param {Meeting} m */
function figuresCard(m) {
  /** @type {Array<[string, keyof Figures]>} */
  const rows = [[`Pertanyaan terjawab (dari ${m.thisWeek.total})`, "answered"], ["Narasi kuat", "strong"], ["Pertanyaan berbukti dukung", "withEvidence"],
    ["Publikasi dalam minggu", "publications"], ["Permintaan terbuka", "openRequests"], ["Permintaan terlambat", "overdueRequests"]];
  const last = m.lastWeek ?? null;
  return h("section", { class: "card card-wide", "aria-labelledby": "judul-rapat-angka" },
    h("h2", { id: "judul-rapat-angka" }, `Kemajuan minggu ${m.week}`),
    h("p", { class: "muted" }, `${r.tgl(m.monday)} sampai ${r.tgl(m.today)}.`, last ? "" : " Belum ada potret minggu lalu untuk dibandingkan."),
    h("div", { class: "table-wrap" }, h("table", { class: "table", id: "tabel-rapat" },
      h("caption", { class: "visually-hidden" }, "Angka minggu ini dibanding minggu lalu"),
      h("thead", null, h("tr", null, ["Ukuran", "Minggu lalu", "Minggu ini", "Perubahan"].map((x) => h("th", { scope: "col" }, x)))),
      h("tbody", null, rows.map(([label, key]) => {
        const now = m.thisWeek[key];
        const before = last ? last[key] : null;
        const diff = before == null ? "–" : now > before ? `+${now - before}` : now === before ? "tetap" : String(now - before);
        return h("tr", { "data-figure": key }, h("th", { scope: "row" }, label), h("td", null, before == null ? "–" : String(before)),
          h("td", null, String(now)), h("td", null, diff));
      })))));
}

/** @param {Meeting} m */
function slippedCard(m) {
  return h("section", { class: "card", "aria-labelledby": "judul-tertinggal", id: "tertinggal" },
    h("h2", { id: "judul-tertinggal" }, "Yang tertinggal sejak minggu lalu"),
    m.slipped.length === 0 ? h("p", { class: "message message-success" }, "Tidak ada yang tertinggal.")
      : h("ul", null, m.slipped.map((x) => h("li", null, x))));
}

/** @param {Meeting} m */
function requestsCard(m) {
  return h("section", { class: "card", "aria-labelledby": "judul-rapat-permintaan" },
    h("h2", { id: "judul-rapat-permintaan" }, "Permintaan yang masih terbuka"),
    m.requests.length === 0 ? h("p", { class: "muted" }, "Tidak ada permintaan terbuka.")
      : h("ul", { class: "id-list" }, m.requests.map((q) => h("li", null,
        h("strong", null, q.title), ` · ${q.requester} · tenggat ${r.tgl(q.dueDate)} · ${q.personInCharge || "belum ada penanggung jawab"} · ${q.status}`,
        q.reminder ? h("span", { class: q.dueDate < m.today ? "badge badge-merah" : "badge badge-kuning" }, ` ${q.reminder}`) : null))));
}

/** @param {Meeting} m */
function publicityCard(m) {
  return h("section", { class: "card", "aria-labelledby": "judul-rapat-publikasi" },
    h("h2", { id: "judul-rapat-publikasi" }, "Ritme publikasi"), h("ul", null, m.publicity.map((x) => h("li", null, x))));
}

/** @param {import("../app.js").ViewContext} ctx @param {string} unitId */
function exportCard(ctx, unitId) {
  const status = h("div", { "aria-live": "polite" });
  return h("section", { class: "card", "aria-labelledby": "judul-notulen" },
    h("h2", { id: "judul-notulen" }, "Notulen"),
    h("p", { class: "muted" }, "Ringkasan ini sebagai dokumen Word untuk notulen rapat; notulen rapat mingguan juga bukti dukung pemantauan pimpinan."),
    h("div", { class: "actions" }, h("button", {
      type: "button", class: "button button-primary", id: "unduh-notulen",
      onclick: async () => {
        replace(status, loading("Menyiapkan dokumen…"));
        try {
          const { blob, name } = await r.meetingDocx(unitId);
          const a = h("a", { href: URL.createObjectURL(blob), download: name });
          document.body.append(a);
          a.click();
          a.remove();
          replace(status, h("p", { class: "message message-success", role: "status" }, `${name} diunduh.`));
          ctx.announce(`${name} diunduh.`);
        } catch (e) { replace(status, errorBox(e)); }
      },
    }, "Unduh notulen (.docx)")), status);
}
