// Tiruan host Word untuk uji E2E: disajikan menggantikan https://appsforoffice.microsoft.com/lib/1/hosted/office.js.
// Setia pada perilaku Word yang dipakai panel:
//  - objek proksi: properti hanya terbaca setelah load() DAN context.sync() (selain itu PropertyNotLoaded, seperti Word);
//  - setiap pemanggilan metode diantrekan dan baru dijalankan pada context.sync(), berurutan;
//  - objek tidak boleh dipakai di luar Word.run-nya (InvalidObjectPath);
//  - parentContentControl gagal dengan ItemNotFound bila kursor tidak di dalam kontrol konten;
//  - search() mencari teks persis (≤ 255 karakter), select() memindahkan pilihan dan memicu DocumentSelectionChanged;
//  - insertComment hanya ada bila WordApi 1.4 dinyatakan didukung;
//  - ContentControl.insertParagraph("…", "After") menyisipkan paragraf baru setelah paragraf yang memuat akhir kontrol
//    (di luar kontrol); Paragraph.insertText(…, "Start"|"End"|"Replace") seperti Word;
//  - kontrol daftar pilihan (type "DropDownList"): teksnya tidak dapat diganti dengan insertText (GeneralException,
//    seperti Word), itemnya dipilih lewat dropDownListContentControl.listItems (hanya bila WordApi 1.9 didukung).
// Isi awal: window.__FAKE_WORD_SEED = { narratives: [{questionId, text, answer, answerItems?: [{displayText, value}],
//   noAnswerControl?: true}], requirements: {WordApi: "1.4"}, cursorIn: "P.MP.1.a" }.
// Pengamatan dari uji: window.__fakeWord (bodyText, selection, controls, comments, htmlInserts, typeAtCursor, placeCursor…).
(function () {
  "use strict";
  const seed = window.__FAKE_WORD_SEED || {};
  const { OfficeError, notLoaded, requirementsFrom, setChecker, runner } = window.__fakeOfficeCore;
  const requirements = requirementsFrom({ WordApi: "1.4" }, seed.requirements);
  const isSetSupported = setChecker(requirements);

  // ---- Model dokumen: satu string badan dokumen ("\n" antarparagraf) dan jangkar [start, end) yang ikut bergeser.
  const model = { text: "", anchors: new Set(), controls: [], selection: null, comments: [], htmlInserts: [], nextId: 1, syncs: 0 };
  function anchor(start, end) { const a = { start, end }; model.anchors.add(a); return a; }
  model.selection = anchor(0, 0);

  function insertAt(pos, str, grow) {
    const n = str.length;
    if (n === 0) return;
    model.text = model.text.slice(0, pos) + str + model.text.slice(pos);
    for (const a of model.anchors) {
      if (grow && grow.has(a)) { a.end += n; continue; } // Sisipan di dalam rentang ini: ia memanjang.
      if (a.start >= pos) { a.start += n; a.end += n; } // Rentang sesudah titik sisip: bergeser.
      else if (a.end > pos) a.end += n; // Titik sisip di dalam rentang: memanjang.
    }
  }
  function deleteRange(start, end) {
    const n = end - start;
    if (n <= 0) return;
    model.text = model.text.slice(0, start) + model.text.slice(end);
    for (const a of model.anchors) {
      a.start = a.start >= end ? a.start - n : Math.min(a.start, start);
      a.end = a.end >= end ? a.end - n : Math.min(a.end, start);
    }
  }
  function containers(pos) {
    return model.controls.filter((c) => c.anchor.start <= pos && pos <= c.anchor.end);
  }
  function fireSelectionChanged() {
    setTimeout(() => { for (const h of handlers) try { h({ type: "documentSelectionChanged" }); } catch (e) { console.error(e); } }, 0);
  }
  function setSelection(start, end) {
    model.selection.start = start; model.selection.end = end;
    fireSelectionChanged();
  }

  function htmlToText(html) {
    const div = document.createElement("div");
    div.innerHTML = String(html)
      .replace(/<\/(p|h[1-6]|li|div|tr)>/gi, "\n").replace(/<br\s*\/?>/gi, "\n").replace(/<li[^>]*>/gi, "• ");
    return (div.textContent || "").replace(/\n{2,}/g, "\n").replace(/^\n+|\n+$/g, "");
  }

  // ---- Galat seperti OfficeExtension.Error
  let contextSeq = 0;
  class ClientObject {
    constructor(context) { this.context = context; this._ref = null; this._values = {}; this._loaded = new Set(); }
    _check() { if (!this.context._alive) throw new OfficeError("InvalidObjectPath", "The object path is not valid: the object was used outside its Word.run batch."); }
    _queue(fn) { this._check(); this.context._queue.push(fn); }
    _get(name) {
      this._check();
      if (!Object.prototype.hasOwnProperty.call(this._values, name)) throw notLoaded(name);
      return this._values[name];
    }
  }

  function parseLoad(arg) {
    if (!arg) return [];
    if (Array.isArray(arg)) return arg.flatMap(parseLoad);
    if (typeof arg === "object") return Object.keys(arg.select ? {} : arg).concat(arg.select ? parseLoad(arg.select) : []);
    return String(arg).split(",").map((s) => s.trim()).filter(Boolean);
  }

  class Range extends ClientObject {
    constructor(context, resolve) { super(context); this._resolve = resolve; }
    _a() { if (!this._ref) this._ref = this._resolve(); return this._ref; }
    get text() { return this._get("text"); }
    load(props) {
      const names = parseLoad(props);
      this._queue(() => { const a = this._a(); this._values.text = model.text.slice(a.start, a.end); this._values.isEmpty = a.start === a.end; void names; });
      return this;
    }
    select(mode) {
      this._queue(() => {
        const a = this._a();
        if (mode === "Start") setSelection(a.start, a.start); else if (mode === "End") setSelection(a.end, a.end); else setSelection(a.start, a.end);
      });
    }
    insertText(text, location) {
      const str = String(text).replace(/\r\n?/g, "\n");
      return new Range(this.context, () => {
        const a = this._a();
        let pos;
        if (location === "Replace") { deleteRange(a.start, a.end); pos = a.start; }
        else if (location === "Start" || location === "Before") pos = a.start;
        else if (location === "End" || location === "After") pos = a.end;
        else throw new OfficeError("InvalidArgument", `insertText: location '${location}' is not valid.`);
        const grow = new Set();
        if (location === "Replace" || location === "Start" || location === "End") grow.add(a);
        // Teks yang disisipkan di dalam kontrol ikut menjadi isi kontrol itu.
        for (const c of model.controls) if (c.anchor.start < pos && pos < c.anchor.end) grow.add(c.anchor);
        if (location === "End" || location === "Replace") for (const c of model.controls) if (c.anchor.end === pos && c.anchor.start <= a.start) grow.add(c.anchor);
        insertAt(pos, str, grow);
        if (location === "Start" || location === "Replace" || location === "End") { /* a already grown */ }
        if (location === "Before") { a.start += 0; }
        return anchor(pos, pos + str.length);
      }).__queueSelf();
    }
    __queueSelf() { this._queue(() => { this._a(); }); return this; }
    insertContentControl() {
      const cc = new ContentControl(this.context, () => {
        const a = this._a();
        const c = { id: model.nextId++, anchor: anchor(a.start, a.end), tag: "", title: "", appearance: "BoundingBox", type: "RichText" };
        model.controls.push(c);
        model.controls.sort((x, y) => x.anchor.start - y.anchor.start);
        return c;
      });
      cc._queue(() => cc._c());
      return cc;
    }
    search(text, options) {
      return new RangeCollection(this.context, () => searchIn(this._a(), text, options));
    }
    get parentContentControl() {
      const cc = new ContentControl(this.context, () => {
        const a = this._a();
        const inside = model.controls.filter((c) => c.anchor.start <= a.start && a.end <= c.anchor.end);
        if (inside.length === 0) throw new OfficeError("ItemNotFound", "The requested resource doesn't exist.");
        return inside.sort((x, y) => (x.anchor.end - x.anchor.start) - (y.anchor.end - y.anchor.start))[0];
      });
      cc._queue(() => cc._c());
      return cc;
    }
    insertComment(text) {
      if (!isSetSupported("WordApi", "1.4")) throw new OfficeError("ApiNotFound", "insertComment requires WordApi 1.4.");
      this._queue(() => { const a = this._a(); model.comments.push({ text: String(text), quoted: model.text.slice(a.start, a.end), start: a.start, end: a.end }); });
      return {};
    }
  }

  function searchIn(a, text, options) {
    const needle = String(text);
    if (needle.length > 255) throw new OfficeError("SearchStringInvalidOrTooLong", "The search string is invalid or too long.");
    if (needle.length === 0) throw new OfficeError("InvalidArgument", "The search string is empty.");
    const hay = model.text.slice(a.start, a.end);
    const matchCase = !!(options && options.matchCase);
    const h = matchCase ? hay : hay.toLowerCase();
    const n = matchCase ? needle : needle.toLowerCase();
    const found = [];
    for (let i = h.indexOf(n); i >= 0; i = h.indexOf(n, i + n.length)) found.push(anchor(a.start + i, a.start + i + n.length));
    return found;
  }

  class RangeCollection extends ClientObject {
    constructor(context, resolve) { super(context); this._resolve = resolve; this._list = null; }
    _l() { if (!this._list) this._list = this._resolve(); return this._list; }
    get items() { return this._get("items"); }
    load() {
      this._queue(() => {
        this._values.items = this._l().map((a) => { const r = new Range(this.context, () => a); r._ref = a; r._values.text = model.text.slice(a.start, a.end); return r; });
      });
      return this;
    }
  }

  class ContentControl extends ClientObject {
    constructor(context, resolve) { super(context); this._resolve = resolve; this._cref = null; }
    _c() { if (!this._cref) this._cref = this._resolve(); if (!model.controls.includes(this._cref)) throw new OfficeError("ItemNotFound", "The content control was deleted."); return this._cref; }
    get tag() { return this._get("tag"); }
    set tag(v) { this._queue(() => { this._c().tag = String(v); }); this._values.tag = String(v); }
    get title() { return this._get("title"); }
    set title(v) { this._queue(() => { this._c().title = String(v); }); this._values.title = String(v); }
    get appearance() { return this._get("appearance"); }
    set appearance(v) { this._queue(() => { this._c().appearance = String(v); }); this._values.appearance = String(v); }
    get text() { return this._get("text"); }
    get id() { return this._get("id"); }
    get type() { return this._get("type"); }
    get dropDownListContentControl() {
      this._check();
      if (!isSetSupported("WordApi", "1.9")) throw new OfficeError("ApiNotFound", "ContentControl.dropDownListContentControl requires WordApi 1.9.");
      return new DropDownList(this.context, this);
    }
    insertParagraph(text, location) {
      if (!["Before", "After", "Start", "End"].includes(location)) throw new OfficeError("InvalidArgument", `ContentControl.insertParagraph: location '${location}' is not valid.`);
      const str = String(text).replace(/\r\n?|\n/g, " ");
      const p = new Paragraph(this.context, () => {
        const a = this._c().anchor;
        if (location === "After") {
          const nl = model.text.indexOf("\n", a.end);
          const pos = nl < 0 ? model.text.length : nl;
          insertAt(pos, "\n" + str, new Set());
          return anchor(pos + 1, pos + 1 + str.length);
        }
        if (location === "Before") {
          const pos = model.text.lastIndexOf("\n", a.start - 1) + 1;
          insertAt(pos, str + "\n", new Set());
          return anchor(pos, pos + str.length);
        }
        const pos = location === "Start" ? a.start : a.end;
        const grow = new Set([a]);
        insertAt(pos, location === "Start" ? str + "\n" : "\n" + str, grow);
        return location === "Start" ? anchor(pos, pos + str.length) : anchor(pos + 1, pos + 1 + str.length);
      });
      p._queue(() => p._a());
      return p;
    }
    load(props) {
      const names = parseLoad(props);
      this._queue(() => snapshot(this, this._c(), names));
      return this;
    }
    select(mode) {
      this._queue(() => {
        const a = this._c().anchor;
        if (mode === "Start") setSelection(a.start, a.start); else if (mode === "End") setSelection(a.end, a.end); else setSelection(a.start, a.end);
      });
    }
    getRange(location) {
      if (!isSetSupported("WordApi", "1.3")) throw new OfficeError("ApiNotFound", "ContentControl.getRange requires WordApi 1.3.");
      return new Range(this.context, () => {
        const a = this._c().anchor;
        return location === "Start" ? anchor(a.start, a.start) : location === "End" ? anchor(a.end, a.end) : anchor(a.start, a.end);
      }).__queueSelf();
    }
    _range() { return new Range(this.context, () => this._c().anchor); }
    insertText(text, location) {
      if (!["Replace", "Start", "End"].includes(location)) throw new OfficeError("InvalidArgument", `ContentControl.insertText: location '${location}' is not valid.`);
      this._queue(() => { if (this._c().type === "DropDownList") throw new OfficeError("GeneralException", "The text of a drop-down list content control cannot be changed with insertText."); });
      return this._range().insertText(text, location);
    }
    insertHtml(html, location) {
      if (!["Replace", "Start", "End"].includes(location)) throw new OfficeError("InvalidArgument", `ContentControl.insertHtml: location '${location}' is not valid.`);
      const r = new Range(this.context, () => null);
      this._queue(() => { model.htmlInserts.push({ tag: this._c().tag, html: String(html), location }); });
      const inner = this._range().insertText(htmlToText(html), location);
      r._resolve = () => inner._a();
      return r;
    }
    search(text, options) { return new RangeCollection(this.context, () => searchIn(this._c().anchor, text, options)); }
  }

  function snapshot(proxy, c, names) {
    const all = names.length === 0 || names.includes("*");
    const v = { tag: c.tag, title: c.title, appearance: c.appearance, id: c.id, type: c.type || "RichText", text: model.text.slice(c.anchor.start, c.anchor.end) };
    for (const k of Object.keys(v)) if (all || names.includes(k)) proxy._values[k] = v[k];
  }

  class Paragraph extends Range {
    insertText(text, location) {
      if (!["Replace", "Start", "End"].includes(location)) throw new OfficeError("InvalidArgument", `Paragraph.insertText: location '${location}' is not valid.`);
      return super.insertText(text, location);
    }
  }

  class DropDownList extends ClientObject {
    constructor(context, owner) { super(context); this._owner = owner; }
    get listItems() { return new ListItemCollection(this.context, this._owner); }
  }

  class ListItemCollection extends ClientObject {
    constructor(context, owner) { super(context); this._owner = owner; }
    get items() { return this._get("items"); }
    load() {
      this._queue(() => {
        const c = this._owner._c();
        this._values.items = (c.items || []).map((it) => {
          const p = new ListItem(this.context, c, it);
          p._values.displayText = it.displayText; p._values.value = it.value;
          return p;
        });
      });
      return this;
    }
  }

  class ListItem extends ClientObject {
    constructor(context, control, item) { super(context); this._control = control; this._item = item; }
    get displayText() { return this._get("displayText"); }
    get value() { return this._get("value"); }
    select() {
      this._queue(() => {
        const a = this._control.anchor;
        deleteRange(a.start, a.end);
        insertAt(a.start, this._item.displayText, new Set([a]));
      });
    }
  }

  class ContentControlCollection extends ClientObject {
    constructor(context, resolve) { super(context); this._resolve = resolve; }
    get items() { return this._get("items"); }
    getByTag(tag) { return new ContentControlCollection(this.context, () => this._resolve().filter((c) => c.tag === tag)); }
    load(props) {
      const names = parseLoad(props).map((n) => n.replace(/^items\//, "")).filter((n) => n !== "items");
      this._queue(() => {
        this._values.items = this._resolve().map((c) => { const p = new ContentControl(this.context, () => c); p._cref = c; snapshot(p, c, names); return p; });
      });
      return this;
    }
  }

  class Body extends Range {
    constructor(context) { super(context, () => anchor(0, model.text.length)); }
    _a() { return anchor(0, model.text.length); }
  }

  class Document extends ClientObject {
    constructor(context) { super(context); this.body = new Body(context); }
    getSelection() { return new Range(this.context, () => anchor(model.selection.start, model.selection.end)).__queueSelf(); }
    get contentControls() { return new ContentControlCollection(this.context, () => model.controls.slice()); }
  }

  class RequestContext extends window.__fakeOfficeCore.RequestContext {
    constructor() { super(model, "Word"); this._id = ++contextSeq; this.document = new Document(this); }
  }

  const Word = {
    run: runner(() => new RequestContext()),
    InsertLocation: { replace: "Replace", start: "Start", end: "End", before: "Before", after: "After" },
    ErrorCodes: { itemNotFound: "ItemNotFound" },
  };

  // ---- Office (Common API)
  const handlers = [];
  const info = { host: "Word", platform: "OfficeOnline" };
  const Office = {
    HostType: { Word: "Word", Excel: "Excel", PowerPoint: "PowerPoint" },
    EventType: { DocumentSelectionChanged: "documentSelectionChanged" },
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    onReady(cb) { return new Promise((resolve) => setTimeout(() => { if (cb) cb(info); resolve(info); }, 5)); },
    context: {
      requirements: { isSetSupported },
      document: {
        addHandlerAsync(type, handler, cb) {
          if (type !== "documentSelectionChanged") throw new Error("unsupported event " + type);
          handlers.push(handler);
          if (cb) setTimeout(() => cb({ status: "succeeded" }), 0);
        },
      },
      displayLanguage: "id-ID",
    },
  };

  // ---- Isi awal: judul, kontrol narasi, baris jawaban untuk tiap narasi contoh.
  function appendPlain(str) { insertAt(model.text.length, str, new Set()); }
  function appendControl(tag, str, extra) {
    const start = model.text.length;
    appendPlain(str);
    model.controls.push(Object.assign({ id: model.nextId++, anchor: anchor(start, model.text.length), tag, title: tag, appearance: "BoundingBox", type: "RichText" }, extra || {}));
  }
  appendPlain("LAPORAN NARASI LKE ZONA INTEGRITAS\n");
  for (const n of seed.narratives || []) {
    appendPlain(n.questionId + "\n");
    appendControl("lke:" + n.questionId, n.text);
    if (n.noAnswerControl) { appendPlain("\n"); continue; }
    appendPlain("\nJawaban: ");
    if (n.answerItems) {
      const picked = n.answerItems.find((i) => i.value === n.answer);
      appendControl("lke-jawaban:" + n.questionId, picked ? picked.displayText : "[jawaban]", { type: "DropDownList", items: n.answerItems });
    } else appendControl("lke-jawaban:" + n.questionId, n.answer || "[jawaban]");
    appendPlain("\n");
  }
  appendPlain("Penutup.\n");
  function control(tag) { return model.controls.find((c) => c.tag === tag); }
  function placeCursor(questionId, offset) {
    const c = control("lke:" + questionId);
    if (!c) throw new Error("no control for " + questionId);
    const p = Math.min(c.anchor.end, c.anchor.start + (offset || 0));
    setSelection(p, p);
  }
  if (seed.cursorIn) placeCursor(seed.cursorIn, 0); else setSelection(model.text.length, model.text.length);

  window.__fakeWord = {
    model,
    bodyText: () => model.text,
    selection: () => ({ start: model.selection.start, end: model.selection.end, text: model.text.slice(model.selection.start, model.selection.end) }),
    controls: () => model.controls.map((c) => ({ tag: c.tag, title: c.title, type: c.type || "RichText", text: model.text.slice(c.anchor.start, c.anchor.end), start: c.anchor.start, end: c.anchor.end })),
    controlText: (tag) => { const c = control(tag); return c ? model.text.slice(c.anchor.start, c.anchor.end) : null; },
    comments: () => model.comments.slice(),
    htmlInserts: () => model.htmlInserts.slice(),
    placeCursor,
    placeCursorAtEnd: () => setSelection(model.text.length, model.text.length),
    typeAtCursor(str) {
      const s = model.selection;
      if (s.end > s.start) deleteRange(s.start, s.end);
      const pos = s.start;
      const grow = new Set(model.controls.filter((c) => c.anchor.start < pos && pos <= c.anchor.end).map((c) => c.anchor));
      for (const c of model.controls) if (c.anchor.start === pos && c.anchor.end === pos) grow.add(c.anchor);
      insertAt(pos, str, grow);
      s.start = s.end = pos + str.length;
      fireSelectionChanged();
    },
    syncCount: () => model.syncs,
    containers,
  };
  window.Office = Office;
  window.Word = Word;
  window.OfficeExtension = { Error: OfficeError };
})();
