// The loader resolves one real path per folder and trusts the folder's entries for the files in it that
// are no symbolic links. A folder that is itself a link is judged by where it leads: the projects/
// folder linked out of the workspace is refused file by file, as a linked file is.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdirSync, mkdtempSync, renameSync, rmSync, symlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadWorkspace } from '../../src/io/load-workspace.js';

const fixture = path.resolve(__dirname, '../fixtures/minimal');
let tmp: string;
let n = 0;
const ws = () => {
  const dir = path.join(tmp, `ws${++n}`);
  cpSync(fixture, dir, { recursive: true });
  return dir;
};
const load = (dir: string, allowOutside: string[] = []) => loadWorkspace(dir, { lang: 'en', display: (abs) => abs, allowOutside });
const codes = (r: Awaited<ReturnType<typeof load>>, name: string) => r.diagnostics.filter((d) => d.file.endsWith(name)).map((d) => d.code);

beforeAll(() => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'plan-links-'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('folders that are symbolic links', () => {
  it('projects/ linked to a folder outside the workspace: its files are refused, not read', async () => {
    const dir = ws();
    const outside = path.join(tmp, `outside${n}`);
    renameSync(path.join(dir, 'projects'), outside);
    symlinkSync(outside, path.join(dir, 'projects'));
    const r = await load(dir);
    expect(codes(r, 'P01.yaml')).toEqual(['PAC-FIL-009']);
    expect([...r.sources.keys()].some((f) => f.endsWith('P01.yaml'))).toBe(false);
    expect(r.plan.projects).toEqual([]);
    // Named with --allow-outside, the same folder is read.
    const allowed = await load(dir, [outside]);
    expect(codes(allowed, 'P01.yaml')).toEqual([]);
    expect(allowed.plan.projects.map((p) => p.data.id)).toEqual(['P01']);
  });

  it('projects/ linked to a folder inside the workspace: read', async () => {
    const dir = ws();
    mkdirSync(path.join(dir, 'shared'));
    renameSync(path.join(dir, 'projects'), path.join(dir, 'shared', 'projects'));
    symlinkSync('shared/projects', path.join(dir, 'projects'));
    const r = await load(dir);
    expect(r.diagnostics.filter((d) => d.code.startsWith('PAC-FIL'))).toEqual([]);
    expect(r.plan.projects.map((p) => p.data.id)).toEqual(['P01']);
  });

  it('the workspace reached through a link: every file read', async () => {
    const dir = ws();
    const link = path.join(tmp, `link${n}`);
    symlinkSync(dir, link);
    const r = await load(link);
    expect(r.diagnostics.filter((d) => d.code.startsWith('PAC-FIL'))).toEqual([]);
    expect(r.plan.projects.map((p) => p.data.id)).toEqual(['P01']);
    expect(r.files.length).toBe(9);
  });

  it('beside plain files, a file linked out of the workspace is still refused', async () => {
    const dir = ws();
    const outside = path.join(tmp, `P02-${n}.yaml`);
    cpSync(path.join(dir, 'projects', 'P01.yaml'), outside);
    symlinkSync(outside, path.join(dir, 'projects', 'P02.yaml'));
    const r = await load(dir);
    expect(codes(r, 'P02.yaml')).toEqual(['PAC-FIL-009']);
    expect(codes(r, 'P01.yaml')).toEqual([]);
  });
});
