// Reads the templates: the package's own, then a --templates folder over them (any partial, the CSS,
// or a strings.yaml / strings.json merged over the word catalogue).
import { readdirSync, readFileSync, existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { load as loadYaml } from 'js-yaml';
import type { Catalog } from '../../i18n/catalog.js';
import { renderStrings } from '../../i18n/render.js';
import type { TemplateSet } from '../../core/render/render-html.js';
import { builtinTemplatesDir } from './package-root.js';

/** A problem with a --templates folder, shown to the user (exit 2). */
export class TemplateError extends Error {}

/** The template set: built-in files, overridden by those found in `overrideDir`. */
export function loadTemplates(overrideDir?: string): TemplateSet {
  const base = builtinTemplatesDir();
  const set: TemplateSet = {
    layout: readFileSync(path.join(base, 'layout.hbs'), 'utf8'),
    partials: readPartials(path.join(base, 'partials')),
    css: readFileSync(path.join(base, 'print.css'), 'utf8'),
    strings: renderStrings,
  };
  if (!overrideDir) return set;
  if (!existsSync(overrideDir) || !statSync(overrideDir).isDirectory()) throw new TemplateError(`--templates ${overrideDir}: not a folder`);
  const layout = path.join(overrideDir, 'layout.hbs');
  if (existsSync(layout)) set.layout = readFileSync(layout, 'utf8');
  const css = path.join(overrideDir, 'print.css');
  if (existsSync(css)) set.css = readFileSync(css, 'utf8');
  const partialsDir = path.join(overrideDir, 'partials');
  if (existsSync(partialsDir)) {
    for (const [name, src] of Object.entries(readPartials(partialsDir))) {
      if (!(name in set.partials)) throw new TemplateError(`--templates: partials/${name}.hbs overrides no partial (known: ${Object.keys(set.partials).join(', ')})`);
      set.partials[name] = src;
    }
  }
  for (const file of ['strings.yaml', 'strings.yml', 'strings.json']) {
    const p = path.join(overrideDir, file);
    if (existsSync(p)) set.strings = mergeStrings(set.strings, readStrings(p));
  }
  return set;
}

function readPartials(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of readdirSync(dir).sort()) if (f.endsWith('.hbs')) out[f.slice(0, -4)] = readFileSync(path.join(dir, f), 'utf8');
  return out;
}

// A strings file maps a key to {ar, fr, en} (any subset): { "doc.title": { "fr": "Plan d'action" } }.
function readStrings(file: string): Catalog {
  const text = readFileSync(file, 'utf8');
  let data: unknown;
  try {
    data = file.endsWith('.json') ? JSON.parse(text) : loadYaml(text);
  } catch (err) {
    throw new TemplateError(`${file}: ${(err as Error).message.split('\n')[0]}`);
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) throw new TemplateError(`${file}: expected a map of key → {ar, fr, en}`);
  const out: Catalog = {};
  for (const [key, value] of Object.entries(data as Record<string, unknown>)) {
    if (!value || typeof value !== 'object') throw new TemplateError(`${file}: ${key} must be a map {ar, fr, en}`);
    const entry: Record<string, string> = {};
    for (const [lang, s] of Object.entries(value as Record<string, unknown>)) {
      if (!['ar', 'fr', 'en'].includes(lang) || typeof s !== 'string') throw new TemplateError(`${file}: ${key}.${lang} must be a string in ar, fr or en`);
      entry[lang] = s;
    }
    out[key] = entry as Catalog[string];
  }
  return out;
}

function mergeStrings(base: Catalog, over: Catalog): Catalog {
  const out: Catalog = { ...base };
  for (const [k, v] of Object.entries(over)) out[k] = { ...(base[k] ?? { ar: k, fr: k, en: k }), ...v };
  return out;
}
