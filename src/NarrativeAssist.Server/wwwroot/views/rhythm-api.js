// @ts-check
/** Panggilan API ritme unit (isu 18): log publikasi, target ritme, permintaan Kanwil/Kantor Pusat, rapat mingguan. */
import { request, getToken, ApiError, messageFor } from "../api.js";

/**
 * @typedef {{ id: string, date: string, channel: string, channelLabel: string, kind: string, kindLabel: string, link?: string | null,
 *   title: string, concerns?: string | null, questionIds: string[] }} Publication
 * @typedef {{ date: string, channel: string, channelLabel: string, kind: string, kindLabel: string, link?: string | null, title: string,
 *   questionIds: string[], alreadyLogged?: string | null }} PublicationDraft
 * @typedef {{ saved: boolean, rows: Array<{ line: number, entry?: PublicationDraft | null, problems: string[] }>, entries: PublicationDraft[],
 *   skipped: number, mergedInInput: number, alreadyLogged: number, added: number }} ImportResult
 * @typedef {{ from: string, to: string, days: number, open: boolean, overTarget: boolean }} Gap
 * @typedef {{ name: string, targetDays?: number | null, count: number, last?: string | null, daysSinceLast?: number | null, quiet: boolean,
 *   days: Array<{ date: string, count: number }>, gaps: Gap[], longestGapDays: number, streakSince?: string | null, streakDays: number }} Track
 * @typedef {{ mediaMaxGapDays: number, integrityMaxGapDays: number, channelMaxGapDays: number, inactiveChannels: string[] }} Targets
 * @typedef {{ today: string, from: string, targets: Targets, daysSinceMedia?: number | null, integrityDaysLast7: number,
 *   integrityMessagesLast7: number, quietChannels: string[], media: Track, integrity: Track,
 *   channels: Array<{ channel: string, label: string, active: boolean, track: Track }> }} Cadence
 * @typedef {{ level: string, daysLeft: number, text?: string | null }} Reminder
 * @typedef {{ id: string, title: string, requester: string, dueDate: string, personInCharge: string, status: string, statusLabel: string,
 *   delivered?: string | null, deliveredOn?: string | null, reminder: Reminder }} DocRequest
 * @typedef {{ answered: number, strong: number, total: number, withEvidence: number, publications: number, openRequests: number, overdueRequests: number }} Figures
 * @typedef {{ unitName: string, week: string, monday: string, today: string, thisWeek: Figures, lastWeek?: Figures | null, slipped: string[],
 *   requests: Array<{ title: string, requester: string, dueDate: string, personInCharge: string, status: string, reminder?: string | null }>,
 *   publicity: string[] }} Meeting
 */

/** @param {string} unitId @param {string} path */
const u = (unitId, path) => `/api/units/${encodeURIComponent(unitId)}/${path}`;

/** @returns {Promise<Publication[]>} @param {string} unitId */
export const publications = (unitId) => request(u(unitId, "publications"));
/** @returns {Promise<Publication>} @param {string} unitId @param {object} entry */
export const addPublication = (unitId, entry) => request(u(unitId, "publications"), { method: "POST", json: entry });
/** @param {string} unitId @param {string} id */
export const deletePublication = (unitId, id) => request(u(unitId, `publications/${encodeURIComponent(id)}`), { method: "DELETE" });
/** @returns {Promise<ImportResult>} @param {string} unitId @param {object} paste */
export const pasteLinks = (unitId, paste) => request(u(unitId, "publications/paste"), { method: "POST", json: paste });
/** @returns {Promise<ImportResult>} @param {string} unitId @param {File} file @param {boolean} save */
export function importCsv(unitId, file, save) {
  const form = new FormData();
  form.append("file", file);
  if (save) form.append("save", "true");
  return request(u(unitId, "publications/import"), { method: "POST", form });
}
/** @returns {Promise<Cadence>} @param {string} unitId @param {string} [from] */
export const cadence = (unitId, from) => request(u(unitId, `publications/cadence${from ? `?from=${encodeURIComponent(from)}` : ""}`));
/** @returns {Promise<Targets>} @param {string} unitId @param {Targets} targets */
export const setTargets = (unitId, targets) => request(u(unitId, "publications/targets"), { method: "PUT", json: targets });
/** @returns {Promise<DocRequest[]>} @param {string} unitId */
export const requests = (unitId) => request(u(unitId, "requests"));
/** @returns {Promise<DocRequest>} @param {string} unitId @param {object} req */
export const addRequest = (unitId, req) => request(u(unitId, "requests"), { method: "POST", json: req });
/** @returns {Promise<DocRequest>} @param {string} unitId @param {string} id @param {object} req */
export const updateRequest = (unitId, id, req) => request(u(unitId, `requests/${encodeURIComponent(id)}`), { method: "PUT", json: req });
/** @param {string} unitId @param {string} id */
export const deleteRequest = (unitId, id) => request(u(unitId, `requests/${encodeURIComponent(id)}`), { method: "DELETE" });
/** @returns {Promise<Meeting>} @param {string} unitId */
export const meeting = (unitId) => request(u(unitId, "meeting"));

/** Mengunduh notulen rapat (.docx) dengan token masuk. @param {string} unitId @returns {Promise<{ blob: Blob, name: string }>} */
export async function meetingDocx(unitId) {
  const res = await fetch(u(unitId, "meeting/export"), { headers: { Authorization: `Bearer ${getToken()}` }, cache: "no-store" });
  if (!res.ok) throw new ApiError(res.status, messageFor(res.status, null), "download_failed");
  const name = /filename="?([^";]+)"?/.exec(res.headers.get("content-disposition") ?? "")?.[1] ?? "rapat-mingguan.docx";
  return { blob: await res.blob(), name };
}

/** Tanggal ISO (2024-05-17) sebagai 17/05/2024. @param {string | null | undefined} iso */
export function tgl(iso) {
  if (!iso) return "–";
  const [y, m, d] = iso.split("-");
  return `${d}/${m}/${y}`;
}

/** Hari ini menurut peramban, sebagai tanggal ISO. */
export function todayIso() {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, "0")}-${String(now.getDate()).padStart(2, "0")}`;
}

/** Peran yang boleh mencatat publikasi dan permintaan (izin ManageEvidence), dan yang boleh mengubah target (EditProfile). */
export const CAN_LOG = ["admin", "pimpinan", "penulis"];
export const CAN_SET_TARGETS = ["admin", "pimpinan"];

export const CHANNELS = [
  ["instagram", "Instagram"], ["facebook", "Facebook"], ["x", "X"], ["youtube", "YouTube"], ["tiktok", "TikTok"], ["website", "Website"],
  ["media-online", "Media online"], ["media-cetak", "Media cetak"], ["radio-tv", "Radio/TV"], ["lainnya", "Lainnya"],
];
export const OWNED = ["instagram", "facebook", "x", "youtube", "tiktok", "website"];
export const KINDS = [
  ["kegiatan", "Kegiatan"], ["capaian", "Capaian"], ["pesan-integritas", "Pesan integritas"], ["siaran-pers", "Siaran pers"],
  ["informasi-layanan", "Informasi layanan"],
];
