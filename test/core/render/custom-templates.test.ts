// What docs/templates.md tells a firm to do works as written: a cover with its own words in both
// languages, and a chapter appended to the annexes.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadPlan, htmlOf, repo } from './load.js';
import { words } from './text.js';

describe('a firm’s templates', () => {
  it('adds its name to the cover and a chapter after the annexes, in each language of the document', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'plan-firm-'));
    mkdirSync(path.join(dir, 'partials'));
    const cover = readFileSync(path.join(repo, 'templates/partials/cover.hbs'), 'utf8').replace(
      '<div class="cover-foot">',
      '{{#langs}}<div class="firm" lang="{{@lang}}" dir="{{@dir}}">{{t "firm.name"}}</div>{{/langs}}\n  <div class="cover-foot">',
    );
    writeFileSync(path.join(dir, 'partials/cover.hbs'), cover);
    const annexes = readFileSync(path.join(repo, 'templates/partials/annexes.hbs'), 'utf8');
    writeFileSync(
      path.join(dir, 'partials/annexes.hbs'),
      `${annexes}\n<section class="chapter" id="ch-firm-notes">\n  <h1>{{t "firm.notesTitle"}}</h1>\n  {{#langs}}<p lang="{{@lang}}" dir="{{@dir}}">{{t "firm.notesText"}}</p>{{/langs}}\n</section>\n`,
    );
    writeFileSync(
      path.join(dir, 'strings.yaml'),
      [
        'firm.name: { ar: مكتب الدراسات الأطلس, fr: Bureau d’études Atlas }',
        'firm.notesTitle: { ar: ملاحظات المكتب, fr: Notes du bureau }',
        'firm.notesText: { ar: نص الملاحظات, fr: Texte des notes }',
        '',
      ].join('\n'),
    );
    const plan = await loadPlan();
    const ar = words(htmlOf(plan, { mode: 'ar' }, dir));
    expect(ar).toContain('مكتب الدراسات الأطلس');
    expect(ar).toContain('ملاحظات المكتب نص الملاحظات');
    expect(ar).not.toContain('Atlas');
    const bi = words(htmlOf(plan, { mode: 'ar+fr' }, dir));
    expect(bi).toContain('مكتب الدراسات الأطلس Bureau d’études Atlas');
    expect(bi).toContain('نص الملاحظات Texte des notes');
  });
});
