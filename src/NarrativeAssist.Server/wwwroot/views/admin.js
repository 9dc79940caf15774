// @ts-check
/**
 * "Unit & anggota": everyone changes their own password here; the server admin sees every unit and creates units; a
 * unit admin adds members (new account with a first password, or an existing account), sets role and areas, resets a
 * member's password (the member must replace it at the next sign-in) and removes members. Other roles see the
 * member list read-only. The server decides every permission; the page only hides what would be refused.
 */
import * as api from "../api.js";
import { h, replace, errorBox, loading, ROLE_LABEL } from "./ui.js";
import { tryCatalog, leverName } from "./catalog.js";
import { openDialog, confirmDialog } from "./dialog.js";
import { MIN_LENGTH } from "./password-change.js";
/** @import { Member, UnitRef } from "../api-types.js" */
/** @import { CatalogIndex } from "./catalog.js" */

/** Roles in the order a unit admin usually hands them out. */
const ROLES = ["penulis", "peninjau", "pimpinan", "admin"];

/** @param {import("../app.js").ViewContext} ctx */
export async function renderAdmin(ctx) {
  ctx.main.append(h("div", { class: "page-head" },
    h("h1", null, "Unit & anggota"),
    h("p", { class: "muted" }, "Kelola unit kerja, anggota, peran dan area tugasnya, serta kata sandi.")));
  const body = h("div", { class: "stack" }, loading("Memuat data unit…"));
  ctx.main.append(body);
  const catalog = await tryCatalog();
  if (ctx.signal.aborted) return;
  const unit = ctx.units.find((u) => u.id === ctx.unitId) ?? null;
  const isServerAdmin = !!ctx.me?.isAdmin;
  const canManage = isServerAdmin || unit?.role === "admin";
  replace(body,
    isServerAdmin ? unitsCard(ctx) : null,
    unit ? membersCard(ctx, unit, canManage, catalog) : h("p", { class: "message message-info", role: "status" },
      isServerAdmin ? "Belum ada unit kerja. Buat unit pertama di atas." : "Anda belum menjadi anggota unit kerja mana pun."),
    ownPasswordCard(ctx));
}

// ---- Units (server admin) -------------------------------------------------------------------------

/** @param {import("../app.js").ViewContext} ctx */
function unitsCard(ctx) {
  const list = h("div", null, loading("Memuat daftar unit…"));
  const error = h("div", { id: "unit-baru-error", class: "form-error", role: "alert" });
  const nama = h("input", { id: "unit-nama", type: "text", required: true, maxlength: 200, autocomplete: "off", "aria-describedby": "unit-baru-error" });
  const instansi = h("input", { id: "unit-instansi", type: "text", maxlength: 200, autocomplete: "organization" });
  const form = h("form", { class: "form", id: "form-unit-baru", novalidate: true },
    h("h3", null, "Buat unit baru"),
    h("div", { class: "field" }, h("label", { for: "unit-nama" }, "Nama unit"), nama),
    h("div", { class: "field" }, h("label", { for: "unit-instansi" }, "Instansi (opsional)"), instansi),
    error,
    h("div", { class: "actions" }, h("button", { type: "submit", class: "button button-primary" }, "Buat unit")));
  form.addEventListener("submit", async (ev) => {
    ev.preventDefault();
    replace(error);
    if (!nama.value.trim()) {
      replace(error, "Isi nama unit.");
      nama.focus();
      return;
    }
    try {
      const created = await api.createUnit(nama.value.trim(), instansi.value.trim());
      ctx.announce(`Unit ${created.nama} dibuat.`);
      await ctx.reload(created.id);
    } catch (e) {
      replace(error, e instanceof Error ? e.message : String(e));
      nama.focus();
    }
  });
  void api.units().then((units) => {
    replace(list, units.length === 0 ? h("p", { class: "muted" }, "Belum ada unit.") : unitTable(ctx, units));
  }, (e) => replace(list, errorBox(e)));
  return h("section", { class: "card", "aria-labelledby": "judul-semua-unit" },
    h("h2", { id: "judul-semua-unit" }, "Semua unit kerja"),
    h("p", { class: "muted" }, "Sebagai admin server Anda melihat semua unit. Pilih unit untuk mengelola anggotanya."),
    list, form);
}

/**
 * @param {import("../app.js").ViewContext} ctx
 * @param {UnitRef[]} units
 */
function unitTable(ctx, units) {
  return h("div", { class: "table-wrap" }, h("table", { class: "table table-stack", id: "tabel-unit" },
    h("caption", { class: "visually-hidden" }, "Semua unit kerja di server ini"),
    h("thead", null, h("tr", null, h("th", { scope: "col" }, "Unit"), h("th", { scope: "col" }, "Instansi"), h("th", { scope: "col" }, "Tindakan"))),
    h("tbody", null, units.map((u) => h("tr", { "data-unit": u.id },
      h("th", { scope: "row" }, u.nama),
      h("td", { "data-label": "Instansi" }, u.instansi || h("span", { class: "muted" }, "–")),
      h("td", { "data-label": "Tindakan" }, u.id === ctx.unitId
        ? h("span", { class: "muted" }, "Sedang dikelola")
        : h("button", { type: "button", class: "button", onclick: () => void ctx.reload(u.id) }, `Kelola ${u.nama}`)))))));
}

// ---- Members -------------------------------------------------------------------------------------

/**
 * @param {Member["areas"]} areas
 * @returns {string[]}
 */
function areasOf(areas) {
  return (Array.isArray(areas) ? areas : String(areas ?? "").split(",")).map((a) => a.trim()).filter(Boolean);
}

/** @param {CatalogIndex | null} catalog @returns {string[]} */
function areaCodes(catalog) {
  return catalog ? [...catalog.levers.keys()] : ["MP", "TL", "SDM", "AK", "PW", "PP", "H"];
}

/**
 * Checkboxes for the areas a member writes; the role picker beside it.
 * @param {string} prefix id prefix
 * @param {CatalogIndex | null} catalog
 * @param {string} role
 * @param {string[]} selected
 */
function roleAndAreas(prefix, catalog, role, selected) {
  const select = h("select", { id: `${prefix}-peran` },
    ROLES.map((r) => h("option", { value: r, selected: r === role }, ROLE_LABEL[r] ?? r)));
  const boxes = areaCodes(catalog).map((code) => {
    const id = `${prefix}-area-${code}`;
    return h("span", { class: "check" },
      h("input", { type: "checkbox", id, value: code, checked: selected.includes(code) }),
      h("label", { for: id }, leverName(catalog, code)));
  });
  const fields = [
    h("div", { class: "field" }, h("label", { for: `${prefix}-peran` }, "Peran"), select),
    h("fieldset", { class: "checks" }, h("legend", null, "Area tugas (untuk penulis)"), boxes),
  ];
  const areas = () => boxes.map((b) => /** @type {HTMLInputElement} */ (b.querySelector("input"))).filter((i) => i.checked).map((i) => i.value);
  return { fields, role: () => select.value, areas };
}

/**
 * @param {import("../app.js").ViewContext} ctx
 * @param {UnitRef} unit
 * @param {boolean} canManage
 * @param {CatalogIndex | null} catalog
 */
function membersCard(ctx, unit, canManage, catalog) {
  const holder = h("div", null, loading("Memuat anggota…"));
  const status = h("div", { id: "anggota-status", role: "status" });
  const refresh = async () => {
    try {
      const list = await api.members(unit.id);
      if (ctx.signal.aborted) return;
      replace(holder, memberTable(ctx, unit, list, canManage, catalog, refresh, status));
    } catch (e) {
      replace(holder, errorBox(e));
    }
  };
  void refresh();
  return h("section", { class: "card", "aria-labelledby": "judul-anggota-unit" },
    h("h2", { id: "judul-anggota-unit" }, `Anggota ${unit.nama}`),
    canManage ? null : h("p", { class: "muted" }, "Hanya admin unit yang dapat mengubah anggota."),
    status, holder,
    canManage ? addMemberForm(ctx, unit, catalog, refresh) : null,
    canManage ? renameForm(ctx, unit) : null);
}

/**
 * The unit's name and instansi, changed by its admin (or a server admin); the picker and headings follow.
 * @param {import("../app.js").ViewContext} ctx
 * @param {UnitRef} unit
 */
function renameForm(ctx, unit) {
  const error = h("div", { id: "unit-ubah-error", class: "form-error", role: "alert" });
  const nama = h("input", { id: "unit-nama-ubah", type: "text", required: true, maxlength: 200, autocomplete: "off", "aria-describedby": "unit-ubah-error" });
  const instansi = h("input", { id: "unit-instansi-ubah", type: "text", maxlength: 200, autocomplete: "organization" });
  nama.value = unit.nama;
  instansi.value = unit.instansi ?? "";
  // The units of /api/auth/me carry no instansi: the unit's own record does. Until it (or the user's typing) fills
  // the field, a save leaves the stored instansi as it is (null), never clears it by accident.
  let instansiKnown = !!unit.instansi;
  instansi.addEventListener("input", () => { instansiKnown = true; });
  void api.request(`/api/units/${encodeURIComponent(unit.id)}`, { signal: ctx.signal }).then((u) => {
    if (instansiKnown) return;
    instansi.value = u?.instansi ?? "";
    instansiKnown = true;
  }, () => { /* tanpa instansi: isian tetap kosong dan tidak dikirim */ });
  const form = h("form", { class: "form", id: "form-ubah-unit", novalidate: true },
    h("h3", null, "Nama unit"),
    h("div", { class: "field" }, h("label", { for: "unit-nama-ubah" }, "Nama unit"), nama),
    h("div", { class: "field" }, h("label", { for: "unit-instansi-ubah" }, "Instansi (opsional)"), instansi),
    error,
    h("div", { class: "actions" }, h("button", { type: "submit", class: "button" }, "Simpan nama unit")));
  form.addEventListener("submit", async (ev) => {
    ev.preventDefault();
    replace(error);
    const value = nama.value.trim();
    if (!value) {
      replace(error, "Isi nama unit.");
      nama.focus();
      return;
    }
    try {
      const renamed = await api.renameUnit(unit.id, value, instansiKnown ? instansi.value.trim() : null);
      ctx.announce(`Nama unit diganti menjadi ${renamed.nama}.`);
      await ctx.reload(unit.id);
    } catch (e) {
      replace(error, e instanceof Error ? e.message : String(e));
      nama.focus();
    }
  });
  return form;
}

/**
 * @param {import("../app.js").ViewContext} ctx
 * @param {UnitRef} unit
 * @param {Member[]} list
 * @param {boolean} canManage
 * @param {CatalogIndex | null} catalog
 * @param {() => Promise<void>} refresh
 * @param {HTMLElement} status
 */
function memberTable(ctx, unit, list, canManage, catalog, refresh, status) {
  if (list.length === 0) return h("p", { class: "muted" }, "Belum ada anggota.");
  const self = ctx.me?.id;
  return h("div", { class: "table-wrap" }, h("table", { class: "table table-stack", id: "tabel-kelola-anggota" },
    h("caption", { class: "visually-hidden" }, `Anggota ${unit.nama}, peran dan area tugasnya`),
    h("thead", null, h("tr", null,
      h("th", { scope: "col" }, "Nama"), h("th", { scope: "col" }, "Peran"), h("th", { scope: "col" }, "Area"),
      canManage ? h("th", { scope: "col" }, "Tindakan") : null)),
    h("tbody", null, list.map((m) => {
      const name = m.displayName || m.email;
      const areas = areasOf(m.areas);
      return h("tr", { "data-member": m.email },
        h("th", { scope: "row" }, h("span", { class: "member-name" }, name),
          m.displayName ? h("span", { class: "muted member-email" }, ` ${m.email}`) : null),
        h("td", { "data-label": "Peran" }, h("span", { class: `role role-${m.role}` }, ROLE_LABEL[m.role] ?? m.role)),
        h("td", { "data-label": "Area" }, areas.length
          ? h("ul", { class: "tags" }, areas.map((a) => h("li", null, leverName(catalog, a))))
          : h("span", { class: "muted" }, "–")),
        canManage ? h("td", { "data-label": "Tindakan" }, h("div", { class: "actions" },
          h("button", { type: "button", class: "button", "aria-label": `Ubah peran dan area ${name}`,
            onclick: () => void editMember(unit, m, catalog, refresh, status) }, "Ubah"),
          m.userId === self ? null : h("button", { type: "button", class: "button", "aria-label": `Atur ulang kata sandi ${name}`,
            onclick: () => void resetPassword(unit, m, status) }, "Atur ulang kata sandi"),
          m.userId === self ? null : h("button", { type: "button", class: "button", "aria-label": `Keluarkan ${name}`,
            onclick: () => void removeMember(ctx, unit, m, refresh, status) }, "Keluarkan"))) : null);
    }))));
}

/**
 * @param {UnitRef} unit
 * @param {Member} m
 * @param {CatalogIndex | null} catalog
 * @param {() => Promise<void>} refresh
 * @param {HTMLElement} status
 */
async function editMember(unit, m, catalog, refresh, status) {
  const name = m.displayName || m.email;
  const saved = await openDialog({
    title: `Ubah ${name}`,
    id: "dialog-ubah-anggota",
    body: (done) => {
      const picker = roleAndAreas("ubah", catalog, m.role, areasOf(m.areas));
      const error = h("div", { class: "form-error", role: "alert" });
      const form = h("form", { class: "form", novalidate: true }, picker.fields, error,
        h("div", { class: "actions" },
          h("button", { type: "submit", class: "button button-primary" }, "Simpan"),
          h("button", { type: "button", class: "button", onclick: () => done(null) }, "Batal")));
      form.addEventListener("submit", async (ev) => {
        ev.preventDefault();
        try {
          await api.updateMember(unit.id, m.userId, picker.role(), picker.areas());
          done(true);
        } catch (e) {
          replace(error, e instanceof Error ? e.message : String(e));
        }
      });
      return form;
    },
  });
  if (!saved) return;
  replace(status, h("p", { class: "message message-success" }, `Peran dan area ${name} disimpan.`));
  await refresh();
}

/**
 * @param {UnitRef} unit
 * @param {Member} m
 * @param {HTMLElement} status
 */
async function resetPassword(unit, m, status) {
  const name = m.displayName || m.email;
  const sure = await confirmDialog("Atur ulang kata sandi",
    `Kata sandi ${name} diganti dengan kata sandi sementara dan semua sesinya berakhir. ${name} wajib membuat kata sandi baru saat masuk berikutnya.`,
    "Atur ulang");
  if (!sure) return;
  try {
    const { temporaryPassword } = await api.resetMemberPassword(unit.id, m.userId);
    await openDialog({
      title: "Kata sandi sementara",
      id: "dialog-sandi-sementara",
      body: (done) => [
        h("p", null, `Berikan kata sandi sementara ini kepada ${name} secara langsung (bukan lewat grup obrolan). Kata sandi ini tidak ditampilkan lagi.`),
        h("p", null, h("code", { class: "temp-password", id: "sandi-sementara" }, temporaryPassword)),
        h("div", { class: "actions" }, h("button", { type: "button", class: "button button-primary", onclick: () => done(null) }, "Selesai")),
      ],
    });
    replace(status, h("p", { class: "message message-success" }, `Kata sandi ${name} telah diatur ulang.`));
  } catch (e) {
    replace(status, errorBox(e));
  }
}

/**
 * @param {import("../app.js").ViewContext} ctx
 * @param {UnitRef} unit
 * @param {Member} m
 * @param {() => Promise<void>} refresh
 * @param {HTMLElement} status
 */
async function removeMember(ctx, unit, m, refresh, status) {
  const name = m.displayName || m.email;
  const sure = await confirmDialog("Keluarkan anggota",
    `${name} dikeluarkan dari ${unit.nama}. Narasi yang sudah ditulisnya tetap tersimpan di unit.`, "Keluarkan");
  if (!sure) return;
  try {
    await api.removeMember(unit.id, m.userId);
    replace(status, h("p", { class: "message message-success" }, `${name} dikeluarkan dari unit.`));
    ctx.announce(`${name} dikeluarkan dari unit.`);
    await refresh();
  } catch (e) {
    replace(status, errorBox(e));
  }
}

/** A first password a person will replace at once: 16 characters from an unambiguous alphabet, with a digit. */
function generatePassword() {
  const alphabet = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
  const bytes = crypto.getRandomValues(new Uint8Array(15));
  return [...bytes].map((b) => alphabet[b % alphabet.length]).join("") + String(bytes[0] % 10);
}

/**
 * @param {import("../app.js").ViewContext} ctx
 * @param {UnitRef} unit
 * @param {CatalogIndex | null} catalog
 * @param {() => Promise<void>} refresh
 */
function addMemberForm(ctx, unit, catalog, refresh) {
  const error = h("div", { id: "anggota-baru-error", class: "form-error", role: "alert" });
  const email = h("input", { id: "anggota-surel", type: "email", required: true, autocomplete: "off", spellcheck: "false", "aria-describedby": "anggota-baru-error" });
  const display = h("input", { id: "anggota-nama", type: "text", autocomplete: "off", maxlength: 200 });
  const password = h("input", { id: "anggota-sandi", type: "text", autocomplete: "off", spellcheck: "false", "aria-describedby": "anggota-sandi-aturan" });
  const picker = roleAndAreas("anggota", catalog, "penulis", []);
  const form = h("form", { class: "form", id: "form-anggota-baru", novalidate: true },
    h("h3", null, "Tambah anggota"),
    h("div", { class: "field" }, h("label", { for: "anggota-surel" }, "Surel"), email),
    h("div", { class: "field" }, h("label", { for: "anggota-nama" }, "Nama tampilan (opsional)"), display),
    h("div", { class: "field" }, h("label", { for: "anggota-sandi" }, "Kata sandi awal"),
      h("p", { id: "anggota-sandi-aturan", class: "muted small" },
        `Hanya untuk akun baru: minimal ${MIN_LENGTH} karakter dan memuat angka. Kosongkan bila surel ini sudah punya akun.`),
      password,
      h("div", { class: "actions" }, h("button", { type: "button", class: "button", id: "buat-sandi",
        onclick: () => { password.value = generatePassword(); password.focus(); } }, "Buatkan kata sandi acak"))),
    picker.fields,
    error,
    h("div", { class: "actions" }, h("button", { type: "submit", class: "button button-primary" }, "Tambah anggota")));
  form.addEventListener("submit", async (ev) => {
    ev.preventDefault();
    replace(error);
    if (!email.value.trim() || !email.validity.valid) {
      replace(error, "Isi surel anggota dengan benar.");
      email.focus();
      return;
    }
    try {
      const added = await api.addMember(unit.id, {
        email: email.value.trim(), displayName: display.value.trim() || null, password: password.value || null,
        role: picker.role(), areas: picker.areas(),
      });
      ctx.announce(`${added.displayName || added.email} ditambahkan sebagai ${ROLE_LABEL[added.role] ?? added.role}.`);
      form.reset();
      await refresh();
      email.focus();
    } catch (e) {
      replace(error, e instanceof Error ? e.message : String(e));
      email.focus();
    }
  });
  return form;
}

// ---- Own password --------------------------------------------------------------------------------

/** @param {import("../app.js").ViewContext} ctx */
function ownPasswordCard(ctx) {
  const error = h("div", { id: "sandi-sendiri-error", class: "form-error", role: "alert" });
  const done = h("div", { role: "status" });
  const current = h("input", { id: "sandi-lama", type: "password", autocomplete: "current-password", required: true, "aria-describedby": "sandi-sendiri-error" });
  const fresh = h("input", { id: "sandi-baru-sendiri", type: "password", autocomplete: "new-password", required: true, minlength: MIN_LENGTH,
    "aria-describedby": "sandi-sendiri-aturan sandi-sendiri-error" });
  const repeat = h("input", { id: "sandi-ulang-sendiri", type: "password", autocomplete: "new-password", required: true, "aria-describedby": "sandi-sendiri-error" });
  const form = h("form", { class: "form", id: "form-sandi-sendiri", novalidate: true },
    h("p", { id: "sandi-sendiri-aturan", class: "muted small" },
      `Minimal ${MIN_LENGTH} karakter dan memuat angka. Sesudah diganti, sesi Anda di perangkat lain (panel Word, PowerPoint) berakhir.`),
    h("div", { class: "field" }, h("label", { for: "sandi-lama" }, "Kata sandi sekarang"), current),
    h("div", { class: "field" }, h("label", { for: "sandi-baru-sendiri" }, "Kata sandi baru"), fresh),
    h("div", { class: "field" }, h("label", { for: "sandi-ulang-sendiri" }, "Ulangi kata sandi baru"), repeat),
    error, done,
    h("div", { class: "actions" }, h("button", { type: "submit", class: "button button-primary" }, "Ganti kata sandi")));
  form.addEventListener("submit", async (ev) => {
    ev.preventDefault();
    replace(error);
    replace(done);
    const email = ctx.me?.email ?? "";
    if (!current.value) { replace(error, "Isi kata sandi Anda sekarang."); current.focus(); return; }
    if (fresh.value.length < MIN_LENGTH) { replace(error, `Kata sandi baru minimal ${MIN_LENGTH} karakter.`); fresh.focus(); return; }
    if (fresh.value !== repeat.value) { replace(error, "Kedua isian kata sandi baru tidak sama."); repeat.focus(); return; }
    try {
      await api.changePassword(email, current.value, fresh.value);
    } catch (e) {
      replace(error, e instanceof Error ? e.message : String(e));
      current.focus();
      return;
    }
    // The change ends every session of the account, this one included: sign in again with the new password.
    try {
      await api.login(email, fresh.value);
    } catch (e) {
      replace(error, `Kata sandi sudah diganti, tetapi masuk ulang gagal: ${e instanceof Error ? e.message : String(e)}`);
      return;
    }
    form.reset();
    replace(done, h("p", { class: "message message-success" }, "Kata sandi Anda sudah diganti."));
    ctx.announce("Kata sandi Anda sudah diganti.");
  });
  return h("section", { class: "card", "aria-labelledby": "judul-sandi-sendiri" },
    h("h2", { id: "judul-sandi-sendiri" }, "Kata sandi Anda"), form);
}
