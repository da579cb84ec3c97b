// Reads the templates: the package's own, then a --templates folder over them (any partial, the CSS,
// or a strings.yaml / strings.json merged over the word catalogue). The --templates folder is a root:
// every file read from it is resolved (realpath) and must stay inside it — a symbolic link leading out
// (partials/cover.hbs → /tmp/secret.txt, a partials/ folder linked elsewhere) is refused unless
// --allow-outside names the folder it leads to; only regular files are read, at most 5 MiB each.
import { readdirSync, readFileSync, existsSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { load as loadYaml } from 'js-yaml';
import type { Catalog } from '../../i18n/catalog.js';
import { renderStrings } from '../../i18n/render.js';
import type { TemplateSet } from '../../core/render/render-html.js';
import { builtinTemplatesDir } from './package-root.js';
import type { Lang } from '../../core/diagnostics/diagnostic.js';
import { tio } from '../../i18n/io.js';
import { readRegular, ioReason } from '../read-source.js';
import { inside, insideAny } from '../roots.js';

/** Largest template file read. */
const MAX_TEMPLATE_BYTES = 5 * 1024 * 1024;

/** Options of a --templates folder. */
export interface TemplateOptions {
  /** Folders outside the templates folder its links may lead to. */
  allowOutside?: readonly string[];
  /** Language of the messages. */
  lang?: Lang;
}

/** Reads files of one root, refusing what leads out of it. */
class Root {
  readonly real: string;
  private readonly allowed: string[];
  constructor(
    readonly dir: string,
    private readonly opts: TemplateOptions,
  ) {
    this.real = realpathSync(dir);
    this.allowed = (opts.allowOutside ?? []).flatMap((d) => {
      try {
        return [realpathSync(d)];
      } catch {
        return [];
      }
    });
  }
  private get lang(): Lang {
    return this.opts.lang ?? 'en';
  }
  /** The real path of `p`, checked to stay inside the root (or an allowed folder). */
  check(p: string): string {
    let real: string;
    try {
      real = realpathSync(p);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code ?? String(err);
      throw new TemplateError(tio('templates.unreadable', this.lang, { file: p, reason: tio(`file.io.${ioReason(code)}`, this.lang, { code }) }));
    }
    if (!inside(real, this.real) && !insideAny(real, this.allowed))
      throw new TemplateError(tio('templates.outside', this.lang, { file: p, target: real, dir: path.dirname(real) }));
    return real;
  }
  exists(p: string): boolean {
    return existsSync(p);
  }
  read(p: string): string {
    const real = this.check(p);
    const r = readRegular(real, MAX_TEMPLATE_BYTES);
    if (r.ok) return r.buf.toString('utf8');
    const pr = r.problem;
    if (pr.key === 'file.notRegular') throw new TemplateError(tio('templates.notFile', this.lang, { file: p }));
    if (pr.key === 'file.tooLarge') throw new TemplateError(tio('templates.tooLarge', this.lang, { file: p, max: MAX_TEMPLATE_BYTES }));
    const code = pr.key === 'file.io' ? pr.code : 'ENOENT';
    throw new TemplateError(tio('templates.unreadable', this.lang, { file: p, reason: tio(`file.io.${ioReason(code)}`, this.lang, { code }) }));
  }
  list(dir: string): string[] {
    this.check(dir);
    return readdirSync(dir);
  }
}

/** A problem with a --templates folder, shown to the user (exit 2). */
export class TemplateError extends Error {}

/** The template set: built-in files, overridden by those found in `overrideDir`. */
export function loadTemplates(overrideDir?: string, opts: TemplateOptions = {}): TemplateSet {
  const base = builtinTemplatesDir();
  const set: TemplateSet = {
    layout: readFileSync(path.join(base, 'layout.hbs'), 'utf8'),
    partials: readPartials(path.join(base, 'partials')),
    css: readFileSync(path.join(base, 'print.css'), 'utf8'),
    strings: renderStrings,
  };
  if (!overrideDir) return set;
  if (!existsSync(overrideDir) || !statSync(overrideDir).isDirectory())
    throw new TemplateError(tio('templates.notFolder', opts.lang ?? 'en', { dir: overrideDir }));
  const root = new Root(overrideDir, opts);
  const layout = path.join(overrideDir, 'layout.hbs');
  if (root.exists(layout)) set.layout = root.read(layout);
  const css = path.join(overrideDir, 'print.css');
  if (root.exists(css)) set.css = root.read(css);
  const partialsDir = path.join(overrideDir, 'partials');
  if (root.exists(partialsDir)) {
    for (const [name, src] of Object.entries(readPartials(partialsDir, root))) {
      if (!(name in set.partials))
        throw new TemplateError(`--templates: partials/${name}.hbs overrides no partial (known: ${Object.keys(set.partials).join(', ')})`);
      set.partials[name] = src;
    }
  }
  for (const file of ['strings.yaml', 'strings.yml', 'strings.json']) {
    const p = path.join(overrideDir, file);
    if (root.exists(p)) set.strings = mergeStrings(set.strings, readStrings(p, root));
  }
  return set;
}

function readPartials(dir: string, root?: Root): Record<string, string> {
  const out: Record<string, string> = {};
  const names = root ? root.list(dir) : readdirSync(dir);
  for (const f of names.sort()) if (f.endsWith('.hbs')) out[f.slice(0, -4)] = root ? root.read(path.join(dir, f)) : readFileSync(path.join(dir, f), 'utf8');
  return out;
}

// A strings file maps a key to {ar, fr, en} (any subset): { "doc.title": { "fr": "Plan d'action" } }.
function readStrings(file: string, root: Root): Catalog {
  const text = root.read(file);
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
