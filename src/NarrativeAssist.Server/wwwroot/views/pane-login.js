// @ts-check
// The sign-in form both Office panes show before anything else (Word and PowerPoint differ only in the sentence
// saying what signing in is for, and in what happens after), and the pane-header pieces around it.
import * as api from "../api.js";
import { h, replace, errorBox } from "./ui.js";
import { passwordChangeForm } from "./password-change.js";

/**
 * @param {object} options
 * @param {string} options.purpose  e.g. "untuk memeriksa dan menyimpan narasi"
 * @param {string} [options.notice] a warning shown above the form (e.g. the session expired)
 * @param {() => Promise<void>} options.signedIn what to do once the credentials are accepted
 * @returns {HTMLFormElement}
 */
export function loginForm({ purpose, notice, signedIn }) {
  const error = h("div", { id: "login-error" });
  if (notice) replace(error, h("div", { class: "message message-warning", role: "alert" }, notice));
  const email = h("input", { id: "email", type: "email", autocomplete: "username", required: true });
  const password = h("input", { id: "sandi", type: "password", autocomplete: "current-password", required: true });
  const submit = h("button", { type: "submit", class: "button button-primary" }, "Masuk");
  const form = /** @type {HTMLFormElement} */ (h("form", { class: "form card", id: "form-masuk", novalidate: true },
    h("h2", null, "Masuk"),
    h("p", { class: "muted small" }, `Masuk dengan akun NarrativeAssist unit Anda ${purpose}.`),
    error,
    h("div", { class: "field" }, h("label", { for: "email" }, "Surel"), email),
    h("div", { class: "field" }, h("label", { for: "sandi" }, "Kata sandi"), password),
    h("div", { class: "actions" }, submit)));
  form.addEventListener("submit", async (ev) => {
    ev.preventDefault();
    if (!email.value || !password.value) {
      replace(error, h("div", { class: "message message-error", role: "alert" }, "Isi email dan kata sandi."));
      return;
    }
    submit.disabled = true;
    try {
      await api.login(email.value.trim(), password.value);
      await signedIn();
    } catch (e) {
      if (e instanceof api.ApiError && e.code === "password_change_required") {
        form.replaceWith(passwordChangeForm({ email: email.value.trim(), currentPassword: password.value, signedIn }));
        return;
      }
      replace(error, errorBox(e));
      submit.disabled = false;
    }
  });
  return form;
}

/** Marks the pane interactive: the speed tests read window.__paneReady, the browser tests wait for data-ready. */
export function markReady() {
  /** @type {any} */ (window).__paneReady = performance.now();
  document.body.dataset.ready = "true";
}

/**
 * Shows the header's "Keluar" button once signed in: it ends every session of the account on the server (see
 * api.logout), removes what the pane kept in this computer's storage and returns to the sign-in form.
 * @param {() => void} signedOut
 */
export function showLogout(signedOut) {
  const button = /** @type {HTMLButtonElement} */ (document.getElementById("pane-logout"));
  button.hidden = false;
  button.onclick = () => { clearPaneStorage(); void api.logout(); signedOut(); };
}

/**
 * The panes keep narrative backups ("Pulihkan versi saya"), the chosen unit and a catalog cache in localStorage under
 * "na." keys. A shared computer must not keep a unit's text after "Keluar": every such key is removed.
 */
export function clearPaneStorage() {
  try {
    for (const key of Object.keys(localStorage)) if (key.startsWith("na.")) localStorage.removeItem(key);
  } catch {
    // penyimpanan tidak tersedia (mode privat): tidak ada yang perlu dihapus
  }
}

export function hideLogout() {
  /** @type {HTMLButtonElement} */ (document.getElementById("pane-logout")).hidden = true;
}
