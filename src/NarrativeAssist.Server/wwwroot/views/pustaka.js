// @ts-check
/**
 * Pustaka templat: cari narasi dan presentasi unit yang sudah berhasil (GET /api/library), lihat satu entri, terbitkan
 * narasi unit sendiri lewat draf tersamar yang wajib ditinjau (POST /api/library/drafts → /confirm dengan reviewHash),
 * tarik entri terbitan, dan (admin server) sembunyikan atau unggulkan entri.
 */
import * as api from "../api.js";
import { h, replace, errorBox, loading, card } from "./ui.js";

/** @type {Record<string, string>} */
const KIND_LABEL = { narasi: "Narasi", presentasi: "Presentasi" };
/** @type {Record<string, string>} */
const REPLACEMENT_LABEL = {
  unit: "Nama unit", person: "Nama orang", decree: "Nomor SK", address: "Alamat", phone: "Nomor telepon", email: "Surel", amount: "Jumlah rupiah",
  nip: "NIP/NRP", identity: "Nomor identitas", certificate: "Nomor sertipikat", region: "Wilayah", link: "Tautan", handle: "Akun media sosial", plate: "Nomor kendaraan",
};

/** @param {import("../app.js").ViewContext} ctx */
export async function renderPustaka(ctx) {
  const isAdmin = !!ctx.me?.isAdmin;
  const unit = ctx.units.find((u) => u.id === ctx.unitId);
  ctx.main.append(h("div", { class: "page-head" },
    h("h1", null, "Pustaka templat"),
    h("p", { class: "muted" }, "Narasi dan presentasi unit yang sudah berhasil, disamarkan sebelum diterbitkan. Skor = hasil pemeriksa terhadap checklist pertanyaannya.")));

  const q = h("input", { type: "search", id: "pustaka-q", name: "q", placeholder: "mis. pembentukan tim" });
  const kind = h("select", { id: "pustaka-jenis", name: "kind" },
    h("option", { value: "" }, "Semua jenis"), h("option", { value: "narasi" }, "Narasi"), h("option", { value: "presentasi" }, "Presentasi"));
  const questionId = h("input", { type: "text", id: "pustaka-pertanyaan", name: "questionId", placeholder: "mis. P.MP.1.a", size: 10 });
  const form = h("form", { class: "toolbar", id: "pustaka-cari", role: "search" },
    h("label", { for: "pustaka-q" }, "Cari"), q,
    h("label", { for: "pustaka-jenis" }, "Jenis"), kind,
    h("label", { for: "pustaka-pertanyaan" }, "Pertanyaan"), questionId,
    h("button", { type: "submit", class: "btn primary" }, "Cari"));
  const results = h("div", { id: "pustaka-hasil", "aria-live": "polite" });
  const detail = h("div", { id: "pustaka-detail" });
  const publish = h("div", { id: "pustaka-terbit" });
  ctx.main.append(card("Cari di pustaka", form, results), detail, publish);

  const search = async () => {
    replace(results, loading("Mencari…"));
    const params = new URLSearchParams();
    const qv = /** @type {HTMLInputElement} */ (q).value.trim();
    if (qv) params.set("q", qv);
    const kv = /** @type {HTMLSelectElement} */ (kind).value;
    if (kv) params.set("kind", kv);
    const qid = /** @type {HTMLInputElement} */ (questionId).value.trim();
    if (qid) params.set("questionId", qid);
    if (isAdmin) params.set("includeHidden", "true");
    try {
      const data = await api.request(`/api/library?${params}`, { signal: ctx.signal });
      const items = /** @type {any[]} */ (data.items);
      replace(results,
        h("p", { class: "muted", role: "status" }, `${items.length} entri ditemukan.`),
        h("ol", { class: "pustaka-list", id: "pustaka-daftar" }, ...items.slice(0, 50).map((it) => h("li", { "data-id": it.id },
          h("button", { type: "button", class: "link", onclick: () => void show(it.id) }, it.title),
          " ",
          h("span", { class: "badge" }, KIND_LABEL[it.kind] ?? it.kind),
          it.featured ? h("span", { class: "badge" }, "Unggulan") : null,
          it.hidden ? h("span", { class: "badge" }, "Disembunyikan") : null,
          h("span", { class: "muted" }, ` ${(it.questionIds ?? []).join(", ")} · skor ${it.score}`
            + `${it.predikat ? ` · ${it.predikat} ${it.tahun ?? ""}` : ""} · ${it.sourceUnit}`)))));
      ctx.announce(`${items.length} entri pustaka ditemukan.`);
    } catch (e) {
      if (!ctx.signal.aborted) replace(results, errorBox(e));
    }
  };

  /** @param {string} id */
  const show = async (id) => {
    replace(detail, loading("Memuat entri…"));
    try {
      const e = await api.request(`/api/library/${encodeURIComponent(id)}${isAdmin ? "?includeHidden=true" : ""}`, { signal: ctx.signal });
      const body = h("div", { class: "pustaka-isi", id: "pustaka-isi" });
      if (e.html) body.innerHTML = e.html; // HTML dari Markdig tanpa HTML mentah (DisableHtml)
      else body.append(h("pre", null, e.markdown));
      const p = e.provenance ?? {};
      const actions = [];
      if (e.downloadUrl) actions.push(h("button", { type: "button", class: "btn", onclick: () => void download(e) }, "Unduh .pptx"));
      if (isAdmin) {
        actions.push(h("button", { type: "button", class: "btn", id: "pustaka-unggulkan", onclick: () => void curate(e.id, { featured: !e.featured }) },
          e.featured ? "Batal unggulkan" : "Unggulkan"));
        actions.push(h("button", { type: "button", class: "btn", id: "pustaka-sembunyikan", onclick: () => void curate(e.id, { hidden: !e.hidden }) },
          e.hidden ? "Tampilkan" : "Sembunyikan"));
      }
      replace(detail, card(e.title,
        h("p", { class: "muted" }, `${KIND_LABEL[e.kind] ?? e.kind} · ${(e.questionIds ?? []).join(", ")} · skor checklist ${e.score} · dipakai ${e.uses} kali`),
        h("p", { class: "muted" }, `Asal: ${p.sourceUnit ?? "anonim"}${p.instansi ? `, ${p.instansi}` : ""}${p.predikat ? ` · ${p.predikat} ${p.tahun ?? ""}` : ""}`),
        e.placeholders?.length ? h("p", null, `Isian yang perlu diisi: ${e.placeholders.join(", ")}`) : null,
        body,
        h("div", { class: "toolbar" }, ...actions)));
    } catch (err) {
      if (!ctx.signal.aborted) replace(detail, errorBox(err));
    }
  };

  /** @param {any} e */
  const download = async (e) => {
    const res = await fetch(e.downloadUrl, { headers: { Authorization: `Bearer ${api.getToken()}` } });
    const blob = await res.blob();
    const a = h("a", { href: URL.createObjectURL(blob), download: "pustaka.pptx" });
    a.click();
  };

  /** @param {string} id @param {{hidden?: boolean, featured?: boolean}} change */
  const curate = async (id, change) => {
    try {
      await api.request(`/api/library/${encodeURIComponent(id)}/curation`, { method: "PUT", json: change });
      ctx.announce("Kurasi disimpan.");
      await Promise.all([show(id), search()]);
    } catch (err) {
      detail.append(errorBox(err));
    }
  };

  form.addEventListener("submit", (ev) => {
    ev.preventDefault();
    void search();
  });

  if (unit && (isAdmin || unit.role === "pimpinan" || unit.role === "admin")) renderPublish(ctx, unit, publish, search);
  await search();
}

/**
 * @param {import("../app.js").ViewContext} ctx
 * @param {api.UnitRef} unit
 * @param {HTMLElement} host
 * @param {() => Promise<void>} refresh
 */
function renderPublish(ctx, unit, host, refresh) {
  const question = h("input", { type: "text", id: "terbit-pertanyaan", placeholder: "mis. P.MP.1.a", size: 10, required: true });
  const anonymous = h("input", { type: "checkbox", id: "terbit-anonim" });
  const review = h("div", { id: "terbit-tinjau" });
  const mine = h("div", { id: "terbit-milik" });
  const form = h("form", { class: "toolbar", id: "terbit-form" },
    h("label", { for: "terbit-pertanyaan" }, "Narasi pertanyaan"), question,
    h("span", null, anonymous, h("label", { for: "terbit-anonim" }, " Terbitkan sebagai anonim")),
    h("button", { type: "submit", class: "btn primary" }, "Siapkan draf tersamar"));
  host.append(card(`Terbitkan dari ${unit.nama}`,
    h("p", { class: "muted" }, "Nama unit, nama orang, nomor SK, alamat, telepon, surel dan jumlah rupiah diganti isian. Tinjau hasilnya sebelum menerbitkan."),
    form, review, h("h3", null, "Entri unit ini"), mine));

  const loadMine = async () => {
    try {
      const data = await api.request(`/api/library/drafts?unitId=${encodeURIComponent(unit.id)}`, { signal: ctx.signal });
      const items = /** @type {any[]} */ (data.items);
      replace(mine, items.length === 0 ? h("p", { class: "muted" }, "Belum ada.") : h("ul", { id: "terbit-daftar" }, ...items.map((it) => h("li", { "data-id": it.id },
        `${it.title} (${it.status}) `,
        it.status === "terbit" ? h("button", { type: "button", class: "btn", onclick: () => void unpublish(it.id) }, "Tarik") : null))));
    } catch (e) {
      if (!ctx.signal.aborted) replace(mine, errorBox(e));
    }
  };

  /** @param {string} id */
  const unpublish = async (id) => {
    try {
      await api.request(`/api/library/${encodeURIComponent(id)}/unpublish`, { method: "POST" });
      ctx.announce("Entri ditarik dari pustaka.");
      await Promise.all([loadMine(), refresh()]);
    } catch (e) {
      mine.append(errorBox(e));
    }
  };

  /** @param {any} d */
  const showDraft = (d) => {
    const rows = (d.replacements ?? []).map((/** @type {any} */ r) => h("tr", null,
      h("td", null, REPLACEMENT_LABEL[r.kind] ?? r.kind), h("td", null, h("del", null, r.original)), h("td", null, h("ins", null, r.placeholder))));
    const preview = h("div", { class: "pustaka-isi", id: "terbit-pratinjau" });
    preview.innerHTML = d.html ?? "";
    replace(review,
      h("h3", null, "Tinjau penyamaran"),
      h("table", { class: "table", id: "terbit-penggantian" },
        h("caption", null, `${rows.length} penggantian diusulkan`),
        h("thead", null, h("tr", null, h("th", { scope: "col" }, "Jenis"), h("th", { scope: "col" }, "Asli"), h("th", { scope: "col" }, "Menjadi"))),
        h("tbody", null, ...rows)),
      h("h4", null, "Teks yang akan terbit"),
      preview,
      markForm(d),
      h("div", { class: "toolbar" },
        h("button", { type: "button", class: "btn primary", id: "terbit-konfirmasi", onclick: () => void confirm(d) }, "Saya sudah meninjau — terbitkan"),
        h("button", { type: "button", class: "btn", onclick: () => void discard(d) }, "Buang draf")));
  };

  /** Marks what the anonymiser missed: the draft is anonymised again with it and shown for a new review.
   * @param {any} d */
  const markForm = (d) => {
    const text = h("input", { type: "text", id: "terbit-tanda-teks", maxlength: "200", "aria-describedby": "terbit-tanda-info" });
    const kind = h("select", { id: "terbit-tanda-jenis" }, ...Object.entries(REPLACEMENT_LABEL).map(([k, v]) => h("option", { value: k, selected: k === "person" }, v)));
    const mark = async () => {
      const value = /** @type {HTMLInputElement} */ (text).value.trim();
      if (value.length < 2) return;
      try {
        showDraft(await api.request(`/api/library/drafts/${d.id}`, { method: "PUT", json: { marks: [{ text: value, kind: /** @type {HTMLSelectElement} */ (kind).value }] } }));
        ctx.announce("Draf disamarkan ulang; tinjau lagi sebelum menerbitkan.");
      } catch (e) {
        review.append(errorBox(e));
      }
    };
    return h("div", { class: "toolbar", id: "terbit-tanda" },
      h("label", { for: "terbit-tanda-teks" }, "Masih ada yang mengenali unit atau orang?"), text, kind,
      h("button", { type: "button", class: "btn", onclick: () => void mark() }, "Samarkan juga"),
      h("p", { class: "muted", id: "terbit-tanda-info" }, "Setiap kemunculan teks ini diganti isian, lalu pratinjau ditampilkan lagi."));
  };

  /** @param {any} d */
  const confirm = async (d) => {
    try {
      await api.request(`/api/library/drafts/${d.id}/confirm`, { json: { reviewHash: d.reviewHash } });
      replace(review, h("p", { role: "status", id: "terbit-status" }, "Diterbitkan ke pustaka."));
      ctx.announce("Diterbitkan ke pustaka.");
      await Promise.all([loadMine(), refresh()]);
    } catch (e) {
      review.append(errorBox(e));
    }
  };

  /** @param {any} d */
  const discard = async (d) => {
    await api.request(`/api/library/drafts/${d.id}`, { method: "DELETE" });
    replace(review);
    await loadMine();
  };

  form.addEventListener("submit", async (ev) => {
    ev.preventDefault();
    replace(review, loading("Menyamarkan…"));
    try {
      const d = await api.request("/api/library/drafts", {
        json: { unitId: unit.id, kind: "narasi", questionId: /** @type {HTMLInputElement} */ (question).value.trim(), anonymous: /** @type {HTMLInputElement} */ (anonymous).checked },
      });
      showDraft(d);
      await loadMine();
    } catch (e) {
      replace(review, errorBox(e));
    }
  });
  void loadMine();
}
