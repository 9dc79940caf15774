// @ts-check
/**
 * Halaman Publikasi (isu 18): ritme per kanal (kalender dan jeda), catat satu publikasi, tempel daftar tautan,
 * impor CSV penjadwal media sosial, log publikasi, dan target ritme unit.
 */
import { h, replace, errorBox, loading } from "./ui.js";
import { noUnit } from "./dashboard.js";
import * as r from "./rhythm-api.js";
/** @import { Cadence, ImportResult, Publication } from "./rhythm-api.js" */

/** @param {import("../app.js").ViewContext} ctx */
export async function renderPublikasi(ctx) {
  const unit = ctx.units.find((x) => x.id === ctx.unitId);
  ctx.main.append(h("div", { class: "page-head" }, h("h1", null, "Publikasi"),
    h("p", { class: "muted" }, "Ritme image branding: setiap kegiatan dipublikasikan, pemberitaan media setiap satu–dua minggu, pesan integritas setiap hari.")));
  if (!unit) { ctx.main.append(noUnit()); return; }
  const unitId = unit.id;
  const canLog = r.CAN_LOG.includes(unit.role);
  const canSet = r.CAN_SET_TARGETS.includes(unit.role);

  const rhythm = h("div", { class: "grid" }, loading("Memuat ritme publikasi…"));
  const log = h("section", { class: "card card-wide", "aria-labelledby": "judul-log" }, h("h2", { id: "judul-log" }, "Log publikasi"), loading("Memuat log…"));
  ctx.main.append(rhythm);
  if (canLog) ctx.main.append(h("div", { class: "grid" }, entryCard(ctx, unitId, refresh), pasteCard(ctx, unitId, refresh), csvCard(ctx, unitId, refresh)));
  ctx.main.append(log);

  async function refresh() {
    const [c, list] = await Promise.allSettled([r.cadence(unitId), r.publications(unitId)]);
    if (ctx.signal.aborted) return;
    replace(rhythm, c.status === "fulfilled"
      ? [summaryCard(c.value), calendarCard(c.value), gapCard(c.value), targetsCard(ctx, unitId, c.value, canSet, refresh)]
      : h("section", { class: "card" }, errorBox(c.reason)));
    replace(log, h("h2", { id: "judul-log" }, "Log publikasi"),
      list.status === "fulfilled" ? logTable(ctx, unitId, list.value, canLog, refresh) : errorBox(list.reason));
    if (c.status === "fulfilled") {
      const v = c.value;
      ctx.announce(`Ritme publikasi: ${v.daysSinceMedia ?? "belum ada"} hari sejak pemberitaan media, pesan integritas ${v.integrityDaysLast7} dari 7 hari.`);
    }
  }
  await refresh();
}

/** @param {Cadence} c */
function summaryCard(c) {
  const mediaLate = c.media.quiet || c.daysSinceMedia == null;
  const integrityLow = c.integrityDaysLast7 < 7;
  return h("section", { class: "card card-wide", "aria-labelledby": "judul-ritme" },
    h("h2", { id: "judul-ritme" }, "Ritme minggu ini"),
    h("ul", { class: "stats" },
      h("li", { class: `stat stat-${mediaLate ? "merah" : "hijau"}`, id: "stat-media" },
        h("span", { class: "stat-value" }, c.daysSinceMedia == null ? "–" : String(c.daysSinceMedia)),
        h("span", { class: "stat-label" }, `Hari sejak pemberitaan media terakhir (target ≤ ${c.targets.mediaMaxGapDays})`)),
      h("li", { class: `stat stat-${integrityLow ? "kuning" : "hijau"}`, id: "stat-integritas" },
        h("span", { class: "stat-value" }, `${c.integrityDaysLast7}/7`),
        h("span", { class: "stat-label" }, `Hari dengan pesan integritas, 7 hari terakhir (${c.integrityMessagesLast7} pesan)`)),
      h("li", { class: `stat stat-${c.quietChannels.length ? "merah" : "hijau"}`, id: "stat-sepi" },
        h("span", { class: "stat-value" }, String(c.quietChannels.length)),
        h("span", { class: "stat-label" }, c.quietChannels.length
          ? `Kanal sepi: ${c.channels.filter((x) => c.quietChannels.includes(x.channel)).map((x) => x.label).join(", ")}`
          : "Kanal sepi: tidak ada"))));
}

/** Baris lintasan yang ditampilkan: media, pesan integritas, lalu kanal yang pernah dipakai. @param {Cadence} c */
function tracks(c) {
  return [
    { id: "media", label: "Pemberitaan media", track: c.media, active: true },
    { id: "integritas", label: "Pesan integritas", track: c.integrity, active: true },
    ...c.channels.filter((x) => x.track.count > 0).map((x) => ({ id: x.channel, label: x.label, track: x.track, active: x.active })),
  ];
}

/** Kalender per kanal: satu kotak per hari dari `from` sampai hari ini; hari dalam jeda yang melewati target ditandai. @param {Cadence} c */
function calendarCard(c) {
  /** @type {string[]} */
  const days = [];
  for (let d = new Date(`${c.from}T00:00:00Z`); d <= new Date(`${c.today}T00:00:00Z`); d.setUTCDate(d.getUTCDate() + 1)) days.push(d.toISOString().slice(0, 10));
  return h("section", { class: "card card-wide", "aria-labelledby": "judul-kalender" },
    h("h2", { id: "judul-kalender" }, "Kalender per kanal"),
    h("p", { class: "muted" }, `${r.tgl(c.from)} – ${r.tgl(c.today)}. Kotak berisi: ada publikasi. Kotak bergaris merah: hari di dalam jeda yang melewati target.`),
    h("div", { class: "cal" }, tracks(c).map((t) => {
      const posted = new Map(t.track.days.map((d) => [d.date, d.count]));
      const late = t.track.gaps.filter((g) => g.overTarget);
      const inLate = (/** @type {string} */ day) => late.some((g) => day > g.from && day <= g.to);
      const summary = `${t.label}: ${posted.size} hari dengan publikasi dari ${days.length}; ${late.length} jeda melewati target.`;
      return h("div", { class: "cal-row", "data-track": t.id },
        h("span", { class: "cal-label" }, t.label),
        h("span", { class: "cal-days", role: "img", "aria-label": summary },
          days.map((day) => h("span", {
            class: `cal-day${posted.has(day) ? " cal-on" : ""}${inLate(day) ? " cal-late" : ""}`,
            title: `${r.tgl(day)}: ${posted.get(day) ?? 0} publikasi`,
          }))));
    })));
}

/** Tabel jeda dan runtun per lintasan (data kalender dalam bentuk teks). @param {Cadence} c */
function gapCard(c) {
  return h("section", { class: "card card-wide", "aria-labelledby": "judul-jeda" },
    h("h2", { id: "judul-jeda" }, "Jeda dan runtun"),
    h("div", { class: "table-wrap" }, h("table", { class: "table table-stack", id: "tabel-jeda" },
      h("caption", { class: "visually-hidden" }, "Jeda publikasi per kanal terhadap target"),
      h("thead", null, h("tr", null, ["Kanal", "Terakhir", "Hari sejak", "Target", "Runtun", "Jeda melewati target"].map((x) => h("th", { scope: "col" }, x)))),
      h("tbody", null, tracks(c).map((t) => {
        const late = t.track.gaps.filter((g) => g.overTarget);
        return h("tr", { "data-track": t.id, class: t.track.quiet && t.active ? "row-late" : null },
          h("th", { scope: "row" }, t.label, t.active ? null : h("span", { class: "muted" }, " (tidak dipantau)")),
          h("td", { "data-label": "Terakhir" }, r.tgl(t.track.last)),
          h("td", { "data-label": "Hari sejak" }, t.track.daysSinceLast == null ? "–" : String(t.track.daysSinceLast),
            t.track.quiet && t.active ? h("span", { class: "badge badge-merah" }, " sepi") : null),
          h("td", { "data-label": "Target" }, t.track.targetDays ? `≤ ${t.track.targetDays} hari` : "–"),
          h("td", { "data-label": "Runtun" }, t.track.streakDays ? `${t.track.streakDays} hari publikasi sejak ${r.tgl(t.track.streakSince)}` : "–"),
          h("td", { "data-label": "Jeda melewati target" }, late.length === 0 ? h("span", { class: "muted" }, "tidak ada")
            : h("ul", { class: "id-list" }, late.map((g) => h("li", null, `${r.tgl(g.from)} – ${g.open ? "hari ini" : r.tgl(g.to)}: ${g.days} hari`)))));
      })))));
}

/**
 * @param {import("../app.js").ViewContext} ctx
 * @param {string} unitId
 * @param {Cadence} c
 * @param {boolean} canSet
 * @param {() => Promise<void>} refresh
 */
function targetsCard(ctx, unitId, c, canSet, refresh) {
  const t = c.targets;
  const num = (/** @type {string} */ id, /** @type {number} */ value) =>
    h("input", { id, type: "number", min: 1, max: 366, value, required: true, inputmode: "numeric", disabled: !canSet });
  const media = num("target-media", t.mediaMaxGapDays), integrity = num("target-integritas", t.integrityMaxGapDays), channel = num("target-kanal", t.channelMaxGapDays);
  const boxes = r.OWNED.map((code) => h("div", { class: "check" },
    h("input", { type: "checkbox", id: `nonaktif-${code}`, value: code, checked: t.inactiveChannels.includes(code), disabled: !canSet }),
    h("label", { for: `nonaktif-${code}` }, r.CHANNELS.find((x) => x[0] === code)?.[1] ?? code)));
  const error = h("div", { class: "form-error", role: "alert" });
  const form = h("form", { class: "form", id: "form-target", novalidate: true },
    h("div", { class: "field" }, h("label", { for: "target-media" }, "Pemberitaan media paling lama (hari)"), media),
    h("div", { class: "field" }, h("label", { for: "target-integritas" }, "Pesan integritas paling lama (hari)"), integrity),
    h("div", { class: "field" }, h("label", { for: "target-kanal" }, "Setiap kanal aktif paling lama (hari)"), channel),
    h("fieldset", { class: "checks" }, h("legend", null, "Akun yang tidak dikelola unit"), boxes),
    error,
    canSet ? h("div", { class: "actions" }, h("button", { type: "submit", class: "button button-primary" }, "Simpan target"))
      : h("p", { class: "muted" }, "Target diubah oleh admin atau pimpinan unit."));
  form.addEventListener("submit", async (ev) => {
    ev.preventDefault();
    error.textContent = "";
    try {
      await r.setTargets(unitId, {
        mediaMaxGapDays: Number(media.value), integrityMaxGapDays: Number(integrity.value), channelMaxGapDays: Number(channel.value),
        inactiveChannels: boxes.map((b) => /** @type {HTMLInputElement} */ (b.querySelector("input"))).filter((i) => i.checked).map((i) => i.value),
      });
      ctx.announce("Target ritme disimpan.");
      await refresh();
    } catch (e) { error.textContent = e instanceof Error ? e.message : String(e); }
  });
  return h("section", { class: "card", "aria-labelledby": "judul-target" }, h("h2", { id: "judul-target" }, "Target ritme"),
    h("p", { class: "muted" }, "Bawaan dari praktik unit WBBM: media paling lama 14 hari, pesan integritas setiap hari, kanal aktif setiap minggu."), form);
}

/** @param {string} id @param {string} label @param {string[][]} options @param {string} [empty] */
function select(id, label, options, empty) {
  return {
    field: h("div", { class: "field" }, h("label", { for: id }, label),
      h("select", { id }, empty ? h("option", { value: "" }, empty) : null, options.map(([v, l]) => h("option", { value: v }, l)))),
    value: () => /** @type {HTMLSelectElement} */ (document.getElementById(id))?.value ?? "",
  };
}

/**
 * @param {import("../app.js").ViewContext} ctx
 * @param {string} unitId
 * @param {() => Promise<void>} refresh
 */
function entryCard(ctx, unitId, refresh) {
  const date = h("input", { id: "pub-tanggal", type: "date", value: r.todayIso(), max: r.todayIso() });
  const channel = select("pub-kanal", "Kanal", r.CHANNELS, "Kenali dari tautan");
  const kind = select("pub-jenis", "Jenis", r.KINDS, "Sesuai kanal");
  const title = h("input", { id: "pub-judul", type: "text", maxlength: 300 });
  const link = h("input", { id: "pub-tautan", type: "url", maxlength: 2000, placeholder: "https://" });
  const concerns = h("input", { id: "pub-area", type: "text", maxlength: 200 });
  const questions = h("input", { id: "pub-lke", type: "text", maxlength: 200, placeholder: "mis. P.MP.2.c, P.PP.1.d" });
  const error = h("div", { class: "form-error", role: "alert" });
  const form = h("form", { class: "form", id: "form-publikasi", novalidate: true },
    h("div", { class: "field" }, h("label", { for: "pub-tanggal" }, "Tanggal terbit"), date),
    channel.field, kind.field,
    h("div", { class: "field" }, h("label", { for: "pub-judul" }, "Judul"), title),
    h("div", { class: "field" }, h("label", { for: "pub-tautan" }, "Tautan"), link),
    h("div", { class: "field" }, h("label", { for: "pub-area" }, "Area atau inovasi (opsional)"), concerns),
    h("div", { class: "field" }, h("label", { for: "pub-lke" }, "Bukti untuk pertanyaan LKE (opsional)"), questions),
    error, h("div", { class: "actions" }, h("button", { type: "submit", class: "button button-primary" }, "Catat publikasi")));
  form.addEventListener("submit", async (ev) => {
    ev.preventDefault();
    error.textContent = "";
    try {
      const saved = await r.addPublication(unitId, {
        date: date.value, channel: channel.value() || null, kind: kind.value() || null, title: title.value, link: link.value || null,
        concerns: concerns.value || null, questionIds: questions.value.split(/[,;\s]+/).filter(Boolean),
      });
      title.value = ""; link.value = ""; questions.value = "";
      ctx.announce(`Publikasi ${saved.channelLabel} ${r.tgl(saved.date)} dicatat.`);
      await refresh();
    } catch (e) { error.textContent = e instanceof Error ? e.message : String(e); }
  });
  return h("section", { class: "card", "aria-labelledby": "judul-catat" }, h("h2", { id: "judul-catat" }, "Catat publikasi"), form);
}

/**
 * @param {import("../app.js").ViewContext} ctx
 * @param {string} unitId
 * @param {() => Promise<void>} refresh
 */
function pasteCard(ctx, unitId, refresh) {
  const text = h("textarea", { id: "tempel-teks", rows: 6, placeholder: "17/05/2024 Apel pagi https://www.instagram.com/p/…\nhttps://x.com/akun/status/…" });
  const kind = select("tempel-jenis", "Jenis untuk semua tautan", r.KINDS, "Sesuai kanal");
  const fallback = h("input", { id: "tempel-tanggal", type: "date", max: r.todayIso() });
  const result = h("div", { "aria-live": "polite" });
  /** @param {boolean} save */
  const send = async (save) => {
    replace(result, loading(save ? "Menyimpan…" : "Membaca tautan…"));
    try {
      const res = await r.pasteLinks(unitId, { text: text.value, kind: kind.value() || null, date: fallback.value || null, save });
      replace(result, preview(res));
      if (save) { ctx.announce(`${res.added} publikasi disimpan.`); text.value = ""; await refresh(); }
      else ctx.announce(`${res.entries.length} tautan dikenali, ${res.skipped} dilewati.`);
    } catch (e) { replace(result, errorBox(e)); }
  };
  return h("section", { class: "card", "aria-labelledby": "judul-tempel" }, h("h2", { id: "judul-tempel" }, "Tempel daftar tautan"),
    h("div", { class: "form" },
      h("div", { class: "field" }, h("label", { for: "tempel-teks" }, "Tautan, satu atau lebih per baris (tanggal dan judul boleh di baris yang sama)"), text),
      kind.field,
      h("div", { class: "field" }, h("label", { for: "tempel-tanggal" }, "Tanggal untuk tautan tanpa tanggal (opsional)"), fallback),
      h("div", { class: "actions" },
        h("button", { type: "button", class: "button", id: "tempel-pratinjau", onclick: () => void send(false) }, "Pratinjau"),
        h("button", { type: "button", class: "button button-primary", id: "tempel-simpan", onclick: () => void send(true) }, "Simpan semua"))),
    result);
}

/**
 * @param {import("../app.js").ViewContext} ctx
 * @param {string} unitId
 * @param {() => Promise<void>} refresh
 */
function csvCard(ctx, unitId, refresh) {
  const file = h("input", { id: "csv-berkas", type: "file", accept: ".csv,text/csv,text/plain" });
  const result = h("div", { "aria-live": "polite" });
  /** @param {boolean} save */
  const send = async (save) => {
    const f = file.files?.[0];
    if (!f) { replace(result, h("p", { class: "form-error", role: "alert" }, "Pilih berkas CSV terlebih dahulu.")); return; }
    replace(result, loading(save ? "Mengimpor…" : "Membaca CSV…"));
    try {
      const res = await r.importCsv(unitId, f, save);
      replace(result, preview(res));
      if (save) { ctx.announce(`${res.added} publikasi diimpor.`); await refresh(); }
      else ctx.announce(`${res.entries.length} entri dikenali, ${res.skipped} baris dilewati.`);
    } catch (e) { replace(result, errorBox(e)); }
  };
  return h("section", { class: "card", "aria-labelledby": "judul-csv" }, h("h2", { id: "judul-csv" }, "Impor CSV"),
    h("p", { class: "muted" }, "Ekspor Meta Business Suite, Buffer, Hootsuite, atau tabel tim: Tanggal;Kanal;Jenis;Judul;Tautan;Area/Inovasi;Pertanyaan LKE."),
    h("div", { class: "form" },
      h("div", { class: "field" }, h("label", { for: "csv-berkas" }, "Berkas CSV"), file),
      h("div", { class: "actions" },
        h("button", { type: "button", class: "button", id: "csv-pratinjau", onclick: () => void send(false) }, "Pratinjau"),
        h("button", { type: "button", class: "button button-primary", id: "csv-impor", onclick: () => void send(true) }, "Impor"))),
    result);
}

/** Pratinjau atau hasil impor: ringkasan, lalu baris yang dilewati atau bermasalah. @param {ImportResult} res */
function preview(res) {
  const problems = res.rows.filter((x) => x.problems.length > 0);
  return h("div", { class: "import-result" },
    h("p", { class: `message ${res.saved ? "message-success" : "message-info"}`, role: "status" },
      res.saved
        ? `${res.added} publikasi disimpan; ${res.alreadyLogged} sudah ada di log (pertanyaan LKE-nya digabung); ${res.skipped} baris dilewati.`
        : `${res.entries.length} entri dikenali (${res.alreadyLogged} sudah ada di log, ${res.mergedInInput} tautan ganda digabung); ${res.skipped} baris dilewati.`),
    problems.length === 0 ? null : h("ul", { class: "id-list problems" }, problems.map((x) =>
      h("li", null, h("strong", null, `Baris ${x.line}: `), x.problems.join(" "), x.entry ? h("span", { class: "muted" }, " (tetap diimpor)") : null))));
}

/**
 * @param {import("../app.js").ViewContext} ctx
 * @param {string} unitId
 * @param {Publication[]} list
 * @param {boolean} canLog
 * @param {() => Promise<void>} refresh
 */
function logTable(ctx, unitId, list, canLog, refresh) {
  if (list.length === 0) return h("p", { class: "muted" }, "Belum ada publikasi tercatat. Catat satu, tempel tautan, atau impor CSV.");
  /** @param {Publication[]} rows @param {string} caption */
  const table = (rows, caption) => h("div", { class: "table-wrap" }, h("table", { class: "table table-stack table-compact" },
    h("caption", { class: "visually-hidden" }, caption),
    h("thead", null, h("tr", null, ["Tanggal", "Kanal", "Jenis", "Judul", "Bukti LKE", canLog ? "Tindakan" : null].filter(Boolean).map((x) => h("th", { scope: "col" }, x)))),
    h("tbody", null, rows.map((p) => h("tr", { "data-publication": p.id },
      h("td", { "data-label": "Tanggal" }, r.tgl(p.date)),
      h("td", { "data-label": "Kanal" }, p.channelLabel),
      h("td", { "data-label": "Jenis" }, p.kindLabel),
      h("th", { scope: "row" }, p.link ? h("a", { href: p.link, target: "_blank", rel: "noopener noreferrer" }, p.title || p.link) : p.title),
      h("td", { "data-label": "Bukti LKE" }, p.questionIds.length ? p.questionIds.join(", ") : "–"),
      canLog ? h("td", { "data-label": "Tindakan" }, h("button", {
        type: "button", class: "button", "aria-label": `Hapus publikasi ${p.title || p.link} ${r.tgl(p.date)}`,
        onclick: async () => {
          try { await r.deletePublication(unitId, p.id); ctx.announce("Publikasi dihapus."); await refresh(); } catch (e) { ctx.announce(e instanceof Error ? e.message : String(e)); }
        },
      }, "Hapus")) : null)))));
  // Log tiga bulan berisi ratusan baris: 25 terbaru tampil, sisanya (paling banyak 500) dibuka bila perlu.
  const recent = list.slice(0, 25), older = list.slice(25, 525);
  return [
    h("p", { class: "muted", id: "jumlah-publikasi" }, `${list.length} publikasi tercatat.`),
    table(recent, "Log publikasi unit, 25 terbaru"),
    older.length === 0 ? null : h("details", { class: "details-inline" },
      h("summary", null, `Tampilkan ${older.length} publikasi sebelumnya`), table(older, "Log publikasi unit, sebelumnya")),
  ];
}
