// @ts-check
/** Dasbor unit untuk rapat mingguan: cakupan per area, grafik kemajuan mingguan, pertanyaan tanpa bukti, anggota. */
import * as api from "../api.js";
import { h, replace, bar, errorBox, loading, ROLE_LABEL, STATUS_LABEL } from "./ui.js";
import { tryCatalog, leverOf, leverName, questionText, byCatalogOrder } from "./catalog.js";
import { weeklyChart, legend, dataTable } from "./chart.js";
import { CHANNELS } from "./rhythm-api.js";
/** @import { Member, Progress } from "../api-types.js" */

/** Keterangan area untuk peran yang tidak terikat area. @type {Record<string, string>} */
const AREA_NOTE = {
  admin: "Semua area",
  pimpinan: "Semua area (membaca, menyetujui)",
  peninjau: "Semua area (membaca, memberi komentar)",
  penulis: "Belum ditugaskan",
};

/** @param {import("../app.js").ViewContext} ctx */
export async function renderDashboard(ctx) {
  const unit = ctx.units.find((u) => u.id === ctx.unitId);
  const heading = h("div", { class: "page-head" },
    h("h1", null, "Dasbor unit"),
    unit ? h("p", { class: "muted" }, unit.nama, unit.instansi ? ` · ${unit.instansi}` : "", unit.role ? ` · peran Anda: ${ROLE_LABEL[unit.role] ?? unit.role}` : "") : null);
  ctx.main.append(heading);
  if (!unit) {
    ctx.main.append(noUnit());
    return;
  }

  const body = h("div", { class: "grid" }, loading("Memuat dasbor…"));
  ctx.main.append(body);
  const [progress, missing, members, cat] = await Promise.allSettled([
    api.progress(unit.id), api.missingEvidence(unit.id), api.members(unit.id), tryCatalog(),
  ]);
  if (ctx.signal.aborted) return;
  const catalog = cat.status === "fulfilled" ? cat.value : null;
  /** @param {string} id */
  const names = (id) => leverName(catalog, id);

  replace(body,
    progress.status === "fulfilled" ? summaryCard(progress.value) : null,
    progress.status === "fulfilled" ? rhythmCard(progress.value) : null,
    progress.status === "fulfilled" ? coverageCard(progress.value, names) : failed("Cakupan per area", progress.reason),
    progress.status === "fulfilled" ? chartCard(progress.value, names) : null,
    missing.status === "fulfilled" ? evidenceCard(missing.value.questionIds ?? [], catalog) : failed("Pertanyaan tanpa bukti dukung", missing.reason),
    members.status === "fulfilled" ? membersCard(members.value, names) : failed("Anggota dan area tugas", members.reason));
  ctx.announce(progress.status === "fulfilled"
    ? `Dasbor ${unit.nama}: ${progress.value.now.answered} dari ${progress.value.now.total} pertanyaan terjawab.`
    : "Dasbor dimuat sebagian; ada data yang gagal dimuat.");
}

/** Ritme publikasi dan pengingat permintaan (isu 18); rinciannya di halaman Publikasi dan Permintaan. @param {Progress} p */
function rhythmCard(p) {
  const pub = p.publicity;
  const reminders = p.reminders ?? [];
  if (!pub) return null;
  const mediaLate = pub.daysSinceMedia == null || pub.daysSinceMedia > pub.mediaTargetDays;
  return h("section", { class: "card card-wide", "aria-labelledby": "judul-ritme-dasbor", id: "ritme-dasbor" },
    h("h2", { id: "judul-ritme-dasbor" }, "Publikasi dan permintaan"),
    h("ul", { class: "stats" },
      h("li", { class: `stat stat-${mediaLate ? "merah" : "hijau"}` }, h("span", { class: "stat-value" }, pub.daysSinceMedia == null ? "–" : String(pub.daysSinceMedia)),
        h("span", { class: "stat-label" }, "Hari sejak pemberitaan media terakhir")),
      h("li", { class: `stat stat-${pub.integrityDaysLast7 < 7 ? "kuning" : "hijau"}` }, h("span", { class: "stat-value" }, `${pub.integrityDaysLast7}/7`),
        h("span", { class: "stat-label" }, "Pesan integritas 7 hari terakhir")),
      h("li", { class: `stat stat-${pub.quietChannels.length ? "merah" : "hijau"}` }, h("span", { class: "stat-value" }, String(pub.quietChannels.length)),
        h("span", { class: "stat-label" }, pub.quietChannels.length
          ? `Kanal sepi: ${pub.quietChannels.map((c) => CHANNELS.find((x) => x[0] === c)?.[1] ?? c).join(", ")}` : "Kanal sepi")),
      h("li", { class: `stat stat-${reminders.some((x) => x.reminder.level === "terlambat") ? "merah" : reminders.length ? "kuning" : "hijau"}` },
        h("span", { class: "stat-value" }, String(reminders.length)), h("span", { class: "stat-label" }, "Permintaan perlu perhatian"))),
    reminders.length === 0 ? null : h("ul", { class: "id-list", id: "pengingat-permintaan" }, reminders.map((x) => h("li", { "data-reminder": x.reminder.level },
      h("span", { class: `badge ${x.reminder.level === "terlambat" ? "badge-merah" : "badge-kuning"}` }, x.reminder.text ?? ""),
      ` ${x.title} · ${x.requester} · ${x.personInCharge || "tanpa penanggung jawab"}`))),
    h("p", null, h("a", { href: "#/publikasi" }, "Buka Publikasi"), " · ", h("a", { href: "#/permintaan" }, "Buka Permintaan"), " · ",
      h("a", { href: "#/rapat" }, "Rapat mingguan")));
}

export function noUnit() {
  return h("div", { class: "message message-info", role: "status" },
    "Anda belum menjadi anggota unit kerja mana pun. Minta admin unit menambahkan Anda sebagai anggota.");
}

/**
 * @param {string} title
 * @param {unknown} reason
 */
function failed(title, reason) {
  return h("section", { class: "card" }, h("h2", null, title), errorBox(reason));
}

/** @param {Progress} p */
function summaryCard(p) {
  const st = p.now.statuses ?? {};
  return h("section", { class: "card card-wide", "aria-labelledby": "judul-ringkasan" },
    h("h2", { id: "judul-ringkasan" }, "Ringkasan minggu ini"),
    h("ul", { class: "stats" },
      h("li", { class: "stat stat-brand" }, h("span", { class: "stat-value" }, `${p.now.answered}/${p.now.total}`), h("span", { class: "stat-label" }, "Terjawab")),
      ["kuat", "perlu_perbaikan", "lemah", "kosong"].map((k) =>
        h("li", { class: `stat stat-${{ kuat: "hijau", perlu_perbaikan: "kuning", lemah: "merah", kosong: "abu" }[k]}` },
          h("span", { class: "stat-value" }, String(st[k] ?? (k === "kuat" ? p.now.strong : 0))),
          h("span", { class: "stat-label" }, STATUS_LABEL[k])))));
}

/**
 * @param {Progress} p
 * @param {(id: string) => string} names
 */
function coverageCard(p, names) {
  const withEvidence = p.now.areas.some((a) => typeof a.withEvidence === "number");
  return h("section", { class: "card card-wide", "aria-labelledby": "judul-cakupan-unit" },
    h("h2", { id: "judul-cakupan-unit" }, "Cakupan per area saat ini"),
    h("div", { class: "table-wrap" },
      h("table", { class: "table table-stack", id: "tabel-cakupan-unit" },
        h("caption", { class: "visually-hidden" }, "Cakupan narasi unit per area pengungkit"),
        h("thead", null, h("tr", null,
          h("th", { scope: "col" }, "Area"),
          h("th", { scope: "col" }, "Terjawab"),
          h("th", { scope: "col" }, "Kuat"),
          withEvidence ? h("th", { scope: "col" }, "Berbukti dukung") : null)),
        h("tbody", null, p.now.areas.map((a) => {
          const name = a.name || names(a.id);
          return h("tr", { "data-area": a.id },
            h("th", { scope: "row" }, name),
            h("td", { "data-label": "Terjawab" }, bar(a.answered, a.total, `${name}: terjawab`)),
            h("td", { "data-label": "Kuat" }, bar(a.strong, a.total, `${name}: kuat`, "hijau")),
            withEvidence ? h("td", { "data-label": "Berbukti dukung" }, bar(a.withEvidence ?? 0, a.total, `${name}: berbukti dukung`, "kuning")) : null);
        })))));
}

/**
 * @param {Progress} p
 * @param {(id: string) => string} names
 */
function chartCard(p, names) {
  /** @type {import("./chart.js").WeekPoint[]} */
  let history = [...(p.history ?? [])].sort((a, b) => a.week.localeCompare(b.week, "en", { numeric: true }));
  const fromNow = history.length === 0;
  if (fromNow) history = [{ week: "Minggu ini", areas: p.now.areas }];
  const ids = [...new Set(history.flatMap((w) => w.areas.map((a) => a.id)))];
  /** @param {string} id */
  const label = (id) => history.flatMap((w) => w.areas).find((a) => a.id === id && a.name)?.name || names(id);

  /** @type {"answered" | "strong"} */
  let metric = "answered";
  const holder = h("div", { class: "chart-holder" });
  const table = h("div");
  let width = 800;
  const draw = () => {
    replace(holder, weeklyChart(history, { metric, names: label, width }));
    replace(table, dataTable(history, metric, label));
    for (const b of toggle.querySelectorAll("button")) b.setAttribute("aria-pressed", String(b.dataset.metric === metric));
  };
  const toggle = h("div", { class: "segmented", role: "group", "aria-label": "Ukuran grafik" },
    h("button", { type: "button", "data-metric": "answered", onclick: () => { metric = "answered"; draw(); } }, "Terjawab"),
    h("button", { type: "button", "data-metric": "strong", onclick: () => { metric = "strong"; draw(); } }, "Kuat"));
  draw();
  // Gambar ulang sesuai lebar sebenarnya (panel tugas, jendela yang diubah ukurannya).
  new ResizeObserver((entries) => {
    const w = Math.round(entries[0]?.contentRect.width ?? 0);
    if (w > 0 && Math.abs(w - width) >= 8) {
      width = w;
      draw();
    }
  }).observe(holder);

  return h("section", { class: "card card-wide", "aria-labelledby": "judul-grafik" },
    h("h2", { id: "judul-grafik" }, "Kemajuan mingguan per area"),
    h("p", { class: "muted" }, fromNow
      ? "Riwayat mingguan belum tersimpan; grafik menampilkan keadaan minggu ini."
      : "Persentase pertanyaan per area, satu titik per minggu (ISO)."),
    toggle, holder, legend(ids, label),
    h("details", { class: "details-inline" }, h("summary", null, "Lihat data dalam tabel"), table));
}

/**
 * @param {string[]} ids
 * @param {import("./catalog.js").CatalogIndex | null} cat
 */
function evidenceCard(ids, cat) {
  const sorted = [...ids].sort(byCatalogOrder(cat));
  /** @type {Map<string, string[]>} */
  const byLever = new Map();
  for (const id of sorted) byLever.set(leverOf(id), [...(byLever.get(leverOf(id)) ?? []), id]);
  return h("section", { class: "card", "aria-labelledby": "judul-bukti", id: "tanpa-bukti" },
    h("h2", { id: "judul-bukti" }, "Pertanyaan tanpa bukti dukung"),
    sorted.length === 0
      ? h("p", { class: "message message-success" }, "Semua pertanyaan sudah memiliki bukti dukung di register.")
      : [
        h("p", { class: "muted" }, `${sorted.length} pertanyaan belum memiliki bukti dukung di register unit.`),
        [...byLever].map(([lever, qs]) => h("details", { class: "details-inline", "data-area": lever },
          h("summary", null, `${leverName(cat, lever)} (${qs.length})`),
          h("ul", { class: "id-list" }, qs.map((id) => h("li", { "data-question": id },
            h("span", { class: "q-id" }, id), questionText(cat, id) ? ` ${questionText(cat, id)}` : ""))))),
      ]);
}

/**
 * @param {Member[]} list
 * @param {(id: string) => string} names
 */
function membersCard(list, names) {
  /** @param {Member["areas"]} areas */
  const areasOf = (areas) => (Array.isArray(areas) ? areas : String(areas ?? "").split(",")).map((a) => a.trim()).filter(Boolean);
  return h("section", { class: "card", "aria-labelledby": "judul-anggota" },
    h("h2", { id: "judul-anggota" }, "Anggota dan area tugas"),
    list.length === 0
      ? h("p", { class: "muted" }, "Belum ada anggota.")
      : h("div", { class: "table-wrap" }, h("table", { class: "table table-stack", id: "tabel-anggota" },
        h("caption", { class: "visually-hidden" }, "Anggota unit, peran dan area yang ditugaskan"),
        h("thead", null, h("tr", null,
          h("th", { scope: "col" }, "Nama"), h("th", { scope: "col" }, "Peran"), h("th", { scope: "col" }, "Area"))),
        h("tbody", null, list.map((m) => {
          const areas = areasOf(m.areas);
          return h("tr", { "data-member": m.email },
            h("th", { scope: "row" }, h("span", { class: "member-name" }, m.displayName || m.email),
              m.displayName ? h("span", { class: "muted member-email" }, m.email) : null),
            h("td", { "data-label": "Peran" }, h("span", { class: `role role-${m.role}` }, ROLE_LABEL[m.role] ?? m.role)),
            h("td", { "data-label": "Area" }, areas.length
              ? h("ul", { class: "tags" }, areas.map((a) => h("li", { title: names(a) }, names(a))))
              : h("span", { class: "muted" }, AREA_NOTE[m.role] ?? "–")));
        })))));
}
