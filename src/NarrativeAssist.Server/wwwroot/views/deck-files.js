// @ts-check
/**
 * Permintaan presentasi yang dipakai bersama panel PowerPoint dan halaman "Presentasi": JSON dengan galat per isian
 * profil dipertahankan, POST yang menjawab berkas (pptx/docx) dan penyimpanan berkas itu ke komputer pengguna.
 */
import * as api from "../api.js";
import { h } from "./ui.js";

export const PPTX_TYPE = "application/vnd.openxmlformats-officedocument.presentationml.presentation";
export const DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

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
 * @param {File | null} [file] templat .pptx/.potx (multipart: request + template)
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

/**
 * Menyimpan berkas dari server ke komputer pengguna (unduhan peramban lewat tautan blob sementara).
 * @param {Uint8Array} bytes @param {string} name @param {string} type
 */
export function saveFile(bytes, name, type) {
  const url = URL.createObjectURL(new Blob([/** @type {BlobPart} */ (bytes)], { type }));
  const a = h("a", { href: url, download: name, hidden: true });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
