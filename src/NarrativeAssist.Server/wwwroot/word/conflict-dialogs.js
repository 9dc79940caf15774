// @ts-check
/**
 * Dialog konflik penyimpanan: satu narasi (versi Anda dan versi server berdampingan) atau semua konflik "Simpan semua"
 * sekaligus.
 */
import { h, replace, shorten } from "../views/ui.js";
import { byId } from "../views/pane-shell.js";
import { state } from "./state.js";
/** @import { Conflict } from "./save.js" */
/** @import { ServerVersion } from "../api-types.js" */
/** @import { DocNarrative } from "./office-adapter.js" */

/** @param {string | null | undefined} updatedBy @param {string | undefined} updatedAt @param {number} version */
function serverMeta(version, updatedBy, updatedAt) {
  const when = updatedAt ? new Date(updatedAt).toLocaleString("id-ID", { dateStyle: "medium", timeStyle: "short" }) : "";
  return `versi ${version}${updatedBy && !/^[0-9a-f-]{36}$/i.test(updatedBy) ? `, oleh ${updatedBy}` : ""}${when ? `, ${when}` : ""}`;
}

/** @param {string} text @param {string | null | undefined} answer */
function versionBody(text, answer) {
  return [h("pre", null, text), answer ? h("p", { class: "version-answer small" }, "Jawaban: ", h("strong", null, answer)) : null];
}

/**
 * Dialog konflik satu narasi: versi Anda (di dokumen) dan versi di server berdampingan.
 * @param {DocNarrative} mine
 * @param {ServerVersion} server
 * @returns {Promise<"server" | "mine" | "cancel">}
 */
export function conflictDialog(mine, server) {
  const dialog = /** @type {HTMLDialogElement} */ (byId("konflik"));
  return new Promise((resolve) => {
    /** @param {"server" | "mine" | "cancel"} v */
    const done = (v) => { dialog.close(); resolve(v); };
    replace(dialog,
      h("h2", { id: "konflik-judul" }, `Narasi ${mine.questionId} sudah diubah orang lain`),
      h("p", { class: "small" }, `Sejak Anda membukanya, narasi ini disimpan ulang di server (${serverMeta(server.version, server.updatedBy, server.updatedAt)}). Pilih versi yang dipakai.`),
      h("div", { class: "versions" },
        h("div", { class: "version", id: "versi-saya" }, h("h3", null, "Versi Anda (di dokumen)"), versionBody(mine.text, mine.answer)),
        h("div", { class: "version", id: "versi-server" }, h("h3", null, `Versi di server (v${server.version})`), versionBody(server.text, server.answer))),
      h("div", { class: "actions" },
        h("button", { type: "button", class: "button", id: "pakai-server", onclick: () => done("server") }, "Pakai versi server"),
        h("button", { type: "button", class: "button button-primary", id: "timpa", onclick: () => done("mine") }, "Timpa dengan versi saya"),
        h("button", { type: "button", class: "button button-subtle", onclick: () => done("cancel") }, "Batal")),
      h("p", { class: "muted small" }, "Versi yang tidak dipakai tidak hilang: versi server tetap ada di riwayat narasi, dan teks Anda yang diganti dapat dipulihkan dengan “Pulihkan versi saya”."));
    dialog.oncancel = (ev) => { ev.preventDefault(); done("cancel"); };
    dialog.showModal();
  });
}

/**
 * Satu dialog untuk semua konflik "Simpan semua": setiap narasi dengan kedua versinya dan pilihan
 * "Pertahankan versi saya" (bawaan) / "Pakai versi server". null bila dibatalkan (tidak ada yang diubah).
 * @param {Conflict[]} conflicts
 * @returns {Promise<Map<string, "mine" | "server"> | null>}
 */
export function conflictsDialog(conflicts) {
  const dialog = /** @type {HTMLDialogElement} */ (byId("konflik"));
  return new Promise((resolve) => {
    /** @param {Map<string, "mine" | "server"> | null} v */
    const done = (v) => { dialog.close(); resolve(v); };
    /** @param {"mine" | "server"} value */
    const setAll = (value) => {
      for (const input of dialog.querySelectorAll(`input[type=radio][value=${value}]`)) /** @type {HTMLInputElement} */ (input).checked = true;
    };
    const items = conflicts.map(({ n, current }) => h("li", { class: "conflict-item", "data-question": n.questionId },
      h("h3", null, n.questionId, " ", h("span", { class: "muted small" }, shorten(state.questions.get(n.questionId)?.text ?? "", 80))),
      h("p", { class: "muted small" }, `Di server: ${serverMeta(current.version, current.updatedBy, current.updatedAt)}.`),
      h("div", { class: "versions" },
        h("div", { class: "version versi-saya" }, h("h4", null, "Versi Anda (di dokumen)"), versionBody(n.text, n.answer)),
        h("div", { class: "version versi-server" }, h("h4", null, `Versi di server (v${current.version})`), versionBody(current.text, current.answer))),
      h("fieldset", { class: "conflict-choice" },
        h("legend", { class: "visually-hidden" }, `Versi yang dipakai untuk ${n.questionId}`),
        h("label", null, h("input", { type: "radio", name: `pilih-${n.questionId}`, value: "mine", checked: true }), " Pertahankan versi saya"),
        h("label", null, h("input", { type: "radio", name: `pilih-${n.questionId}`, value: "server" }), " Pakai versi server"))));
    replace(dialog,
      h("h2", { id: "konflik-judul" }, `${conflicts.length} narasi sudah diubah orang lain`),
      h("p", { class: "small" }, "Sejak Anda membukanya, narasi berikut disimpan ulang di server. Pilih versi yang dipakai untuk setiap narasi, lalu terapkan sekaligus. ",
        "Versi yang tidak dipakai tidak hilang: versi server tetap ada di riwayat narasi, dan teks Anda yang diganti dapat dipulihkan dengan “Pulihkan versi saya”."),
      h("div", { class: "actions" },
        h("button", { type: "button", class: "button button-subtle", onclick: () => setAll("mine") }, "Semua versi saya"),
        h("button", { type: "button", class: "button button-subtle", onclick: () => setAll("server") }, "Semua versi server")),
      h("ol", { class: "conflict-list", id: "daftar-konflik" }, items),
      h("div", { class: "actions conflict-actions" },
        h("button", { type: "button", class: "button button-primary", id: "terapkan-pilihan", onclick: () => {
          /** @type {Map<string, "mine" | "server">} */
          const choices = new Map();
          for (const { n } of conflicts) {
            const picked = /** @type {HTMLInputElement | null} */ (dialog.querySelector(`input[name="pilih-${CSS.escape(n.questionId)}"]:checked`));
            choices.set(n.questionId, picked?.value === "server" ? "server" : "mine");
          }
          done(choices);
        } }, "Terapkan pilihan"),
        h("button", { type: "button", class: "button button-subtle", onclick: () => done(null) }, "Batal")));
    dialog.oncancel = (ev) => { ev.preventDefault(); done(null); };
    dialog.showModal();
  });
}
