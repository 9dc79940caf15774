// @ts-check
/**
 * "Presentasi": the two evaluation decks from the browser, for units without PowerPoint add-ins. The unit profile form
 * is the PowerPoint pane's own module (views/profile-form.js); the outline and timing preview comes from
 * POST /api/decks/plan; the template is built in, a deck published in the library, or a .pptx/.potx from the user's
 * computer; both decks and the field-visit tour download as files. The leader sees the rehearsal history and the Q&A
 * bank (read-only here: practising happens in the PowerPoint pane).
 */
import * as api from "../api.js";
import { h, replace, errorBox, loading, card, ROLE_LABEL } from "./ui.js";
import { noUnit } from "./dashboard.js";
import { docFromParsed, serialize, renderProfileForm, validate, showErrors, AREA_NAMES } from "./profile-form.js";
import { requestWithFields, postForFile, saveFile, PPTX_TYPE, DOCX_TYPE } from "./deck-files.js";
import { clock, timeBar } from "./time.js";
/** @import { DeckTemplate, Plan, UnitRef } from "../api-types.js" */
/** @import { ViewContext } from "../app.js" */

const KINDS = /** @type {const} */ ([["wawancara-virtual", "Wawancara virtual"], ["observasi-lapangan", "Observasi lapangan"]]);
const KIND_LABEL = /** @type {Record<string, string>} */ (Object.fromEntries(KINDS));
const UPLOAD = "__berkas";
const EDITS_PROFILE = new Set(["admin", "pimpinan"]);

/** @typedef {DeckTemplate & { builtIn?: boolean, sourceUnit?: string | null, tahun?: number | null }} TemplateChoice */

/** @param {ViewContext} ctx */
export async function renderPresentation(ctx) {
  const unit = ctx.units.find((u) => u.id === ctx.unitId);
  ctx.main.append(h("div", { class: "page-head" },
    h("h1", null, "Presentasi"),
    unit ? h("p", { class: "muted" }, unit.nama, unit.role ? ` · peran Anda: ${ROLE_LABEL[unit.role] ?? unit.role}` : "") : null));
  if (!unit) { ctx.main.append(noUnit()); return; }
  const holder = h("div", null, loading("Memuat profil dan templat…"));
  ctx.main.append(holder);
  const base = `/api/units/${encodeURIComponent(unit.id)}`;
  const [templates, profile] = await Promise.all([
    /** @type {Promise<TemplateChoice[]>} */ (api.request("/api/decks/templates", { signal: ctx.signal })).catch(() => []),
    api.request(`${base}/profile`, { signal: ctx.signal }),
  ]);
  if (ctx.signal.aborted) return;
  const doc = profile?.profile ? docFromParsed(profile.profile) : { unit: { nama: unit.nama, instansi: unit.instansi ?? "", predikat_target: "WBK" } };
  const page = deckPage(ctx, unit, Array.isArray(templates) ? templates : [], doc);
  replace(holder, page.build, page.plan, page.profile, rehearsalCard(ctx, base), qaCard(ctx, base));
  page.drawForm();
}

/**
 * @param {ViewContext} ctx
 * @param {UnitRef} unit
 * @param {TemplateChoice[]} templates
 * @param {Record<string, any>} doc
 */
function deckPage(ctx, unit, templates, doc) {
  let kind = "wawancara-virtual";
  let templateId = "";
  /** @type {File | null} */
  let templateFile = null;
  const note = h("p", { class: "muted small", id: "catatan-unduh", role: "status" });
  const planHost = h("section", { class: "card", id: "rencana", "aria-labelledby": "rencana-judul" },
    h("h2", { id: "rencana-judul" }, "Kerangka dan waktu"),
    h("p", { class: "muted" }, "Pilih jenis paparan lalu tekan Pratinjau untuk melihat salindia, naskah dan perkiraan waktunya."));

  const builtIn = templates.filter((t) => t.builtIn !== false);
  const library = templates.filter((t) => t.builtIn === false);
  const fileField = h("div", { class: "field", id: "isian-berkas-templat", hidden: true },
    h("label", { for: "berkas-templat" }, "Berkas templat (.pptx atau .potx)"),
    h("input", { type: "file", id: "berkas-templat", accept: ".pptx,.potx,application/vnd.openxmlformats-officedocument.presentationml.presentation,application/vnd.openxmlformats-officedocument.presentationml.template",
      onchange: (/** @type {Event} */ ev) => { templateFile = /** @type {HTMLInputElement} */ (ev.target).files?.[0] ?? null; } }),
    h("span", { class: "muted small" }, "Tata letak dan warna diambil dari berkas ini; isinya tidak disimpan di server."));
  const templateSelect = h("select", { id: "templat", onchange: () => {
    templateId = templateSelect.value;
    fileField.hidden = templateId !== UPLOAD;
    if (templateId !== UPLOAD) templateFile = null;
  } },
  h("optgroup", { label: "Bawaan" },
    h("option", { value: "" }, "Standar"),
    builtIn.filter((t) => t.id !== "standar").map((t) => h("option", { value: t.id }, t.name || t.id))),
  library.length > 0 && h("optgroup", { label: "Dari Pustaka" },
    library.map((t) => h("option", { value: t.id }, [t.name || t.id, t.sourceUnit ? ` — ${t.sourceUnit}` : "", t.tahun ? ` (${t.tahun})` : ""].join("")))),
  h("optgroup", { label: "Dari komputer" }, h("option", { value: UPLOAD }, "Berkas .pptx/.potx…")));

  const kindButtons = KINDS.map(([id, label]) => h("button", {
    type: "button", "aria-pressed": String(kind === id), "data-kind": id,
    onclick: () => {
      kind = id;
      for (const b of kindButtons) b.setAttribute("aria-pressed", String(b.dataset.kind === id));
      void preview();
    },
  }, label));

  /** Body of a deck request: the unit's stored profile, the chosen template (a file goes as multipart). */
  const request = (/** @type {string} */ k) => {
    /** @type {Record<string, unknown>} */
    const body = { kind: k, unitId: unit.id };
    if (templateId && templateId !== UPLOAD) body.templateId = templateId;
    return body;
  };
  const fileOrFail = () => {
    if (templateId !== UPLOAD) return null;
    if (!templateFile) throw new Error("Pilih berkas templat .pptx atau .potx, atau pilih templat bawaan.");
    return templateFile;
  };
  /** @param {string} text */
  const say = (text) => { note.textContent = text; ctx.announce(text); };
  /** @param {unknown} e */
  const fail = (e) => {
    build.querySelector(":scope > .message-error")?.remove();
    build.append(errorBox(e));
    note.textContent = "";
  };

  /** @param {HTMLButtonElement} button @param {() => Promise<void>} action */
  const busy = async (button, action) => {
    build.querySelector(":scope > .message-error")?.remove();
    button.disabled = true;
    try { await action(); } catch (e) { fail(e); } finally { button.disabled = false; }
  };
  /** @param {string} k */
  const downloadDeck = (k) => async () => {
    const file = fileOrFail();
    say(`Menyusun presentasi ${KIND_LABEL[k].toLowerCase()} di server…`);
    const r = await postForFile("/api/decks", request(k), file);
    saveFile(r.bytes, r.name, PPTX_TYPE);
    say(`Diunduh: ${r.name} (${r.headers.get("X-Deck-Slides") ?? "?"} salindia).`);
  };
  const downloadTour = async () => {
    say("Menyusun rute kunjungan…");
    const r = await postForFile("/api/decks/tour", { unitId: unit.id });
    saveFile(r.bytes, r.name, DOCX_TYPE);
    say(`Diunduh: ${r.name}.`);
  };
  /** @param {string} id @param {string} label @param {() => Promise<void>} action @param {boolean} [primary] */
  const actionButton = (id, label, action, primary) => {
    const b = /** @type {HTMLButtonElement} */ (h("button", { type: "button", class: primary ? "button button-primary" : "button", id }, label));
    b.addEventListener("click", () => void busy(b, action));
    return b;
  };

  const previewButton = actionButton("pratinjau", "Pratinjau", async () => { await previewPlan(); }, true);
  const build = h("section", { class: "card", id: "kartu-presentasi", "aria-labelledby": "presentasi-judul" },
    h("h2", { id: "presentasi-judul" }, "Buat presentasi"),
    h("p", { class: "muted small" }, "Presentasi disusun dari profil unit di bawah, narasi dan nilai unit yang tersimpan."),
    h("div", { class: "segmented", role: "group", "aria-label": "Jenis paparan" }, kindButtons),
    h("div", { class: "deck-options" },
      h("div", { class: "field" }, h("label", { for: "templat" }, "Templat"), templateSelect),
      fileField),
    h("div", { class: "actions" }, previewButton),
    h("h3", null, "Unduh"),
    h("div", { class: "actions" },
      actionButton("unduh-wawancara", "Presentasi wawancara virtual (.pptx)", downloadDeck("wawancara-virtual")),
      actionButton("unduh-observasi", "Presentasi observasi lapangan (.pptx)", downloadDeck("observasi-lapangan")),
      actionButton("unduh-rute", "Rute kunjungan (.docx)", downloadTour)),
    note);

  async function previewPlan() {
    replace(planHost, h("h2", { id: "rencana-judul" }, "Kerangka dan waktu"), loading("Menyusun kerangka…"));
    try {
      const plan = /** @type {Plan} */ (await requestWithFields("/api/decks/plan", "POST", request(kind)));
      replace(planHost, ...planView(plan));
      ctx.announce(`Pratinjau ${KIND_LABEL[kind].toLowerCase()}: ${plan.slides.length} salindia, ${clock(plan.totalSeconds)} dari batas ${clock(plan.limitSeconds)}.`);
    } catch (e) {
      replace(planHost, h("h2", { id: "rencana-judul" }, "Kerangka dan waktu"), errorBox(e));
      const list = /** @type {any} */ (e)?.fieldErrors ?? [];
      if (list.length) showErrors(formHost, list);
    }
  }
  const preview = () => busy(previewButton, previewPlan);

  const formHost = h("div", { id: "profil-isi" });
  const canEdit = EDITS_PROFILE.has(unit.role) || !!ctx.me?.isAdmin;
  const profile = h("section", { class: "card", id: "kartu-profil", "aria-labelledby": "profil-judul" },
    h("h2", { id: "profil-judul" }, "Profil unit"),
    canEdit ? null : h("p", { class: "message message-info" }, "Hanya admin unit dan pimpinan yang dapat menyimpan profil; Anda dapat melihat isiannya."),
    formHost);

  const drawForm = () => renderProfileForm(formHost, doc, {
    submitLabel: "Simpan profil",
    note: "Profil disimpan ke ruang kerja unit (format JSON, setara YAML); panel PowerPoint memakai profil yang sama.",
    onSubmit: () => void saveProfile(),
  });

  async function saveProfile() {
    const errors = validate(formHost);
    if (errors.length) {
      showErrors(formHost, errors);
      ctx.announce(`${errors.length} isian profil perlu diperbaiki.`);
      return;
    }
    const button = /** @type {HTMLButtonElement | null} */ (formHost.querySelector("#simpan-profil"));
    if (button) button.disabled = true;
    try {
      await requestWithFields(`/api/units/${encodeURIComponent(unit.id)}/profile`, "PUT", { text: serialize(doc) });
      showErrors(formHost, []);
      formHost.querySelector("#profil-tersimpan")?.remove();
      formHost.querySelector(".actions")?.after(h("p", { class: "message message-success", id: "profil-tersimpan", role: "status" }, "Profil tersimpan."));
      ctx.announce("Profil tersimpan.");
    } catch (e) {
      const problem = /** @type {any} */ (e);
      const list = problem?.fieldErrors ?? [];
      showErrors(formHost, list.length ? list : [{ path: "", message: problem?.message ?? String(e) }]);
      ctx.announce("Profil belum tersimpan: periksa isian yang ditandai.");
    } finally {
      if (button) button.disabled = false;
    }
  }

  return { build, plan: planHost, profile, drawForm };
}

/** @param {Plan} plan */
function planView(plan) {
  const over = !plan.fitsLimit;
  return [
    h("h2", { id: "rencana-judul" }, plan.title),
    h("p", { id: "ringkasan-rencana" },
      h("strong", null, `${plan.slides.length} salindia · ${clock(plan.totalSeconds)}`), ` dari batas ${clock(plan.limitSeconds)} `,
      h("span", { class: `badge badge-${over ? "merah" : "hijau"}` }, over ? "Melebihi batas" : "Sesuai batas"),
      h("span", { class: "muted small" }, ` · ${plan.wordsPerMinute} kata/menit`)),
    timeBar(plan.totalSeconds, plan.limitSeconds, "Perkiraan waktu paparan"),
    plan.warnings.length > 0 && h("div", { id: "peringatan-profil", class: "message message-warning" },
      h("strong", null, `Lengkapi profil (${plan.warnings.length}):`),
      h("ul", null, plan.warnings.map((w) => h("li", { "data-code": w.code }, w.message)))),
    plan.condensed.length > 0 && h("div", { id: "diringkas" },
      h("h3", null, "Diringkas agar muat dalam batas waktu"),
      h("ul", { class: "small" }, plan.condensed.map((c) => h("li", null, c)))),
    h("h3", null, "Waktu per bagian"),
    h("div", { class: "table-wrap" }, h("table", { class: "table table-compact", id: "tabel-bagian" },
      h("thead", null, h("tr", null, h("th", { scope: "col" }, "Bagian"), h("th", { scope: "col", class: "num" }, "Salindia"), h("th", { scope: "col", class: "num" }, "Waktu"))),
      h("tbody", null, plan.sections.map((sec) => h("tr", { "data-section": sec.key },
        h("td", null, sec.title), h("td", { class: "num" }, String(sec.slides)), h("td", { class: "num" }, clock(sec.seconds))))),
      h("tfoot", null, h("tr", null, h("th", { scope: "row" }, "Jumlah"), h("td", { class: "num" }, String(plan.slides.length)), h("td", { class: "num" }, clock(plan.totalSeconds)))))),
    h("h3", null, "Kerangka"),
    h("ol", { class: "deck-outline", id: "kerangka" }, plan.slides.map((sl) => h("li", { "data-number": sl.number },
      h("div", { class: "deck-outline-head" },
        h("span", { class: "deck-outline-title" }, `${sl.number}. ${sl.title}`),
        h("span", { class: "muted" }, clock(sl.seconds))),
      sl.bullets.length > 0 && h("ul", { class: "small" }, sl.bullets.slice(0, 6).map((b) => h("li", null, b.text))),
      sl.notes && h("details", { class: "small" }, h("summary", null, "Naskah"), h("p", null, sl.notes))))),
  ];
}

/**
 * Timed practice runs of both decks, newest first, against the number the unit should do before the day.
 * @param {ViewContext} ctx @param {string} base
 */
function rehearsalCard(ctx, base) {
  const body = h("div", null, loading("Memuat riwayat latihan…"));
  const section = card("Riwayat latihan paparan", body);
  section.id = "riwayat-latihan";
  /** @type {Promise<{ count: number, expected: number, items: Array<{ kind: string, startedAt: string, totalSeconds: number, limitSeconds: number, fitsLimit: boolean }> }>} */
  (api.request(`${base}/rehearsals`, { signal: ctx.signal })).then((list) => {
    const items = list?.items ?? [];
    replace(body,
      h("p", null, `${items.length} latihan tercatat; disarankan minimal ${list?.expected ?? 3} sebelum hari penilaian. `,
        h("span", { class: "muted small" }, "Latihan dengan pengatur waktu dilakukan di panel PowerPoint.")),
      items.length === 0 ? h("p", { class: "muted" }, "Belum ada latihan.") : h("div", { class: "table-wrap" },
        h("table", { class: "table table-compact", id: "tabel-latihan" },
          h("thead", null, h("tr", null, ["Waktu", "Jenis", "Durasi", "Batas", "Hasil"].map((t, i) => h("th", { scope: "col", class: i === 2 || i === 3 ? "num" : null }, t)))),
          h("tbody", null, items.map((r) => h("tr", null,
            h("td", null, new Date(r.startedAt).toLocaleString("id-ID", { dateStyle: "medium", timeStyle: "short" })),
            h("td", null, KIND_LABEL[r.kind] ?? r.kind),
            h("td", { class: "num" }, clock(r.totalSeconds)),
            h("td", { class: "num" }, clock(r.limitSeconds)),
            h("td", null, h("span", { class: `badge badge-${r.fitsLimit ? "hijau" : "merah"}` }, r.fitsLimit ? "Sesuai batas" : "Melebihi batas"))))))));
  }).catch((e) => { if (!ctx.signal.aborted) replace(body, errorBox(e)); });
  return section;
}

/**
 * The unit's question bank for the interview, with how often each question was practised.
 * @param {ViewContext} ctx @param {string} base
 */
function qaCard(ctx, base) {
  const body = h("div", null, loading("Memuat bank tanya jawab…"));
  const section = card("Bank tanya jawab", body);
  section.id = "bank-tanya-jawab";
  /** @type {Promise<{ items: Array<{ area: string, question: string, source: string, practised: number, lastPractisedAt?: string | null }> }>} */
  (api.request(`${base}/qa`, { signal: ctx.signal })).then((bank) => {
    const items = bank?.items ?? [];
    const practised = items.filter((q) => q.practised > 0).length;
    replace(body,
      h("p", null, `${items.length} pertanyaan, ${practised} sudah dilatih. `,
        h("span", { class: "muted small" }, "Pertanyaan ditambah dan dilatih di panel PowerPoint (tab Tanya jawab).")),
      h("div", { class: "table-wrap" }, h("table", { class: "table table-compact", id: "tabel-tanya-jawab" },
        h("thead", null, h("tr", null, h("th", { scope: "col" }, "Area"), h("th", { scope: "col" }, "Pertanyaan"),
          h("th", { scope: "col", class: "num" }, "Dilatih"), h("th", { scope: "col" }, "Terakhir"))),
        h("tbody", null, items.map((q) => h("tr", null,
          h("td", null, h("abbr", { title: AREA_NAMES[q.area] ?? q.area }, q.area)),
          h("td", null, q.question, q.source === "unit" ? h("span", { class: "muted small" }, " (dari unit)") : null),
          h("td", { class: "num" }, String(q.practised)),
          h("td", null, q.lastPractisedAt ? new Date(q.lastPractisedAt).toLocaleDateString("id-ID", { dateStyle: "medium" }) : "—")))))));
  }).catch((e) => { if (!ctx.signal.aborted) replace(body, errorBox(e)); });
  return section;
}
