// The list of chapters (src/core/render/chapters.ts) drives the printed plan: the order of the chapters
// in the HTML, their numbers on the headings, and the table of contents; every partial is either in
// the list or known to be printed another way; no partial types a chapter number by hand.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CHAPTERS, OTHER_PARTIALS, type ChapterSpec } from '../../../src/core/render/chapters.js';
import { buildViewModel } from '../../../src/core/render/build-view-model.js';
import type { DocMode } from '../../../src/core/render/view-model.js';
import { renderStrings } from '../../../src/i18n/render.js';
import { htmlOf, loadPlan, repo } from './load.js';

const partialsDir = path.join(repo, 'templates/partials');
const partialNames = readdirSync(partialsDir)
  .filter((f) => f.endsWith('.hbs'))
  .map((f) => f.slice(0, -4));
const partial = (name: string) => readFileSync(path.join(partialsDir, `${name}.hbs`), 'utf8');

/** The chapters of an HTML document in order: id and the number on its heading ('' when none). */
function chaptersIn(html: string): { id: string; number: string }[] {
  return [...html.matchAll(/<section class="chapter[^"]*" id="ch-([\w-]+)">\s*<h1>(?:<bdi dir="ltr" class="num">(\d+)<\/bdi> )?/g)].map((m) => ({
    id: m[1]!,
    number: m[2] ?? '',
  }));
}

/** What the list says a document holds: the chapters that apply, numbered in order. */
function expected(list: readonly ChapterSpec[], ids: Set<string>): { id: string; number: string }[] {
  let n = 0;
  return list.filter((c) => ids.has(c.id)).map((c) => ({ id: c.id, number: c.numbered ? String(++n) : '' }));
}

describe('the list of chapters', () => {
  it('names every partial once, and every partial is in the list or printed another way', () => {
    const listed = CHAPTERS.flatMap((c) => c.partials);
    expect(new Set(listed).size, 'a partial listed twice').toBe(listed.length);
    expect(new Set(CHAPTERS.map((c) => c.id)).size, 'a chapter id listed twice').toBe(CHAPTERS.length);
    for (const p of [...listed, ...OTHER_PARTIALS]) expect(partialNames, `templates/partials/${p}.hbs`).toContain(p);
    for (const p of partialNames) expect([...listed, ...OTHER_PARTIALS], `partials/${p}.hbs is neither in CHAPTERS nor in OTHER_PARTIALS`).toContain(p);
  });

  it('gives each chapter its anchor and its heading in its first partial, with no number typed by hand', () => {
    for (const c of CHAPTERS) {
      const src = partial(c.partials[0]!);
      expect(src, c.id).toContain(`id="ch-${c.id}"`);
      expect(src, c.id).toContain(`{{chapterTitle "${c.id}"}}`);
      expect(Object.hasOwn(renderStrings, c.title), c.title).toBe(true);
    }
    for (const p of partialNames) expect(partial(p), p).not.toMatch(/class="num">\s*\d/);
    // Every heading names a chapter of the list.
    const ids = CHAPTERS.map((c) => c.id);
    for (const p of partialNames) for (const m of partial(p).matchAll(/\{\{chapterTitle "([^"]*)"\}\}/g)) expect(ids, `${p}.hbs`).toContain(m[1]);
    // The layout lists no chapter: it prints the outline.
    const layout = readFileSync(path.join(repo, 'templates/layout.hbs'), 'utf8');
    for (const c of CHAPTERS) for (const p of c.partials) expect(layout).not.toContain(`{{> ${p}}}`);
  });

  for (const [ws, mode] of [
    ['examples/oulmes', 'ar'],
    ['examples/oulmes', 'fr'],
    ['examples/khemisset', 'ar+fr'],
  ] as [string, DocMode][]) {
    it(`orders and numbers the chapters of ${ws} (${mode}) as the list does, in the HTML and the table of contents`, async () => {
      const plan = await loadPlan(path.join(repo, ws));
      const vm = buildViewModel(plan, { mode, draft: false, generator: 'plan test' });
      const html = htmlOf(plan, { mode });
      const printed = chaptersIn(html);
      const want = expected(CHAPTERS, new Set(vm.outline.map((o) => o.id)));
      expect(printed).toEqual(want);
      expect(printed.filter((c) => c.number).length).toBe(CHAPTERS.filter((c) => c.numbered).length);
      expect(vm.toc.filter((e) => e.level === 1).map((e) => ({ id: e.id.slice(3), number: e.number }))).toEqual(want);
      // Every section of a numbered chapter is numbered under it.
      let chapter = '';
      for (const e of vm.toc) {
        if (e.level === 1) chapter = e.number;
        else if (chapter) expect(e.number, e.id).toMatch(new RegExp(`^${chapter}\\.\\d+$`));
      }
    });
  }

  it('follows a changed list: chapters moved or removed move and renumber in the HTML and the table of contents', async () => {
    const plan = await loadPlan(path.join(repo, 'examples/oulmes'));
    const byId = (id: string) => CHAPTERS.find((c) => c.id === id)!;
    // Participation before the profile, no vision chapter, the summary after the framework.
    const list = CHAPTERS.filter((c) => !['vision', 'participation', 'summary'].includes(c.id)).flatMap((c) =>
      c.id === 'profile' ? [byId('participation'), c] : c.id === 'framework' ? [c, byId('summary')] : [c],
    );
    const html = htmlOf(plan, { mode: 'fr', chapters: list });
    const printed = chaptersIn(html);
    expect(printed.map((c) => c.id)).toEqual([
      'president',
      'acronyms',
      'lists',
      'framework',
      'summary',
      'participation',
      'profile',
      'projects',
      'finance',
      'monitoring',
      'annexes',
    ]);
    expect(printed.filter((c) => c.number).map((c) => `${c.number} ${c.id}`)).toEqual([
      '1 framework',
      '2 participation',
      '3 profile',
      '4 projects',
      '5 finance',
      '6 monitoring',
      '7 annexes',
    ]);
    expect(html).not.toContain('id="ch-vision"');
    const vm = buildViewModel(plan, { mode: 'fr', draft: false, generator: 'plan test', chapters: list });
    const toc = vm.toc.filter((e) => e.level === 1).map((e) => `${e.number} ${e.id}`);
    expect(toc).toEqual(printed.map((c) => `${c.number} ch-${c.id}`));
    // The sections follow their chapter: the participation sections are now 2.x, the profile's 3.x.
    expect(vm.toc.find((e) => e.id === 'sec-participationByType')!.number).toBe('2.1');
    expect(vm.toc.find((e) => e.id === 'sec-identity')!.number).toBe('3.1');
    expect(vm.toc.some((e) => e.id === 'sec-axes')).toBe(false);
    // The table of contents printed in the document says the same.
    expect(html).toMatch(/<span class="toc-num"><bdi dir="ltr">2<\/bdi><\/span><a class="toc-title" href="#ch-participation">/);
  });

  it('prints a chapter only in the documents and for the plans the list says', async () => {
    const plan = await loadPlan();
    const ids = (mode: DocMode) => chaptersIn(htmlOf(plan, { mode })).map((c) => c.id);
    // The acronyms (Latin abbreviations) are not in the Arabic-only document; the president's word only when given.
    expect(ids('ar')).not.toContain('acronyms');
    expect(ids('fr')).toContain('acronyms');
    expect(ids('ar')).not.toContain('president');
    plan.manifest!.data.president_word = { ar: 'كلمة', fr: 'Mot' };
    expect(ids('ar')[0]).toBe('president');
    // Without its condition, a chapter is printed in every document.
    const always = CHAPTERS.map((c) => (c.id === 'acronyms' ? { ...c, modes: undefined } : c));
    expect(chaptersIn(htmlOf(plan, { mode: 'ar', chapters: always })).map((c) => c.id)).toContain('acronyms');
  });

  it('prints the same document from a custom layout that names the partials one by one', async () => {
    const plan = await loadPlan(path.join(repo, 'examples/oulmes'));
    const dir = mkdtempSync(path.join(tmpdir(), 'plan-layout-'));
    try {
      for (const mode of ['ar', 'fr'] as DocMode[]) {
        const vm = buildViewModel(plan, { mode, draft: false, generator: 'plan test' });
        const layout = readFileSync(path.join(repo, 'templates/layout.hbs'), 'utf8');
        const loop = /\{\{#each outline\}\}[\s\S]*?\{\{\/each\}\}\n\{\{\/each\}\}\n/;
        expect(layout).toMatch(loop);
        const named = vm.outline.flatMap((o) => o.partials.map((p) => `{{> ${p.name}}}\n`)).join('');
        writeFileSync(path.join(dir, 'layout.hbs'), layout.replace(loop, named));
        const squeeze = (html: string) => html.replace(/\n+/g, '\n');
        expect(squeeze(htmlOf(plan, { mode }, dir)), mode).toBe(squeeze(htmlOf(plan, { mode })));
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
