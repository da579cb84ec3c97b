// Plan text is untrusted: it is escaped everywhere, never read as a template, and cannot leave the
// CSS string of the running header. Templates get no prototype access.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { cssString } from '../../../src/core/render/helpers.js';
import { loadPlan, htmlOf, repo } from './load.js';

const HOSTILE = '<script>alert(1)</script><img src="file:///etc/passwd" onerror="alert(2)">{{constructor}}{{#each this}}x{{/each}}';

describe('untrusted plan text', () => {
  it('is escaped in every chapter and in every language', async () => {
    const plan = await loadPlan();
    plan.commune!.data.name = { ar: HOSTILE, fr: HOSTILE };
    plan.projects[0]!.data.rationale = { ar: HOSTILE, fr: HOSTILE };
    plan.diagnosis!.data.swot!.strengths = [{ ar: HOSTILE, fr: HOSTILE }];
    plan.manifest!.data.prepared_by = HOSTILE;
    plan.finance!.data.partners[0]!.name = { ar: HOSTILE, fr: HOSTILE };
    for (const mode of ['ar', 'fr', 'ar+fr'] as const) {
      const html = htmlOf(plan, { mode });
      expect(html).not.toMatch(/<script/i);
      expect(html).not.toMatch(/<img[^>]*passwd/i);
      expect(html).not.toMatch(/<[a-z][^<>]*\sonerror\s*=/i);
      expect(html).toContain('&lt;script&gt;');
      // {{constructor}} comes out as the text it is, not evaluated
      expect(html).toContain('{{constructor}}');
    }
  });

  it('cannot close the CSS string of the running header', async () => {
    const plan = await loadPlan();
    plan.commune!.data.name = { ar: 'x"; } </style><script>alert(1)</script> \\', fr: null as unknown as string };
    const html = htmlOf(plan);
    const style = html.slice(html.indexOf('<style>'), html.indexOf('</style>'));
    expect(style).not.toContain('<script');
    expect(style).not.toContain('x"; }');
    expect(cssString('a"b\\c</style>')).toBe('"a\\22 b\\5c c\\3c \\2f style\\3e "');
  });

  it('templates never use the triple-stash, which would print plan text unescaped', () => {
    const dir = path.join(repo, 'templates');
    const files = ['layout.hbs', ...readdirSync(path.join(dir, 'partials')).map((f) => `partials/${f}`)];
    for (const f of files) expect(readFileSync(path.join(dir, f), 'utf8'), f).not.toContain('{{{');
  });

  it('a template cannot reach constructors or prototypes', async () => {
    const plan = await loadPlan();
    const dir = mkdtempSync(path.join(tmpdir(), 'plan-tpl-'));
    mkdirSync(path.join(dir, 'partials'));
    writeFileSync(path.join(dir, 'partials/cover.hbs'), '<p id="probe">[{{meta.constructor.name}}]</p>');
    expect(() => htmlOf(plan, {}, dir)).toThrow(/not defined in undefined/);
    writeFileSync(path.join(dir, 'partials/cover.hbs'), '<p>{{#with meta}}{{lookup this "__proto__"}}{{/with}}</p>');
    expect(htmlOf(plan, {}, dir)).toContain('<p></p>');
  });

  it('a template may call only the known helpers', async () => {
    const plan = await loadPlan();
    const dir = mkdtempSync(path.join(tmpdir(), 'plan-tpl-'));
    mkdirSync(path.join(dir, 'partials'));
    writeFileSync(path.join(dir, 'partials/cover.hbs'), '{{helperMissingOrEvil meta "x"}}');
    expect(() => htmlOf(plan, {}, dir)).toThrow();
  });
});
