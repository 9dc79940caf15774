// Baseline for bench/NarrativeAssist.Bench -- decks: renders the same deck plan (DeckPlanJson) with pptxgenjs
// 4.0.1 — title, bullets, speaker notes, native charts, tables — and prints timings as JSON on stdout.
// Usage: node render-plan.js PLAN.json WARMUP RUNS [OUT.pptx]
'use strict';
const fs = require('fs');
const PptxGenJS = require('pptxgenjs');

const [planPath, warmupArg = '5', runsArg = '20', outPath] = process.argv.slice(2);
const plan = JSON.parse(fs.readFileSync(planPath, 'utf8'));

function build() {
  const pres = new PptxGenJS();
  pres.layout = 'LAYOUT_16x9';
  pres.title = plan.title;
  for (const s of plan.slides) {
    const slide = pres.addSlide();
    slide.addText(s.title, { x: 0.5, y: 0.3, w: 9, h: 0.8, fontSize: 32, bold: true });
    if (s.chart) {
      const type = s.chart.type === 'line' ? pres.ChartType.line : pres.ChartType.bar;
      const data = s.chart.series.map(x => ({ name: x.name, labels: s.chart.categories, values: x.values.map(v => v ?? 0) }));
      slide.addChart(type, data, { x: 0.5, y: 1.2, w: 6, h: 4, barDir: 'col', showLegend: true, title: s.chart.title });
    }
    if (s.table) {
      const rows = [s.table.header.map(h => ({ text: h, options: { bold: true } })), ...s.table.rows];
      slide.addTable(rows, { x: 0.5, y: 1.2, w: 9, fontSize: 16 });
    }
    if (s.bullets.length > 0) {
      slide.addText(s.bullets.map(b => ({ text: b.text, options: { bullet: true, indentLevel: b.level } })),
        { x: s.chart ? 6.6 : 0.5, y: 1.2, w: s.chart ? 3 : 9, h: 4, fontSize: 20 });
    } else if (s.subtitle) {
      slide.addText(s.subtitle, { x: 0.5, y: 2.5, w: 9, h: 1, fontSize: 24 });
    }
    slide.addNotes(s.notes);
  }
  return pres;
}

(async () => {
  const timings = [];
  const warmup = Number(warmupArg), runs = Number(runsArg);
  let bytes = 0;
  for (let i = 0; i < warmup + runs; i++) {
    const t0 = process.hrtime.bigint();
    const buf = await build().write({ outputType: 'nodebuffer' });
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    if (i >= warmup) timings.push(ms);
    bytes = buf.length;
    if (i === 0 && outPath) fs.writeFileSync(outPath, buf);
  }
  timings.sort((a, b) => a - b);
  const median = timings[Math.floor(timings.length / 2)];
  process.stdout.write(JSON.stringify({ medianMs: median, minMs: timings[0], runs, bytes, peakRssMb: process.memoryUsage().rss / 1048576 }) + '\n');
})().catch(e => { console.error(e); process.exit(1); });
