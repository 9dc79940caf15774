// @ts-check
/**
 * Permintaan presentasi ke server: badan permintaan dari keadaan panel. JSON dengan galat per isian profil dan POST
 * yang menjawab berkas ada di ../views/deck-files.js, dipakai juga oleh halaman "Presentasi" aplikasi web.
 */
import { DEFAULT_LIMIT, state } from "./state.js";
export { requestWithFields, postForFile } from "../views/deck-files.js";

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
