// Bagian bersama tiruan host Word dan PowerPoint (disajikan di depan skrip host masing-masing, FakeOfficeHost.cs):
// apa yang dilakukan kedua host Office dengan cara yang sama — set persyaratan, galat RichApi, konteks permintaan
// yang mengantrekan panggilan sampai sync(), dan Host.run().
window.__fakeOfficeCore = (function () {
  "use strict";

  class OfficeError extends Error {
    constructor(code, message) { super(message); this.name = "RichApi.Error"; this.code = code; this.debugInfo = { code, message }; }
  }

  const notLoaded = (name) => new OfficeError("PropertyNotLoaded",
    `The property '${name}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`);

  /** Set persyaratan dari seed di atas bawaan host; nilai null menghapus set itu (host yang tidak mendukungnya). */
  function requirementsFrom(defaults, declared) {
    const requirements = Object.assign({}, defaults, declared || {});
    for (const k of Object.keys(requirements)) if (requirements[k] === null) delete requirements[k];
    return requirements;
  }

  /** Office.context.requirements.isSetSupported atas set yang dinyatakan ("1.4" mendukung "1.3", tidak "1.5"). */
  function setChecker(requirements) {
    return function isSetSupported(name, version) {
      const have = requirements[name];
      if (!have) return false;
      const [a1, b1] = String(have).split(".").map(Number); const [a2, b2] = String(version || "1.1").split(".").map(Number);
      return a1 > a2 || (a1 === a2 && (b1 || 0) >= (b2 || 0));
    };
  }

  /** Konteks permintaan: panggilan diantrekan dan dijalankan berurutan pada sync(), yang selalu asinkron (perjalanan
   * pulang-pergi ke host); tidak ada yang boleh dipakai setelah run()-nya selesai (InvalidObjectPath). */
  class RequestContext {
    constructor(model, host) { this._model = model; this._host = host; this._queue = []; this._alive = true; }
    async sync() {
      if (!this._alive) throw new OfficeError("InvalidObjectPath", `sync() on a finished ${this._host}.run context.`);
      const queue = this._queue; this._queue = [];
      this._model.syncs++;
      await new Promise((r) => setTimeout(r, 0));
      for (const op of queue) {
        const done = op();
        if (done && typeof done.then === "function") await done;
      }
    }
  }

  /** Word.run / PowerPoint.run: antrean yang tersisa disinkronkan di akhir, lalu konteks ditutup. */
  function runner(createContext) {
    return async function run(batch) {
      const context = createContext();
      try {
        const result = await batch(context);
        if (context._queue.length) await context.sync();
        return result;
      } finally {
        context._alive = false;
      }
    };
  }

  return { OfficeError, notLoaded, requirementsFrom, setChecker, RequestContext, runner };
})();
