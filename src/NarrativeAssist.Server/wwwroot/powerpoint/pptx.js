// @ts-check
/**
 * Sedikit pembacaan .pptx di peramban (tanpa pustaka): id salindia dari ppt/presentation.xml, untuk
 * `sourceSlideIds` insertSlidesFromBase64 ("<id>#"), dan base64 untuk Office.
 */

/**
 * @param {Uint8Array} bytes
 * @returns {string}
 */
export function toBase64(bytes) {
  let s = "";
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode.apply(null, /** @type {any} */ (bytes.subarray(i, i + 0x8000)));
  return btoa(s);
}

/**
 * Isi satu entri zip (stored atau deflate) — null bila tidak ada.
 * @param {Uint8Array} zip
 * @param {string} name
 * @returns {Promise<Uint8Array | null>}
 */
export async function zipEntry(zip, name) {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  let eocd = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 65557); i--) if (view.getUint32(i, true) === 0x06054b50) { eocd = i; break; }
  if (eocd < 0) throw new Error("Berkas bukan paket .pptx (zip) yang sah.");
  const entries = view.getUint16(eocd + 10, true);
  let p = view.getUint32(eocd + 16, true);
  const decoder = new TextDecoder();
  for (let n = 0; n < entries; n++) {
    if (view.getUint32(p, true) !== 0x02014b50) break;
    const method = view.getUint16(p + 10, true);
    const compressed = view.getUint32(p + 20, true);
    const nameLength = view.getUint16(p + 28, true);
    const extra = view.getUint16(p + 30, true);
    const comment = view.getUint16(p + 32, true);
    const local = view.getUint32(p + 42, true);
    const entryName = decoder.decode(zip.subarray(p + 46, p + 46 + nameLength));
    if (entryName === name) {
      const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
      const data = zip.subarray(start, start + compressed);
      if (method === 0) return data;
      if (method !== 8) throw new Error(`Metode kompresi ${method} tidak didukung.`);
      const stream = new Blob([/** @type {BlobPart} */ (data)]).stream().pipeThrough(new DecompressionStream("deflate-raw"));
      return new Uint8Array(await new Response(stream).arrayBuffer());
    }
    p += 46 + nameLength + extra + comment;
  }
  return null;
}

/**
 * Id salindia (atribut id pada p:sldId) urut presentasi.
 * @param {Uint8Array} pptx
 * @returns {Promise<string[]>}
 */
export async function slideIdsOf(pptx) {
  const xml = await zipEntry(pptx, "ppt/presentation.xml");
  if (!xml) throw new Error("ppt/presentation.xml tidak ada di berkas .pptx.");
  const text = new TextDecoder().decode(xml);
  const list = /<p:sldIdLst>([\s\S]*?)<\/p:sldIdLst>/.exec(text)?.[1] ?? "";
  return [...list.matchAll(/<p:sldId\b[^>]*\bid="(\d+)"/g)].map((m) => m[1]);
}
