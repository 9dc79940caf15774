// @ts-check
/**
 * Formulir isian utama profil unit (identitas, indikator kinerja per tahun, inovasi dengan jenis dan replikasi,
 * penghargaan, testimoni, ruangan), satu modul untuk panel PowerPoint (tab Buat) dan halaman "Presentasi" aplikasi
 * web, agar keduanya tidak pernah menyimpang. Profil disunting sebagai objek berkunci snake_case Indonesia
 * (docs/profil-unit.md, docs/unit-profile.schema.json) lalu dikirim sebagai teks JSON — JSON juga YAML yang sah
 * bagi pembaca profil server. Bagian yang tidak ada di formulir (kondisi awal, survei, upaya, tim, bukti) ikut
 * tersimpan apa adanya.
 */
import { h, replace } from "./ui.js";

export const AREAS = /** @type {const} */ (["MP", "TL", "SDM", "AK", "PW", "PP"]);
export const AREA_NAMES = /** @type {Record<string, string>} */ ({
  MP: "Manajemen Perubahan", TL: "Penataan Tatalaksana", SDM: "Penataan Sistem Manajemen SDM Aparatur",
  AK: "Penguatan Akuntabilitas", PW: "Penguatan Pengawasan", PP: "Peningkatan Kualitas Pelayanan Publik",
});
const PREDIKAT = ["WBK", "WBBM"];
const SATUAN = ["indeks", "persen", "hari", "menit", "jumlah", "rupiah"];
const KATEGORI = ["internal", "eksternal", "branding", "integritas", "kolaborasi"];
const KATEGORI_LABEL = /** @type {Record<string, string>} */ ({
  internal: "Internal", eksternal: "Eksternal (layanan)", branding: "Branding", integritas: "Integritas", kolaborasi: "Kolaborasi",
});

/** @typedef {Record<string, any>} Doc */
/** @typedef {{ path: string, message: string, line?: number, column?: number }} FieldError */

/**
 * @param {string[]} list
 * @param {unknown} v
 * @param {boolean} [upper]
 */
function enumName(list, v, upper) {
  if (typeof v === "number") return list[v] ?? String(v);
  const s = String(v ?? "");
  return upper ? s.toUpperCase() : s.toLowerCase();
}

/** @param {unknown} list @returns {string[]} */
const strings = (list) => (Array.isArray(list) ? list.map(String) : []);

/**
 * Profil hasil baca server (GET /api/units/{id}/profile → profile; kunci camelCase, enum bisa berupa angka)
 * menjadi dokumen profil berkunci snake_case.
 * @param {any} p
 * @returns {Doc}
 */
export function docFromParsed(p) {
  const u = p?.unit ?? {};
  const survei = p?.survei ?? {};
  return {
    unit: {
      nama: u.nama ?? "", instansi: u.instansi ?? "", alamat: u.alamat ?? undefined,
      pimpinan: u.pimpinan ? { nama: u.pimpinan.nama, jabatan: u.pimpinan.jabatan ?? undefined } : undefined,
      predikat_target: enumName(PREDIKAT, u.predikatTarget ?? u.predikat_target, true),
      tahun_penilaian: u.tahunPenilaian ?? u.tahun_penilaian,
      predikat_sebelumnya: (u.predikatSebelumnya ?? u.predikat_sebelumnya ?? []).map((/** @type {any} */ x) => ({ predikat: enumName(PREDIKAT, x.predikat, true), tahun: x.tahun })),
    },
    kondisi_awal: strings(p?.kondisiAwal ?? p?.kondisi_awal),
    indikator_kinerja: (p?.indikatorKinerja ?? p?.indikator_kinerja ?? []).map((/** @type {any} */ i) => ({
      nama: i.nama, alias: strings(i.alias), satuan: enumName(SATUAN, i.satuan),
      lebih_tinggi_lebih_baik: i.lebihTinggiLebihBaik ?? i.lebih_tinggi_lebih_baik,
      nilai: { ...(i.nilai ?? {}) }, target: i.target ?? undefined, sumber: i.sumber ?? undefined,
    })),
    survei: { ipak: { ...(survei.ipak ?? {}) }, ipkp: { ...(survei.ipkp ?? {}) }, ...(survei.lainnya ?? {}) },
    upaya: (p?.upaya ?? []).map((/** @type {any} */ x) => ({ area: x.area, kegiatan: strings(x.kegiatan) })),
    inovasi: (p?.inovasi ?? []).map((/** @type {any} */ x) => ({
      nama: x.nama, kategori: enumName(KATEGORI, x.kategori), area: String(x.area ?? "").toUpperCase(), deskripsi: x.deskripsi ?? undefined,
      dampak: x.dampak ?? undefined, tahun: x.tahun ?? undefined, direplikasi_oleh: strings(x.direplikasiOleh ?? x.direplikasi_oleh), bukti: strings(x.bukti),
    })),
    penghargaan: (p?.penghargaan ?? []).map((/** @type {any} */ x) => ({ nama: x.nama, pemberi: x.pemberi ?? undefined, tahun: x.tahun ?? undefined })),
    testimoni: (p?.testimoni ?? []).map((/** @type {any} */ x) => ({ nama: x.nama, peran: x.peran ?? undefined, kutipan: x.kutipan })),
    tim: (p?.tim ?? []).map((/** @type {any} */ x) => ({ nama: x.nama, peran: x.peran ?? undefined, area: strings(x.area) })),
    ruangan: (p?.ruangan ?? []).map((/** @type {any} */ x) => ({ nama: x.nama, pic: x.pic, poin: strings(x.poin) })),
  };
}

/**
 * Teks JSON profil: kosong (undefined, "", [], {}) dibuang.
 * @param {Doc} doc
 */
export function serialize(doc) {
  /** @param {any} v @returns {any} */
  const clean = (v) => {
    if (Array.isArray(v)) { const a = v.map(clean).filter((x) => x !== undefined); return a.length ? a : undefined; }
    if (v && typeof v === "object") {
      /** @type {Record<string, any>} */
      const o = {};
      for (const [k, x] of Object.entries(v)) { const c = clean(x); if (c !== undefined) o[k] = c; }
      return Object.keys(o).length ? o : undefined;
    }
    if (v === null || v === undefined || (typeof v === "string" && v.trim() === "")) return undefined;
    return typeof v === "string" ? v.trim() : v;
  };
  return JSON.stringify(clean(doc) ?? {}, null, 2);
}

/**
 * Angka dari isian: titik desimal, atau koma desimal ("3,45", "1.234,5"). Kosong → undefined; tidak sah → teks
 * aslinya (server menolaknya dengan pesan per isian).
 * @param {string} raw
 */
export function parseNumber(raw) {
  const s = raw.trim();
  if (s === "") return undefined;
  const normal = s.includes(",") ? s.replace(/\./g, "").replace(",", ".") : s;
  return /^[+-]?\d+(\.\d+)?$/.test(normal) ? Number(normal) : s;
}

/** @param {string} raw */
function parseYear(raw) {
  const s = raw.trim();
  if (s === "") return undefined;
  return /^\d+$/.test(s) ? Number(s) : s;
}

/** @param {string} path */
const fieldId = (path) => "pf-" + path.replace(/[^A-Za-z0-9]+/g, "-");

/**
 * @typedef {{ label: string, path: string, value: unknown, set: (v: any) => void, type?: "text" | "number" | "year" | "textarea" | "lines" | "select",
 *   required?: boolean, options?: Array<[string, string]>, hint?: string }} FieldSpec
 */

/** @param {FieldSpec} f */
function field(f) {
  const id = fieldId(f.path);
  const type = f.type ?? "text";
  /** @type {HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement} */
  let input;
  const common = { id, "data-path": f.path, "data-type": type, "aria-describedby": `${id}-galat`, required: !!f.required };
  if (type === "select") {
    input = h("select", common, (f.options ?? []).map(([v, label]) => h("option", { value: v, selected: String(f.value ?? "") === v }, label)));
  } else if (type === "textarea" || type === "lines") {
    input = h("textarea", { ...common, rows: type === "lines" ? 2 : 3 });
    input.value = type === "lines" ? strings(f.value).join("\n") : String(f.value ?? "");
  } else {
    input = h("input", { ...common, type: "text", inputmode: type === "number" ? "decimal" : type === "year" ? "numeric" : null });
    input.value = f.value === undefined || f.value === null ? "" : String(f.value);
  }
  const update = () => {
    const v = input.value;
    f.set(type === "number" ? parseNumber(v) : type === "year" ? parseYear(v)
      : type === "lines" ? v.split("\n").map((x) => x.trim()).filter(Boolean) : v);
    clearError(input);
  };
  input.addEventListener(type === "select" ? "change" : "input", update);
  return h("div", { class: "field pf-field" + (type === "year" || type === "number" ? " pf-short" : "") },
    h("label", { for: id }, f.label, f.required ? h("span", { class: "pf-req", "aria-hidden": "true" }, " *") : null),
    input,
    f.hint ? h("span", { class: "muted small" }, f.hint) : null,
    h("span", { class: "pf-error", id: `${id}-galat`, role: "alert" }));
}

/** @param {Element} input */
function clearError(input) {
  input.removeAttribute("aria-invalid");
  const slot = document.getElementById(`${input.id}-galat`);
  if (slot) slot.textContent = "";
}

/**
 * @param {string} title
 * @param {string} key
 * @param {HTMLElement[]} items
 * @param {string} addLabel
 * @param {() => void} add
 * @param {boolean} open
 */
function section(title, key, items, addLabel, add, open) {
  return h("details", { class: "pf-section", "data-section": key, open },
    h("summary", null, title, h("span", { class: "muted small" }, ` (${items.length})`)),
    items,
    h("button", { type: "button", class: "button button-subtle pf-add", onclick: add }, "+ ", addLabel));
}

/**
 * @param {string} legend
 * @param {() => void} remove
 * @param {...any} children
 */
function item(legend, remove, ...children) {
  return h("fieldset", { class: "pf-item" },
    h("legend", null, legend),
    h("button", { type: "button", class: "link-button pf-remove", onclick: remove, "aria-label": `Hapus ${legend}` }, "Hapus"),
    ...children);
}

/**
 * Menggambar formulir di `host`. Penyuntingan langsung mengubah `doc`.
 * @param {HTMLElement} host
 * @param {Doc} doc
 * @param {{ onSubmit: () => void, submitLabel: string, note?: string }} options
 */
export function renderProfileForm(host, doc, options) {
  const open = new Set([...host.querySelectorAll("details.pf-section[open]")].map((d) => /** @type {HTMLElement} */ (d).dataset.section));
  if (open.size === 0) open.add("unit");
  const rerender = () => renderProfileForm(host, doc, options);
  doc.unit ??= {};
  const u = doc.unit;
  /** @param {string} key @returns {any[]} */
  const list = (key) => (doc[key] ??= []);
  /** @param {string} key @param {number} i */
  const removeAt = (key, i) => () => { list(key).splice(i, 1); open.add(key); rerender(); };
  /** @param {string} key @param {any} value */
  const addTo = (key, value) => () => {
    list(key).push(value);
    open.add(key);
    rerender();
    const items = host.querySelectorAll(`details[data-section="${key}"] .pf-item`);
    /** @type {HTMLElement | null} */ (items[items.length - 1]?.querySelector("input, textarea, select"))?.focus();
  };
  const yearNow = Number(u.tahun_penilaian) || new Date().getFullYear();

  const identity = h("details", { class: "pf-section", "data-section": "unit", open: open.has("unit") },
    h("summary", null, "Identitas unit"),
    field({ label: "Nama unit", path: "unit.nama", value: u.nama, set: (v) => { u.nama = v; }, required: true }),
    field({ label: "Instansi", path: "unit.instansi", value: u.instansi, set: (v) => { u.instansi = v; }, required: true }),
    field({ label: "Alamat", path: "unit.alamat", value: u.alamat, set: (v) => { u.alamat = v; } }),
    h("div", { class: "pf-row" },
      field({ label: "Nama pimpinan", path: "unit.pimpinan.nama", value: u.pimpinan?.nama, set: (v) => { (u.pimpinan ??= {}).nama = v; } }),
      field({ label: "Jabatan pimpinan", path: "unit.pimpinan.jabatan", value: u.pimpinan?.jabatan, set: (v) => { (u.pimpinan ??= {}).jabatan = v; } })),
    h("div", { class: "pf-row" },
      field({ label: "Predikat target", path: "unit.predikat_target", value: u.predikat_target ?? "WBK", set: (v) => { u.predikat_target = v; },
        type: "select", options: [["WBK", "WBK"], ["WBBM", "WBBM"]], required: true }),
      field({ label: "Tahun penilaian", path: "unit.tahun_penilaian", value: u.tahun_penilaian, set: (v) => { u.tahun_penilaian = v; }, type: "year", required: true })));

  const indicators = list("indikator_kinerja").map((/** @type {any} */ k, /** @type {number} */ i) => {
    const p = `indikator_kinerja[${i}]`;
    k.nilai ??= {};
    const years = Object.keys(k.nilai).sort();
    const addYear = () => {
      const last = years.length ? Number(years[years.length - 1]) + 1 : yearNow - 1;
      k.nilai[String(last)] = "";
      open.add("indikator_kinerja");
      rerender();
      /** @type {HTMLElement | null} */ (document.getElementById(fieldId(`${p}.nilai.${last}`)))?.focus();
    };
    return item(`Indikator ${i + 1}`, removeAt("indikator_kinerja", i),
      field({ label: "Nama indikator", path: `${p}.nama`, value: k.nama, set: (v) => { k.nama = v; }, required: true }),
      h("div", { class: "pf-row" },
        field({ label: "Satuan", path: `${p}.satuan`, value: k.satuan ?? "indeks", set: (v) => { k.satuan = v; }, type: "select",
          options: SATUAN.map((s) => [s, s]), required: true }),
        field({ label: "Arah perbaikan", path: `${p}.lebih_tinggi_lebih_baik`,
          value: k.lebih_tinggi_lebih_baik === undefined ? "" : String(k.lebih_tinggi_lebih_baik),
          set: (v) => { k.lebih_tinggi_lebih_baik = v === "" ? undefined : v === "true"; }, type: "select",
          options: [["", "Otomatis dari satuan"], ["true", "Makin tinggi makin baik"], ["false", "Makin rendah makin baik"]] })),
      h("div", { class: "pf-years", role: "group", "aria-label": `Nilai per tahun — indikator ${i + 1}` },
        years.map((y) => field({ label: y, path: `${p}.nilai.${y}`, value: k.nilai[y], set: (v) => { k.nilai[y] = v ?? ""; }, type: "number" })),
        h("button", { type: "button", class: "button button-subtle pf-add-year", onclick: addYear }, "+ Tahun")),
      h("span", { class: "pf-error", id: `${fieldId(`${p}.nilai`)}-galat`, "data-path": `${p}.nilai`, role: "alert" }),
      h("div", { class: "pf-row" },
        field({ label: "Target", path: `${p}.target`, value: k.target, set: (v) => { k.target = v; }, type: "number" }),
        field({ label: "Sumber data", path: `${p}.sumber`, value: k.sumber, set: (v) => { k.sumber = v; } })));
  });

  const innovations = list("inovasi").map((/** @type {any} */ x, /** @type {number} */ i) => {
    const p = `inovasi[${i}]`;
    return item(`Inovasi ${i + 1}`, removeAt("inovasi", i),
      field({ label: "Nama inovasi", path: `${p}.nama`, value: x.nama, set: (v) => { x.nama = v; }, required: true }),
      h("div", { class: "pf-row" },
        field({ label: "Jenis", path: `${p}.kategori`, value: x.kategori ?? "internal", set: (v) => { x.kategori = v; }, type: "select",
          options: KATEGORI.map((k) => [k, KATEGORI_LABEL[k]]), required: true }),
        field({ label: "Area", path: `${p}.area`, value: x.area ?? "MP", set: (v) => { x.area = v; }, type: "select",
          options: AREAS.map((a) => [a, `${a} — ${AREA_NAMES[a]}`]), required: true }),
        field({ label: "Tahun", path: `${p}.tahun`, value: x.tahun, set: (v) => { x.tahun = v; }, type: "year" })),
      field({ label: "Dampak terukur", path: `${p}.dampak`, value: x.dampak, set: (v) => { x.dampak = v; } }),
      field({ label: "Direplikasi oleh", path: `${p}.direplikasi_oleh`, value: x.direplikasi_oleh, set: (v) => { x.direplikasi_oleh = v; },
        type: "lines", hint: "Satu unit per baris. Penilai menanyakan minimal satu inovasi yang direplikasi." }));
  });

  const awards = list("penghargaan").map((/** @type {any} */ x, /** @type {number} */ i) => {
    const p = `penghargaan[${i}]`;
    return item(`Penghargaan ${i + 1}`, removeAt("penghargaan", i),
      field({ label: "Nama penghargaan", path: `${p}.nama`, value: x.nama, set: (v) => { x.nama = v; }, required: true }),
      h("div", { class: "pf-row" },
        field({ label: "Pemberi", path: `${p}.pemberi`, value: x.pemberi, set: (v) => { x.pemberi = v; } }),
        field({ label: "Tahun", path: `${p}.tahun`, value: x.tahun, set: (v) => { x.tahun = v; }, type: "year" })));
  });

  const testimonials = list("testimoni").map((/** @type {any} */ x, /** @type {number} */ i) => {
    const p = `testimoni[${i}]`;
    return item(`Testimoni ${i + 1}`, removeAt("testimoni", i),
      h("div", { class: "pf-row" },
        field({ label: "Nama", path: `${p}.nama`, value: x.nama, set: (v) => { x.nama = v; }, required: true }),
        field({ label: "Peran", path: `${p}.peran`, value: x.peran, set: (v) => { x.peran = v; } })),
      field({ label: "Kutipan", path: `${p}.kutipan`, value: x.kutipan, set: (v) => { x.kutipan = v; }, type: "textarea", required: true }));
  });

  const rooms = list("ruangan").map((/** @type {any} */ x, /** @type {number} */ i) => {
    const p = `ruangan[${i}]`;
    return item(`Ruangan ${i + 1}`, removeAt("ruangan", i),
      h("div", { class: "pf-row" },
        field({ label: "Nama ruangan", path: `${p}.nama`, value: x.nama, set: (v) => { x.nama = v; }, required: true }),
        field({ label: "Penanggung jawab", path: `${p}.pic`, value: x.pic, set: (v) => { x.pic = v; }, required: true })),
      field({ label: "Yang ditunjukkan", path: `${p}.poin`, value: x.poin, set: (v) => { x.poin = v; }, type: "lines", hint: "Satu poin per baris." }));
  });

  const form = h("form", { class: "pf", id: "form-profil", novalidate: true },
    h("div", { id: "profil-galat" }),
    identity,
    section("Indikator kinerja per tahun", "indikator_kinerja", indicators, "Indikator",
      addTo("indikator_kinerja", { nama: "", satuan: "indeks", nilai: { [String(yearNow - 1)]: "" } }), open.has("indikator_kinerja")),
    section("Inovasi", "inovasi", innovations, "Inovasi", addTo("inovasi", { nama: "", kategori: "internal", area: "MP" }), open.has("inovasi")),
    section("Penghargaan", "penghargaan", awards, "Penghargaan", addTo("penghargaan", { nama: "" }), open.has("penghargaan")),
    section("Testimoni", "testimoni", testimonials, "Testimoni", addTo("testimoni", { nama: "", kutipan: "" }), open.has("testimoni")),
    section("Ruangan (rute kunjungan)", "ruangan", rooms, "Ruangan", addTo("ruangan", { nama: "", pic: "" }), open.has("ruangan")),
    options.note ? h("p", { class: "muted small" }, options.note) : null,
    h("div", { class: "actions" }, h("button", { type: "submit", class: "button button-primary", id: "simpan-profil" }, options.submitLabel)));
  form.addEventListener("submit", (ev) => { ev.preventDefault(); options.onSubmit(); });
  replace(host, form);
}

/**
 * Pemeriksaan di peramban sebelum dikirim: isian wajib dan bentuk angka/tahun. Rentang dan aturan lain diperiksa server.
 * @param {HTMLElement} host
 * @returns {FieldError[]}
 */
export function validate(host) {
  /** @type {FieldError[]} */
  const errors = [];
  for (const el of /** @type {NodeListOf<HTMLInputElement>} */ (host.querySelectorAll("[data-path][data-type]"))) {
    const v = el.value.trim();
    const path = /** @type {string} */ (el.dataset.path);
    if (el.required && v === "") errors.push({ path, message: "wajib diisi" });
    else if (el.dataset.type === "number" && v !== "" && typeof parseNumber(v) !== "number")
      errors.push({ path, message: `diharapkan angka (mis. 3.45 atau 3,45), ditemukan '${v}'` });
    else if (el.dataset.type === "year" && v !== "" && !/^\d{4}$/.test(v)) errors.push({ path, message: `diharapkan tahun empat angka, ditemukan '${v}'` });
  }
  return errors;
}

/**
 * Menampilkan galat di samping isiannya (jalur persis, atau isian pertama di bawah jalur itu); sisanya di atas formulir.
 * @param {HTMLElement} host
 * @param {FieldError[]} errors
 * @returns {number} jumlah galat yang tertempel pada isian
 */
export function showErrors(host, errors) {
  for (const el of host.querySelectorAll("[aria-invalid]")) clearError(el);
  for (const slot of host.querySelectorAll(".pf-error")) slot.textContent = "";
  /** @type {FieldError[]} */
  const general = [];
  /** @type {HTMLElement | null} */
  let first = null;
  let placed = 0;
  for (const e of errors) {
    const path = e.path ?? "";
    /** @type {HTMLElement | null} */
    let target = path ? host.querySelector(`[data-path="${CSS.escape(path)}"]`) : null;
    if (!target && path) target = host.querySelector(`[data-path^="${CSS.escape(path)}."], [data-path^="${CSS.escape(path)}["]`);
    if (!target) { general.push(e); continue; }
    const slot = target.classList.contains("pf-error") ? target : document.getElementById(`${target.id}-galat`);
    if (!target.classList.contains("pf-error")) target.setAttribute("aria-invalid", "true");
    if (slot) slot.textContent = slot.textContent ? `${slot.textContent}; ${e.message}` : e.message;
    for (let d = target.closest("details"); d; d = d.parentElement?.closest("details") ?? null) /** @type {HTMLDetailsElement} */ (d).open = true;
    first ??= target;
    placed++;
  }
  const box = host.querySelector("#profil-galat");
  if (box) replace(box, general.length ? h("div", { class: "message message-error", role: "alert" },
    h("strong", null, "Profil belum dapat disimpan: "),
    h("ul", null, general.map((e) => h("li", null, e.path ? `${e.path}: ` : "", e.message, e.line ? ` (baris ${e.line})` : "")))) : null);
  if (first && !first.classList.contains("pf-error")) first.focus();
  else if (first) first.scrollIntoView({ block: "center" });
  return placed;
}
