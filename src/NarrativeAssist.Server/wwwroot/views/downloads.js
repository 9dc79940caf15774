// @ts-check
/**
 * GET that answers a file (zip, xlsx, docx, evidence file), fetched with the bearer token and saved on the user's
 * computer; a refusal becomes an ApiError with the server's Indonesian message. A 401 goes through api.request so
 * the token is refreshed once, or the app returns to the sign-in page.
 */
import * as api from "../api.js";
import { saveFile } from "./deck-files.js";

/**
 * @param {string} path
 * @param {string} fallbackName name when the server gives none
 * @returns {Promise<string>} the saved file's name
 */
export async function downloadFile(path, fallbackName) {
  let res;
  try {
    res = await fetch(path, { headers: { Authorization: `Bearer ${api.getToken()}` }, cache: "no-store" });
  } catch { throw new api.ApiError(0, "Tidak dapat menghubungi server. Periksa koneksi jaringan Anda lalu coba lagi.", "network"); }
  if (res.status === 401) { await api.request(path); throw new api.ApiError(401, api.messageFor(401, null)); }
  if (!res.ok) {
    const problem = await res.json().catch(() => null);
    throw new api.ApiError(res.status, api.messageFor(res.status, problem), problem?.code);
  }
  const disposition = res.headers.get("Content-Disposition") ?? "";
  const raw = /filename\*=UTF-8''([^;]+)/i.exec(disposition)?.[1] ?? /filename="?([^";]+)/i.exec(disposition)?.[1];
  const name = raw ? decodeURIComponent(raw) : fallbackName;
  saveFile(new Uint8Array(await res.arrayBuffer()), name, res.headers.get("Content-Type") ?? "application/octet-stream");
  return name;
}
