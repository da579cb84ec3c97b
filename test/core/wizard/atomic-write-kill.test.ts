// Every file the wizard and the phase commands write goes through writeFileAtomic. A child process
// rewrites a large file in a loop and is killed with SIGKILL at random moments: the file must always
// hold one complete version, old or new, never a mix or a truncation.
import { describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const repo = path.resolve(__dirname, '../../..');
const SIZE = 2_000_000;

// Version n: a header line with n, then SIZE characters all derived from n, so any mix is detectable.
const child = `
import { writeFileAtomic } from ${JSON.stringify(pathToFileURL(path.join(repo, 'dist/io/atomic-write.js')).href)};
const file = process.argv[2];
for (let n = 1; ; n++) {
  const body = String.fromCharCode(65 + (n % 26)).repeat(${SIZE});
  await writeFileAtomic(file, 'version ' + n + '\\n' + body + '\\nend ' + n + '\\n', { overwrite: true });
  if (n === 1) process.stdout.write('ready\\n');
}
`;

function check(text: string): number {
  const m = /^version (\d+)\n([A-Z]+)\nend (\d+)\n$/.exec(text);
  expect(m, `partial or mixed content (${text.length} chars)`).not.toBeNull();
  const n = Number(m![1]);
  expect(Number(m![3])).toBe(n);
  expect(m![2]!.length).toBe(SIZE);
  expect(new Set(m![2]).size).toBe(1);
  expect(m![2]![0]).toBe(String.fromCharCode(65 + (n % 26)));
  return n;
}

describe('writeFileAtomic without overwrite', () => {
  it('refuses an existing file, leaves it as it was, and leaves no temporary file', async () => {
    const { writeFileAtomic, FileExistsError } = await import('../../../src/io/atomic-write.js');
    const dir = mkdtempSync(path.join(tmpdir(), 'plan-atomic-'));
    const target = path.join(dir, 'commune.yaml');
    await writeFileAtomic(target, 'first\n');
    await expect(writeFileAtomic(target, 'second\n')).rejects.toBeInstanceOf(FileExistsError);
    expect(readFileSync(target, 'utf8')).toBe('first\n');
    expect(readdirSync(dir)).toEqual(['commune.yaml']);
    rmSync(dir, { recursive: true, force: true });
  });

  it('keeps the temporary file of a process that still runs', async () => {
    const { removeStaleTemps } = await import('../../../src/io/atomic-write.js');
    const dir = mkdtempSync(path.join(tmpdir(), 'plan-atomic-'));
    const mine = `.plan.yaml.${process.pid}.1.tmp`;
    const dead = '.plan.yaml.2147483646.1.tmp';
    const other = '.finance.yaml.2147483646.1.tmp';
    for (const f of [mine, dead, other]) writeFileSync(path.join(dir, f), 'x');
    expect(await removeStaleTemps(dir, 'plan.yaml')).toEqual([dead]);
    expect(readdirSync(dir).sort()).toEqual([other, mine].sort());
    rmSync(dir, { recursive: true, force: true });
  });
});

describe('writeFileAtomic under SIGKILL', () => {
  it('leaves the old or the new content, never a part, across 12 kills at random moments', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'plan-atomic-'));
    const script = path.join(dir, 'writer.mjs');
    writeFileSync(script, child);
    const target = path.join(dir, 'plan.yaml');
    let leftovers = 0;
    let versions = 0;
    for (let round = 0; round < 12; round++) {
      const p = spawn(process.execPath, [script, target], { stdio: ['ignore', 'pipe', 'inherit'] });
      await new Promise<void>((resolve) => p.stdout.once('data', () => resolve()));
      await new Promise((r) => setTimeout(r, 20 + Math.random() * 180));
      p.kill('SIGKILL');
      await new Promise((r) => p.once('exit', r));
      versions = Math.max(versions, check(readFileSync(target, 'utf8')));
      // A kill between creating the temporary file and the rename leaves it behind; it is counted, not required.
      leftovers = readdirSync(dir).filter((f) => f.endsWith('.tmp')).length;
    }
    expect(versions).toBeGreaterThan(1);
    console.info(`atomic-write: ${leftovers} temporary file(s) left after 12 kills, before the next write`);
    // The next write removes what the killed writers left behind, and leaves one complete version.
    const { writeFileAtomic } = await import('../../../src/io/atomic-write.js');
    await writeFileAtomic(target, 'version 0\n' + 'Z'.repeat(SIZE) + '\nend 0\n', { overwrite: true });
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    expect(readFileSync(target, 'utf8').startsWith('version 0\n')).toBe(true);
    rmSync(dir, { recursive: true, force: true });
  }, 60_000);
});
