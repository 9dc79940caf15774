// Tiruan host PowerPoint untuk uji E2E: disajikan menggantikan https://appsforoffice.microsoft.com/lib/1/hosted/office.js.
// Setia pada perilaku PowerPoint yang dipakai panel (lihat src/…/wwwroot/powerpoint/office-adapter.js):
//  - objek proksi: properti hanya terbaca setelah load() DAN context.sync() (selain itu PropertyNotLoaded);
//  - setiap pemanggilan metode diantrekan dan baru dijalankan pada context.sync(), berurutan;
//  - objek tidak boleh dipakai di luar PowerPoint.run-nya (InvalidObjectPath);
//  - set persyaratan: createPresentation = PowerPointApi 1.1; slides, insertSlidesFromBase64 = 1.2;
//    getSelectedSlides/setSelectedSlides = 1.5; API di luar set yang dinyatakan gagal dengan ApiNotFound;
//  - insertSlidesFromBase64 membuka .pptx yang diterima (zip → ppt/presentation.xml): base64 yang bukan .pptx,
//    sourceSlideIds yang tidak ada di berkas sumber, targetSlideId yang tidak ada, atau formatting tak dikenal
//    ditolak (InvalidArgument), seperti PowerPoint;
//  - getFileAsync(Compressed, { sliceSize }) membagi berkas presentasi yang terbuka menjadi potongan (data = larik
//    byte), paling banyak dua berkas terbuka sekaligus (seperti Office) sampai closeAsync.
// Isi awal: window.__FAKE_PPT_SEED = { requirements: { PowerPointApi: "1.5", File: "1.1" }, slideCount: 3,
//   fileBase64: "<pptx yang sedang terbuka>", selected: 0, platform: "PC" }.
// Pengamatan dari uji: window.__fakePpt (slides, selected, inserts, created, fileReads, selectSlide, openFiles…).
(function () {
  "use strict";
  const seed = window.__FAKE_PPT_SEED || {};
  const { OfficeError, notLoaded, requirementsFrom, setChecker, runner } = window.__fakeOfficeCore;
  const requirements = requirementsFrom({ PowerPointApi: "1.5", File: "1.1" }, seed.requirements);
  const isSetSupported = setChecker(requirements);
  function requireSet(version, what) {
    if (!isSetSupported("PowerPointApi", version)) throw new OfficeError("ApiNotFound", `${what} requires PowerPointApi ${version}; this host does not support it.`);
  }

  // ---- Model presentasi
  let creation = 1000;
  const newId = (n) => `${n}#${++creation}`;
  const model = { slides: [], selected: [], inserts: [], created: [], fileReads: [], openFiles: 0, syncs: 0, nextSlide: 256 };
  for (let i = 0; i < (seed.slideCount || 0); i++) model.slides.push({ id: newId(model.nextSlide++), source: null });
  if (model.slides.length) model.selected = [model.slides[Math.min(seed.selected || 0, model.slides.length - 1)].id];

  // ---- Membaca .pptx (zip) untuk memeriksa apa yang disisipkan
  function b64ToBytes(b64) {
    if (typeof b64 !== "string" || !/^[A-Za-z0-9+/]*={0,2}$/.test(b64) || b64.length % 4 !== 0)
      throw new OfficeError("InvalidArgument", "The base64 string is not valid.");
    const bin = atob(b64);
    const out = new Uint8Array(bin.length);
    for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
    return out;
  }
  async function zipEntry(zip, name) {
    const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
    let eocd = -1;
    for (let i = zip.length - 22; i >= Math.max(0, zip.length - 65557); i--) if (view.getUint32(i, true) === 0x06054b50) { eocd = i; break; }
    if (eocd < 0) return null;
    const entries = view.getUint16(eocd + 10, true);
    let p = view.getUint32(eocd + 16, true);
    for (let n = 0; n < entries; n++) {
      if (view.getUint32(p, true) !== 0x02014b50) return null;
      const method = view.getUint16(p + 10, true), size = view.getUint32(p + 20, true);
      const nameLength = view.getUint16(p + 28, true), extra = view.getUint16(p + 30, true), comment = view.getUint16(p + 32, true);
      const local = view.getUint32(p + 42, true);
      const entryName = new TextDecoder().decode(zip.subarray(p + 46, p + 46 + nameLength));
      if (entryName === name) {
        const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
        const data = zip.subarray(start, start + size);
        if (method === 0) return data;
        const stream = new Blob([data]).stream().pipeThrough(new DecompressionStream("deflate-raw"));
        return new Uint8Array(await new Response(stream).arrayBuffer());
      }
      p += 46 + nameLength + extra + comment;
    }
    return null;
  }
  async function sourceSlideIds(bytes) {
    const xml = await zipEntry(bytes, "ppt/presentation.xml");
    if (!xml) throw new OfficeError("InvalidArgument", "The file is not a valid PowerPoint presentation.");
    const text = new TextDecoder().decode(xml);
    const list = (/<p:sldIdLst>([\s\S]*?)<\/p:sldIdLst>/.exec(text) || [])[1] || "";
    return [...list.matchAll(/<p:sldId\b[^>]*\bid="(\d+)"/g)].map((m) => m[1]);
  }

  // ---- Proksi
  class ClientObject {
    constructor(context) { this.context = context; this._values = {}; }
    _check() { if (!this.context._alive) throw new OfficeError("InvalidObjectPath", "The object path is not valid: the object was used outside its PowerPoint.run batch."); }
    _queue(fn) { this._check(); this.context._queue.push(fn); }
    _get(name) {
      this._check();
      if (!Object.prototype.hasOwnProperty.call(this._values, name)) throw notLoaded(name);
      return this._values[name];
    }
  }

  class Slide extends ClientObject {
    constructor(context, slide) { super(context); this._slide = slide; }
    get id() { return this._get("id"); }
    load() { this._queue(() => { this._values.id = this._slide.id; }); return this; }
    delete() {
      this._queue(() => {
        model.slides = model.slides.filter((s) => s !== this._slide);
        model.selected = model.selected.filter((id) => id !== this._slide.id);
      });
    }
  }

  function parseItems(props) {
    const list = Array.isArray(props) ? props : String(props || "").split(",");
    return list.map((s) => String(s).trim().replace(/^items\/?/, "")).filter(Boolean);
  }

  class SlideCollection extends ClientObject {
    constructor(context, resolve) { super(context); this._resolve = resolve; }
    get items() { return this._get("items"); }
    load(props) {
      const names = parseItems(props);
      this._queue(() => {
        this._values.items = this._resolve().map((s) => {
          const p = new Slide(this.context, s);
          if (names.includes("id") || names.includes("*")) p._values.id = s.id;
          return p;
        });
      });
      return this;
    }
    getCount() {
      const result = { _v: undefined, get value() { if (this._v === undefined) throw notLoaded("value"); return this._v; } };
      this._queue(() => { result._v = this._resolve().length; });
      return result;
    }
    getItemAt(index) {
      const proxy = new Slide(this.context, null);
      this._queue(() => {
        const s = this._resolve()[index];
        if (!s) throw new OfficeError("ItemNotFound", "The requested resource doesn't exist.");
        proxy._slide = s;
      });
      return proxy;
    }
  }

  class Presentation extends ClientObject {
    get slides() {
      requireSet("1.2", "Presentation.slides");
      return new SlideCollection(this.context, () => model.slides.slice());
    }
    getSelectedSlides() {
      requireSet("1.5", "Presentation.getSelectedSlides");
      return new SlideCollection(this.context, () => model.slides.filter((s) => model.selected.includes(s.id)));
    }
    setSelectedSlides(ids) {
      requireSet("1.5", "Presentation.setSelectedSlides");
      if (!Array.isArray(ids)) throw new OfficeError("InvalidArgument", "setSelectedSlides expects an array of slide ids.");
      this._queue(() => {
        for (const id of ids) if (!model.slides.some((s) => s.id === id)) throw new OfficeError("ItemNotFound", `Slide '${id}' does not exist.`);
        model.selected = ids.slice();
      });
    }
    insertSlidesFromBase64(base64, options) {
      requireSet("1.2", "Presentation.insertSlidesFromBase64");
      const o = options || {};
      const allowed = ["formatting", "sourceSlideIds", "targetSlideId"];
      for (const k of Object.keys(o)) if (!allowed.includes(k)) throw new OfficeError("InvalidArgument", `Unknown option '${k}'.`);
      if (o.formatting !== undefined && !["KeepSourceFormatting", "UseDestinationTheme"].includes(o.formatting))
        throw new OfficeError("InvalidArgument", `formatting '${o.formatting}' is not valid.`);
      if (o.sourceSlideIds !== undefined && (!Array.isArray(o.sourceSlideIds) || o.sourceSlideIds.some((x) => typeof x !== "string" || !/^\d*#\d*$/.test(x) || x === "#")))
        throw new OfficeError("InvalidArgument", "sourceSlideIds must be strings of the form 'nnn#', '#mmm' or 'nnn#mmm'.");
      const bytes = b64ToBytes(base64);
      this._queue(async () => {
        const ids = await sourceSlideIds(bytes);
        const chosen = o.sourceSlideIds
          ? o.sourceSlideIds.map((x) => { const id = x.split("#")[0]; if (!ids.includes(id)) throw new OfficeError("InvalidArgument", `Source slide '${x}' is not in the file.`); return id; })
          : ids;
        let at = model.slides.length;
        if (o.targetSlideId !== undefined) {
          const i = model.slides.findIndex((s) => s.id === o.targetSlideId);
          if (i < 0) throw new OfficeError("InvalidArgument", `Target slide '${o.targetSlideId}' does not exist.`);
          at = i + 1;
        }
        const added = chosen.map((id) => ({ id: newId(model.nextSlide++), source: id }));
        model.slides.splice(at, 0, ...added);
        model.inserts.push({ base64, formatting: o.formatting || "KeepSourceFormatting", sourceSlideIds: o.sourceSlideIds || null,
          targetSlideId: o.targetSlideId || null, sourceIds: chosen, position: at, newIds: added.map((s) => s.id) });
      });
    }
  }

  class RequestContext extends window.__fakeOfficeCore.RequestContext {
    constructor() { super(model, "PowerPoint"); this.presentation = new Presentation(this); }
  }

  const PowerPoint = {
    run: runner(() => new RequestContext()),
    createPresentation(base64) {
      requireSet("1.1", "PowerPoint.createPresentation");
      const bytes = b64ToBytes(base64);
      return (async () => {
        await new Promise((r) => setTimeout(r, 0));
        const ids = await sourceSlideIds(bytes);
        model.created.push({ base64, slides: ids.length });
      })();
    },
    InsertSlideFormatting: { keepSourceFormatting: "KeepSourceFormatting", useDestinationTheme: "UseDestinationTheme" },
    ErrorCodes: { itemNotFound: "ItemNotFound", invalidArgument: "InvalidArgument" },
  };

  // ---- Office (Common API)
  let fileBytes = seed.fileBase64 ? b64ToBytes(seed.fileBase64) : null;
  const info = { host: "PowerPoint", platform: seed.platform || "OfficeOnline" };
  const Office = {
    HostType: { Word: "Word", Excel: "Excel", PowerPoint: "PowerPoint" },
    FileType: { Compressed: "compressed", Pdf: "pdf", Text: "text" },
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    onReady(cb) { return new Promise((resolve) => setTimeout(() => { if (cb) cb(info); resolve(info); }, 5)); },
    context: {
      requirements: { isSetSupported },
      displayLanguage: "id-ID",
      document: {
        getFileAsync(fileType, options, callback) {
          if (typeof options === "function") { callback = options; options = {}; }
          const fail = (code, message) => setTimeout(() => callback({ status: "failed", error: { code, name: "Error", message } }), 0);
          if (!isSetSupported("File", "1.1")) throw new OfficeError("ApiNotFound", "getFileAsync requires the File requirement set.");
          if (fileType !== "compressed") return fail(5001, "Only Office.FileType.Compressed is used for presentations.");
          if (!fileBytes) return fail(5001, "The presentation could not be read.");
          if (model.openFiles >= 2) return fail(5001, "Too many files are open: call closeAsync on the previous file first.");
          const sliceSize = Math.min(4194304, Math.max(65536, (options && options.sliceSize) || 4194304));
          const bytes = fileBytes;
          const count = Math.ceil(bytes.length / sliceSize) || 1;
          model.openFiles++;
          const read = { size: bytes.length, sliceSize, sliceCount: count, slicesRead: [], closed: false };
          model.fileReads.push(read);
          const file = {
            size: bytes.length,
            sliceCount: count,
            getSliceAsync(index, cb) {
              setTimeout(() => {
                if (read.closed) return cb({ status: "failed", error: { code: 5001, message: "The file is closed." } });
                if (!(index >= 0 && index < count)) return cb({ status: "failed", error: { code: 5001, message: "Slice index out of range." } });
                read.slicesRead.push(index);
                const part = bytes.subarray(index * sliceSize, Math.min(bytes.length, (index + 1) * sliceSize));
                cb({ status: "succeeded", value: { data: Array.from(part), index, size: part.length } });
              }, 0);
            },
            closeAsync(cb) {
              setTimeout(() => { if (!read.closed) { read.closed = true; model.openFiles--; } if (cb) cb({ status: "succeeded" }); }, 0);
            },
          };
          setTimeout(() => callback({ status: "succeeded", value: file }), 0);
        },
      },
    },
  };

  window.__fakePpt = {
    model,
    slides: () => model.slides.map((s) => ({ id: s.id, source: s.source })),
    selected: () => model.selected.slice(),
    selectSlide(index) { const s = model.slides[index]; if (!s) throw new Error("no slide " + index); model.selected = [s.id]; },
    inserts: () => model.inserts.map((x) => Object.assign({}, x)),
    created: () => model.created.slice(),
    fileReads: () => model.fileReads.map((r) => Object.assign({}, r)),
    openFiles: () => model.openFiles,
    setFile(b64) { fileBytes = b64ToBytes(b64); },
    syncCount: () => model.syncs,
  };
  window.Office = Office;
  window.PowerPoint = PowerPoint;
  window.OfficeExtension = { Error: OfficeError };
})();
