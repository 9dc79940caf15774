// @ts-check
/** Nilai mandiri: GET /api/units/{id}/score?target=wbk|wbbm → total, komponen, pengungkit, syarat, kekurangan, perbaikan. */
import * as api from "../api.js";
import { h, replace, errorBox, loading, num, percentBar } from "./ui.js";
import { tryCatalog, questionText } from "./catalog.js";
import { noUnit } from "./dashboard.js";
/** @import { ScoreNode, ScoreReport, SupportedScore, WhatIf } from "../api-types.js" */

const TARGET_KEY = "na.target";
/** @type {Record<string, string>} */
const TARGET_NAME = { wbk: "Menuju WBK", wbbm: "Menuju WBBM" };

/** @param {import("../app.js").ViewContext} ctx */
export async function renderScore(ctx) {
  const unit = ctx.units.find((u) => u.id === ctx.unitId);
  ctx.main.append(h("div", { class: "page-head" },
    h("h1", null, "Nilai mandiri"),
    h("p", { class: "muted" }, unit ? `${unit.nama} · dihitung dari jawaban LKE yang tersimpan` : "")));
  if (!unit) {
    ctx.main.append(noUnit());
    return;
  }

  /** @type {"wbk" | "wbbm"} */
  let target = sessionStorage.getItem(TARGET_KEY) === "wbbm" ? "wbbm" : "wbk";
  const body = h("div", { class: "grid", id: "nilai" });
  const radios = ["wbk", "wbbm"].map((t) => {
    const input = h("input", { type: "radio", name: "target", id: `target-${t}`, value: t, checked: t === target });
    input.addEventListener("change", () => {
      target = /** @type {"wbk" | "wbbm"} */ (input.value);
      sessionStorage.setItem(TARGET_KEY, target);
      void load();
    });
    return h("span", { class: "radio-pill" }, input, h("label", { for: `target-${t}` }, TARGET_NAME[t]));
  });
  ctx.main.append(
    h("fieldset", { class: "target-picker" }, h("legend", null, "Target predikat"), radios),
    body);

  let generation = 0;
  const load = async () => {
    const mine = ++generation;
    body.setAttribute("aria-busy", "true");
    replace(body, loading("Menghitung nilai…"));
    try {
      const [report, cat] = await Promise.all([api.score(unit.id, target), tryCatalog()]);
      if (mine !== generation || ctx.signal.aborted) return;
      replace(body, ...renderReport(report, cat));
      const eligible = report.eligible?.[target];
      ctx.announce(`Nilai total ${num(report.total)}. ${TARGET_NAME[target]}: ${eligible ? "memenuhi syarat" : "belum memenuhi syarat"}.`);
    } catch (e) {
      if (mine !== generation || ctx.signal.aborted) return;
      replace(body, errorBox(e));
    } finally {
      if (mine === generation) body.removeAttribute("aria-busy");
    }
  };
  await load();
}

const WHATIF_SHOWN = 10;

/**
 * Satu perubahan jawaban: "P.PW.1.b C → A (+0,50)" dan teks pertanyaannya.
 * @param {WhatIf} w
 * @param {import("./catalog.js").CatalogIndex | null} cat
 */
function whatIfItem(w, cat) {
  return h("li", { "data-question": w.questionId },
    h("span", { class: "q-id" }, w.questionId),
    h("span", { class: "answer-change" }, ` ${w.from ?? "(kosong)"} → ${w.to}`),
    h("span", { class: "gain" }, ` (+${num(w.gain)})`),
    questionText(cat, w.questionId) ? h("span", { class: "q-text muted" }, questionText(cat, w.questionId)) : null);
}

/**
 * @param {ScoreReport} r
 * @param {import("./catalog.js").CatalogIndex | null} cat
 * @returns {HTMLElement[]}
 */
function renderReport(r, cat) {
  const targetName = cat?.predicates.get(r.target) ?? TARGET_NAME[r.target] ?? r.target;
  /** @param {string} id */
  const predicateName = (id) => cat?.predicates.get(id) ?? TARGET_NAME[id] ?? id;
  const basisNote = cat?.areaBasisOptions[r.areaBasis];

  // Status verifikasi ambang disebut sekali per halaman, bukan di setiap baris: bila sebagian saja yang belum
  // terverifikasi, barisnya bertanda * yang merujuk ke catatan ini.
  const unverified = r.gaps.filter((g) => !g.verified);
  const allUnverified = unverified.length > 0 && unverified.length === r.gaps.length;
  const verifyNote = unverified.length === 0 ? null
    : h("p", { class: "message message-info card-wide", id: "catatan-verifikasi", role: "note" },
      h("strong", null, "Ambang belum terverifikasi. "),
      allUnverified
        ? "Angka ambang di halaman ini berasal dari salinan sekunder, belum dicocokkan dengan teks peraturan (PermenPAN-RB 90/2021). "
        : "Ambang bertanda * berasal dari salinan sekunder, belum dicocokkan dengan teks peraturan (PermenPAN-RB 90/2021). ",
      "Perhitungan tetap dapat dipakai untuk persiapan; periksa ambang dengan peraturan sebelum mengandalkannya.");

  const s = r.supported ?? null;
  const total = h("section", { class: "card", "aria-labelledby": "judul-total", id: "nilai-total" },
    h("h2", { id: "judul-total" }, "Nilai total"),
    h("p", { class: "big-number" }, h("span", { class: "big-value" }, num(r.total)), h("span", { class: "muted" }, " dari 100"),
      s ? h("span", { class: "muted" }, " — diklaim") : null),
    s ? supportedTotal(r, s) : null,
    r.pengungkit ? h("p", null, `${r.pengungkit.name}: ${num(r.pengungkit.score)} dari ${num(r.pengungkit.max)}`) : null,
    h("div", { class: "table-wrap" }, h("table", { class: "table table-compact table-stack", id: "tabel-komponen" },
      h("caption", { class: "visually-hidden" }, "Nilai per komponen"),
      h("thead", null, h("tr", null, h("th", { scope: "col" }, "Komponen"), h("th", { scope: "col", class: "num" }, "Nilai"),
        h("th", { scope: "col", class: "num" }, "Maks."), h("th", { scope: "col" }, "Persen"))),
      h("tbody", null, r.components.map((c) => h("tr", { "data-component": c.id },
        h("th", { scope: "row" }, c.name),
        h("td", { class: "num", "data-label": "Nilai" }, num(c.score)),
        h("td", { class: "num", "data-label": "Maks." }, num(c.max)),
        h("td", { "data-label": "Persen" }, percentBar(c.percent, `${c.name}: persen`))))))));

  const eligibility = h("section", { class: "card", "aria-labelledby": "judul-syarat", id: "kelayakan" },
    h("h2", { id: "judul-syarat" }, "Syarat predikat"),
    h("ul", { class: "eligibility" }, Object.entries(r.eligible ?? {}).map(([id, ok]) =>
      h("li", { class: ok ? "eligible-yes" : "eligible-no", "data-predicate": id },
        h("span", { class: "mark", "aria-hidden": "true" }, ok ? "✓" : "✗"),
        h("span", null, h("strong", null, predicateName(id)), ": ", ok ? "MEMENUHI syarat" : "BELUM memenuhi syarat",
          s ? h("span", { class: "supported-eligible", "data-supported": String(!!s.eligible?.[id]) },
            ` · menurut narasi: ${s.eligible?.[id] ? "memenuhi" : "belum memenuhi"}`) : null)))),
    h("p", { class: "muted small" }, `Dasar ambang area: ${r.areaBasis}`, basisNote ? ` — ${basisNote}` : ""));

  const gaps = h("section", { class: "card", "aria-labelledby": "judul-kekurangan", id: "kekurangan" },
    h("h2", { id: "judul-kekurangan" }, `Kekurangan untuk ${targetName}`),
    r.gaps.length === 0
      ? h("p", { class: "message message-success" }, `Semua syarat ${targetName} terpenuhi.`)
      : h("div", { class: "table-wrap" }, h("table", { class: "table table-stack" },
        h("caption", { class: "visually-hidden" }, `Syarat ${targetName} yang belum terpenuhi`),
        h("thead", null, h("tr", null, h("th", { scope: "col" }, "Syarat"), h("th", { scope: "col", class: "num" }, "Minimal"),
          h("th", { scope: "col", class: "num" }, "Saat ini"), h("th", { scope: "col", class: "num" }, "Kurang"))),
        h("tbody", null, r.gaps.map((g) => h("tr", { "data-threshold": g.threshold },
          h("th", { scope: "row" }, g.label,
            !g.verified && !allUnverified ? h("span", { class: "unverified-mark", title: "Ambang belum terverifikasi (lihat catatan di atas)" }, " *") : null),
          h("td", { class: "num", "data-label": "Minimal" }, num(g.required)),
          h("td", { class: "num", "data-label": "Saat ini" }, num(g.actual)),
          h("td", { class: "num gap", "data-label": "Kurang" }, num(g.gap))))))));

  const whatIf = h("section", { class: "card", "aria-labelledby": "judul-perbaikan", id: "perbaikan" },
    h("h2", { id: "judul-perbaikan" }, "Perbaikan jawaban terkecil"),
    r.whatIf.length === 0
      ? h("p", { class: "muted" }, r.gaps.length === 0
        ? "Tidak diperlukan: target sudah tercapai."
        : "Tidak ditemukan perubahan jawaban yang mencapai target; kekurangan ada pada syarat yang tidak bergantung pada satu jawaban.")
      : [
        h("p", { class: r.whatIfReachesTarget ? "muted" : "message message-warning" }, r.whatIfReachesTarget
          ? `Perubahan jawaban berikut (urut menurut tambahan nilai) cukup untuk mencapai ${targetName}.`
          : `Perubahan jawaban berikut menambah nilai, tetapi belum cukup untuk mencapai ${targetName}.`),
        h("ol", { class: "whatif" }, r.whatIf.slice(0, WHATIF_SHOWN).map((w) => whatIfItem(w, cat))),
        r.whatIf.length > WHATIF_SHOWN
          ? h("details", { class: "details-inline" },
            h("summary", null, `Tampilkan ${r.whatIf.length - WHATIF_SHOWN} perubahan lainnya`),
            h("ol", { class: "whatif", start: WHATIF_SHOWN + 1 }, r.whatIf.slice(WHATIF_SHOWN).map((w) => whatIfItem(w, cat))))
          : null,
      ]);

  const levers = h("section", { class: "card card-wide", "aria-labelledby": "judul-pengungkit", id: "pengungkit" },
    h("h2", { id: "judul-pengungkit" }, "Area pengungkit (Pemenuhan + Reform)"),
    h("div", { class: "table-wrap" }, h("table", { class: "table table-stack", id: "tabel-pengungkit" },
      h("caption", { class: "visually-hidden" }, "Nilai per area pengungkit"),
      h("thead", null, h("tr", null, h("th", { scope: "col" }, "Area"), h("th", { scope: "col", class: "num" }, s ? "Diklaim" : "Nilai"),
        s ? h("th", { scope: "col", class: "num" }, "Didukung narasi") : null,
        h("th", { scope: "col", class: "num" }, "Maks."), h("th", { scope: "col" }, "Persen"))),
      h("tbody", null, r.levers.map((l) => h("tr", { "data-area": l.id },
        h("th", { scope: "row" }, l.name),
        h("td", { class: "num", "data-label": s ? "Diklaim" : "Nilai" }, num(l.score)),
        s ? supportedCell(l, s.levers.find((x) => x.id === l.id)) : null,
        h("td", { class: "num", "data-label": "Maks." }, num(l.max)),
        h("td", { "data-label": "Persen" }, percentBar(l.percent, `${l.name}: persen`))))))),
    h("details", { class: "details-inline" }, h("summary", null, "Nilai per bagian (Pemenuhan, Reform, Hasil)"),
      h("div", { class: "table-wrap" }, h("table", { class: "table table-compact" },
        h("caption", { class: "visually-hidden" }, "Nilai per area setiap bagian"),
        h("thead", null, h("tr", null, h("th", { scope: "col" }, "Kode"), h("th", { scope: "col" }, "Area"),
          h("th", { scope: "col", class: "num" }, "Nilai"), h("th", { scope: "col", class: "num" }, "Maks."), h("th", { scope: "col", class: "num" }, "%"))),
        h("tbody", null, r.areas.map((a) => h("tr", null,
          h("td", { class: "q-id" }, a.id), h("th", { scope: "row" }, a.name), h("td", { class: "num" }, num(a.score)),
          h("td", { class: "num" }, num(a.max)), h("td", { class: "num" }, num(a.percent)))))))));

  const extra = h("section", { class: "card card-wide", "aria-labelledby": "judul-catatan" },
    h("h2", { id: "judul-catatan" }, "Catatan"),
    r.unanswered.length
      ? h("details", { class: "details-inline" },
        h("summary", null, `Pertanyaan belum dijawab (${r.unanswered.length}) — dihitung bernilai 0`),
        h("ul", { class: "id-list" }, r.unanswered.map((id) => h("li", null, h("span", { class: "q-id" }, id),
          questionText(cat, id) ? ` ${questionText(cat, id)}` : ""))))
      : h("p", null, "Semua pertanyaan sudah dijawab."),
    r.notes.length ? h("ul", { class: "notes" }, r.notes.map((n) => h("li", null, n))) : null);

  return [verifyNote, total, eligibility, s ? riskCard(r, s, cat) : null, gaps, whatIf, levers, extra]
    .filter((x) => x !== null).map((x) => /** @type {HTMLElement} */ (x));
}

/**
 * Nilai yang didukung narasi di samping nilai yang diklaim; selisihnya adalah risiko unit di depan evaluator.
 * @param {ScoreReport} r
 * @param {SupportedScore} s
 */
function supportedTotal(r, s) {
  return h("div", { class: "supported-total", id: "nilai-didukung" },
    h("p", { class: "big-number" }, h("span", { class: "big-value supported-value" }, num(s.total)), h("span", { class: "muted" }, " — didukung narasi")),
    s.gap > 0
      ? h("p", { class: "message message-warning", id: "selisih-nilai" },
        h("strong", null, `Risiko: ${num(s.gap)} poin`),
        ` dari nilai yang diklaim (${num(r.total)}) belum didukung narasinya. Evaluator menilai dari narasi dan bukti: nilai ini dapat turun ke ${num(s.total)}.`)
      : h("p", { class: "message message-success", id: "selisih-nilai" }, "Semua jawaban yang dinilai didukung narasinya."));
}

/**
 * @param {ScoreNode} claimed
 * @param {ScoreNode | undefined} supported
 */
function supportedCell(claimed, supported) {
  if (!supported) return h("td", { class: "num", "data-label": "Didukung narasi" }, "–");
  const gap = claimed.score - supported.score;
  return h("td", { class: `num${gap > 0.004 ? " gap" : ""}`, "data-label": "Didukung narasi", "data-supported": supported.score },
    num(supported.score), gap > 0.004 ? h("span", { class: "visually-hidden" }, ` (kurang ${num(gap)} dari yang diklaim)`) : null);
}

/**
 * Narasi yang paling dulu perlu diperkuat: jawaban yang diklaim melebihi yang didukung narasinya, urut poin.
 * @param {ScoreReport} r
 * @param {SupportedScore} s
 * @param {import("./catalog.js").CatalogIndex | null} cat
 */
function riskCard(r, s, cat) {
  const list = s.strengthen ?? [];
  return h("section", { class: "card", "aria-labelledby": "judul-risiko", id: "risiko" },
    h("h2", { id: "judul-risiko" }, "Narasi yang perlu diperkuat"),
    list.length === 0
      ? h("p", { class: "muted" }, "Tidak ada jawaban yang melebihi narasinya.")
      : [
        h("p", { class: "muted" }, `Jawaban yang diklaim melebihi yang didukung narasinya, urut menurut poin yang dipertaruhkan (total ${num(s.gap)} dari ${num(r.total)}).`),
        h("ol", { class: "whatif", id: "daftar-risiko" }, list.slice(0, WHATIF_SHOWN).map((a) => h("li", { "data-question": a.questionId },
          h("span", { class: "q-id" }, a.questionId),
          h("span", { class: "answer-change" }, ` diklaim ${a.claimed}, didukung narasi ${a.supported}`),
          h("span", { class: "gap" }, ` (−${num(a.points)})`),
          questionText(cat, a.questionId) ? h("span", { class: "q-text muted" }, questionText(cat, a.questionId)) : null))),
        list.length > WHATIF_SHOWN ? h("p", { class: "muted small" }, `dan ${list.length - WHATIF_SHOWN} narasi lainnya.`) : null,
      ]);
}
