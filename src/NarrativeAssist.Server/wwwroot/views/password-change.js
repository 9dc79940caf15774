// @ts-check
// The form that replaces the sign-in form when the server answers "password_change_required" (an admin reset the
// password, or a generated first password): the person chooses their own, then is signed in with it. Shared by the
// web app and both Office panes.
import * as api from "../api.js";
import { h, replace } from "./ui.js";

/** Sama dengan kebijakan server (minimal 12 karakter); server tetap memeriksa daftar kata sandi umum. */
export const MIN_LENGTH = 12;

/**
 * @param {object} options
 * @param {string} options.email
 * @param {string} options.currentPassword kata sandi sementara yang baru saja diketik
 * @param {() => Promise<void>} options.signedIn dipanggil setelah kata sandi diganti dan berhasil masuk
 * @param {"h1" | "h2"} [options.heading]
 * @returns {HTMLFormElement}
 */
export function passwordChangeForm({ email, currentPassword, signedIn, heading = "h2" }) {
  const error = h("div", { id: "ganti-sandi-error", class: "form-error", role: "alert", "aria-live": "assertive" });
  const fresh = h("input", { id: "sandi-baru", type: "password", autocomplete: "new-password", required: true, minlength: MIN_LENGTH,
    "aria-describedby": "ganti-sandi-aturan ganti-sandi-error" });
  const repeat = h("input", { id: "sandi-ulang", type: "password", autocomplete: "new-password", required: true,
    "aria-describedby": "ganti-sandi-error" });
  const submit = h("button", { type: "submit", class: "button button-primary" }, "Simpan kata sandi baru");
  const form = /** @type {HTMLFormElement} */ (h("form", { class: "form card", id: "form-ganti-sandi", novalidate: true },
    h(heading, null, "Buat kata sandi baru"),
    h("p", { class: "message message-info", role: "status" },
      "Kata sandi Anda diberikan atau diatur ulang oleh admin. Sebelum melanjutkan, buat kata sandi baru yang hanya Anda ketahui."),
    h("p", { id: "ganti-sandi-aturan", class: "muted small" },
      `Minimal ${MIN_LENGTH} karakter dan memuat angka. Kata sandi yang umum (mis. "indonesia123", "bismillah") ditolak.`),
    h("div", { class: "field" }, h("label", { for: "sandi-baru" }, "Kata sandi baru"), fresh),
    h("div", { class: "field" }, h("label", { for: "sandi-ulang" }, "Ulangi kata sandi baru"), repeat),
    error,
    h("div", { class: "actions" }, submit)));
  form.addEventListener("submit", async (ev) => {
    ev.preventDefault();
    replace(error);
    if (fresh.value.length < MIN_LENGTH) {
      replace(error, `Kata sandi baru minimal ${MIN_LENGTH} karakter.`);
      fresh.focus();
      return;
    }
    if (fresh.value !== repeat.value) {
      replace(error, "Kedua isian kata sandi baru tidak sama.");
      repeat.focus();
      return;
    }
    submit.disabled = true;
    try {
      await api.changePassword(email, currentPassword, fresh.value);
      await api.login(email, fresh.value);
      await signedIn();
    } catch (e) {
      replace(error, e instanceof Error ? e.message : String(e));
      submit.disabled = false;
      fresh.focus();
    }
  });
  queueMicrotask(() => fresh.focus());
  return form;
}
