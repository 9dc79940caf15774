// @ts-check
/**
 * Modal dialogs on the native <dialog> element: the browser traps focus inside it and Escape closes it (the
 * "cancel" event), so no hand-rolled focus trap. When a dialog closes, focus returns to what opened it.
 */
import { h } from "./ui.js";

let counter = 0;

/**
 * Opens a modal dialog and resolves with the value passed to `done` (null when closed with Escape or "Batal").
 * @template T
 * @param {object} options
 * @param {string} options.title
 * @param {(done: (value: T | null) => void) => import("./ui.js").Children} options.body
 * @param {string} [options.id]
 * @returns {Promise<T | null>}
 */
export function openDialog({ title, body, id }) {
  const headingId = `dialog-judul-${++counter}`;
  const opener = /** @type {HTMLElement | null} */ (document.activeElement);
  return new Promise((resolve) => {
    /** @type {T | null} */
    let result = null;
    const heading = h("h2", { id: headingId, tabindex: "-1" }, title);
    const dialog = h("dialog", { class: "dialog", id: id ?? null, "aria-labelledby": headingId });
    /** @param {T | null} value */
    const done = (value) => {
      result = value;
      dialog.close();
    };
    dialog.append(h("div", { class: "dialog-head" }, heading), h("div", { class: "dialog-body" }, body(done)));
    dialog.addEventListener("close", () => {
      dialog.remove();
      if (opener?.isConnected) opener.focus();
      resolve(result);
    });
    document.body.append(dialog);
    dialog.showModal();
    // The first field (or button) gets focus; the heading when the dialog only tells something.
    const first = /** @type {HTMLElement | null} */ (dialog.querySelector(".dialog-body input, .dialog-body select, .dialog-body textarea"));
    (first ?? heading).focus();
  });
}

/**
 * A yes/no question. Resolves true only when the confirming button is pressed.
 * @param {string} title
 * @param {string} message
 * @param {string} confirmLabel
 * @returns {Promise<boolean>}
 */
export async function confirmDialog(title, message, confirmLabel) {
  const answer = await openDialog({
    title,
    body: (done) => [
      h("p", null, message),
      h("div", { class: "actions" },
        h("button", { type: "button", class: "button button-primary", onclick: () => done(true) }, confirmLabel),
        h("button", { type: "button", class: "button", onclick: () => done(null) }, "Batal")),
    ],
  });
  return answer === true;
}
