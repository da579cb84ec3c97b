// Every kind of bad input yields a clear, positioned diagnostic; the run goes on over the other files.
import { describe, expect, it, beforeAll } from 'vitest';
import { cpSync, mkdtempSync, writeFileSync, mkdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { resolveTargets } from '../../src/io/targets.js';
import { validateTargets } from '../../src/io/validate-run.js';
import { MINIMAL_DIR } from '../helpers/plan-builder.js';
import type { Diagnostic } from '../../src/core/diagnostics/diagnostic.js';

let root: string;

/** A copy of the minimal workspace with `file` replaced by `content`. */
function workspaceWith(name: string, file: string, content: string | Buffer): string {
  const dir = path.join(root, name);
  cpSync(MINIMAL_DIR, dir, { recursive: true });
  writeFileSync(path.join(dir, file), content);
  return dir;
}

async function validate(...inputs: string[]): Promise<Diagnostic[]> {
  const targets = await resolveTargets(inputs, root);
  return (await validateTargets(targets, { lang: 'en', display: (a) => path.relative(root, a) })).diagnostics;
}

const codes = (ds: Diagnostic[]) => ds.map((d) => d.code);

beforeAll(() => {
  root = mkdtempSync(path.join(tmpdir(), 'plan-bad-'));
});

describe('bad input', () => {
  it('malformed YAML: syntax error with line and column, other files still checked', async () => {
    const dir = workspaceWith('syntax', 'commune.yaml', 'name: { ar: x\ntype: rural\n');
    writeFileSync(path.join(dir, 'diagnosis.yaml'), 'sectors: 3\n');
    const ds = await validate(dir);
    const syntax = ds.find((d) => d.code === 'PAC-YML-001')!;
    expect(syntax).toMatchObject({ file: 'syntax/commune.yaml', severity: 'error' });
    expect(syntax.line).toBeGreaterThanOrEqual(1);
    expect(syntax.col).toBeGreaterThanOrEqual(1);
    expect(ds.find((d) => d.file === 'syntax/diagnosis.yaml')).toMatchObject({ code: 'PAC-SCH-001', path: ['sectors'], line: 1, col: 10 });
  });

  it('wrong type: expected and found, at the value', async () => {
    const dir = workspaceWith(
      'type',
      'projects/P01.yaml',
      readFileSync(path.join(MINIMAL_DIR, 'projects/P01.yaml'), 'utf8').replace('estimated_cost: 1000000', 'estimated_cost: "un million"'),
    );
    const [d, ...rest] = (await validate(dir)).filter((x) => x.code.startsWith('PAC-SCH'));
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ code: 'PAC-SCH-001', path: ['estimated_cost'], expected: 'an integer', line: 12, col: 17 });
    expect(d!.found).toContain('un million');
  });

  it('duplicate keys', async () => {
    const dir = workspaceWith('dup', 'plan.yaml', 'format: 1\ntitle: { ar: عنوان, fr: Titre }\nperiod: { start_year: 2022, end_year: 2027 }\nformat: 1\n');
    expect((await validate(dir)).filter((d) => d.file === 'dup/plan.yaml')).toMatchObject([{ code: 'PAC-YML-002', line: 4, col: 1, found: 'format' }]);
  });

  it('unknown field with a did-you-mean, pointing at the key', async () => {
    const dir = workspaceWith(
      'unknown',
      'commune.yaml',
      readFileSync(path.join(MINIMAL_DIR, 'commune.yaml'), 'utf8').replace('province_type:', 'provnce_type:'),
    );
    const ds = (await validate(dir)).filter((d) => d.code === 'PAC-SCH-002');
    expect(ds).toHaveLength(1);
    expect(ds[0]).toMatchObject({ path: ['provnce_type'], expected: 'province_type', found: 'provnce_type', line: 6, col: 1 });
    expect(ds[0]!.message).toContain('Did you mean "province_type"?');
  });

  it('a UTF-8 BOM and CRLF line endings are accepted', async () => {
    const text = readFileSync(path.join(MINIMAL_DIR, 'commune.yaml'), 'utf8').replace(/\n/g, '\r\n');
    const dir = workspaceWith('bomcrlf', 'commune.yaml', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]));
    expect(await validate(dir)).toEqual([]);
  });

  it('a CRLF file with an error still gets the right line', async () => {
    const text = readFileSync(path.join(MINIMAL_DIR, 'commune.yaml'), 'utf8').replace('type: rural', 'type: rurale').replace(/\n/g, '\r\n');
    const dir = workspaceWith('crlf', 'commune.yaml', text);
    expect((await validate(dir)).find((d) => d.code === 'PAC-SCH-001')).toMatchObject({ path: ['type'], line: 3, col: 7 });
  });

  it('non-UTF-8 text is reported with the position of the first bad byte', async () => {
    const latin1 = Buffer.from('name: { ar: x, fr: "Sal\xe9" }\n', 'latin1');
    const dir = workspaceWith('latin1', 'commune.yaml', latin1);
    expect((await validate(dir)).filter((d) => d.file === 'latin1/commune.yaml')).toMatchObject([{ code: 'PAC-FIL-002', line: 1, col: 24 }]);
  });

  it('binary files', async () => {
    const dir = workspaceWith('binary', 'finance.yaml', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]));
    expect((await validate(dir)).filter((d) => d.file === 'binary/finance.yaml')).toMatchObject([{ code: 'PAC-FIL-002' }]);
  });

  it('YAML alias bombs are stopped', async () => {
    const lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 1; i < 12; i++)
      lines.push(
        `${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9)
          .fill('*' + String.fromCharCode(96 + i))
          .join(',')}]`,
      );
    const dir = workspaceWith('bomb', 'diagnosis.yaml', lines.join('\n') + '\n');
    const started = Date.now();
    const ds = (await validate(dir)).filter((d) => d.file === 'bomb/diagnosis.yaml');
    expect(ds).toMatchObject([{ code: 'PAC-YML-003' }]);
    expect(ds[0]!.line).toBeGreaterThan(1);
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it('very deep nesting (flow and block)', async () => {
    const flow = workspaceWith('deepflow', 'diagnosis.yaml', 'sectors: ' + '['.repeat(20000) + ']'.repeat(20000) + '\n');
    expect((await validate(flow)).filter((d) => d.file === 'deepflow/diagnosis.yaml')).toMatchObject([{ code: expect.stringMatching(/PAC-YML-00[14]/) }]);
    let block = '';
    for (let i = 0; i < 200; i++) block += ' '.repeat(i) + `k${i}:\n`;
    const deep = workspaceWith('deepblock', 'diagnosis.yaml', block + ' '.repeat(200) + 'v\n');
    expect((await validate(deep)).filter((d) => d.file === 'deepblock/diagnosis.yaml')).toMatchObject([{ code: 'PAC-YML-004' }]);
  });

  it('files over the size limit', async () => {
    const dir = workspaceWith('big', 'diagnosis.yaml', '# ' + 'x'.repeat(6 * 1024 * 1024) + '\n');
    expect((await validate(dir)).filter((d) => d.file === 'big/diagnosis.yaml')).toMatchObject([{ code: 'PAC-FIL-003' }]);
  });

  it('empty files (and files holding only comments)', async () => {
    const dir = workspaceWith('empty', 'adoption.yaml', '');
    writeFileSync(path.join(dir, 'indicators.yaml'), '# nothing yet\n');
    const ds = (await validate(dir)).filter((d) => d.code.startsWith('PAC-FIL') || d.code.startsWith('PAC-SCH'));
    expect(ds.map((d) => [d.file, d.code])).toEqual([
      ['empty/adoption.yaml', 'PAC-FIL-004'],
      ['empty/indicators.yaml', 'PAC-SCH-001'],
    ]);
  });

  it('missing files and a folder that is not a workspace; the run goes on', async () => {
    mkdirSync(path.join(root, 'notws'), { recursive: true });
    const ok = workspaceWith('ok', 'plan.yaml', readFileSync(path.join(MINIMAL_DIR, 'plan.yaml')));
    const ds = await validate('nope/commune.yaml', 'notws', ok, 'missing-*/x.yaml');
    expect(ds.map((d) => [d.file, d.code])).toEqual([
      ['missing-*/x.yaml', 'PAC-FIL-001'],
      ['nope/commune.yaml', 'PAC-FIL-001'],
      ['notws', 'PAC-FIL-005'],
    ]);
  });

  it('a folder of workspaces is checked workspace by workspace', async () => {
    const parent = path.join(root, 'firm');
    cpSync(MINIMAL_DIR, path.join(parent, 'a'), { recursive: true });
    cpSync(MINIMAL_DIR, path.join(parent, 'b'), { recursive: true });
    writeFileSync(path.join(parent, 'b', 'commune.yaml'), 'name: 3\n');
    const targets = await resolveTargets(['firm'], root);
    expect(targets.map((t) => t.type === 'workspace' && path.basename(t.dir))).toEqual(['a', 'b']);
    expect(new Set((await validate('firm')).map((d) => d.file.split('/')[1]))).toEqual(new Set(['b']));
  });

  it('a YAML file that is not a plan file', async () => {
    writeFileSync(path.join(root, 'notes.yaml'), 'a: 1\n');
    expect(codes(await validate('notes.yaml'))).toEqual(['PAC-FIL-006']);
  });

  it('a root that is not a mapping', async () => {
    const dir = workspaceWith('list', 'commune.yaml', '- a\n- b\n');
    expect((await validate(dir)).filter((d) => d.file === 'list/commune.yaml')).toMatchObject([
      { code: 'PAC-SCH-001', expected: 'an object', found: 'a list' },
    ]);
  });

  it('files given one by one are checked within their workspace, and only they are reported', async () => {
    const dir = workspaceWith('single', 'commune.yaml', readFileSync(path.join(MINIMAL_DIR, 'commune.yaml'), 'utf8').replace('type: rural', 'type: 3'));
    writeFileSync(path.join(dir, 'diagnosis.yaml'), 'sectors: 3\n');
    expect((await validate('single/commune.yaml')).map((d) => d.file)).toEqual(['single/commune.yaml']);
    expect((await validate('single/*.yaml')).map((d) => d.file).sort()).toEqual(['single/commune.yaml', 'single/diagnosis.yaml']);
  });
});
