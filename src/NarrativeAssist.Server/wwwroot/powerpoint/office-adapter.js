// @ts-check
/// <reference types="office-js" />
/**
 * Batas Office untuk PowerPoint: SATU-SATUNYA modul yang menyentuh Office.js / PowerPoint.run. Panel memanggil
 * fungsi di sini saja, sehingga uji dapat mengganti host PowerPoint dengan tiruan
 * (tests/…/Browser/PowerPoint/fake-powerpoint-host.js).
 *
 * Set persyaratan yang dipakai:
 *  - PowerPointApi 1.1: PowerPoint.createPresentation (presentasi baru dari .pptx base64);
 *  - PowerPointApi 1.2: presentation.slides, insertSlidesFromBase64 (bukan di iPad / Office 2019);
 *  - PowerPointApi 1.5: getSelectedSlides / setSelectedSlides (latihan mengikuti salindia, lompat ke salindia);
 *  - File 1.1 (Common API): getFileAsync(Compressed) untuk membaca berkas presentasi yang terbuka (catatan pembicara
 *    tidak terbaca lewat API JavaScript PowerPoint, jadi berkasnya dikirim ke server).
 */

/** Ukuran potongan getFileAsync (maksimum Office 4 MB; 1 MB aman di semua host). */
const SLICE_SIZE = 1024 * 1024;

/** @typedef {{ create: boolean, insert: boolean, selection: boolean, file: boolean }} Capabilities */

/** @returns {any} */
const office = () => /** @type {any} */ (globalThis).Office;
/** @returns {any} */
const ppt = () => /** @type {any} */ (globalThis).PowerPoint;

/** @param {string} name @param {string} version */
function supported(name, version) {
  try { return !!office()?.context?.requirements?.isSetSupported?.(name, version); } catch { return false; }
}

/**
 * Menunggu Office siap. `null` bila halaman dibuka di luar PowerPoint.
 * @returns {Promise<{ host: string, platform: string, caps: Capabilities } | null>}
 */
export async function start() {
  const O = office();
  if (!O || typeof O.onReady !== "function") return null;
  const info = await Promise.race([
    O.onReady(),
    new Promise((resolve) => setTimeout(() => resolve(null), 4000)),
  ]);
  if (!info || !ppt() || String(info.host) !== String(O.HostType?.PowerPoint ?? "PowerPoint")) return null;
  return { host: "PowerPoint", platform: String(info.platform ?? ""), caps: capabilities() };
}

/** @returns {Capabilities} */
export function capabilities() {
  const O = office();
  return {
    create: supported("PowerPointApi", "1.1") && typeof ppt()?.createPresentation === "function",
    insert: supported("PowerPointApi", "1.2"),
    selection: supported("PowerPointApi", "1.5"),
    file: typeof O?.context?.document?.getFileAsync === "function" && (supported("File", "1.1") || !O?.context?.requirements),
  };
}

/**
 * Membuka presentasi baru berisi .pptx ini (PowerPointApi 1.1).
 * @param {string} base64
 */
export async function createPresentation(base64) {
  await ppt().createPresentation(base64);
}

/**
 * Id semua salindia presentasi yang terbuka, urut (PowerPointApi 1.2).
 * @returns {Promise<string[]>}
 */
export async function slideIds() {
  return ppt().run(async (/** @type {any} */ context) => {
    const slides = context.presentation.slides;
    slides.load("items/id");
    await context.sync();
    return slides.items.map((/** @type {any} */ s) => String(s.id));
  });
}

/**
 * Id salindia yang sedang terpilih (PowerPointApi 1.5); [] bila tidak ada.
 * @returns {Promise<string[]>}
 */
export async function selectedSlideIds() {
  return ppt().run(async (/** @type {any} */ context) => {
    const selected = context.presentation.getSelectedSlides();
    selected.load("items/id");
    await context.sync();
    return selected.items.map((/** @type {any} */ s) => String(s.id));
  });
}

/**
 * Memilih (dan menampilkan) salindia ke-n, 1 = pertama. PowerPointApi 1.5. false bila nomor itu tidak ada.
 * @param {number} number
 */
export async function goToSlide(number) {
  return ppt().run(async (/** @type {any} */ context) => {
    const slides = context.presentation.slides;
    slides.load("items/id");
    await context.sync();
    const slide = slides.items[number - 1];
    if (!slide) return false;
    context.presentation.setSelectedSlides([String(slide.id)]);
    await context.sync();
    return true;
  });
}

/**
 * Menyisipkan salindia dari .pptx (PowerPointApi 1.2).
 * @param {string} base64
 * @param {{ formatting: "KeepSourceFormatting" | "UseDestinationTheme", sourceSlideIds?: string[], afterSelected?: boolean }} options
 * @returns {Promise<number>} jumlah salindia presentasi sesudahnya
 */
export async function insertSlides(base64, options) {
  return ppt().run(async (/** @type {any} */ context) => {
    /** @type {Record<string, unknown>} */
    const insert = { formatting: options.formatting };
    if (options.sourceSlideIds?.length) insert.sourceSlideIds = options.sourceSlideIds;
    if (options.afterSelected && supported("PowerPointApi", "1.5")) {
      const selected = context.presentation.getSelectedSlides();
      selected.load("items/id");
      await context.sync();
      if (selected.items.length > 0) insert.targetSlideId = String(selected.items[selected.items.length - 1].id);
    }
    context.presentation.insertSlidesFromBase64(base64, insert);
    await context.sync();
    const slides = context.presentation.slides;
    slides.load("items");
    await context.sync();
    return slides.items.length;
  });
}

/**
 * Berkas presentasi yang terbuka (.pptx) dibaca potongan demi potongan lewat getFileAsync(Compressed).
 * @returns {Promise<Uint8Array>}
 */
export function readOpenFile() {
  const O = office();
  return new Promise((resolve, reject) => {
    O.context.document.getFileAsync(O.FileType.Compressed, { sliceSize: SLICE_SIZE }, (/** @type {any} */ result) => {
      if (result.status !== O.AsyncResultStatus.Succeeded) {
        reject(new Error(`Berkas presentasi tidak dapat dibaca: ${result.error?.message ?? "galat tidak dikenal"}.`));
        return;
      }
      const file = result.value;
      const count = file.sliceCount;
      /** @type {Uint8Array[]} */
      const parts = [];
      const close = () => new Promise((done) => file.closeAsync(() => done(undefined)));
      /** @param {number} index */
      const next = (index) => {
        if (index >= count) {
          close().then(() => {
            const total = parts.reduce((n, p) => n + p.length, 0);
            const all = new Uint8Array(total);
            let at = 0;
            for (const p of parts) { all.set(p, at); at += p.length; }
            resolve(all);
          });
          return;
        }
        file.getSliceAsync(index, (/** @type {any} */ slice) => {
          if (slice.status !== O.AsyncResultStatus.Succeeded) {
            close().then(() => reject(new Error(`Potongan ${index + 1} berkas presentasi gagal dibaca: ${slice.error?.message ?? ""}`)));
            return;
          }
          const data = slice.value.data;
          parts.push(data instanceof Uint8Array ? data : new Uint8Array(data));
          next(index + 1);
        });
      };
      next(0);
    });
  });
}
