// The licences of everything `npm install pac-plan` brings: the runtime dependency tree, walked from
// package.json's dependencies the way Node resolves them (devDependencies are not shipped). Each must
// be on the allowed list; an SPDX expression passes when its AND terms all pass, or one of its OR terms.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '../..');

/** Permissive licences; each beyond MIT, ISC, BSD, Apache-2.0 and OFL-1.1 says why it is accepted. */
const ALLOWED: Record<string, string> = {
  MIT: 'the project licence',
  ISC: 'MIT-equivalent',
  'BSD-2-Clause': 'permissive',
  'BSD-3-Clause': 'permissive',
  'Apache-2.0': 'permissive, with a patent grant',
  'OFL-1.1': 'the fonts: free to embed in the printed documents and to redistribute with their notice',
  '0BSD': 'tslib: BSD with the attribution clause removed, as permissive as a licence gets',
  'BlueOak-1.0.0': 'graceful-fs and other isaacs packages: OSI-approved permissive licence, MIT-like',
  'Python-2.0': "argparse (js-yaml's): a port of Python's argparse under the PSF licence, OSI-approved and permissive",
  Zlib: "pako (with MIT): zlib's own licence, OSI-approved and permissive",
};

interface Pkg {
  name: string;
  version: string;
  dir: string;
  licence: string;
}

/** The folder Node would load `name` from when required by code in `from`. */
function resolvePackage(name: string, from: string): string | undefined {
  for (let dir = from; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'node_modules', name);
    if (existsSync(path.join(candidate, 'package.json'))) return candidate;
    if (dir === root || path.dirname(dir) === dir) return undefined;
  }
}

function licenceOf(pkg: Record<string, unknown>): string {
  const l = pkg.license ?? pkg.licenses;
  if (typeof l === 'string') return l;
  if (Array.isArray(l)) return l.map((x) => (x as { type: string }).type).join(' OR ');
  if (l && typeof l === 'object' && 'type' in l) return String((l as { type: unknown }).type);
  return '(none)';
}

/** Every package of the production tree, once per folder. Optional dependencies may be absent. */
function runtimeTree(): { packages: Pkg[]; missing: string[] } {
  const seen = new Map<string, Pkg>();
  const missing: string[] = [];
  const top = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
  const queue: { name: string; from: string; optional: boolean }[] = Object.keys(top.dependencies).map((name) => ({ name, from: root, optional: false }));
  while (queue.length > 0) {
    const { name, from, optional } = queue.shift()!;
    const dir = resolvePackage(name, from);
    if (!dir) {
      if (!optional) missing.push(`${name} (required from ${path.relative(root, from) || '.'})`);
      continue;
    }
    if (seen.has(dir)) continue;
    const pkg = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as Record<string, unknown>;
    seen.set(dir, { name, version: String(pkg.version), dir, licence: licenceOf(pkg) });
    const deps = (pkg.dependencies ?? {}) as Record<string, string>;
    const optionalDeps = (pkg.optionalDependencies ?? {}) as Record<string, string>;
    const peers = (pkg.peerDependencies ?? {}) as Record<string, string>;
    const peerMeta = (pkg.peerDependenciesMeta ?? {}) as Record<string, { optional?: boolean }>;
    for (const d of Object.keys(deps)) queue.push({ name: d, from: dir, optional: d in optionalDeps });
    for (const d of Object.keys(optionalDeps)) if (!(d in deps)) queue.push({ name: d, from: dir, optional: true });
    // Required peers are installed by npm 7+ and loaded at run time; optional ones only when present.
    for (const d of Object.keys(peers)) queue.push({ name: d, from: dir, optional: peerMeta[d]?.optional === true });
  }
  return { packages: [...seen.values()], missing };
}

/** Whether an SPDX expression (`A`, `(A OR B)`, `(A AND B)`, nested) is satisfied by the allowed list. */
export function allowed(expr: string): boolean {
  const s = expr.trim();
  const inner = s.startsWith('(') && s.endsWith(')') && balanced(s.slice(1, -1)) ? s.slice(1, -1) : s;
  for (const op of [' OR ', ' AND ']) {
    const parts = splitTop(inner, op);
    if (parts.length > 1) return op === ' OR ' ? parts.some(allowed) : parts.every(allowed);
  }
  return inner in ALLOWED;
}

function balanced(s: string): boolean {
  let depth = 0;
  for (const c of s) {
    depth += c === '(' ? 1 : c === ')' ? -1 : 0;
    if (depth < 0) return false;
  }
  return depth === 0;
}

function splitTop(s: string, op: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    if (s[i] === '(') depth++;
    else if (s[i] === ')') depth--;
    else if (depth === 0 && s.startsWith(op, i)) {
      parts.push(s.slice(start, i));
      start = i + op.length;
    }
  }
  parts.push(s.slice(start));
  return parts;
}

describe('licences of the runtime dependency tree', () => {
  it('reads SPDX expressions', () => {
    expect(allowed('MIT')).toBe(true);
    expect(allowed('(MIT AND Zlib)')).toBe(true);
    expect(allowed('(MIT OR GPL-3.0-or-later)')).toBe(true);
    expect(allowed('(MIT AND GPL-3.0-only)')).toBe(false);
    expect(allowed('GPL-3.0')).toBe(false);
    expect(allowed('(none)')).toBe(false);
    expect(allowed('SEE LICENSE IN LICENSE')).toBe(false);
  });

  const { packages, missing } = runtimeTree();

  it('finds the whole tree in node_modules', () => {
    expect(missing).toEqual([]);
    expect(packages.map((p) => p.name)).toEqual(expect.arrayContaining(['puppeteer-core', 'read-excel-file', 'ajv', 'yaml']));
    // devDependencies are not part of what users install.
    expect(packages.map((p) => p.name)).not.toContain('vitest');
    expect(packages.map((p) => p.name)).not.toContain('typescript');
  });

  it('every licence is on the allowed list', () => {
    const refused = packages.filter((p) => !allowed(p.licence)).map((p) => `${p.name}@${p.version} (${path.relative(root, p.dir)}): ${p.licence}`);
    expect(refused).toEqual([]);
  });

  it('the project has its MIT licence file, and the fonts keep their OFL notices', () => {
    expect(readFileSync(path.join(root, 'LICENSE'), 'utf8')).toMatch(/^MIT License\n/);
    const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { license: string; files: string[] };
    expect(pkg.license).toBe('MIT');
    expect(pkg.files).toContain('LICENSE');
    const fonts = packages.filter((p) => p.name.startsWith('@fontsource/'));
    expect(fonts.length).toBeGreaterThan(0);
    for (const f of fonts) {
      expect(f.licence).toBe('OFL-1.1');
      const notice = readdirSync(f.dir).find((n) => /^licen[cs]e/i.test(n));
      expect(notice, `${f.name} has no licence file`).toBeDefined();
      expect(readFileSync(path.join(f.dir, notice!), 'utf8')).toMatch(/SIL OPEN FONT LICENSE/i);
    }
  });
});
