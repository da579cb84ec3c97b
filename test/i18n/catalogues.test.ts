// The word catalogues: every entry in Arabic, French and English with the same placeholders, typed keys
// (a misspelt key does not compile), and every key a template names present in the document catalogue.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Handlebars from 'handlebars';
import ts from 'typescript';
import { hasKey, lookup, makeT, type Entry } from '../../src/i18n/catalog.js';
import { t } from '../../src/i18n/messages.js';
import { tw } from '../../src/i18n/wizard.js';
import { renderStrings, tr } from '../../src/i18n/render.js';
import { ts as tStatus } from '../../src/i18n/status.js';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const i18nDir = path.join(repo, 'src/i18n');

const isEntry = (v: unknown): v is Entry => !!v && typeof v === 'object' && 'ar' in v && 'fr' in v && 'en' in v;
/** Every exported catalogue of every module of src/i18n (a new catalogue file is found without a change here). */
async function catalogues(): Promise<[string, Record<string, Entry>][]> {
  const out: [string, Record<string, Entry>][] = [];
  for (const f of readdirSync(i18nDir)
    .filter((f) => f.endsWith('.ts'))
    .sort()) {
    const mod = (await import(path.join(i18nDir, f))) as Record<string, unknown>;
    for (const [name, v] of Object.entries(mod)) {
      if (!v || typeof v !== 'object' || Array.isArray(v)) continue;
      const values = Object.values(v);
      if (values.length && values.every(isEntry)) out.push([`${f}:${name}`, v as Record<string, Entry>]);
    }
  }
  return out;
}
const placeholders = (s: string) => [...new Set([...s.matchAll(/\{(\w+)[|}]/g)].map((m) => m[1]!))].sort();

describe('catalogues', () => {
  it('are found (messages, wizard, render, status … )', async () => {
    const names = (await catalogues()).map(([n]) => n);
    for (const n of ['messages.ts:messages', 'wizard.ts:wizardCatalog', 'render.ts:renderStrings', 'status.ts:statusMessages']) expect(names).toContain(n);
  });

  it('give every entry in Arabic, French and English, with the same placeholders', async () => {
    for (const [name, cat] of await catalogues())
      for (const [key, e] of Object.entries(cat)) {
        for (const lang of ['ar', 'fr', 'en'] as const) expect(typeof e[lang] === 'string' && e[lang].trim() !== '', `${name} ${key}.${lang}`).toBe(true);
        expect(placeholders(e.fr), `${name} ${key}: fr placeholders`).toEqual(placeholders(e.ar));
        expect(placeholders(e.en), `${name} ${key}: en placeholders`).toEqual(placeholders(e.ar));
      }
  });
});

describe('typed keys', () => {
  it('translate a known key and check a computed one', () => {
    expect(t('phase.complete', 'fr')).toBe('Toutes les phases sont terminées');
    // A finite set of computed keys is typed as a template literal: `phase.${1 | 2 | 3 | 4 | 5}`.
    for (const n of [1, 2, 3, 4, 5] as const) expect(tStatus(`phase.${n}`, 'en')).not.toMatch(/^phase\./);
    const k: string = 'ch.finance';
    expect(hasKey(renderStrings, k)).toBe(true);
    if (hasKey(renderStrings, k)) expect(tr(k, 'fr')).toBe(renderStrings['ch.finance'].fr);
    expect(hasKey(renderStrings, 'ch.finanse')).toBe(false);
    expect(hasKey(renderStrings, 'toString')).toBe(false);
    // A key computed from data that the catalogue lacks comes back as it is.
    expect(lookup(renderStrings, 'sector.unknown', 'fr')).toBe('sector.unknown');
  });

  it('refuse a misspelt key at compile time (tsc -p tsconfig.test.json checks these lines)', () => {
    const misspelt = () => [
      // @ts-expect-error 'summary.count' is not a key of the validator's catalogue ('summary.counts' is)
      t('summary.count', 'fr'),
      // @ts-expect-error 'q.regoin' is not a key of the wizard's catalogue
      tw('q.regoin', 'fr'),
      // @ts-expect-error 'ch.finanse' is not a key of the document's catalogue
      tr('ch.finanse', 'ar'),
      // @ts-expect-error a key of another catalogue ('ch.finance' is a document word)
      t('ch.finance', 'ar'),
    ];
    // At run time an unknown key still prints as itself: only the compiler can catch it.
    expect(misspelt()).toEqual(['summary.count', 'q.regoin', 'ch.finanse', 'ch.finance']);
  });

  it('refuse a misspelt key when compiled on its own (the TypeScript compiler, in memory)', () => {
    const options: ts.CompilerOptions = {
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      strict: true,
      noEmit: true,
      skipLibCheck: true,
      types: ['node'],
    };
    const file = path.join(repo, 'test/i18n/typed-keys.virtual.ts');
    const source = [
      "import { t } from '../../src/i18n/messages.js';",
      "import { makeT, type Catalog } from '../../src/i18n/catalog.js';",
      "const tiny = makeT({ 'a.one': { ar: 'و', fr: 'un', en: 'one' } });",
      "export const good = [t('summary.counts', 'fr'), tiny('a.one', 'en')];",
      "export const typo = t('summary.count', 'fr');",
      "export const other = tiny('a.two', 'en');",
      // A catalogue declared `: Catalog` has string keys: makeT refuses it rather than check nothing.
      "const wide: Catalog = { 'a.one': { ar: 'و', fr: 'un', en: 'one' } };",
      'export const tWide = makeT(wide);',
    ].join('\n');
    const host = ts.createCompilerHost(options);
    const { getSourceFile, fileExists, readFile } = host;
    host.getSourceFile = (name, lang, ...rest) =>
      path.resolve(name) === file ? ts.createSourceFile(name, source, lang) : getSourceFile.call(host, name, lang, ...rest);
    host.fileExists = (name) => path.resolve(name) === file || fileExists.call(host, name);
    host.readFile = (name) => (path.resolve(name) === file ? source : readFile.call(host, name));
    const program = ts.createProgram([file], options, host);
    const errors = ts
      .getPreEmitDiagnostics(program)
      .filter((d) => d.file && path.resolve(d.file.fileName) === file)
      .map((d) => ({ line: d.file!.getLineAndCharacterOfPosition(d.start!).line + 1, code: d.code }));
    // Exactly the two misspelt keys (lines 5 and 6) and the catalogue with untyped keys (line 8) fail,
    // as "argument not assignable" (TS2345).
    expect(errors).toEqual([
      { line: 5, code: 2345 },
      { line: 6, code: 2345 },
      { line: 8, code: 2345 },
    ]);
  }, 60_000);

  it('makeT over a literal catalogue prints its entry, plurals included', () => {
    const say = makeT({
      'x.files': { ar: '{n|one:ملف واحد|two:ملفان|few:# ملفات|other:# ملف}', fr: '{n|one:# fichier|other:# fichiers}', en: '{n|one:# file|other:# files}' },
    });
    expect(say('x.files', 'fr', { n: 2 })).toBe('2 fichiers');
    expect(say('x.files', 'ar', { n: 2 })).toBe('ملفان');
  });
});

// Keys named in the templates: {{t "key"}}, (t "key"), {{word "key"}}, {{say "key" …}}, {{label "prefix" value}}.
describe('template keys', () => {
  const dir = path.join(repo, 'templates');
  const files = ['layout.hbs', ...readdirSync(path.join(dir, 'partials')).map((f) => `partials/${f}`)].filter((f) => f.endsWith('.hbs'));
  type Node = { type: string; [k: string]: unknown };
  /** Every [helper, first string argument] of a template, from Handlebars' own parser. */
  function calls(src: string): [string, string][] {
    const out: [string, string][] = [];
    const walk = (n: unknown): void => {
      if (Array.isArray(n)) return n.forEach(walk);
      if (!n || typeof n !== 'object') return;
      const node = n as Node;
      if (['MustacheStatement', 'SubExpression', 'BlockStatement'].includes(node.type)) {
        const p = node.path as { original?: unknown };
        const first = (node.params as Node[] | undefined)?.[0];
        if (typeof p?.original === 'string' && first?.type === 'StringLiteral') out.push([p.original, String(first.value)]);
      }
      for (const v of Object.values(node)) if (v && typeof v === 'object') walk(v);
    };
    walk(Handlebars.parse(src));
    return out;
  }
  const used = files.flatMap((f) => calls(readFileSync(path.join(dir, f), 'utf8')).map(([helper, key]) => ({ file: f, helper, key })));

  it('finds the keys (the scan is not empty)', () => {
    expect(used.filter((u) => u.helper === 't').length).toBeGreaterThan(100);
    expect(used.some((u) => u.helper === 'say')).toBe(true);
  });

  it('every key a template names is in the document catalogue', () => {
    const missing = used
      .filter((u) => ['t', 'word', 'say'].includes(u.helper))
      .filter((u) => !hasKey(renderStrings, u.key))
      .map((u) => `${u.file}: {{${u.helper} "${u.key}"}}`);
    expect(missing).toEqual([]);
  });

  it('every {{label "prefix" …}} has words in the catalogue', () => {
    const keys = Object.keys(renderStrings);
    const missing = used.filter((u) => u.helper === 'label' && !keys.some((k) => k.startsWith(`${u.key}.`))).map((u) => `${u.file}: ${u.key}`);
    expect(missing).toEqual([]);
  });
});
