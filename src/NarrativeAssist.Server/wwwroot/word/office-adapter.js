// @ts-check
/// <reference types="office-js" />
/**
 * Batas Office: SATU-SATUNYA modul yang menyentuh Office.js / Word.run. Panel memanggil fungsi di sini saja,
 * sehingga uji dapat mengganti host Word dengan tiruan (tests/…/Browser/Word/fake-word-host.js).
 * Hanya API WordApi 1.1 (kontrol konten bertanda, insertText/insertHtml, search, select) kecuali komentar (WordApi 1.4).
 *
 * Tanda kontrol konten: `lke:<id>` = narasi pertanyaan, `lke-jawaban:<id>` = jawaban pertanyaan.
 */

export const NARRATIVE_PREFIX = "lke:";
export const ANSWER_PREFIX = "lke-jawaban:";
/** Word membatasi teks pencarian 255 karakter. */
const SEARCH_LIMIT = 255;

/** @typedef {{ questionId: string, text: string, answer: string | null }} DocNarrative */
/** @typedef {{ id: string, text: string, answerPlaceholder?: string }} SkeletonQuestion */
/** @typedef {{ heading?: string, questions: SkeletonQuestion[] }} SkeletonBlock */

/** @returns {any} */
const office = () => /** @type {any} */ (globalThis).Office;
/** @returns {any} */
const word = () => /** @type {any} */ (globalThis).Word;

/** Office.js dari CDN Microsoft. taskpane.html memuatnya di <head> (anjuran Microsoft); bila halaman dibuka tanpa
 * tag itu, modul ini menyisipkan skripnya sendiri. */
export const OFFICE_JS_URL = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

/** @type {Promise<boolean> | null} */
let officeScript = null;

/** Memuat Office.js sekali (tanpa memblokir parser). true bila termuat. @returns {Promise<boolean>} */
function loadOfficeJs() {
  if (office()) return Promise.resolve(true);
  officeScript ??= new Promise((resolve) => {
    const script = document.createElement("script");
    script.src = OFFICE_JS_URL;
    script.onload = () => resolve(true);
    script.onerror = () => resolve(false);
    document.head.append(script);
  });
  return officeScript;
}

/**
 * Menunggu Office siap. `null` bila halaman dibuka di luar Word (office.js tidak termuat atau host bukan Word).
 * @returns {Promise<{ host: string, comments: boolean, dropDowns: boolean } | null>}
 */
export async function start() {
  if (!(await loadOfficeJs())) return null;
  const O = office();
  if (!O || typeof O.onReady !== "function") return null;
  const info = await Promise.race([
    O.onReady(),
    new Promise((resolve) => setTimeout(() => resolve(null), 4000)),
  ]);
  if (!info || !word() || String(info.host) !== String(O.HostType?.Word ?? "Word")) return null;
  const supports = (/** @type {string} */ v) => !!O.context?.requirements?.isSetSupported?.("WordApi", v);
  return { host: "Word", comments: supports("1.4"), dropDowns: supports("1.9") };
}

/**
 * Memanggil `listener` setiap kali pilihan di dokumen berubah (mengetik juga menggeser kursor).
 * @param {() => void} listener
 */
export function onSelectionChanged(listener) {
  const O = office();
  O.context.document.addHandlerAsync(O.EventType.DocumentSelectionChanged, () => listener());
}

/**
 * Id pertanyaan dari tanda kontrol konten, atau null.
 * @param {string | null | undefined} tag
 */
export function questionIdOfTag(tag) {
  if (!tag) return null;
  if (tag.startsWith(ANSWER_PREFIX)) return tag.slice(ANSWER_PREFIX.length);
  if (tag.startsWith(NARRATIVE_PREFIX)) return tag.slice(NARRATIVE_PREFIX.length);
  return null;
}

/**
 * Mengantrekan pemuatan kontrol konten bertanda `tag` dengan properti `props` (belum disinkronkan).
 * @param {any} context
 * @param {string} tag
 * @param {string[]} props
 */
function byTag(context, tag, props) {
  const found = context.document.contentControls.getByTag(tag);
  found.load(props.length ? props.map((p) => `items/${p}`).join(",") : "items");
  return found;
}

/**
 * Kontrol narasi `lke:<id>` dengan `props` termuat (satu `sync`), atau null bila tidak ada di dokumen.
 * @param {any} context
 * @param {string} questionId
 * @param {string[]} [props]
 * @returns {Promise<any>}
 */
async function narrativeControl(context, questionId, props = ["text"]) {
  const found = byTag(context, NARRATIVE_PREFIX + questionId, props);
  await context.sync();
  return found.items[0] ?? null;
}

/**
 * Pertanyaan pada kursor: kontrol konten bertanda terdalam di sekitar pilihan (WordApi 1.1: parentContentControl,
 * yang gagal dengan ItemNotFound bila kursor tidak di dalam kontrol).
 * @returns {Promise<string | null>}
 */
export async function currentQuestionId() {
  try {
    return await word().run(async (/** @type {any} */ context) => {
      const cc = context.document.getSelection().parentContentControl;
      cc.load("tag");
      await context.sync();
      return questionIdOfTag(cc.tag);
    });
  } catch (e) {
    if (/** @type {any} */ (e)?.code === "ItemNotFound") return null;
    throw e;
  }
}

/**
 * Semua narasi bertanda di dokumen (urut dokumen), dengan jawabannya bila ada kontrol `lke-jawaban:`.
 * @returns {Promise<DocNarrative[]>}
 */
export async function readNarratives() {
  return word().run(async (/** @type {any} */ context) => {
    const controls = context.document.contentControls;
    controls.load("items/tag,items/text");
    await context.sync();
    /** @type {Map<string, DocNarrative>} */
    const byId = new Map();
    /** @type {Map<string, string | null>} */
    const answers = new Map();
    for (const cc of controls.items) {
      const tag = /** @type {string} */ (cc.tag ?? "");
      if (tag.startsWith(ANSWER_PREFIX)) answers.set(tag.slice(ANSWER_PREFIX.length), cleanAnswer(cc.text));
      else if (tag.startsWith(NARRATIVE_PREFIX)) {
        const id = tag.slice(NARRATIVE_PREFIX.length);
        if (!byId.has(id)) byId.set(id, { questionId: id, text: normalize(cc.text), answer: null });
      }
    }
    for (const [id, a] of answers) { const n = byId.get(id); if (n) n.answer = a; }
    return [...byId.values()];
  });
}

/**
 * Teks narasi dan jawaban satu pertanyaan (null bila kontrolnya tidak ada).
 * @param {string} questionId
 * @returns {Promise<DocNarrative | null>}
 */
export async function readNarrative(questionId) {
  return word().run(async (/** @type {any} */ context) => {
    const text = byTag(context, NARRATIVE_PREFIX + questionId, ["text"]);
    const answer = byTag(context, ANSWER_PREFIX + questionId, ["text"]);
    await context.sync();
    if (text.items.length === 0) return null;
    return { questionId, text: normalize(text.items[0].text), answer: answer.items.length ? cleanAnswer(answer.items[0].text) : null };
  });
}

/**
 * Memilih teks temuan di dokumen: `start`/`length` dihitung pada teks kontrol `lke:<id>`. Word tidak punya
 * offset karakter, jadi potongan teks dicari di dalam kontrol dan kemunculan ke-n (n = kemunculan sebelum `start`)
 * yang dipilih. Tanpa panjang, seluruh kontrol dipilih.
 * @param {string} questionId
 * @param {number} start
 * @param {number} length
 * @returns {Promise<boolean>} false bila kontrol/teks tidak ditemukan lagi
 */
export async function selectText(questionId, start, length) {
  return word().run(async (/** @type {any} */ context) => {
    const cc = await narrativeControl(context, questionId);
    if (!cc) return false;
    const text = normalize(cc.text);
    const piece = text.substr(start, length).split("\n")[0].slice(0, SEARCH_LIMIT).replace(/\s+$/, "");
    if (length <= 0 || piece.trim() === "") {
      cc.select();
      await context.sync();
      return true;
    }
    let nth = 0;
    for (let i = text.indexOf(piece); i >= 0 && i < start; i = text.indexOf(piece, i + 1)) nth++;
    const ranges = cc.search(piece, { matchCase: true });
    ranges.load("items");
    await context.sync();
    const target = ranges.items[Math.min(nth, ranges.items.length - 1)];
    if (!target) { cc.select(); await context.sync(); return false; }
    target.select();
    await context.sync();
    return true;
  });
}

/**
 * Memilih seluruh kontrol narasi sebuah pertanyaan (navigasi). false bila tidak ada di dokumen.
 * @param {string} questionId
 */
export async function selectQuestion(questionId) {
  return word().run(async (/** @type {any} */ context) => {
    const cc = await narrativeControl(context, questionId, []);
    if (!cc) return false;
    cc.select("Start");
    await context.sync();
    return true;
  });
}

/**
 * Menyisipkan kerangka di kursor: untuk tiap pertanyaan satu baris judul, kontrol narasi `lke:<id>` (teks kaya)
 * dan kontrol jawaban `lke-jawaban:<id>`. Seluruh teks disisipkan dulu, lalu rentangnya dibungkus kontrol.
 * @param {SkeletonBlock[]} blocks
 * @returns {Promise<number>} jumlah pertanyaan yang disisipkan
 */
export async function insertSkeleton(blocks) {
  return word().run(async (/** @type {any} */ context) => {
    let cursor = context.document.getSelection();
    /** @type {Array<{ range: any, tag: string, title: string }>} */
    const wrap = [];
    let count = 0;
    cursor = cursor.insertText("\n", "After");
    for (const block of blocks) {
      if (block.heading) cursor = cursor.insertText(block.heading + "\n", "After");
      for (const q of block.questions) {
        cursor = cursor.insertText(`${q.id} — ${q.text}\n`, "After");
        const narrative = cursor.insertText(`[Tulis narasi ${q.id} di sini]`, "After");
        cursor = narrative.insertText("\nJawaban: ", "After");
        const answer = cursor.insertText(q.answerPlaceholder ?? "[jawaban]", "After");
        cursor = answer.insertText("\n", "After");
        wrap.push({ range: narrative, tag: NARRATIVE_PREFIX + q.id, title: `Narasi ${q.id}` });
        wrap.push({ range: answer, tag: ANSWER_PREFIX + q.id, title: `Jawaban ${q.id}` });
        count++;
      }
    }
    for (const w of wrap) {
      const cc = w.range.insertContentControl();
      cc.tag = w.tag;
      cc.title = w.title;
      cc.appearance = "BoundingBox";
    }
    await context.sync();
    return count;
  });
}

/**
 * Menyisipkan HTML (contoh narasi yang dirender Markdig) ke kontrol narasi: mengganti isi bila kontrol masih
 * kosong/berisi petunjuk kerangka, selain itu ditambahkan di akhir.
 * @param {string} questionId
 * @param {string} html
 * @returns {Promise<boolean>}
 */
export async function insertHtmlIntoNarrative(questionId, html) {
  html = safeHtml(html);
  return word().run(async (/** @type {any} */ context) => {
    const cc = await narrativeControl(context, questionId);
    if (!cc) return false;
    const current = normalize(cc.text).trim();
    const empty = current === "" || /^\[Tulis narasi .*\]$/.test(current);
    cc.insertHtml(html, empty ? "Replace" : "End");
    await context.sync();
    return true;
  });
}

/**
 * Mengganti teks narasi sebuah pertanyaan (mis. "pakai versi server").
 * @param {string} questionId
 * @param {string} text
 */
export async function replaceNarrative(questionId, text) {
  return word().run(async (/** @type {any} */ context) => {
    const cc = await narrativeControl(context, questionId, []);
    if (!cc) return false;
    cc.insertText(text, "Replace");
    await context.sync();
    return true;
  });
}

/**
 * Menulis jawaban pilihan pengguna ke kontrol `lke-jawaban:<id>`. Bila kontrolnya belum ada, paragraf
 * "Jawaban: <kode>" disisipkan tepat setelah kontrol narasi dan kodenya dibungkus kontrol bertanda (WordApi 1.1:
 * insertParagraph, insertText, insertContentControl). Pada kontrol daftar pilihan (kerangka dari baris perintah)
 * itemnya dipilih lewat WordApi 1.9; Word yang lebih lama tidak dapat mengubahnya dari panel.
 * @param {string} questionId
 * @param {string} answer kode jawaban, mis. "A", "Ya" atau "87,5"
 * @returns {Promise<"diganti" | "dibuat" | "tanpa-narasi">}
 */
export async function writeAnswer(questionId, answer) {
  return word().run(async (/** @type {any} */ context) => {
    const answers = byTag(context, ANSWER_PREFIX + questionId, ["type"]);
    const narratives = byTag(context, NARRATIVE_PREFIX + questionId, []);
    await context.sync();
    const existing = answers.items[0];
    if (existing) {
      if (existing.type === "DropDownList" || existing.type === "ComboBox") {
        if (!office()?.context?.requirements?.isSetSupported?.("WordApi", "1.9"))
          throw new Error("Jawaban di dokumen ini berupa daftar pilihan: pilih jawabannya langsung di dokumen (versi Word ini belum mendukung WordApi 1.9).");
        const list = existing.type === "DropDownList" ? existing.dropDownListContentControl : existing.comboBoxContentControl;
        const items = list.listItems;
        items.load("items/value,items/displayText");
        await context.sync();
        const item = items.items.find((/** @type {any} */ i) => String(i.value).trim().toLowerCase() === answer.trim().toLowerCase());
        if (!item) throw new Error(`Pilihan “${answer}” tidak ada di daftar pilihan jawaban ${questionId} di dokumen.`);
        item.select();
      } else {
        existing.insertText(answer, "Replace");
      }
      await context.sync();
      return "diganti";
    }
    const narrative = narratives.items[0];
    if (!narrative) return "tanpa-narasi";
    const paragraph = narrative.insertParagraph("Jawaban: ", "After");
    const code = paragraph.insertText(answer, "End");
    const cc = code.insertContentControl();
    cc.tag = ANSWER_PREFIX + questionId;
    cc.title = `Jawaban ${questionId}`;
    cc.appearance = "BoundingBox";
    await context.sync();
    return "dibuat";
  });
}

/**
 * Menjadikan temuan komentar Word pada teksnya (WordApi 1.4). Melempar bila host tidak mendukung.
 * @param {string} questionId
 * @param {number} start
 * @param {number} length
 * @param {string} comment
 */
export async function addComment(questionId, start, length, comment) {
  if (!office()?.context?.requirements?.isSetSupported?.("WordApi", "1.4"))
    throw new Error("Komentar memerlukan WordApi 1.4; versi Word ini belum mendukungnya.");
  await selectText(questionId, start, length);
  return word().run(async (/** @type {any} */ context) => {
    context.document.getSelection().insertComment(comment);
    await context.sync();
    return true;
  });
}

/** Word memakai \r antarparagraf dan \v untuk pindah baris manual; server menerima \n. @param {string} t */
function normalize(t) {
  return String(t ?? "").replace(/\r\n?|\v/g, "\n");
}

/**
 * Jawaban dari teks kontrol: kosong/petunjuk "[…]" = belum dijawab; "A — penjelasan" (tampilan daftar pilihan
 * kerangka) = kodenya saja.
 * @param {string} t
 */
function cleanAnswer(t) {
  const a = normalize(t).trim();
  if (a === "" || /^\[.*\]$/.test(a)) return null;
  return a.split(/\s+[—–]\s+/)[0].trim();
}

/** Tag yang dipakai templat narasi (subset Markdown); selain ini hanya teksnya yang disisipkan. */
const SAFE_TAGS = new Set(["P", "BR", "STRONG", "EM", "B", "I", "UL", "OL", "LI", "H1", "H2", "H3", "H4", "H5", "H6", "MARK", "BLOCKQUOTE", "CODE", "PRE", "HR", "A"]);

/**
 * Menyaring HTML dari server sekali lagi sebelum masuk dokumen Word (pertahanan berlapis): hanya tag subset Markdown,
 * tanpa atribut kecuali class pada mark dan href http(s)/mailto pada tautan; gambar, skrip dan objek dibuang.
 * DOMParser tidak menjalankan skrip dokumen yang diurainya.
 * @param {string} html
 * @returns {string}
 */
export function safeHtml(html) {
  const doc = new DOMParser().parseFromString(`<body>${html}</body>`, "text/html");
  /** @param {Element} el */
  const clean = (el) => {
    for (const child of [...el.children]) {
      if (!SAFE_TAGS.has(child.tagName)) {
        if (["SCRIPT", "STYLE", "IMG", "IFRAME", "OBJECT", "EMBED", "SVG", "MATH", "LINK", "META", "VIDEO", "AUDIO", "SOURCE"].includes(child.tagName)) child.remove();
        else { clean(child); child.replaceWith(...child.childNodes); }
        continue;
      }
      for (const attr of [...child.attributes]) {
        const keep = (child.tagName === "MARK" && attr.name === "class") ||
          (child.tagName === "A" && attr.name === "href" && /^(https?:|mailto:)/i.test(attr.value.trim()));
        if (!keep) child.removeAttribute(attr.name);
      }
      clean(child);
    }
  };
  clean(doc.body);
  return doc.body.innerHTML;
}

