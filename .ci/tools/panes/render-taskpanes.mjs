// Writes wwwroot/word/taskpane.html and wwwroot/powerpoint/taskpane.html from the one head/body source
// taskpane.template.html, so the two panes cannot drift apart. The pages stay plain static files (served as they are,
// no server-side templating); what differs per pane is listed in PANES below. The modulepreload links are computed
// from each pane's static import graph, so a new module is preloaded without anyone remembering to list it.
//
//   node .ci/tools/panes/render-taskpanes.mjs          rewrite the pages
//   node .ci/tools/panes/render-taskpanes.mjs --check  exit 1 (and name the page) if a page differs from its rendering
//   … --wwwroot <folder>                            another copy of wwwroot
import { readFileSync, writeFileSync, existsSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const wwwrootArg = args.indexOf("--wwwroot");
const wwwroot = wwwrootArg >= 0 ? resolve(args[wwwrootArg + 1]) : resolve(here, "../../../src/NarrativeAssist.Server/wwwroot");

const PANES = [
  {
    folder: "word", host: "Word", stylesheet: "word.css", bodyClass: "pane",
    // The conflict dialog of "Simpan" / "Simpan semua" (word/conflict-dialogs.js).
    bodyEnd: '  <dialog id="konflik" class="conflict" aria-labelledby="konflik-judul"></dialog>',
  },
  { folder: "powerpoint", host: "PowerPoint", stylesheet: "powerpoint.css", bodyClass: "pane pane-ppt", bodyEnd: "" },
];

/** Every module reachable through static `import … from "./x.js"` (and `export … from`) starting at `entry`. */
function moduleGraph(entry) {
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    const source = readFileSync(file, "utf8").replace(/\/\*[\s\S]*?\*\//g, "");
    for (const m of source.matchAll(/^\s*(?:import|export)\s[^"';]*?from\s*["'](\.{1,2}\/[^"']+)["']/gm)) {
      const target = resolve(dirname(file), m[1]);
      if (!existsSync(target)) throw new Error(`${relative(wwwroot, file)} imports ${m[1]}, which does not exist`);
      visit(target);
    }
  };
  visit(entry);
  return [...seen];
}

function render(template, pane) {
  const folder = join(wwwroot, pane.folder);
  const entry = join(folder, "pane.js");
  const preloads = moduleGraph(entry)
    .map((file) => relative(folder, file).split("\\").join("/"))
    .map((href) => `  <link rel="modulepreload" href="${href}">`);
  const values = {
    generated: "Dibuat dari .ci/tools/panes/taskpane.template.html oleh .ci/tools/panes/render-taskpanes.mjs; ubah templatnya, bukan berkas ini.",
    host: pane.host, stylesheet: pane.stylesheet, bodyClass: pane.bodyClass,
    modulepreloads: preloads.join("\n"), bodyEnd: pane.bodyEnd,
  };
  return template
    .replace(/\{\{(\w+)\}\}/g, (_, key) => {
      if (!(key in values)) throw new Error(`unknown placeholder {{${key}}}`);
      return values[key];
    })
    .replace(/\n\n(?=<\/body>)/, "\n"); // a pane without body extras leaves no empty line
}

const check = args.includes("--check");
const template = readFileSync(join(here, "taskpane.template.html"), "utf8");
let stale = 0;
for (const pane of PANES) {
  const page = join(wwwroot, pane.folder, "taskpane.html");
  const html = render(template, pane);
  const current = existsSync(page) ? readFileSync(page, "utf8") : "";
  if (current === html) continue;
  if (check) {
    console.error(`${relative(process.cwd(), page)} is not the rendering of .ci/tools/panes/taskpane.template.html; run node .ci/tools/panes/render-taskpanes.mjs`);
    stale++;
  } else {
    writeFileSync(page, html);
    console.log(`wrote ${relative(process.cwd(), page)}`);
  }
}
process.exit(stale ? 1 : 0);
