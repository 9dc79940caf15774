// @ts-check
/**
 * Tab "Buat": sumber profil (ruang kerja unit atau berkas), templat dan foto, pratinjau rencana (tabel waktu dan
 * kerangka salindia) dan formulir profil unit.
 */
import * as api from "../api.js";
import { h, replace, loading } from "../views/ui.js";
import { byId, announce } from "../views/pane-shell.js";
import { docFromParsed, serialize, renderProfileForm, validate, showErrors } from "../views/profile-form.js";
import { outputCard } from "./deck-output.js";
import { deckRequest, requestWithFields } from "./deck-requests.js";
import { qa } from "./qa-tab.js";
import { fail, kindPicker, panel, renderShell } from "./shell.js";
import { state, unitName } from "./state.js";
import { clock, timeBar } from "../views/time.js";
/** @import { Plan } from "../api-types.js" */

export function renderGenerate() {
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
  return loading("Memuat profil…");
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

export async function loadProfile() {
  if (!state.unitId || state.source !== "unit") return;
  const unitId = state.unitId;
  try {
    const p = await api.request(`/api/units/${encodeURIComponent(unitId)}/profile`);
    // The user may have switched unit while this answer travelled: a late profile of the previous unit is dropped.
    if (state.unitId !== unitId || state.source !== "unit") return;
    state.doc = p?.profile ? docFromParsed(p.profile) : { unit: { nama: unitName(), instansi: "", predikat_target: "WBK" } };
    drawProfileForm();
  } catch (e) { if (state.unitId === unitId) fail(byId("kartu-profil"), e); }
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
