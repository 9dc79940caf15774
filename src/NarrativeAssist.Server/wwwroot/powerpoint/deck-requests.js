// @ts-check
/**
 * Permintaan presentasi ke server: badan permintaan dari keadaan panel, JSON dengan galat per isian profil, dan POST
 * yang menjawab berkas (pptx/docx).
 */
import * as api from "../api.js";
import { DEFAULT_LIMIT, state } from "./state.js";

/** Badan permintaan presentasi: jenis dan profil (unit atau teks). */
export function deckRequest() {
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

/**
 * JSON ke API dengan galat per isian dipertahankan (`fieldErrors`: [{path, line, column, message}]), untuk
 * profil dan rencana. 401 diserahkan ke api.request (pembaruan token, kembali ke layar masuk).
 * @param {string} path @param {string} method @param {unknown} body
 */
export async function requestWithFields(path, method, body) {
  let res;
  try {
    res = await fetch(path, { method, cache: "no-store", body: JSON.stringify(body),
      headers: { Authorization: `Bearer ${api.getToken()}`, Accept: "application/json", "Content-Type": "application/json" } });
  } catch { throw new api.ApiError(0, "Tidak dapat menghubungi server. Periksa koneksi jaringan Anda lalu coba lagi.", "network"); }
  if (res.status === 401) return api.request(path, { method, json: body });
  if (!res.ok) throw await problemOf(res);
  return res.status === 204 ? null : res.json();
}

/**
 * POST yang menjawab berkas (pptx/docx). Galat → ApiError dengan pesan Indonesia.
 * @param {string} path
 * @param {Record<string, unknown>} body
 * @param {File | null} [file] templat .pptx (multipart: request + template)
 * @param {File[]} [photos] foto dan logo profil (multipart: foto)
 */
export async function postForFile(path, body, file, photos = []) {
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
