// @ts-check
/**
 * Panel tugas PowerPoint NarrativeAssist: membuat presentasi wawancara virtual / observasi lapangan dari profil unit
 * (pratinjau kerangka dan tabel waktu, formulir profil, presentasi baru atau sisipkan salindia), memeriksa waktu
 * presentasi yang terbuka dari catatan pembicaranya, latihan dengan pengatur waktu per salindia, dan latihan tanya
 * jawab. Semua akses ke PowerPoint lewat ./office-adapter.js; presentasi selalu dibuat server (API JavaScript
 * PowerPoint tidak dapat membuat grafik maupun catatan pembicara).
 */
import * as api from "../api.js";
import { h, s, replace, errorBox, num } from "../views/ui.js";
import * as ppt from "./office-adapter.js";
import { loginForm, markReady, showLogout, hideLogout } from "../views/pane-login.js";
import { toBase64, slideIdsOf } from "./pptx.js";
import { docFromParsed, serialize, renderProfileForm, validate, showErrors, AREAS, AREA_NAMES } from "./profile-form.js";

const KINDS = /** @type {const} */ ([["wawancara-virtual", "Wawancara virtual"], ["observasi-lapangan", "Observasi lapangan"]]);
/** Batas bawaan (menit): wawancara virtual 20, observasi lapangan 10. */
const DEFAULT_LIMIT = /** @type {Record<string, number>} */ ({ "wawancara-virtual": 20, "observasi-lapangan": 10 });
const MIN_RUNS = 3;
const POLL_MS = 1000;

/** @typedef {{ number: number, key: string, section: string, layout: string, title: string, subtitle?: string,
 *   bullets: Array<{ text: string, level: number }>, notes: string, seconds: number, chart?: any, table?: any, images?: string[] }} PlanSlide */
/** @typedef {{ kind: string, title: string, limitSeconds: number, totalSeconds: number, fitsLimit: boolean, wordsPerMinute: number,
 *   slides: PlanSlide[], sections: Array<{ key: string, title: string, slides: number, seconds: number }>, condensed: string[],
 *   warnings: Array<{ code: string, message: string, path?: string | null }> }} Plan */
/** @typedef {{ limitSeconds: number, totalSeconds: number, wordsPerMinute: number, slides: Array<{ number: number, title: string, words: number,
 *   seconds: number, hasNotes: boolean, overBudget: boolean, budgetSeconds: number }>, withoutNotes: number[], overBudget: number[] }} Timing */
/** @typedef {{ id: string, kind: string, startedAt: string, totalSeconds: number, limitSeconds: number,
 *   slides: Array<{ number: number, title: string, seconds: number }>, by?: string }} Run */
/** @typedef {{ id: string, area: string, question: string, source: string, practised: number | boolean, lastPractisedAt?: string | null }} QaItem */

const state = {
  /** @type {ppt.Capabilities} */ caps: { create: false, insert: false, selection: false, file: false },
  /** @type {api.UnitRef[]} */ units: [],
  /** @type {string | null} */ unitId: null,
  kind: "wawancara-virtual",
  /** @type {Record<string, number>} */ limit: { ...DEFAULT_LIMIT },
  /** @type {"unit" | "file"} */ source: "unit",
  /** @type {{ name: string, text: string } | null} */ profileFile: null,
  /** @type {Record<string, any> | null} */ doc: null,
  /** @type {Array<{ id: string, name: string }>} */ templates: [],
  templateId: "",
  /** @type {File | null} */ templateFile: null,
  /** Foto dan logo yang disebut profil (unit.logo, inovasi[].foto, …), dikirim pada field "foto". @type {File[]} */ photos: [],
  photoPlaceholders: false,
  /** @type {Plan | null} */ plan: null,
  /** @type {{ key: string, bytes: Uint8Array, name: string, ids: string[] } | null} */ deck: null,
  /** @type {Timing | null} */ timing: null,
  /** @type {Run[]} */ runs: [],
  /** @type {"buat" | "waktu" | "latihan" | "tanya"} */ tab: "buat",
};

const $ = (/** @type {string} */ id) => /** @type {HTMLElement} */ (document.getElementById(id));
const panel = (/** @type {string} */ id) => document.getElementById(`panel-${id}`);

/** @param {string} text */
function announce(text) {
  $("pane-status").textContent = text;
}

/** Menit:detik, mis. 12:05. @param {number} seconds */
export function clock(seconds) {
  const t = Math.max(0, Math.round(seconds));
  return `${Math.floor(t / 60)}:${String(t % 60).padStart(2, "0")}`;
}

/** @param {string} text @param {"info" | "warning" | "error" | "success"} [tone] */
const message = (text, tone = "info") => h("div", { class: `message message-${tone}`, role: tone === "error" ? "alert" : null }, text);

/** @param {HTMLElement | null} where @param {unknown} e */
function fail(where, e) {
  if (!where) return;
  where.querySelector(":scope > .message-error")?.remove();
  where.prepend(errorBox(e));
}

// ---- Awal ------------------------------------------------------------------------------------

async function boot() {
  const host = await ppt.start();
  if (!host) return outside();
  state.caps = host.caps;
  api.onUnauthorized(() => showLogin("Sesi Anda telah berakhir. Silakan masuk kembali."));
  if (api.isSignedIn()) await showMain();
  else showLogin();
}

function outside() {
  replace($("pane-main"), h("div", { class: "card outside", id: "di-luar-office" },
    h("h2", null, "Buka panel ini dari Microsoft PowerPoint"),
    h("p", null, "Halaman ini adalah panel tugas NarrativeAssist untuk PowerPoint dan hanya berfungsi di dalam PowerPoint ",
      "(Windows, Mac, atau PowerPoint di web) setelah add-in dipasang."),
    h("p", null, "Di peramban, gunakan aplikasi web NarrativeAssist untuk menyiapkan narasi dan melihat dasbor unit."),
    h("p", null, h("a", { class: "button button-primary", href: "/" }, "Buka aplikasi web"))));
  markReady();
}


/** @param {string} [text] */
function showLogin(text) {
  stopRehearsal(false);
  hideLogout();
  $("pane-unit").textContent = "";
  const form = loginForm({
    purpose: "untuk membuat presentasi dan mencatat latihan",
    notice: text,
    signedIn: showMain,
  });
  replace($("pane-main"), form);
  markReady();
}

async function showMain() {
  replace($("pane-main"), h("p", { class: "loading" }, h("span", { class: "spinner", "aria-hidden": "true" }), "Memuat unit…"));
  try {
    const [units, templates] = await Promise.all([
      api.units(),
      api.request("/api/decks/templates").catch(() => []),
    ]);
    state.units = units;
    state.templates = Array.isArray(templates) ? templates : [];
    state.unitId = units[0]?.id ?? null;
    if (!state.unitId) state.source = "file";
  } catch (e) {
    replace($("pane-main"), errorBox(e));
    markReady();
    return;
  }
  showLogout(showLogin);
  renderShell();
  if (state.unitId) await loadProfile();
  markReady();
}

function unitName() {
  return state.units.find((u) => u.id === state.unitId)?.nama ?? "";
}

// ---- Kerangka tampilan ------------------------------------------------------------------------

const TABS = /** @type {const} */ ([["buat", "Buat"], ["waktu", "Waktu"], ["latihan", "Latihan"], ["tanya", "Tanya jawab"]]);

function renderShell() {
  $("pane-unit").textContent = state.unitId ? `· ${unitName()}` : "· tanpa unit";
  const tabs = h("div", { class: "pane-tabs", role: "tablist", "aria-label": "Bagian panel" },
    TABS.map(([id, label]) => h("button", {
      type: "button", role: "tab", id: `tab-${id}`, "aria-controls": `panel-${id}`, "aria-selected": String(state.tab === id),
      onclick: () => selectTab(id),
    }, label)));
  const sections = TABS.map(([id]) => h("section", { id: `panel-${id}`, role: "tabpanel", "aria-labelledby": `tab-${id}`, hidden: state.tab !== id }));
  replace($("pane-main"), tabs, sections);
  renderGenerate();
  renderTiming();
  renderRehearsal();
  renderQa();
}

/** @param {"buat" | "waktu" | "latihan" | "tanya"} id */
function selectTab(id) {
  state.tab = id;
  for (const [t] of TABS) {
    $(`tab-${t}`).setAttribute("aria-selected", String(t === id));
    /** @type {HTMLElement} */ (panel(t)).hidden = t !== id;
  }
  if (id === "latihan") { renderRehearsal(); loadRuns(); }
  if (id === "tanya" && !qa.loaded) loadQa();
}

/** Jenis paparan dan batasnya, dipakai bersama oleh tab Buat, Waktu dan Latihan. @param {string} where */
function kindPicker(where) {
  return h("div", { class: "segmented", role: "group", "aria-label": "Jenis paparan", "data-kind-picker": where },
    KINDS.map(([id, label]) => h("button", {
      type: "button", "aria-pressed": String(state.kind === id), "data-kind": id,
      onclick: () => {
        if (state.kind === id) return;
        state.kind = id;
        state.plan = null;
        state.timing = null;
        renderGenerate();
        renderTiming();
        renderRehearsal();
        if (state.tab === "latihan") loadRuns();
      },
    }, label)));
}

// ---- 1. Buat presentasi -----------------------------------------------------------------------

function renderGenerate() {
  const host = panel("buat");
  if (!host) return;
  const unitChoice = h("label", { class: "choice" },
    h("input", { type: "radio", name: "sumber", value: "unit", checked: state.source === "unit", disabled: !state.unitId,
      onchange: () => { state.source = "unit"; state.plan = null; renderGenerate(); if (state.unitId) loadProfile(); } }),
    "Profil unit di ruang kerja");
  const fileChoice = h("label", { class: "choice" },
    h("input", { type: "radio", name: "sumber", value: "berkas", checked: state.source === "file",
      onchange: () => { state.source = "file"; state.plan = null; renderGenerate(); } }),
    "Berkas profil (YAML/JSON) dari komputer");
  const unitSelect = state.units.length > 1 ? h("select", { id: "pilih-unit", "aria-label": "Unit", onchange: (/** @type {Event} */ ev) => {
    state.unitId = /** @type {HTMLSelectElement} */ (ev.target).value;
    state.plan = null; state.deck = null; state.runs = []; qa.loaded = false;
    renderShell(); loadProfile();
  } }, state.units.map((u) => h("option", { value: u.id, selected: u.id === state.unitId }, u.nama))) : null;
  const profileInput = h("input", { type: "file", id: "berkas-profil", accept: ".yaml,.yml,.json,application/json,text/yaml",
    onchange: (/** @type {Event} */ ev) => pickProfileFile(/** @type {HTMLInputElement} */ (ev.target)) });
  const templateSelect = h("select", { id: "templat", onchange: (/** @type {Event} */ ev) => {
    state.templateId = /** @type {HTMLSelectElement} */ (ev.target).value;
    if (state.templateId !== "__berkas") state.templateFile = null;
    state.deck = null;
    renderGenerate();
  } },
  h("option", { value: "", selected: state.templateId === "" }, "Templat bawaan (standar)"),
  state.templates.map((t) => h("option", { value: t.id, selected: state.templateId === t.id }, t.name || t.id)),
  h("option", { value: "__berkas", selected: state.templateId === "__berkas" }, "Berkas .pptx dari komputer…"));
  const templateFile = state.templateId === "__berkas" ? h("div", { class: "field" },
    h("label", { for: "berkas-templat" }, "Berkas templat (.pptx)"),
    h("input", { type: "file", id: "berkas-templat", accept: ".pptx,application/vnd.openxmlformats-officedocument.presentationml.presentation",
      onchange: (/** @type {Event} */ ev) => { state.templateFile = /** @type {HTMLInputElement} */ (ev.target).files?.[0] ?? null; state.deck = null; } }),
    state.templateFile ? h("span", { class: "muted small" }, state.templateFile.name) : null) : null;

  const photoField = h("div", { class: "field" },
    h("label", { for: "berkas-foto" }, "Foto dan logo profil (PNG/JPEG, opsional)"),
    h("input", { type: "file", id: "berkas-foto", multiple: true, accept: ".jpg,.jpeg,.png,image/jpeg,image/png",
      onchange: (/** @type {Event} */ ev) => {
        state.photos = Array.from(/** @type {HTMLInputElement} */ (ev.target).files ?? []);
        state.deck = null;
        renderGenerate();
      } }),
    h("span", { class: "muted small", id: "nama-berkas-foto" }, state.photos.length
      ? `${state.photos.length} gambar: ${state.photos.map((f) => f.name).join(", ")}`
      : "Nama berkas sama dengan yang disebut profil, mis. deklarasi.jpg untuk foto/deklarasi.jpg."),
    h("label", { class: "check" },
      h("input", { type: "checkbox", id: "foto-kosong", checked: state.photoPlaceholders,
        onchange: (/** @type {Event} */ ev) => { state.photoPlaceholders = /** @type {HTMLInputElement} */ (ev.target).checked; state.deck = null; } }),
      " Bingkai kosong untuk foto yang belum ada"));

  replace(host,
    h("div", { class: "card", id: "kartu-buat" },
      h("h2", null, "Buat presentasi"),
      kindPicker("buat"),
      h("fieldset", { class: "plain" },
        h("legend", null, "Sumber profil"),
        unitChoice, state.source === "unit" && unitSelect,
        fileChoice,
        state.source === "file" && h("div", { class: "field" },
          h("label", { for: "berkas-profil", class: "visually-hidden" }, "Berkas profil"),
          profileInput,
          state.profileFile ? h("span", { class: "muted small", id: "nama-berkas-profil" }, state.profileFile.name) : null)),
      h("div", { class: "field" }, h("label", { for: "templat" }, "Templat"), templateSelect),
      templateFile,
      photoField,
      h("div", { class: "actions" },
        h("button", { type: "button", class: "button button-primary", id: "pratinjau", onclick: preview }, "Pratinjau"))),
    h("div", { id: "hasil-pratinjau" }, state.plan ? planView(state.plan) : null),
    state.plan ? outputCard() : null,
    h("div", { class: "card", id: "kartu-profil" },
      h("h2", null, "Profil unit"),
      h("div", { id: "profil-isi" }, profileIntro())));
  if (state.doc) drawProfileForm();
}

function profileIntro() {
  if (state.source === "unit" && !state.unitId) return h("p", { class: "muted" }, "Akun ini belum tergabung di unit.");
  if (state.source === "file" && !state.profileFile) return h("p", { class: "muted" }, "Pilih berkas profil untuk melihat dan menyunting isiannya.");
  if (state.source === "file" && !state.doc)
    return h("p", { class: "muted", id: "profil-yaml" }, "Profil YAML dipakai apa adanya. Formulir tersedia untuk profil JSON dan profil di ruang kerja; ",
      state.unitId ? "simpan berkas ini ke ruang kerja unit untuk menyuntingnya di sini." : "");
  return h("p", { class: "loading" }, h("span", { class: "spinner", "aria-hidden": "true" }), "Memuat profil…");
}

/** @param {HTMLInputElement} input */
async function pickProfileFile(input) {
  const file = input.files?.[0];
  if (!file) return;
  const text = await file.text();
  state.profileFile = { name: file.name, text };
  state.plan = null; state.deck = null;
  state.doc = null;
  if (/^\s*\{/.test(text)) { try { state.doc = JSON.parse(text); } catch { state.doc = null; } }
  renderGenerate();
}

async function loadProfile() {
  if (!state.unitId || state.source !== "unit") return;
  try {
    const p = await api.request(`/api/units/${encodeURIComponent(state.unitId)}/profile`);
    state.doc = p?.profile ? docFromParsed(p.profile) : { unit: { nama: unitName(), instansi: "", predikat_target: "WBK" } };
    drawProfileForm();
  } catch (e) { fail($("kartu-profil"), e); }
}

function drawProfileForm() {
  const host = document.getElementById("profil-isi");
  if (!host || !state.doc) return;
  const toUnit = state.source === "unit";
  renderProfileForm(host, state.doc, {
    submitLabel: toUnit ? "Simpan profil" : "Pakai isian ini",
    note: toUnit ? "Profil disimpan ke ruang kerja unit dalam format JSON (setara YAML) lalu pratinjau diperbarui."
      : "Isian dipakai untuk pratinjau dan presentasi; berkas di komputer Anda tidak diubah.",
    onSubmit: saveProfile,
  });
}

async function saveProfile() {
  const host = /** @type {HTMLElement} */ (document.getElementById("profil-isi"));
  const errors = validate(host);
  if (errors.length) {
    showErrors(host, errors);
    announce(`${errors.length} isian profil perlu diperbaiki.`);
    return;
  }
  const text = serialize(/** @type {Record<string, any>} */ (state.doc));
  const button = /** @type {HTMLButtonElement | null} */ (document.getElementById("simpan-profil"));
  if (button) button.disabled = true;
  try {
    if (state.source === "unit") {
      await requestWithFields(`/api/units/${encodeURIComponent(/** @type {string} */ (state.unitId))}/profile`, "PUT", { text });
    } else {
      // Isian berkas: diperiksa server lewat rencana presentasi; galatnya sama (jalur, baris, pesan).
      await requestWithFields("/api/decks/plan", "POST", { kind: state.kind, profile: text });
      state.profileFile = { name: state.profileFile?.name ?? "profil.json", text };
    }
    showErrors(host, []);
    state.deck = null;
    const note = h("p", { class: "message message-success", id: "profil-tersimpan", role: "status" },
      state.source === "unit" ? "Profil tersimpan." : "Isian profil dipakai.");
    host.querySelector("#profil-tersimpan")?.remove();
    host.querySelector(".actions")?.after(note);
    announce(note.textContent ?? "");
    await preview();
  } catch (e) {
    const problem = /** @type {any} */ (e);
    const list = problem?.fieldErrors ?? [];
    if (list.length) showErrors(host, list);
    else showErrors(host, [{ path: "", message: problem?.message ?? String(e) }]);
    announce("Profil belum tersimpan: periksa isian yang ditandai.");
  } finally {
    if (button) button.disabled = false;
  }
}

/**
 * JSON ke API dengan galat per isian dipertahankan (`fieldErrors`: [{path, line, column, message}]), untuk
 * profil dan rencana. 401 diserahkan ke api.request (pembaruan token, kembali ke layar masuk).
 * @param {string} path @param {string} method @param {unknown} body
 */
async function requestWithFields(path, method, body) {
  let res;
  try {
    res = await fetch(path, { method, cache: "no-store", body: JSON.stringify(body),
      headers: { Authorization: `Bearer ${api.getToken()}`, Accept: "application/json", "Content-Type": "application/json" } });
  } catch { throw new api.ApiError(0, "Tidak dapat menghubungi server. Periksa koneksi jaringan Anda lalu coba lagi.", "network"); }
  if (res.status === 401) return api.request(path, { method, json: body });
  if (!res.ok) throw await problemOf(res);
  return res.status === 204 ? null : res.json();
}

/** Badan permintaan presentasi: jenis dan profil (unit atau teks). */
function deckRequest() {
  /** @type {Record<string, unknown>} */
  const body = { kind: state.kind };
  if (state.source === "unit") {
    if (!state.unitId) throw new Error("Akun ini belum tergabung di unit; pilih berkas profil.");
    body.unitId = state.unitId;
  } else {
    if (!state.profileFile) throw new Error("Pilih berkas profil (YAML atau JSON) terlebih dahulu.");
    body.profile = state.profileFile.text;
  }
  if (state.limit[state.kind] !== DEFAULT_LIMIT[state.kind]) body.limitMinutes = state.limit[state.kind];
  return body;
}

async function preview() {
  const button = /** @type {HTMLButtonElement | null} */ (document.getElementById("pratinjau"));
  if (button) button.disabled = true;
  try {
    state.plan = await requestWithFields("/api/decks/plan", "POST", deckRequest());
    renderGenerate();
    const p = /** @type {Plan} */ (state.plan);
    announce(`Pratinjau: ${p.slides.length} salindia, ${clock(p.totalSeconds)} dari batas ${clock(p.limitSeconds)}.`);
  } catch (e) {
    fail(document.getElementById("kartu-buat"), e);
    const host = document.getElementById("profil-isi");
    const list = /** @type {any} */ (e)?.fieldErrors ?? [];
    if (host && list.length && state.doc) showErrors(host, list);
  } finally {
    if (button) button.disabled = false;
  }
}

/** @param {Plan} plan */
function planView(plan) {
  const over = !plan.fitsLimit;
  return [
    h("div", { class: "card", id: "rencana" },
      h("h2", null, plan.title),
      h("p", { id: "ringkasan-rencana", class: over ? "over" : null },
        h("strong", null, `${plan.slides.length} salindia · ${clock(plan.totalSeconds)}`), ` dari batas ${clock(plan.limitSeconds)} `,
        h("span", { class: `badge badge-${over ? "merah" : "hijau"}` }, over ? "Melebihi batas" : "Sesuai batas"),
        h("span", { class: "muted small" }, ` · ${plan.wordsPerMinute} kata/menit`)),
      timeBar(plan.totalSeconds, plan.limitSeconds, "Perkiraan waktu paparan"),
      plan.warnings.length > 0 && h("div", { id: "peringatan-profil" },
        h("h3", null, `Perbaiki profil (${plan.warnings.length})`),
        h("ul", { class: "warn-list" }, plan.warnings.map((w) => h("li", { "data-code": w.code, "data-path": w.path ?? "" },
          w.message,
          w.path && state.doc ? [" ", h("button", { type: "button", class: "link-button", onclick: () => focusField(/** @type {string} */ (w.path)) }, "Buka isian")] : null)))),
      plan.condensed.length > 0 && h("div", { id: "diringkas" },
        h("h3", null, "Diringkas agar muat dalam batas waktu"),
        h("ul", { class: "small" }, plan.condensed.map((c) => h("li", null, c)))),
      h("h3", null, "Tabel waktu per bagian"),
      h("table", { class: "timing-table", id: "tabel-bagian" },
        h("thead", null, h("tr", null, h("th", { scope: "col" }, "Bagian"), h("th", { scope: "col", class: "num" }, "Salindia"), h("th", { scope: "col", class: "num" }, "Waktu"))),
        h("tbody", null, plan.sections.map((sec) => h("tr", { "data-section": sec.key },
          h("td", null, sec.title), h("td", { class: "num" }, String(sec.slides)), h("td", { class: "num" }, clock(sec.seconds))))),
        h("tfoot", null, h("tr", null, h("th", { scope: "row" }, "Jumlah"), h("td", { class: "num" }, String(plan.slides.length)), h("td", { class: "num" }, clock(plan.totalSeconds))))),
      h("h3", null, "Kerangka"),
      h("p", { class: "muted small" }, "Centang salindia yang akan disisipkan ke presentasi ini."),
      h("div", { class: "actions small-actions" },
        h("button", { type: "button", class: "link-button", onclick: () => checkAll(true) }, "Pilih semua"),
        h("button", { type: "button", class: "link-button", onclick: () => checkAll(false) }, "Kosongkan")),
      h("ol", { class: "outline", id: "kerangka" }, plan.slides.map((sl) => h("li", { "data-number": sl.number, "data-layout": sl.layout },
        h("label", { class: "outline-head" },
          h("input", { type: "checkbox", class: "pilih-salindia", value: String(sl.number), checked: true, "aria-label": `Salindia ${sl.number}: ${sl.title}` }),
          h("span", { class: "outline-title" }, `${sl.number}. ${sl.title}`),
          h("span", { class: "outline-time" }, clock(sl.seconds))),
        sl.bullets.length > 0 && h("ul", { class: "outline-bullets" }, sl.bullets.slice(0, 6).map((b) => h("li", { class: b.level > 0 ? "sub" : null }, b.text))),
        sl.chart && h("p", { class: "muted small" }, `Grafik: ${sl.chart.title ?? ""}`),
        sl.notes && h("details", { class: "notes" }, h("summary", null, "Naskah"), h("p", { class: "small" }, sl.notes)))))),
  ];
}

/** @param {boolean} on */
function checkAll(on) {
  for (const c of /** @type {NodeListOf<HTMLInputElement>} */ (document.querySelectorAll("#kerangka .pilih-salindia"))) c.checked = on;
}

/** @param {string} path */
function focusField(path) {
  const host = document.getElementById("profil-isi");
  if (!host) return;
  const p = CSS.escape(path);
  const el = /** @type {HTMLElement | null} */ (host.querySelector(`[data-type][data-path="${p}"]`)
    ?? host.querySelector(`[data-type][data-path^="${p}."], [data-type][data-path^="${p}["]`));
  if (!el) return;
  for (let d = el.closest("details"); d; d = d.parentElement?.closest("details") ?? null) /** @type {HTMLDetailsElement} */ (d).open = true;
  el.scrollIntoView({ block: "center" });
  el.focus();
}

/**
 * Bilah waktu terhadap batas.
 * @param {number} seconds @param {number} limit @param {string} label
 */
function timeBar(seconds, limit, label) {
  const over = seconds > limit;
  const fill = h("span", { class: `bar-fill bar-${over ? "merah" : "hijau"}` });
  fill.style.width = `${Math.min(100, limit > 0 ? (100 * seconds) / limit : 0)}%`;
  return h("span", { class: "bar-wrap" },
    h("span", { class: "bar", role: "progressbar", "aria-label": label, "aria-valuemin": 0, "aria-valuemax": limit, "aria-valuenow": seconds,
      "aria-valuetext": `${clock(seconds)} dari ${clock(limit)}` }, fill),
    h("span", { class: "bar-text" }, `${clock(seconds)} / ${clock(limit)}`));
}

function outputCard() {
  const c = state.caps;
  return h("div", { class: "card", id: "kartu-keluaran" },
    h("h2", null, "Masukkan ke PowerPoint"),
    c.create ? h("div", { class: "actions" },
      h("button", { type: "button", class: "button button-primary", id: "buat-baru", onclick: createNew }, "Buat presentasi baru"))
      : message("PowerPoint ini belum mendukung pembuatan presentasi baru dari add-in (PowerPointApi 1.1). Unduh berkasnya lalu buka di PowerPoint.", "warning"),
    c.insert ? h("fieldset", { class: "plain", id: "opsi-sisip" },
      h("legend", null, "Sisipkan salindia yang dicentang"),
      h("label", { class: "choice" }, h("input", { type: "radio", name: "format", value: "KeepSourceFormatting", checked: true }), "Pertahankan format templat"),
      h("label", { class: "choice" }, h("input", { type: "radio", name: "format", value: "UseDestinationTheme" }), "Pakai tema presentasi ini"),
      c.selection ? h("label", { class: "choice" }, h("input", { type: "checkbox", id: "setelah-terpilih", checked: true }), "Setelah salindia yang terpilih")
        : h("p", { class: "muted small" }, "Salindia ditambahkan di akhir presentasi."),
      h("div", { class: "actions" },
        h("button", { type: "button", class: "button", id: "sisipkan", onclick: insertHere }, "Sisipkan ke presentasi ini")))
      : h("div", { class: "message message-warning", id: "tanpa-sisip", role: "note" },
        h("strong", null, "Sisipkan tidak tersedia: "),
        "versi PowerPoint ini belum mendukung PowerPointApi 1.2 (mis. PowerPoint di iPad atau Office 2019). ",
        "Unduh presentasinya, lalu buka atau salin salindianya di PowerPoint."),
    h("div", { class: "actions" },
      h("button", { type: "button", class: c.insert ? "button button-subtle" : "button button-primary", id: "unduh-pptx", onclick: downloadDeck }, "Unduh presentasi (.pptx)"),
      h("button", { type: "button", class: "button button-subtle", id: "unduh-rute", onclick: downloadTour }, "Unduh rute kunjungan (.docx)")),
    h("p", { class: "muted small", id: "catatan-keluaran" }));
}

/** @param {string} text */
function outputNote(text) {
  const note = document.getElementById("catatan-keluaran");
  if (note) note.textContent = text;
  announce(text);
}

/**
 * POST yang menjawab berkas (pptx/docx). Galat → ApiError dengan pesan Indonesia.
 * @param {string} path
 * @param {Record<string, unknown>} body
 * @param {File | null} [file] templat .pptx (multipart: request + template)
 * @param {File[]} [photos] foto dan logo profil (multipart: foto)
 */
async function postForFile(path, body, file, photos = []) {
  /** @type {RequestInit} */
  const init = { method: "POST", cache: "no-store", headers: { Authorization: `Bearer ${api.getToken()}` } };
  if (file || photos.length) {
    const form = new FormData();
    form.append("request", JSON.stringify(body));
    if (file) form.append("template", file, file.name);
    for (const photo of photos) form.append("foto", photo, photo.name);
    init.body = form;
  } else {
    /** @type {Record<string, string>} */ (init.headers)["Content-Type"] = "application/json";
    init.body = JSON.stringify(body);
  }
  let res;
  try { res = await fetch(path, init); } catch { throw new api.ApiError(0, "Tidak dapat menghubungi server. Periksa koneksi jaringan Anda lalu coba lagi.", "network"); }
  if (!res.ok) throw await problemOf(res);
  const disposition = res.headers.get("Content-Disposition") ?? "";
  const name = /filename\*=UTF-8''([^;]+)/i.exec(disposition)?.[1] ?? /filename="?([^";]+)/i.exec(disposition)?.[1] ?? "presentasi.pptx";
  return { bytes: new Uint8Array(await res.arrayBuffer()), name: decodeURIComponent(name), headers: res.headers };
}

/** @param {Response} res */
async function problemOf(res) {
  const problem = await res.json().catch(() => null);
  const errors = Array.isArray(problem?.errors) ? problem.errors : [];
  const details = errors.map((/** @type {any} */ x) => `${x.path ? `${x.path}: ` : ""}${x.message ?? ""}${x.line ? ` (baris ${x.line})` : ""}`);
  // Rincian per isian sudah ada di `details`: pesan utama cukup ringkas.
  const text = errors.length ? "Profil unit belum valid; perbaiki isian berikut." : api.messageFor(res.status, problem);
  const e = new api.ApiError(res.status, text, problem?.code, details);
  if (Array.isArray(problem?.errors)) /** @type {any} */ (e).fieldErrors = problem.errors;
  return e;
}

/** Presentasi untuk rencana saat ini (disimpan sementara selama permintaannya sama). */
async function deck() {
  const body = deckRequest();
  const file = state.templateId === "__berkas" ? state.templateFile : null;
  if (state.templateId === "__berkas" && !file) throw new Error("Pilih berkas templat .pptx, atau pilih templat bawaan.");
  if (state.templateId && state.templateId !== "__berkas") body.templateId = state.templateId;
  if (state.photoPlaceholders) body.photoPlaceholders = true;
  const key = JSON.stringify(body) + (file ? `|${file.name}|${file.size}|${file.lastModified}` : "")
    + state.photos.map((f) => `|${f.name}|${f.size}|${f.lastModified}`).join("");
  if (state.deck?.key === key) return state.deck;
  outputNote("Menyusun presentasi di server…");
  const r = await postForFile("/api/decks", body, file, state.photos);
  state.deck = { key, bytes: r.bytes, name: r.name, ids: await slideIdsOf(r.bytes) };
  return state.deck;
}

/** PowerPoint.createPresentation gagal di sekitar 40–50 MB; di atas batas ini berkasnya diunduh saja. */
const CREATE_LIMIT_BYTES = 40 * 1024 * 1024;

async function createNew() {
  try {
    const d = await deck();
    if (d.bytes.length > CREATE_LIMIT_BYTES)
      throw new Error(`Presentasi ini ${num(d.bytes.length / 1048576, 1)} MB, terlalu besar untuk dibuka langsung oleh add-in (batas sekitar 40 MB). Unduh berkasnya lalu buka di PowerPoint.`);
    await ppt.createPresentation(toBase64(d.bytes));
    outputNote(`Presentasi baru dibuka: ${d.ids.length} salindia.`);
  } catch (e) { fail(document.getElementById("kartu-keluaran"), e); outputNote(""); }
}

async function insertHere() {
  try {
    const numbers = [...document.querySelectorAll("#kerangka .pilih-salindia")]
      .filter((c) => /** @type {HTMLInputElement} */ (c).checked).map((c) => Number(/** @type {HTMLInputElement} */ (c).value));
    if (numbers.length === 0) { outputNote("Centang minimal satu salindia di kerangka."); return; }
    const d = await deck();
    const formatting = /** @type {"KeepSourceFormatting" | "UseDestinationTheme"} */ (
      /** @type {HTMLInputElement | null} */ (document.querySelector("input[name=format]:checked"))?.value ?? "KeepSourceFormatting");
    const all = numbers.length === d.ids.length;
    const sourceSlideIds = all ? undefined : numbers.map((n) => d.ids[n - 1]).filter(Boolean).map((id) => `${id}#`);
    const afterSelected = !!(/** @type {HTMLInputElement | null} */ (document.getElementById("setelah-terpilih"))?.checked);
    const total = await ppt.insertSlides(toBase64(d.bytes), { formatting, sourceSlideIds, afterSelected });
    outputNote(`${numbers.length} salindia disisipkan (${formatting === "KeepSourceFormatting" ? "format templat" : "tema presentasi ini"}); presentasi kini ${total} salindia.`);
  } catch (e) { fail(document.getElementById("kartu-keluaran"), e); outputNote(""); }
}

/** @param {Uint8Array} bytes @param {string} name @param {string} type */
function saveAs(bytes, name, type) {
  const url = URL.createObjectURL(new Blob([/** @type {BlobPart} */ (bytes)], { type }));
  const a = h("a", { href: url, download: name, hidden: true });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

async function downloadDeck() {
  try {
    const d = await deck();
    saveAs(d.bytes, d.name, "application/vnd.openxmlformats-officedocument.presentationml.presentation");
    outputNote(`Diunduh: ${d.name} (${d.ids.length} salindia).`);
  } catch (e) { fail(document.getElementById("kartu-keluaran"), e); outputNote(""); }
}

async function downloadTour() {
  try {
    const body = deckRequest();
    delete body.kind;
    delete body.limitMinutes;
    const r = await postForFile("/api/decks/tour", body);
    saveAs(r.bytes, r.name, "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    outputNote(`Diunduh: ${r.name}.`);
  } catch (e) { fail(document.getElementById("kartu-keluaran"), e); outputNote(""); }
}

// ---- 2. Waktu presentasi yang terbuka ---------------------------------------------------------

function limitInput() {
  return h("div", { class: "field pf-short" },
    h("label", { for: "batas-menit" }, "Batas (menit)"),
    h("input", { type: "text", inputmode: "numeric", id: "batas-menit", value: String(state.limit[state.kind]),
      onchange: (/** @type {Event} */ ev) => {
        const v = Number(/** @type {HTMLInputElement} */ (ev.target).value);
        if (Number.isInteger(v) && v > 0 && v <= 180) state.limit[state.kind] = v;
        else /** @type {HTMLInputElement} */ (ev.target).value = String(state.limit[state.kind]);
      } }));
}

function renderTiming() {
  const host = panel("waktu");
  if (!host) return;
  const t = state.timing;
  replace(host,
    h("div", { class: "card", id: "kartu-waktu" },
      h("h2", null, "Waktu presentasi ini"),
      h("p", { class: "muted small" }, "Membaca catatan pembicara setiap salindia di presentasi yang terbuka, memperkirakan waktu bicara, ",
        "dan menandai salindia tanpa catatan atau yang melebihi jatahnya."),
      kindPicker("waktu"),
      limitInput(),
      state.caps.file ? h("div", { class: "actions" },
        h("button", { type: "button", class: "button button-primary", id: "periksa-waktu", onclick: checkTiming }, "Periksa waktu"))
        : message("PowerPoint ini tidak mengizinkan add-in membaca berkas presentasi (getFileAsync). Periksa waktunya dengan baris perintah atau aplikasi web.", "warning")),
    t ? timingView(t) : null);
}

async function checkTiming() {
  const button = /** @type {HTMLButtonElement | null} */ (document.getElementById("periksa-waktu"));
  if (button) { button.disabled = true; button.textContent = "Membaca presentasi…"; }
  try {
    const bytes = await ppt.readOpenFile();
    const form = new FormData();
    form.append("file", new Blob([/** @type {BlobPart} */ (bytes)], { type: "application/vnd.openxmlformats-officedocument.presentationml.presentation" }), "presentasi.pptx");
    const query = `?kind=${encodeURIComponent(state.kind)}&limitMinutes=${state.limit[state.kind]}`;
    state.timing = await api.request(`/api/decks/timing${query}`, { method: "POST", form });
    renderTiming();
    const t = /** @type {Timing} */ (state.timing);
    announce(`Total ${clock(t.totalSeconds)} dari batas ${clock(t.limitSeconds)}; ${t.withoutNotes.length} salindia tanpa catatan, ${t.overBudget.length} melebihi jatah.`);
  } catch (e) {
    fail(document.getElementById("kartu-waktu"), e);
    if (button) { button.disabled = false; button.textContent = "Periksa waktu"; }
  }
}

/** @param {Timing} t */
function timingView(t) {
  const over = t.totalSeconds > t.limitSeconds;
  const canJump = state.caps.selection;
  return h("div", { class: "card", id: "hasil-waktu" },
    h("p", { id: "ringkasan-waktu" }, h("strong", null, `Total ${clock(t.totalSeconds)}`), ` dari batas ${clock(t.limitSeconds)} `,
      h("span", { class: `badge badge-${over ? "merah" : "hijau"}` }, over ? "Melebihi batas" : "Sesuai batas"),
      h("span", { class: "muted small" }, ` · ${t.slides.length} salindia · ${t.wordsPerMinute} kata/menit`)),
    timeBar(t.totalSeconds, t.limitSeconds, "Perkiraan waktu presentasi ini"),
    h("ul", { class: "flags" },
      h("li", { id: "tanpa-catatan", "data-count": t.withoutNotes.length },
        t.withoutNotes.length ? `Tanpa catatan pembicara: salindia ${t.withoutNotes.join(", ")}` : "Semua salindia memiliki catatan pembicara."),
      h("li", { id: "lewat-jatah", "data-count": t.overBudget.length },
        t.overBudget.length ? `Melebihi jatah waktu: salindia ${t.overBudget.join(", ")}` : "Tidak ada salindia yang melebihi jatahnya.")),
    h("table", { class: "timing-table", id: "tabel-waktu" },
      h("thead", null, h("tr", null, h("th", { scope: "col", class: "num" }, "No."), h("th", { scope: "col" }, "Judul"),
        h("th", { scope: "col", class: "num" }, "Kata"), h("th", { scope: "col", class: "num" }, "Waktu"))),
      h("tbody", null, t.slides.map((sl) => h("tr", {
        "data-number": sl.number, "data-no-notes": String(!sl.hasNotes), "data-over": String(sl.overBudget),
        class: !sl.hasNotes ? "row-warn" : sl.overBudget ? "row-over" : null,
      },
      h("td", { class: "num" }, String(sl.number)),
      h("td", null,
        canJump ? h("button", { type: "button", class: "link-button go-slide", onclick: () => jump(sl.number), title: "Tampilkan salindia ini" }, sl.title || `Salindia ${sl.number}`)
          : (sl.title || `Salindia ${sl.number}`),
        !sl.hasNotes ? h("span", { class: "badge badge-kuning" }, "Tanpa catatan") : null,
        sl.overBudget ? h("span", { class: "badge badge-merah" }, `Lewat jatah ${clock(sl.budgetSeconds)}`) : null),
      h("td", { class: "num" }, String(sl.words)),
      h("td", { class: "num" }, clock(sl.seconds)))))),
    canJump ? null : h("p", { class: "muted small" }, "Lompat ke salindia memerlukan PowerPointApi 1.5; pilih salindianya sendiri di PowerPoint."));
}

/** @param {number} number */
async function jump(number) {
  try {
    const ok = await ppt.goToSlide(number);
    announce(ok ? `Salindia ${number} ditampilkan.` : `Salindia ${number} tidak ada lagi di presentasi.`);
  } catch (e) { fail(document.getElementById("hasil-waktu"), e); }
}

// ---- 3. Latihan -------------------------------------------------------------------------------

const rehearsal = {
  running: false,
  /** @type {Array<{ number: number, title: string }>} */ slides: [],
  /** @type {number[]} */ seconds: [],
  index: 0,
  since: 0,
  /** @type {string[]} */ ids: [],
  /** @type {ReturnType<typeof setInterval> | undefined} */ tick: undefined,
  /** @type {ReturnType<typeof setInterval> | undefined} */ poll: undefined,
  polling: false,
  /** @type {string | null} */ lastSelected: null,
};

/** Salindia untuk latihan: hasil pemeriksaan waktu (judul dari berkas), lalu salindia presentasi, lalu rencana. */
async function rehearsalSlides() {
  if (state.timing?.slides.length) return state.timing.slides.map((x) => ({ number: x.number, title: x.title || `Salindia ${x.number}` }));
  if (state.caps.insert) {
    try {
      const ids = await ppt.slideIds();
      if (ids.length) return ids.map((_, i) => ({ number: i + 1, title: state.plan?.slides[i]?.title ?? `Salindia ${i + 1}` }));
    } catch { /* jatuh ke rencana */ }
  }
  return (state.plan?.slides ?? []).map((x) => ({ number: x.number, title: x.title }));
}

const now = () => Date.now();

function renderRehearsal() {
  const host = panel("latihan");
  if (!host) return;
  const limit = state.limit[state.kind] * 60;
  const count = state.runs.length;
  const r = rehearsal;
  const current = r.slides[r.index];
  replace(host,
    h("div", { class: "card", id: "kartu-latihan" },
      h("h2", null, "Latihan presentasi"),
      kindPicker("latihan"),
      h("p", { id: "hitungan-latihan", "data-count": count, class: count >= MIN_RUNS ? "ok" : null },
        count >= MIN_RUNS ? `Latihan ke-${count} dari minimal ${MIN_RUNS} ✓` : `Latihan ke-${count} dari minimal ${MIN_RUNS}`),
      !state.unitId && message("Latihan dicatat di ruang kerja unit; akun ini belum tergabung di unit.", "warning"),
      r.running ? [
        h("div", { class: "timer", id: "pengatur-waktu" },
          h("div", { class: "timer-total", id: "waktu-total" }, clock(totalElapsed())),
          h("div", { class: "muted small" }, `batas ${clock(limit)}`)),
        h("p", { id: "salindia-kini", "data-number": current?.number ?? 0 },
          h("strong", null, `Salindia ${r.index + 1} dari ${r.slides.length}`), current ? ` — ${current.title}` : "",
          " ", h("span", { class: "muted", id: "waktu-salindia" }, clock(slideElapsed()))),
        h("div", { class: "actions" },
          h("button", { type: "button", class: "button", id: "sebelumnya", disabled: r.index === 0, onclick: () => moveTo(r.index - 1) }, "‹ Sebelumnya"),
          h("button", { type: "button", class: "button button-primary", id: "berikutnya", disabled: r.index >= r.slides.length - 1, onclick: () => moveTo(r.index + 1) }, "Berikutnya ›")),
        state.caps.selection ? h("label", { class: "choice" },
          h("input", { type: "checkbox", id: "ikuti-salindia", checked: r.polling, onchange: (/** @type {Event} */ ev) => setPolling(/** @type {HTMLInputElement} */ (ev.target).checked) }),
          "Ikuti salindia yang dipilih di PowerPoint") : null,
        h("div", { class: "actions" },
          h("button", { type: "button", class: "button button-primary", id: "selesai-latihan", onclick: finishRehearsal }, "Selesai dan simpan"),
          h("button", { type: "button", class: "button button-subtle", id: "batal-latihan", onclick: () => { stopRehearsal(false); renderRehearsal(); } }, "Batal")),
      ] : [
        h("p", { class: "muted small" }, "Pengatur waktu mencatat lama setiap salindia. Pindah salindia dengan “Berikutnya”",
          state.caps.selection ? " atau cukup pindah salindia di PowerPoint." : "."),
        h("div", { class: "actions" },
          h("button", { type: "button", class: "button button-primary", id: "mulai-latihan", disabled: !state.unitId, onclick: startRehearsal }, "Mulai latihan")),
      ]),
    h("div", { class: "card", id: "riwayat-latihan" },
      h("h2", null, "Riwayat latihan"),
      runsView(limit)));
}

function totalElapsed() {
  return rehearsal.seconds.reduce((a, b) => a + b, 0) + (rehearsal.running ? (now() - rehearsal.since) / 1000 : 0);
}
function slideElapsed() {
  return (rehearsal.seconds[rehearsal.index] ?? 0) + (rehearsal.running ? (now() - rehearsal.since) / 1000 : 0);
}

async function startRehearsal() {
  const slides = await rehearsalSlides();
  if (slides.length === 0) {
    fail(document.getElementById("kartu-latihan"), new Error("Belum ada salindia untuk dilatih: buka presentasinya, periksa waktunya, atau buat pratinjau dulu."));
    return;
  }
  Object.assign(rehearsal, { running: true, slides, seconds: slides.map(() => 0), index: 0, since: now(), ids: [] });
  if (state.caps.selection) {
    try {
      rehearsal.ids = await ppt.slideIds();
      rehearsal.lastSelected = (await ppt.selectedSlideIds())[0] ?? null;
    } catch { rehearsal.ids = []; }
    setPolling(true, false);
  }
  rehearsal.tick = setInterval(updateClock, 250);
  renderRehearsal();
  announce(`Latihan dimulai: ${slides.length} salindia.`);
}

function updateClock() {
  const total = document.getElementById("waktu-total");
  const slide = document.getElementById("waktu-salindia");
  if (total) {
    total.textContent = clock(totalElapsed());
    total.classList.toggle("over", totalElapsed() > state.limit[state.kind] * 60);
  }
  if (slide) slide.textContent = clock(slideElapsed());
}

/** @param {number} index */
function moveTo(index) {
  const r = rehearsal;
  if (!r.running || index < 0 || index >= r.slides.length || index === r.index) return;
  const t = now();
  r.seconds[r.index] += (t - r.since) / 1000;
  r.since = t;
  r.index = index;
  renderRehearsal();
  announce(`Salindia ${index + 1}: ${r.slides[index].title}`);
}

/** @param {boolean} on @param {boolean} [render] */
function setPolling(on, render = true) {
  rehearsal.polling = on;
  clearInterval(rehearsal.poll);
  rehearsal.poll = undefined;
  if (on) rehearsal.poll = setInterval(followSelection, POLL_MS);
  if (render) renderRehearsal();
}

let polling = false;
async function followSelection() {
  if (polling || !rehearsal.running) return;
  polling = true;
  try {
    const selected = await ppt.selectedSlideIds();
    // Hanya perubahan pilihan di PowerPoint yang diikuti: tombol panel tetap berlaku selama pilihan tidak berubah.
    if (selected.length && rehearsal.running && selected[0] !== rehearsal.lastSelected) {
      rehearsal.lastSelected = selected[0];
      let index = rehearsal.ids.indexOf(selected[0]);
      if (index < 0) { rehearsal.ids = await ppt.slideIds(); index = rehearsal.ids.indexOf(selected[0]); }
      if (index >= 0 && index < rehearsal.slides.length) moveTo(index);
    }
  } catch { /* host sibuk: coba lagi pada putaran berikutnya */ } finally { polling = false; }
}

/** @param {boolean} keep */
function stopRehearsal(keep) {
  const r = rehearsal;
  if (r.running && keep) r.seconds[r.index] += (now() - r.since) / 1000;
  r.running = false;
  clearInterval(r.tick);
  clearInterval(r.poll);
  r.tick = r.poll = undefined;
}

async function finishRehearsal() {
  stopRehearsal(true);
  const r = rehearsal;
  const body = {
    kind: state.kind,
    limitSeconds: state.limit[state.kind] * 60,
    slides: r.slides.map((x, i) => ({ number: x.number, title: x.title, seconds: Math.round(r.seconds[i]) })),
  };
  try {
    /** @type {Run} */
    const run = await api.request(`/api/units/${encodeURIComponent(/** @type {string} */ (state.unitId))}/rehearsals`, { method: "POST", json: body });
    state.runs = [run, ...state.runs.filter((x) => x.id !== run.id)];
    renderRehearsal();
    announce(`Latihan tersimpan: ${clock(run.totalSeconds)}. Latihan ke-${state.runs.length} dari minimal ${MIN_RUNS}.`);
    loadRuns();
  } catch (e) {
    renderRehearsal();
    fail(document.getElementById("kartu-latihan"), e);
  }
}

async function loadRuns() {
  if (!state.unitId) return;
  try {
    const list = await api.request(`/api/units/${encodeURIComponent(state.unitId)}/rehearsals?kind=${encodeURIComponent(state.kind)}`);
    state.runs = Array.isArray(list?.items) ? list.items : Array.isArray(list) ? list : [];
    if (!rehearsal.running) renderRehearsal();
    else { const hist = document.getElementById("riwayat-latihan"); if (hist) replace(hist, h("h2", null, "Riwayat latihan"), runsView(state.limit[state.kind] * 60)); }
  } catch (e) { fail(document.getElementById("riwayat-latihan"), e); }
}

/** @param {number} limit */
function runsView(limit) {
  const runs = [...state.runs].reverse(); // terlama → terbaru, kiri ke kanan
  if (runs.length === 0) return h("p", { class: "muted", id: "tanpa-latihan" }, "Belum ada latihan tercatat untuk paparan ini.");
  const shown = runs.slice(-8);
  const first = runs.length - shown.length;
  const W = 300, H = 150, top = 14, bottom = 22, left = 4, right = 62; // kanan: label batas di luar batang
  const lim = shown[shown.length - 1]?.limitSeconds || limit;
  const max = Math.max(lim, ...shown.map((x) => x.totalSeconds)) * 1.1;
  const y = (/** @type {number} */ v) => top + (H - top - bottom) * (1 - v / max);
  const step = (W - left - right) / shown.length;
  const barW = Math.min(40, step * 0.6);
  const chart = s("svg", { viewBox: `0 0 ${W} ${H}`, class: "runs-chart", id: "grafik-latihan", role: "img",
    "aria-label": `Total waktu ${shown.length} latihan terakhir terhadap batas ${clock(lim)}` },
  shown.map((run, i) => {
    const x = left + step * i + (step - barW) / 2;
    const over = run.totalSeconds > (run.limitSeconds || lim);
    return s("g", { class: "run-bar", "data-seconds": run.totalSeconds },
      s("rect", { x, y: y(run.totalSeconds), width: barW, height: Math.max(1, y(0) - y(run.totalSeconds)), rx: 2, fill: over ? "#c50f1f" : "#0f6cbd" },
        s("title", null, `Latihan ke-${first + i + 1}: ${clock(run.totalSeconds)}`)),
      s("text", { x: x + barW / 2, y: y(run.totalSeconds) - 3, "text-anchor": "middle", "font-size": 10, fill: "#424242" }, clock(run.totalSeconds)),
      s("text", { x: x + barW / 2, y: H - 8, "text-anchor": "middle", "font-size": 10, fill: "#616161" }, `ke-${first + i + 1}`));
  }),
  s("line", { x1: 0, x2: W - right + 4, y1: y(lim), y2: y(lim), stroke: "#c50f1f", "stroke-dasharray": "5 3", "stroke-width": 1.5, class: "limit-line", "data-seconds": lim }),
  s("text", { x: W - right + 8, y: y(lim) + 4, "text-anchor": "start", "font-size": 10, fill: "#c50f1f" }, `batas ${clock(lim)}`));

  const recent = state.runs.slice(0, 3).reverse();
  const numbers = [...new Set(recent.flatMap((r) => r.slides.map((x) => x.number)))].sort((a, b) => a - b);
  const titleOf = (/** @type {number} */ n) => recent.flatMap((r) => r.slides).find((x) => x.number === n)?.title ?? `Salindia ${n}`;
  return [
    chart,
    h("h3", null, "Per salindia (tiga latihan terakhir)"),
    h("div", { class: "table-scroll" }, h("table", { class: "timing-table", id: "tabel-latihan" },
      h("thead", null, h("tr", null, h("th", { scope: "col" }, "Salindia"),
        recent.map((r) => h("th", { scope: "col", class: "num" }, `ke-${runs.indexOf(r) + 1}`)))),
      h("tbody", null, numbers.map((n) => h("tr", null, h("td", null, `${n}. ${titleOf(n)}`),
        recent.map((r) => h("td", { class: "num" }, (() => { const x = r.slides.find((q) => q.number === n); return x ? clock(x.seconds) : "–"; })()))))),
      h("tfoot", null, h("tr", null, h("th", { scope: "row" }, "Total"), recent.map((r) => h("td", { class: "num" }, clock(r.totalSeconds))))))),
  ];
}

// ---- 4. Tanya jawab ---------------------------------------------------------------------------

const qa = {
  loaded: false,
  area: "",
  /** @type {QaItem[]} */ items: [],
  /** @type {QaItem | null} */ current: null,
  /** @type {number | null} */ startedAt: null,
  answered: 0,
  /** @type {ReturnType<typeof setInterval> | undefined} */ tick: undefined,
  /** @type {{ area: string, narratives: Array<{ questionId: string, question: string, text: string, status?: string }> } | null} */ reference: null,
  /** @type {string | null} */ editing: null,
};

function qaBase() {
  return `/api/units/${encodeURIComponent(/** @type {string} */ (state.unitId))}/qa`;
}

async function loadQa() {
  if (!state.unitId) { renderQa(); return; }
  try {
    const list = await api.request(`${qaBase()}${qa.area ? `?area=${encodeURIComponent(qa.area)}` : ""}`);
    qa.items = Array.isArray(list?.items) ? list.items : Array.isArray(list) ? list : [];
    qa.loaded = true;
    renderQa();
  } catch (e) { renderQa(); fail(document.getElementById("kartu-tanya"), e); }
}

/** @param {QaItem} q */
function practisedText(q) {
  if (typeof q.practised === "number") return q.practised > 0 ? `Dilatih ${q.practised}×` : "Belum dilatih";
  return q.practised ? "Sudah dilatih" : "Belum dilatih";
}

function renderQa() {
  const host = panel("tanya");
  if (!host) return;
  if (!state.unitId) { replace(host, h("div", { class: "card" }, message("Bank pertanyaan disimpan di ruang kerja unit; akun ini belum tergabung di unit.", "warning"))); return; }
  const q = qa.current;
  const areaSelect = h("select", { id: "area-tanya", onchange: (/** @type {Event} */ ev) => {
    qa.area = /** @type {HTMLSelectElement} */ (ev.target).value; qa.current = null; stopAnswerTimer(); loadQa();
  } }, h("option", { value: "", selected: qa.area === "" }, "Semua area (acak)"),
  AREAS.map((a) => h("option", { value: a, selected: qa.area === a }, `${a} — ${AREA_NAMES[a]}`)));
  const practisedCount = qa.items.filter((x) => (typeof x.practised === "number" ? x.practised > 0 : !!x.practised)).length;
  replace(host,
    h("div", { class: "card", id: "kartu-tanya" },
      h("h2", null, "Latihan tanya jawab"),
      h("div", { class: "field" }, h("label", { for: "area-tanya" }, "Area"), areaSelect),
      h("p", { class: "muted small", id: "ringkasan-tanya" }, `${qa.items.length} pertanyaan · ${practisedCount} sudah dilatih`),
      h("div", { class: "actions" },
        h("button", { type: "button", class: "button button-primary", id: "ambil-pertanyaan", disabled: qa.items.length === 0, onclick: draw }, q ? "Pertanyaan lain" : "Ambil pertanyaan acak")),
      q ? h("div", { class: "qa-card", id: "pertanyaan-latihan", "data-id": q.id, "data-area": q.area },
        h("div", { class: "qa-meta" }, h("span", { class: "badge badge-abu" }, q.area), " ",
          h("span", { class: "muted small", id: "status-latihan-tanya" }, practisedText(q))),
        h("p", { class: "qa-question" }, q.question),
        h("div", { class: "timer small-timer" }, h("div", { class: "timer-total", id: "waktu-jawab" }, clock(answerElapsed())),
          h("div", { class: "muted small" }, "waktu menjawab (sasaran ≤ 2:00)")),
        h("div", { class: "actions" },
          qa.startedAt === null
            ? h("button", { type: "button", class: "button", id: "mulai-jawab", onclick: startAnswer }, qa.answered ? "Ulangi" : "Mulai menjawab")
            : h("button", { type: "button", class: "button", id: "selesai-jawab", onclick: stopAnswer }, "Selesai menjawab"),
          h("button", { type: "button", class: "button button-primary", id: "catat-latihan", disabled: qa.startedAt === null && qa.answered === 0, onclick: recordPractice }, "Catat sudah dilatih")),
        h("details", { class: "reference", id: "jawaban-acuan", ontoggle: (/** @type {Event} */ ev) => { if (/** @type {HTMLDetailsElement} */ (ev.target).open) loadReference(q.area); } },
          h("summary", null, `Jawaban acuan: narasi unit area ${q.area}`),
          referenceView(q.area))) : null),
    h("div", { class: "card", id: "bank-tanya" },
      h("h2", null, "Bank pertanyaan"),
      h("ul", { class: "qa-list", id: "daftar-tanya" }, qa.items.map((x) => qaRow(x))),
      addQuestionForm()));
}

/** @param {QaItem} x */
function qaRow(x) {
  if (qa.editing === x.id) {
    const area = h("select", { "aria-label": "Area pertanyaan" }, AREAS.map((a) => h("option", { value: a, selected: x.area === a }, a)));
    const text = h("textarea", { rows: 3, "aria-label": "Teks pertanyaan" });
    text.value = x.question;
    return h("li", { "data-id": x.id, class: "editing" },
      h("form", { class: "qa-edit", onsubmit: async (/** @type {Event} */ ev) => {
        ev.preventDefault();
        try {
          const updated = await api.request(`${qaBase()}/${encodeURIComponent(x.id)}`, { method: "PUT", json: { area: area.value, question: text.value.trim() } });
          Object.assign(x, updated ?? { area: area.value, question: text.value.trim() });
          qa.editing = null;
          renderQa();
          announce("Pertanyaan diperbarui.");
        } catch (e) { fail(/** @type {HTMLElement} */ (ev.target), e); }
      } }, area, text,
      h("div", { class: "actions" },
        h("button", { type: "submit", class: "button button-primary" }, "Simpan"),
        h("button", { type: "button", class: "button button-subtle", onclick: () => { qa.editing = null; renderQa(); } }, "Batal"))));
  }
  return h("li", { "data-id": x.id, "data-source": x.source },
    h("span", { class: "qa-text" }, h("span", { class: "badge badge-abu" }, x.area), " ", x.question),
    h("span", { class: "qa-row-meta muted small" }, x.source === "unit" ? "Tambahan unit" : "Bawaan", " · ", practisedText(x)),
    h("span", { class: "qa-row-actions" },
      h("button", { type: "button", class: "link-button", onclick: () => { qa.editing = x.id; renderQa(); } }, "Ubah"),
      h("button", { type: "button", class: "link-button", onclick: () => removeQuestion(x) }, "Hapus")));
}

function addQuestionForm() {
  const area = h("select", { id: "area-baru" }, AREAS.map((a) => h("option", { value: a, selected: (qa.area || "MP") === a }, `${a} — ${AREA_NAMES[a]}`)));
  const text = h("textarea", { id: "pertanyaan-baru", rows: 3, required: true });
  const error = h("div");
  const form = h("form", { class: "form", id: "form-tanya-baru", novalidate: true },
    h("h3", null, "Tambah pertanyaan"),
    error,
    h("div", { class: "field" }, h("label", { for: "area-baru" }, "Area"), area),
    h("div", { class: "field" }, h("label", { for: "pertanyaan-baru" }, "Pertanyaan"), text),
    h("div", { class: "actions" }, h("button", { type: "submit", class: "button" }, "Tambah pertanyaan")));
  form.addEventListener("submit", async (ev) => {
    ev.preventDefault();
    const question = text.value.trim();
    if (question.length < 5) { replace(error, message("Tulis pertanyaannya (minimal 5 huruf).", "error")); text.focus(); return; }
    try {
      /** @type {QaItem} */
      const item = await api.request(qaBase(), { method: "POST", json: { area: area.value, question } });
      if (!qa.area || qa.area === item.area) qa.items.push(item);
      renderQa();
      announce(`Pertanyaan ditambahkan ke area ${item.area}.`);
    } catch (e) { replace(error, errorBox(e)); }
  });
  return form;
}

/** @param {QaItem} x */
async function removeQuestion(x) {
  if (!confirm(`Hapus pertanyaan ini dari bank?\n\n${x.question}`)) return;
  try {
    await api.request(`${qaBase()}/${encodeURIComponent(x.id)}`, { method: "DELETE" });
    qa.items = qa.items.filter((q) => q.id !== x.id);
    if (qa.current?.id === x.id) { qa.current = null; stopAnswerTimer(); }
    renderQa();
    announce("Pertanyaan dihapus.");
  } catch (e) { fail(document.getElementById("bank-tanya"), e); }
}

function draw() {
  const pool = qa.items.filter((x) => x.id !== qa.current?.id);
  const list = pool.length ? pool : qa.items;
  // Yang belum dilatih didahulukan.
  const fresh = list.filter((x) => !(typeof x.practised === "number" ? x.practised > 0 : x.practised));
  const from = fresh.length ? fresh : list;
  qa.current = from[Math.floor(Math.random() * from.length)] ?? null;
  stopAnswerTimer();
  qa.answered = 0;
  if (qa.reference?.area !== qa.current?.area) qa.reference = null;
  renderQa();
  if (qa.current) announce(`Pertanyaan area ${qa.current.area}: ${qa.current.question}`);
}

function answerElapsed() {
  return qa.answered + (qa.startedAt !== null ? (now() - qa.startedAt) / 1000 : 0);
}

function startAnswer() {
  qa.answered = 0;
  qa.startedAt = now();
  clearInterval(qa.tick);
  qa.tick = setInterval(() => { const el = document.getElementById("waktu-jawab"); if (el) el.textContent = clock(answerElapsed()); }, 250);
  renderQa();
}

function stopAnswer() {
  stopAnswerTimer();
  renderQa();
}

function stopAnswerTimer() {
  clearInterval(qa.tick);
  qa.tick = undefined;
  if (qa.startedAt !== null) qa.answered = answerElapsed();
  qa.startedAt = null;
}

async function recordPractice() {
  const q = qa.current;
  if (!q) return;
  stopAnswerTimer();
  const seconds = Math.max(1, Math.round(qa.answered));
  try {
    const r = await api.request(`${qaBase()}/${encodeURIComponent(q.id)}/practice`, { method: "POST", json: { seconds } });
    q.practised = r?.practised ?? (typeof q.practised === "number" ? q.practised + 1 : true);
    q.lastPractisedAt = r?.lastPractisedAt ?? new Date().toISOString();
    renderQa();
    announce(`Latihan dicatat (${clock(seconds)}). ${practisedText(q)}.`);
  } catch (e) { fail(document.getElementById("pertanyaan-latihan"), e); }
}

/** @param {string} area */
function referenceView(area) {
  const r = qa.reference;
  if (!r || r.area !== area) return h("p", { class: "loading small" }, "Memuat narasi unit…");
  if (r.narratives.length === 0) return h("p", { class: "muted small" }, `Unit belum menyimpan narasi di area ${area}.`);
  return h("div", { class: "reference-list" }, r.narratives.map((n) => h("div", { class: "reference-item", "data-question": n.questionId },
    h("div", { class: "small" }, h("strong", null, n.questionId), " ", n.question),
    h("p", { class: "small reference-text" }, n.text))));
}

/** @param {string} area */
async function loadReference(area) {
  if (qa.reference?.area === area) return;
  try {
    qa.reference = await api.request(`${qaBase()}/reference?area=${encodeURIComponent(area)}`);
    const box = document.getElementById("jawaban-acuan");
    if (box) { box.querySelector(":scope > :not(summary)")?.remove(); box.append(referenceView(area)); }
  } catch (e) { fail(document.getElementById("jawaban-acuan"), e); }
}

// Hanya untuk uji: format waktu yang sama dengan panel.
/** @type {any} */ (window).__pptPane = { clock, num };

boot().catch((e) => { replace($("pane-main"), errorBox(e)); markReady(); });
