// @ts-check
/** Halaman masuk: email dan kata sandi → POST /api/auth/login. */
import * as api from "../api.js";
import { h, replace } from "./ui.js";
import { passwordChangeForm } from "./password-change.js";

/** @param {import("../app.js").ViewContext} ctx */
export function renderLogin(ctx) {
  const error = h("div", { id: "login-error", class: "form-error", role: "alert", "aria-live": "assertive" });
  const email = h("input", {
    id: "email", name: "email", type: "email", autocomplete: "username", required: true,
    inputmode: "email", spellcheck: "false", "aria-describedby": "login-error",
  });
  const password = h("input", {
    id: "password", name: "password", type: "password", autocomplete: "current-password", required: true,
    "aria-describedby": "login-error",
  });
  const submit = h("button", { type: "submit", class: "button button-primary" }, "Masuk");

  /** @param {Event} e */
  const onSubmit = async (e) => {
    e.preventDefault();
    replace(error);
    const mail = email.value.trim();
    if (!mail || !password.value) {
      replace(error, "Isi email dan kata sandi Anda.");
      (mail ? password : email).focus();
      return;
    }
    submit.disabled = true;
    replace(submit, h("span", { class: "spinner spinner-inverse", "aria-hidden": "true" }), "Memproses…");
    form.setAttribute("aria-busy", "true");
    try {
      await api.login(mail, password.value);
      await ctx.signedIn();
    } catch (err) {
      api.clearToken();
      if (err instanceof api.ApiError && err.code === "password_change_required") {
        section.replaceWith(h("section", { class: "card card-narrow" },
          passwordChangeForm({ email: mail, currentPassword: password.value, signedIn: ctx.signedIn, heading: "h1" })));
        return;
      }
      replace(error, err instanceof Error ? err.message : String(err));
      password.value = "";
      password.focus();
    } finally {
      submit.disabled = false;
      replace(submit, "Masuk");
      form.removeAttribute("aria-busy");
    }
  };

  const form = h("form", { class: "form", id: "login-form", novalidate: true, onsubmit: onSubmit },
    h("div", { class: "field" }, h("label", { for: "email" }, "Surel"), email),
    h("div", { class: "field" }, h("label", { for: "password" }, "Kata sandi"), password),
    error,
    h("div", { class: "actions" }, submit));

  const section = h("section", { class: "card card-narrow", "aria-labelledby": "judul-masuk" },
    h("h1", { id: "judul-masuk" }, "Masuk"),
    h("p", { class: "muted" }, "Masuk dengan akun yang diberikan admin unit Anda untuk memeriksa narasi LKE, melihat dasbor unit dan nilai mandiri."),
    ctx.notice ? h("p", { class: "message message-info", role: "status" }, ctx.notice) : null,
    form);
  ctx.main.append(section);
  email.focus();
}
