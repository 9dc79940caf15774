// @ts-check
/**
 * Tab "Navigasi": pohon area → sub-area → pertanyaan dengan lampu skor, menuju narasi di dokumen, dan tombol ＋ yang
 * menyisipkan kerangka (kontrol konten bertanda) di kursor.
 */
import * as word from "./office-adapter.js";
import { h, replace, statusBadge, errorBox, light, num, shorten } from "../views/ui.js";
import { announce } from "../views/pane-shell.js";
import { follow } from "./question-tab.js";
import { selectTab } from "./shell.js";
import { state } from "./state.js";

export function renderNavigator() {
  const panel = document.getElementById("panel-navigasi");
  // Pohon 113 pertanyaan hanya dibangun saat tabnya terlihat (selectTab menggambarnya ulang): awal panel lebih ringan.
  if (!panel || panel.hidden) return;
  const open = new Set([...panel.querySelectorAll("details[open]")].map((d) => /** @type {HTMLElement} */ (d).dataset.key));
  const tree = h("div", { class: "nav-tree", id: "navigator" }, state.levers.map((lever) => {
    const ids = lever.subs.flatMap((s) => s.questions);
    const strong = ids.filter((i) => state.results.get(i)?.status === "kuat").length;
    const checked = ids.filter((i) => state.results.has(i)).length;
    const written = ids.map((i) => state.results.get(i)).filter((r) => r && r.status !== "kosong");
    const avg = written.length ? written.reduce((sum, r) => sum + (r?.score ?? 0), 0) / written.length : null;
    return h("details", { "data-key": lever.code, "data-area": lever.code, open: open.has(lever.code) },
      h("summary", null,
        avg === null ? h("span", { class: "light light-abu", "aria-hidden": "true" })
          : h("span", { class: `light light-${light(avg)}`, "data-light": light(avg), role: "img", "aria-label": `Skor rata-rata ${num(avg, 0)}`, title: `Skor rata-rata ${num(avg, 0)}` }),
        h("span", { class: "sum-name" }, lever.name),
        h("span", { class: "muted small" }, checked ? `${strong}/${ids.length} kuat` : `${ids.length}`),
        skeletonButton(`area ${lever.name}`, ids)),
      lever.subs.map((sub) => h("details", { "data-key": sub.key, "data-sub": sub.key, open: open.has(sub.key) },
        h("summary", null, h("span", { class: "sum-name small" }, sub.label), skeletonButton(`sub-area ${sub.label}`, sub.questions)),
        sub.questions.map((qid) => {
          const q = state.questions.get(qid);
          const r = state.results.get(qid);
          return h("div", { class: "nav-q", "data-question": qid },
            h("button", { type: "button", class: "nav-q-open", onclick: () => goTo(qid) },
              h("span", { class: "nav-q-id" }, qid), shorten(q?.text ?? "", 90)),
            r ? statusBadge(r.status, r.score) : h("span", { class: "badge badge-abu" }, "Belum"),
            skeletonButton(`pertanyaan ${qid}`, [qid]));
        }))));
  }));
  replace(panel, h("div", { class: "card" },
    h("p", { class: "muted small" }, "Klik pertanyaan untuk menuju narasinya di dokumen. Tombol ＋ menyisipkan kerangka (kontrol konten bertanda) di kursor."),
    tree));
}

/** @param {string} label @param {string[]} ids */
function skeletonButton(label, ids) {
  return h("button", { type: "button", class: "icon-button", title: `Sisipkan kerangka ${label}`, "aria-label": `Sisipkan kerangka ${label}`,
    onclick: (/** @type {Event} */ ev) => { ev.preventDefault(); ev.stopPropagation(); insertSkeleton(ids); } }, "＋");
}

/** @param {string[]} ids */
async function insertSkeleton(ids) {
  try {
    const count = await word.insertSkeleton([{ questions: ids.map((id) => ({ id, text: state.questions.get(id)?.text ?? "" })) }]);
    announce(`Kerangka ${count} pertanyaan disisipkan di kursor.`);
    const note = document.getElementById("save-note");
    if (note) note.textContent = `Kerangka ${count} pertanyaan disisipkan.`;
  } catch (e) {
    const panel = document.getElementById("panel-navigasi");
    if (panel) panel.prepend(errorBox(e));
  }
}

/** @param {string} id */
async function goTo(id) {
  const found = await word.selectQuestion(id);
  if (!found) {
    announce(`Narasi ${id} belum ada di dokumen. Sisipkan kerangkanya dengan tombol ＋.`);
    const note = document.getElementById("save-note");
    if (note) note.textContent = `Narasi ${id} belum ada di dokumen.`;
    return;
  }
  selectTab("pertanyaan");
  await follow();
}
