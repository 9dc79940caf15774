// @ts-check
/**
 * Pembungkus fetch untuk API NarrativeAssist: menambahkan token bearer, menyimpannya di sessionStorage,
 * memperbarui token sekali bila kedaluwarsa, dan mengubah ProblemDetails menjadi pesan berbahasa Indonesia.
 * Semua permintaan ke asal (origin) yang sama; tidak ada permintaan ke luar.
 */

const TOKEN_KEY = "na.token";
const REFRESH_KEY = "na.refresh";

/**
 * @typedef {{ status?: number, title?: string, detail?: string, code?: string, reason?: string,
 *   errors?: Array<{ path?: string, line?: number, column?: number, message?: string }> | Record<string, string[]> }} ProblemDetails
 */

/** Galat dari API dengan pesan yang siap ditampilkan kepada pengguna. */
export class ApiError extends Error {
  /**
   * @param {number} status kode HTTP (0 bila server tidak terjangkau)
   * @param {string} message pesan berbahasa Indonesia
   * @param {string} [code] kode galat yang stabil dari server
   * @param {string[]} [details] rincian per field bila ada
   */
  constructor(status, message, code, details) {
    super(message);
    this.name = "ApiError";
    this.status = status;
    this.code = code ?? "";
    this.details = details ?? [];
  }
}

/** Pesan bawaan per status bila server tidak menyertakan `detail`. */
const FALLBACK = /** @type {Record<number, string>} */ ({
  400: "Permintaan tidak valid. Periksa kembali isian Anda.",
  401: "Sesi Anda telah berakhir. Silakan masuk kembali.",
  403: "Peran Anda di unit ini tidak mengizinkan tindakan ini.",
  404: "Data yang diminta tidak ditemukan.",
  408: "Server terlalu lama menanggapi. Coba lagi.",
  409: "Data sudah diubah oleh orang lain. Muat ulang lalu coba lagi.",
  412: "Versi data sudah berubah. Muat ulang lalu coba lagi.",
  413: "Berkas atau permintaan terlalu besar.",
  415: "Jenis berkas tidak didukung. Unggah berkas Word (.docx).",
  428: "Versi data diperlukan untuk menyimpan perubahan.",
  429: "Terlalu banyak permintaan. Tunggu sebentar lalu coba lagi.",
});

/**
 * Pesan Indonesia untuk satu respons galat.
 * @param {number} status
 * @param {ProblemDetails | null} problem
 * @param {string} [unauthorized] pesan untuk 401 tanpa detail yang berarti (mis. saat masuk)
 * @returns {string}
 */
export function messageFor(status, problem, unauthorized) {
  const detail = typeof problem?.detail === "string" ? problem.detail.trim() : "";
  // Detail bawaan ASP.NET Identity berbahasa Inggris ("Failed", "LockedOut", …): terjemahkan.
  if (status === 401 && (detail === "" || /^(Failed|Unauthorized)$/i.test(detail))) return unauthorized ?? FALLBACK[401];
  if (/^LockedOut$/i.test(detail)) return "Akun dikunci sementara karena terlalu banyak percobaan masuk yang gagal. Coba lagi nanti.";
  if (/^NotAllowed$/i.test(detail)) return "Akun ini belum diizinkan masuk.";
  if (detail) return detail;
  if (status >= 500) return "Terjadi kesalahan di server. Coba lagi beberapa saat lagi atau hubungi admin.";
  return FALLBACK[status] ?? `Permintaan gagal (status ${status}).`;
}

/**
 * Rincian galat per field dari ProblemDetails (`errors` dalam bentuk daftar atau peta).
 * @param {ProblemDetails | null} problem
 * @returns {string[]}
 */
function detailsOf(problem) {
  const errors = problem?.errors;
  if (!errors) return [];
  if (Array.isArray(errors)) {
    return errors.map((e) => {
      const where = [e.path, e.line ? `baris ${e.line}` : ""].filter(Boolean).join(", ");
      return where ? `${where}: ${e.message ?? ""}` : e.message ?? "";
    }).filter(Boolean);
  }
  return Object.entries(errors).flatMap(([k, v]) => (Array.isArray(v) ? v : [String(v)]).map((m) => (k ? `${k}: ${m}` : m)));
}

/** @returns {string | null} */
export function getToken() {
  return sessionStorage.getItem(TOKEN_KEY);
}

/** @returns {boolean} */
export function isSignedIn() {
  return !!getToken();
}

export function clearToken() {
  sessionStorage.removeItem(TOKEN_KEY);
  sessionStorage.removeItem(REFRESH_KEY);
}

/** @type {Array<() => void>} */
const unauthorizedListeners = [];

/**
 * Dipanggil ketika server menolak token (401) dan pembaruan token gagal.
 * @param {() => void} listener
 */
export function onUnauthorized(listener) {
  unauthorizedListeners.push(listener);
}

/**
 * @param {Response} res
 * @returns {Promise<any>}
 */
async function body(res) {
  if (res.status === 204) return null;
  const type = res.headers.get("content-type") ?? "";
  if (type.includes("json")) {
    try { return await res.json(); } catch { return null; }
  }
  const text = await res.text();
  return text === "" ? null : text;
}

/**
 * @typedef {{ method?: string, json?: unknown, form?: FormData, auth?: boolean, signal?: AbortSignal,
 *   unauthorizedMessage?: string }} RequestOptions
 */

/**
 * Mengirim permintaan ke API. Melempar {@link ApiError} dengan pesan Indonesia bila gagal.
 * @param {string} path jalur relatif, mis. "/api/auth/me"
 * @param {RequestOptions} [options]
 * @returns {Promise<any>}
 */
export async function request(path, options = {}) {
  const res = await send(path, options);
  if (res.status === 401 && options.auth !== false && getToken()) {
    if (await refresh()) {
      const retry = await send(path, options);
      return finish(retry, options);
    }
  }
  return finish(res, options);
}

/**
 * @param {string} path
 * @param {RequestOptions} options
 * @returns {Promise<Response>}
 */
async function send(path, options) {
  /** @type {Record<string, string>} */
  const headers = { Accept: "application/json" };
  const token = getToken();
  if (token && options.auth !== false) headers.Authorization = `Bearer ${token}`;
  /** @type {BodyInit | undefined} */
  let payload;
  if (options.form) payload = options.form; // batas multipart diatur oleh browser
  else if (options.json !== undefined) {
    headers["Content-Type"] = "application/json";
    payload = JSON.stringify(options.json);
  }
  try {
    return await fetch(path, {
      method: options.method ?? (payload ? "POST" : "GET"),
      headers,
      body: payload,
      signal: options.signal,
      credentials: "same-origin",
      cache: "no-store",
    });
  } catch (e) {
    if (e instanceof DOMException && e.name === "AbortError") throw e;
    throw new ApiError(0, "Tidak dapat menghubungi server. Periksa koneksi jaringan Anda lalu coba lagi.", "network");
  }
}

/**
 * @param {Response} res
 * @param {RequestOptions} options
 * @returns {Promise<any>}
 */
async function finish(res, options) {
  const data = await body(res);
  if (res.ok) return data;
  const problem = data && typeof data === "object" ? /** @type {ProblemDetails} */ (data) : null;
  const error = new ApiError(res.status, messageFor(res.status, problem, options.unauthorizedMessage), problem?.code, detailsOf(problem));
  if (res.status === 401 && options.auth !== false) {
    clearToken();
    for (const l of unauthorizedListeners) l();
  }
  throw error;
}

/** @returns {Promise<boolean>} */
async function refresh() {
  const refreshToken = sessionStorage.getItem(REFRESH_KEY);
  if (!refreshToken) return false;
  try {
    const res = await fetch("/api/auth/refresh", {
      method: "POST",
      headers: { "Content-Type": "application/json", Accept: "application/json" },
      body: JSON.stringify({ refreshToken }),
      cache: "no-store",
    });
    if (!res.ok) return false;
    store(await res.json());
    return true;
  } catch {
    return false;
  }
}

/** @param {{ accessToken?: string, refreshToken?: string }} tokens */
function store(tokens) {
  if (!tokens?.accessToken) throw new ApiError(500, "Server tidak mengirimkan token akses.", "no_token");
  sessionStorage.setItem(TOKEN_KEY, tokens.accessToken);
  if (tokens.refreshToken) sessionStorage.setItem(REFRESH_KEY, tokens.refreshToken);
}

/** @import { CheckReport, ScoreReport, UnitRef, Me, Progress, Member } from "./api-types.js" */

// ---- Panggilan API -----------------------------------------------------------------------------

/**
 * @param {string} email
 * @param {string} password
 * @returns {Promise<void>}
 */
export async function login(email, password) {
  const tokens = await request("/api/auth/login", {
    method: "POST",
    json: { email, password },
    auth: false,
    unauthorizedMessage: "Email atau kata sandi salah. Periksa kembali lalu coba lagi.",
  });
  store(tokens);
}

/**
 * Mengganti kata sandi sendiri. Tanpa sesi (sesudah admin mengatur ulang) surel dan kata sandi lama cukup; semua sesi
 * akun berakhir, jadi pemanggil masuk lagi dengan kata sandi baru.
 * @param {string} email
 * @param {string} currentPassword
 * @param {string} newPassword
 * @returns {Promise<void>}
 */
export async function changePassword(email, currentPassword, newPassword) {
  await request("/api/auth/password", {
    method: "POST",
    json: { email, currentPassword, newPassword },
    auth: false,
    unauthorizedMessage: "Kata sandi lama salah. Masuk lagi dari awal.",
  });
}

/**
 * Keluar: token lokal dihapus seketika, lalu server diminta mengakhiri semua sesi akun ini (panel Word, PowerPoint,
 * aplikasi web) sehingga token yang tersalin di komputer bersama tidak berlaku lagi. Bila server tak terjangkau,
 * token lokal tetap terhapus dan berakhir sendiri dalam 8 jam.
 * @returns {Promise<void>}
 */
export async function logout() {
  const token = getToken();
  clearToken();
  if (!token) return;
  try {
    await fetch("/api/auth/logout", { method: "POST", headers: { Authorization: `Bearer ${token}` }, cache: "no-store" });
  } catch {
    // luring: tidak ada yang bisa dilakukan selain menghapus token lokal (sudah)
  }
}

/** @returns {Promise<Me>} */
export const me = () => request("/api/auth/me");

/** @returns {Promise<UnitRef[]>} */
export const units = () => request("/api/units");

/** @returns {Promise<any>} katalog LKE (anonim) */
export const catalog = () => request("/api/lke", { auth: false });

/**
 * @param {File} file
 * @param {string} [unitId]
 * @returns {Promise<CheckReport>}
 */
export function checkDocument(file, unitId) {
  const form = new FormData();
  form.append("file", file, file.name);
  const query = unitId ? `?unitId=${encodeURIComponent(unitId)}` : "";
  return request(`/api/check/document${query}`, { method: "POST", form });
}

/** @param {string} unitId @returns {Promise<Progress>} */
export const progress = (unitId) => request(`/api/units/${encodeURIComponent(unitId)}/progress`);

/** @param {string} unitId @returns {Promise<{ questionIds: string[] }>} */
export const missingEvidence = (unitId) => request(`/api/units/${encodeURIComponent(unitId)}/evidence/missing`);

/** @param {string} unitId @returns {Promise<Member[]>} */
export const members = (unitId) => request(`/api/units/${encodeURIComponent(unitId)}/members`);

/**
 * @param {string} unitId
 * @param {"wbk" | "wbbm"} target
 * @returns {Promise<ScoreReport>}
 */
export const score = (unitId, target) =>
  request(`/api/units/${encodeURIComponent(unitId)}/score?target=${encodeURIComponent(target)}`);

// ---- Administrasi unit dan anggota --------------------------------------------------------------

/**
 * Unit baru (hanya admin server); pembuatnya menjadi admin unit itu.
 * @param {string} nama
 * @param {string} [instansi]
 * @returns {Promise<UnitRef>}
 */
export const createUnit = (nama, instansi) => request("/api/units", { method: "POST", json: { nama, instansi: instansi || null } });

/**
 * Nama baru untuk unit (admin unit atau admin server); instansi kosong menghapusnya, null membiarkannya.
 * @param {string} unitId
 * @param {string} nama
 * @param {string | null} instansi
 * @returns {Promise<UnitRef>}
 */
export const renameUnit = (unitId, nama, instansi) =>
  request(`/api/units/${encodeURIComponent(unitId)}`, { method: "PUT", json: { nama, instansi } });

/**
 * Anggota baru: akun dibuat dengan kata sandi awal bila surel belum terdaftar, selain itu akun yang ada ditambahkan.
 * @param {string} unitId
 * @param {{ email: string, displayName?: string | null, password?: string | null, role: string, areas: string[] }} member
 * @returns {Promise<Member>}
 */
export const addMember = (unitId, member) =>
  request(`/api/units/${encodeURIComponent(unitId)}/members`, { method: "POST", json: member });

/**
 * @param {string} unitId
 * @param {string} userId
 * @param {string} role
 * @param {string[]} areas
 * @returns {Promise<Member>}
 */
export const updateMember = (unitId, userId, role, areas) =>
  request(`/api/units/${encodeURIComponent(unitId)}/members/${encodeURIComponent(userId)}`, { method: "PUT", json: { role, areas } });

/** @param {string} unitId @param {string} userId @returns {Promise<void>} */
export const removeMember = (unitId, userId) =>
  request(`/api/units/${encodeURIComponent(unitId)}/members/${encodeURIComponent(userId)}`, { method: "DELETE" });

/**
 * Kata sandi sementara untuk seorang anggota; anggota wajib menggantinya saat masuk berikutnya.
 * @param {string} unitId
 * @param {string} userId
 * @returns {Promise<{ temporaryPassword: string }>}
 */
export const resetMemberPassword = (unitId, userId) =>
  request(`/api/units/${encodeURIComponent(unitId)}/members/${encodeURIComponent(userId)}/password-reset`, { method: "POST" });
