// Snapshots of each chapter's HTML on the minimal plan, in Arabic, French and both: a template change
// shows up here as a reviewed diff.
import { describe, expect, it } from 'vitest';
import { loadPlan, htmlOf } from './load.js';
import { CHAPTERS } from '../../../src/core/render/chapters.js';

// The numbered chapters of the list (src/core/render/chapters.ts), after the cover and the table of contents.
const chapters = ['cover', 'toc', ...CHAPTERS.filter((c) => c.numbered).map((c) => `ch-${c.id}`)];

// The <section> (or chapter) that holds `id`, cut out of the page.
function section(html: string, id: string): string {
  const start = id === 'cover' || id === 'toc' ? html.indexOf(`<section class="${id}">`) : html.search(new RegExp(`<section class="chapter[^"]*" id="${id}">`));
  expect(start, id).toBeGreaterThan(0);
  return html.slice(start, html.indexOf('</section>', start) + '</section>'.length);
}

describe('partials', () => {
  for (const mode of ['ar', 'fr', 'ar+fr'] as const) {
    it(`render every chapter of the minimal plan (${mode})`, async () => {
      const html = htmlOf(await loadPlan(), { mode });
      for (const id of chapters) expect(section(html, id)).toMatchSnapshot(`${mode} ${id}`);
    });
  }

  it('puts the document language and direction on <html>', async () => {
    const plan = await loadPlan();
    expect(htmlOf(plan, { mode: 'ar' })).toContain('<html lang="ar" dir="rtl">');
    expect(htmlOf(plan, { mode: 'fr' })).toContain('<html lang="fr" dir="ltr">');
    expect(htmlOf(plan, { mode: 'ar+fr' })).toContain('<html lang="ar" dir="rtl">');
  });

  it('stamps a draft on every page, and only a draft', async () => {
    const plan = await loadPlan();
    expect(htmlOf(plan, { draft: true })).toContain('class="draft-stamp"');
    expect(htmlOf(plan, { draft: false })).not.toContain('class="draft-stamp"');
  });

  it('writes Western digits, thousands separators and the currency of the language', async () => {
    const plan = await loadPlan();
    expect(htmlOf(plan, { mode: 'ar' })).toContain('<bdi dir="ltr">1.000.000</bdi>\u00a0درهم');
    expect(htmlOf(plan, { mode: 'fr' })).toMatch(/1.000.000\u00a0MAD/);
    expect(htmlOf(plan, { mode: 'ar' })).not.toMatch(/[\u0660-\u0669]/);
  });

  it('keeps tables readable across pages: header rows repeat, rows do not split', async () => {
    const html = htmlOf(await loadPlan());
    expect(html).toMatch(/thead\s*\{\s*display:\s*table-header-group/);
    expect(html).toMatch(/tr, img, svg, \.figure\s*\{\s*break-inside:\s*avoid/);
  });

  it('draws the charts as inline SVG, with no script in the page', async () => {
    const html = htmlOf(await loadPlan());
    expect((html.match(/<svg class="chart"/g) ?? []).length).toBe(4);
    expect(html).not.toMatch(/<script/i);
  });
});
