// Benchmark of plan render (run: npm run build && node bench/render.mjs). Every figure is compared with a
// baseline measured in the same run: the bare cost of Chromium printing the same final HTML.
//   warm  = check + view model + HTML + print + finish + write, browser already running
//   cold  = the same, plus launching and closing the browser
//   batch = N documents, one at a time vs two pages at once in one browser
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as puppeteer from 'puppeteer-core';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = (p) => import(path.join(root, 'dist', p));
const { findBrowser } = await dist('io/browser/find-browser.js');
const { launchBrowser } = await dist('io/browser/launch-browser.js');
const { renderDocument, buildDate } = await dist('io/browser/render-document.js');
const { loadWorkspace } = await dist('io/load-workspace.js');
const { buildViewModel } = await dist('core/render/build-view-model.js');
const { compileTemplates } = await dist('core/render/render-html.js');
const { loadTemplates } = await dist('io/browser/load-templates.js');
const { fontFaceCss, digitsFont, fontFiles } = await dist('io/browser/fonts.js');

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const work = path.join(root, 'bench/.work/render');
rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });
const choice = findBrowser({ env: process.env });
if (!choice) {
  console.error('no browser: apt-get install chromium, or PLAN_BROWSER=…');
  process.exit(2);
}

// A 200-project plan: the Oulmès example with its projects cloned under new ids (amounts unchanged).
function bigPlan(n) {
  const dir = path.join(work, `plan-${n}`);
  cpSync(path.join(root, 'examples/oulmes'), dir, { recursive: true });
  const pdir = path.join(dir, 'projects');
  const src = readdirSync(pdir)
    .sort()
    .map((f) => readFileSync(path.join(pdir, f), 'utf8'));
  rmSync(pdir, { recursive: true });
  mkdirSync(pdir);
  // The example's programme names its own 30 projects: drop it, so the financing comes from the 200 sheets.
  const fin = path.join(dir, 'finance.yaml');
  writeFileSync(fin, readFileSync(fin, 'utf8').replace(/^programme:[\s\S]*$/m, ''));
  for (let i = 0; i < n; i++) {
    const id = `P${String(i + 1).padStart(3, '0')}`;
    const text = src[i % src.length].replace(/^id: .*$/m, `id: ${id}`).replace(/indicator_ids: \[[^\]]*\]/, 'indicator_ids: []');
    writeFileSync(path.join(pdir, `${id}.yaml`), text);
  }
  return dir;
}

// BENCH_PLANS=oulmes (or generated) measures one plan only; BENCH_BATCH=0 skips the batch.
const only = process.env.BENCH_PLANS?.split(',');
const workspaces = Object.fromEntries(
  [
    ['oulmes (30 projects)', () => path.join(root, 'examples/oulmes')],
    ['generated (200 projects)', () => bigPlan(200)],
  ]
    .filter(([name]) => !only || only.some((o) => name.startsWith(o)))
    .map(([name, make]) => [name, make()]),
);
const files = fontFiles();
const render = compileTemplates(loadTemplates());
const fontCss = fontFaceCss(files);
const setupFor = (browser, out) => ({
  mode: 'ar+fr',
  format: 'pdf',
  draft: true,
  force: true,
  uiLang: 'en',
  render,
  fontCss,
  browser,
  digitsFontFile: digitsFont(files).file,
  date: buildDate({ SOURCE_DATE_EPOCH: '1700000000' }),
  generator: 'plan bench',
  out: { kind: 'dir', path: out },
  display: (p) => p,
});
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const time = async (fn) => {
  const t = performance.now();
  await fn();
  return performance.now() - t;
};
let peakRss = 0;
const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 20);

async function barePrint(browser, html) {
  const page = await browser.newPage();
  await page.setJavaScriptEnabled(false);
  // The same time limit as plan render (puppeteer's 30 s default is too short for 530 pages on a busy machine).
  await page.setContent(html, { waitUntil: 'load', timeout: 120_000 });
  await page.pdf({ preferCSSPageSize: true, printBackground: true, outline: true, tagged: true, timeout: 120_000 });
  await page.close();
}

const rows = [];
const browser = await launchBrowser(puppeteer, choice.path);
for (const [name, dir] of Object.entries(workspaces)) {
  const plan = (await loadWorkspace(dir, { lang: 'en' })).plan;
  const html = render(buildViewModel(plan, { mode: 'ar+fr', draft: true, generator: 'plan bench' }), { fontCss });
  await barePrint(browser, html); // warm-up
  const bare = [],
    warm = [],
    cold = [],
    launch = [];
  let pages = 0;
  for (let i = 0; i < RUNS; i++) {
    bare.push(await time(() => barePrint(browser, html)));
    warm.push(
      await time(async () => {
        const r = await renderDocument(dir, setupFor(browser, path.join(work, 'warm')));
        if (!r.ok) throw new Error(r.message || r.reason);
        pages = r.pages;
      }),
    );
    // As plan render does: Chromium starts while the workspace is checked and laid out.
    cold.push(
      await time(async () => {
        const t = performance.now();
        const b = launchBrowser(puppeteer, choice.path);
        void b.then(() => launch.push(performance.now() - t));
        const r = await renderDocument(dir, setupFor(b, path.join(work, 'cold')));
        if (!r.ok) throw new Error(r.message || r.reason);
        await (await b).close();
      }),
    );
  }
  rows.push({ name, pages, html: html.length, bare: median(bare), warm: median(warm), cold: median(cold), launch: median(launch) });
}

// Batch: 6 documents (the Oulmès plan in three languages, twice), sequential vs concurrency 2.
const batchDirs = [];
for (let i = 0; i < 6; i++) {
  const d = path.join(work, `batch-src/ws${i}`);
  cpSync(path.join(root, 'examples/oulmes'), d, { recursive: true });
  batchDirs.push(d);
}
async function batch(concurrency) {
  let next = 0;
  const worker = async () => {
    while (next < batchDirs.length) await renderDocument(batchDirs[next++], setupFor(browser, path.join(work, `batch-${concurrency}`)));
  };
  return time(() => Promise.all(Array.from({ length: concurrency }, worker)));
}
const withBatch = process.env.BENCH_BATCH !== '0';
if (withBatch) await batch(2); // warm-up
const seq = withBatch ? median(await Promise.all([0].map(() => batch(1)))) : 0;
const par = withBatch ? median(await Promise.all([0].map(() => batch(2)))) : 0;
await browser.close();
clearInterval(sampler);

const f = (ms) => (ms / 1000).toFixed(2) + ' s';
const out = [];
out.push(`Chromium: ${choice.path}; node ${process.versions.node}; ${RUNS} runs, medians; bilingual (ar+fr) documents.`);
out.push('');
out.push('| document | pages | bare print (baseline) | warm | warm / bare | cold | launch | cold / (launch + bare) |');
out.push('|---|---|---|---|---|---|---|---|');
for (const r of rows)
  out.push(
    `| ${r.name} | ${r.pages} | ${f(r.bare)} | ${f(r.warm)} | ${(r.warm / r.bare).toFixed(2)}× | ${f(r.cold)} | ${f(r.launch)} | ${(r.cold / (r.launch + r.bare)).toFixed(2)}× |`,
  );
out.push('');
if (withBatch)
  out.push(`Batch of ${batchDirs.length} documents in one browser: one at a time ${f(seq)}, two at once ${f(par)} (${(seq / par).toFixed(2)}× faster).`);
out.push(`Peak RSS of the node process: ${(peakRss / 1048576).toFixed(0)} MiB (maxRSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB).`);
console.log(out.join('\n'));
