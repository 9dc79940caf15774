// @ts-check
/**
 * Menyimpan narasi ke ruang kerja unit dengan aturan ETag: "Simpan" (narasi di kursor) dan "Simpan semua". Konflik
 * (412) diselesaikan lewat dialog (conflict-dialogs.js); teks pengguna yang diganti versi server dicadangkan
 * (backups.js).
 */
import * as api from "../api.js";
import * as word from "./office-adapter.js";
import { backup, restoreButton } from "./backups.js";
import { conflictDialog, conflictsDialog } from "./conflict-dialogs.js";
import { check, fetchBaseline } from "./question-tab.js";
import { setSaveNote, showPaneError } from "./shell.js";
import { state } from "./state.js";
/** @import { ServerVersion } from "../api-types.js" */

/** @param {string | null | undefined} a */
const sameAnswer = (a, /** @type {string | null | undefined} */ b) => (a ?? "").trim().toLowerCase() === (b ?? "").trim().toLowerCase();

/**
 * Satu anggota per jenis, agar pemeriksaan `kind` menyempitkan union sampai ke anggota yang memiliki `error`.
 * @typedef {{ kind: "saved" } | { kind: "same" } | { kind: "error", error: unknown }
 *   | { kind: "conflict", current: ServerVersion, etag: string | null }} PutOutcome
 */

/** @typedef {{ n: word.DocNarrative, current: ServerVersion, etag: string | null }} Conflict */

/**
 * PUT satu narasi (teks dan jawabannya di dokumen) dengan If-Match. 412/428 beserta versi terkini = konflik.
 * @param {word.DocNarrative} n
 * @param {string | null} etag
 * @returns {Promise<PutOutcome>}
 */
async function putNarrative(n, etag) {
  const unit = /** @type {string} */ (state.unitId);
  const path = `/api/units/${encodeURIComponent(unit)}/narratives/${encodeURIComponent(n.questionId)}`;
  /** @param {string | null} tag */
  const send = (tag) => fetch(path, {
    method: "PUT", cache: "no-store",
    headers: { Authorization: `Bearer ${api.getToken()}`, Accept: "application/json", "Content-Type": "application/json", ...(tag ? { "If-Match": tag } : {}) },
    body: JSON.stringify(n.answer ? { text: n.text, answer: n.answer } : { text: n.text }),
  });
  try {
    let res = await send(etag);
    if (res.status === 412 || res.status === 428) {
      const problem = await res.json().catch(() => ({}));
      const current = /** @type {ServerVersion | null} */ (problem.current ?? null);
      const tag = problem.etag ?? (current ? `"v${current.version}"` : null);
      if (!current) res = await send(tag); // narasinya belum/tidak lagi ada di server: simpan sebagai baru
      else if (current.text === n.text && sameAnswer(current.answer, n.answer)) {
        state.baseline.set(n.questionId, { etag: tag, text: current.text, answer: current.answer ?? null });
        return { kind: "same" };
      } else return { kind: "conflict", current, etag: tag };
    }
    if (!res.ok) {
      const problem = await res.json().catch(() => null);
      return { kind: "error", error: new api.ApiError(res.status, `${n.questionId}: ${api.messageFor(res.status, problem)}`, problem?.code) };
    }
    state.baseline.set(n.questionId, { etag: res.headers.get("ETag"), text: n.text, answer: n.answer });
    return { kind: "saved" };
  } catch (e) {
    return { kind: "error", error: e };
  }
}

/** Narasi di dokumen sama dengan versi dasarnya (teks dan jawaban)? @param {word.DocNarrative} n */
async function unchanged(n) {
  await fetchBaseline(n.questionId);
  const base = state.baseline.get(n.questionId);
  return base?.text != null && base.text === n.text && sameAnswer(base.answer, n.answer);
}

export async function saveCurrent() {
  if (!state.current) { setSaveNote("Letakkan kursor di narasi yang akan disimpan."); return; }
  const n = await word.readNarrative(state.current);
  if (!n) return;
  const outcome = await saveOne(n);
  const id = n.questionId;
  if (outcome === "server") setSaveNote(`${id}: versi server dipakai.`, restoreButton());
  else setSaveNote(outcome === "saved" ? `${id} tersimpan.` : outcome === "same" ? `${id} sudah sama dengan versi tersimpan.`
    : outcome === "cancel" ? "Penyimpanan dibatalkan; teks Anda tetap di dokumen." : `${id} gagal disimpan.`);
}

/**
 * Menyimpan satu narasi; konflik → dialog dua versi.
 * @param {word.DocNarrative} n
 * @returns {Promise<"saved" | "same" | "server" | "cancel" | "error">}
 */
async function saveOne(n) {
  if (await unchanged(n)) return "same";
  let r = await putNarrative(n, state.baseline.get(n.questionId)?.etag ?? null);
  for (let attempt = 0; r.kind === "conflict" && attempt < 3; attempt++) {
    const choice = await conflictDialog(n, r.current);
    if (choice === "cancel") return "cancel";
    if (choice === "server") { await takeServer({ n, current: r.current, etag: r.etag }); return "server"; }
    r = await putNarrative(n, r.etag);
  }
  if (r.kind === "error") { showPaneError(r.error); return "error"; }
  return r.kind === "conflict" ? "cancel" : r.kind;
}

/**
 * Simpan semua narasi yang berubah. Konflik (412) tidak ditanyakan satu per satu: dikumpulkan, lalu diselesaikan
 * bersama dalam satu dialog. Teks pengguna tidak pernah hilang: "Batal" membiarkan dokumen apa adanya, dan teks
 * yang diganti versi server disimpan sebagai cadangan yang dapat dipulihkan.
 */
export async function saveAll() {
  const button = document.getElementById("simpan-semua");
  button?.setAttribute("disabled", "");
  try {
    const docs = (await word.readNarratives()).filter((d) => d.text.trim() !== "" && !/^\[Tulis narasi .*\]$/.test(d.text.trim()));
    let saved = 0, same = 0, failed = 0, server = 0, open = 0;
    /** @type {Conflict[]} */
    let conflicts = [];
    for (const d of docs) {
      if (await unchanged(d)) same++;
      else {
        const r = await putNarrative(d, state.baseline.get(d.questionId)?.etag ?? null);
        if (r.kind === "saved") saved++;
        else if (r.kind === "same") same++;
        else if (r.kind === "conflict") conflicts.push({ n: d, current: r.current, etag: r.etag });
        else { failed++; showPaneError(r.error); }
      }
      setSaveNote(`Menyimpan… ${saved + same + failed + conflicts.length}/${docs.length}`);
    }
    for (let round = 0; conflicts.length > 0; round++) {
      const choices = round < 3 ? await conflictsDialog(conflicts) : null;
      if (!choices) { open = conflicts.length; break; }
      /** @type {Conflict[]} */
      const again = [];
      for (const c of conflicts) {
        if (choices.get(c.n.questionId) === "server") { await takeServer(c); server++; continue; }
        const r = await putNarrative(c.n, c.etag);
        if (r.kind === "saved") saved++;
        else if (r.kind === "same") same++;
        else if (r.kind === "conflict") again.push({ n: c.n, current: r.current, etag: r.etag }); // diubah lagi sementara itu
        else { failed++; showPaneError(r.error); }
      }
      conflicts = again;
    }
    const parts = [`${saved} narasi tersimpan`, `${same} tidak berubah`];
    if (server) parts.push(`${server} memakai versi server`);
    if (open) parts.push(`${open} konflik belum diselesaikan (teks Anda tetap di dokumen)`);
    if (failed) parts.push(`${failed} tidak tersimpan`);
    setSaveNote(parts.join(", ") + ".", server ? restoreButton() : null);
  } finally {
    button?.removeAttribute("disabled");
  }
}

/**
 * Memakai versi server untuk satu narasi: teks pengguna dicadangkan dulu (localStorage), lalu dokumen diganti.
 * @param {Conflict} c
 */
async function takeServer(c) {
  const { n, current, etag } = c;
  backup(n);
  await word.replaceNarrative(n.questionId, current.text);
  if (current.answer && !sameAnswer(current.answer, n.answer)) {
    try { await word.writeAnswer(n.questionId, current.answer); } catch (e) { showPaneError(e); }
  }
  state.baseline.set(n.questionId, { etag, text: current.text, answer: current.answer ?? null });
  if (state.current === n.questionId) { state.checkedText = null; await check(n.questionId); }
}
