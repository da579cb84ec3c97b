// The batch over workspaces (src/cli/batch.ts): outcomes and exit codes, bounded concurrency, one shared
// browser (counted through an injected launcher around the real Chromium), the progress bar.
import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import * as puppeteer from 'puppeteer-core';
import type { Browser, LaunchOptions } from 'puppeteer-core';
import { batchWorkspaces, ItemError, parseConcurrency, refuseSameNames, runBatch, type BatchOptions } from '../../src/cli/batch.js';
import { UsageError } from '../../src/cli/errors.js';
import type { CliIO } from '../../src/cli/io.js';
import { testBrowser } from '../e2e/pdf-tools.js';

const browserPath = testBrowser();
if (!browserPath) console.warn('batch browser tests skipped: no Chrome/Chromium found (apt-get install chromium, or PLAN_BROWSER)');

function fakeIO(opts: { tty?: boolean; env?: NodeJS.ProcessEnv; cwd?: string } = {}) {
  let stdout = '';
  let stderr = '';
  const err = new PassThrough() as PassThrough & { isTTY?: boolean; columns?: number };
  err.isTTY = opts.tty ?? false;
  err.columns = 80;
  err.on('data', (d: Buffer) => (stderr += d.toString()));
  const io: CliIO = {
    stdout: { write: (s: string) => (stdout += s), isTTY: false },
    stderr: err,
    stdin: new PassThrough(),
    env: { LANG: 'en_US.UTF-8', ...opts.env },
    cwd: opts.cwd ?? '/work',
  };
  return { io, out: () => stdout, err: () => stderr };
}

const dirs = (n: number) => Array.from({ length: n }, (_, i) => `/work/communes/c${i + 1}`);

function opts<R>(io: CliIO, over: Partial<BatchOptions<R>> & Pick<BatchOptions<R>, 'item'>): BatchOptions<R> {
  return { io, lang: 'en', label: 'plan test', workspaces: dirs(4), concurrency: 2, ...over };
}

describe('runBatch: outcomes and exit codes', () => {
  it('is 0 when every item is ok, and reports each value in the order given', async () => {
    const f = fakeIO();
    const seen: string[] = [];
    const r = await runBatch(opts(f.io, { item: async (dir) => path.basename(dir), report: (v) => seen.push(v) }));
    expect(r.code).toBe(0);
    expect(r.results.map((x) => x.outcome)).toEqual(['ok', 'ok', 'ok', 'ok']);
    expect(r.results.map((x) => x.display)).toEqual(['communes/c1', 'communes/c2', 'communes/c3', 'communes/c4']);
    expect(seen.sort()).toEqual(['c1', 'c2', 'c3', 'c4']);
    expect(f.err()).toBe('');
  });

  it('a failed item (returned or ItemError) makes the batch exit 1 while the others complete', async () => {
    const f = fakeIO();
    const done: string[] = [];
    const r = await runBatch(
      opts(f.io, {
        item: async (dir) => {
          if (dir.endsWith('c2')) throw new ItemError('the printer is out of paper');
          done.push(dir);
          return { ok: !dir.endsWith('c3') };
        },
        failed: (v) => !v.ok,
      }),
    );
    expect(r.code).toBe(1);
    expect(r.results.map((x) => x.outcome)).toEqual(['ok', 'failed', 'failed', 'ok']);
    expect(done).toHaveLength(3);
    expect(f.err()).toContain('communes/c2: failed: the printer is out of paper');
    expect(f.err()).toContain('2 documents written, 2 failed: communes/c2, communes/c3');
  });

  it('an unexpected Error is an internal error (exit 2), said without a stack trace, and the others still complete', async () => {
    const f = fakeIO();
    const r = await runBatch(
      opts(f.io, {
        item: async (dir) => {
          if (dir.endsWith('c1')) throw new TypeError("Cannot read properties of undefined (reading 'x')");
          return 1;
        },
      }),
    );
    expect(r.code).toBe(2);
    expect(r.results.map((x) => x.outcome)).toEqual(['internal', 'ok', 'ok', 'ok']);
    expect(f.err()).toContain("Internal error: communes/c1: Cannot read properties of undefined (reading 'x'). Please report it.");
    expect(f.err()).not.toMatch(/Usage error/);
    expect(f.err()).not.toMatch(/\n\s+at /);
  });

  it('a plain Error named "Error" is internal too; only a UsageError is a usage error', async () => {
    const f = fakeIO();
    const r = await runBatch(
      opts(f.io, {
        workspaces: dirs(2),
        item: async (dir) => {
          throw dir.endsWith('c1') ? new Error('boom') : new UsageError('--year 1999 is before the plan');
        },
      }),
    );
    expect(r.code).toBe(2);
    expect(r.results.map((x) => x.outcome)).toEqual(['internal', 'usage']);
    expect(f.err()).toContain('Internal error: communes/c1: boom');
    expect(f.err()).toContain('Usage error: communes/c2: --year 1999 is before the plan');
  });

  it('PLAN_DEBUG shows the stack of an internal error', async () => {
    const f = fakeIO({ env: { PLAN_DEBUG: '1' } });
    await runBatch(
      opts(f.io, {
        workspaces: dirs(1),
        item: async () => {
          throw new Error('boom');
        },
      }),
    );
    expect(f.err()).toMatch(/\n\s+at /);
  });

  it('handles at most `concurrency` workspaces at once', async () => {
    const f = fakeIO();
    let now = 0;
    let most = 0;
    await runBatch(
      opts(f.io, {
        workspaces: dirs(7),
        concurrency: 3,
        item: async () => {
          most = Math.max(most, ++now);
          await new Promise((res) => setTimeout(res, 10));
          now--;
        },
      }),
    );
    expect(most).toBe(3);
  });
});

describe('batch arguments', () => {
  it('--concurrency is a whole number from 1 to 16', () => {
    expect(parseConcurrency('4', 'en')).toBe(4);
    for (const bad of ['0', '17', '1.5', 'two']) expect(() => parseConcurrency(bad, 'en')).toThrow(UsageError);
  });

  it('a folder without plan.yaml is a usage error before anything runs', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'plan-batch-'));
    mkdirSync(path.join(root, 'a'));
    mkdirSync(path.join(root, 'b'));
    writeFileSync(path.join(root, 'a', 'plan.yaml'), 'x: 1\n');
    expect(await batchWorkspaces(['a'], { cwd: root }, 'en')).toEqual([path.join(root, 'a')]);
    await expect(batchWorkspaces(['a', 'b'], { cwd: root }, 'en')).rejects.toThrow(/b: not a plan workspace/);
  });

  it('a folder named twice is one workspace', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'plan-batch-'));
    mkdirSync(path.join(root, 'a'));
    writeFileSync(path.join(root, 'a', 'plan.yaml'), 'x: 1\n');
    expect(await batchWorkspaces(['a', './a/', path.join(root, 'a')], { cwd: root }, 'en')).toEqual([path.join(root, 'a')]);
  });

  it('two folders of the same name are refused where outputs are named after the folder', () => {
    expect(() => refuseSameNames(['/w/a/oulmes', '/w/khemisset'], { cwd: '/w' }, 'en')).not.toThrow();
    expect(() => refuseSameNames(['/w/a/oulmes', '/w/khemisset', '/w/b/oulmes'], { cwd: '/w' }, 'en')).toThrow(
      'The folders a/oulmes and b/oulmes have the same name',
    );
  });
});

describe('the progress bar', () => {
  const run = (f: ReturnType<typeof fakeIO>, over: Partial<BatchOptions<number>> = {}) =>
    runBatch(opts(f.io, { label: 'plan render', item: async () => 1, ...over }));

  it('is drawn on a terminal', async () => {
    const f = fakeIO({ tty: true });
    await run(f);
    expect(f.err()).toMatch(/plan render \[[█░]+\] 4\/4/);
  });

  it('is not drawn when stderr is not a terminal, with --quiet, or for one workspace', async () => {
    for (const [f, over] of [
      [fakeIO({ tty: false }), {}],
      [fakeIO({ tty: true }), { quiet: true }],
      [fakeIO({ tty: true }), { workspaces: dirs(1) }],
    ] as const) {
      await run(f, over);
      expect(f.err()).not.toContain('plan render');
    }
  });
});

describe.skipIf(!browserPath)('one browser for the whole batch', () => {
  it('launches Chromium once for all workspaces, gives every item that browser, and closes it at the end', async () => {
    const launched: Browser[] = [];
    const launcher = {
      launch: async (o: LaunchOptions) => {
        const b = await puppeteer.launch(o);
        launched.push(b);
        return b;
      },
    };
    const f = fakeIO({ env: { PLAN_BROWSER: browserPath! } });
    let pages = 0;
    let most = 0;
    const r = await runBatch(
      opts(f.io, {
        workspaces: dirs(5),
        concurrency: 2,
        browser: { launcher },
        item: async (_dir, ctx) => {
          const b = await ctx.browser();
          const page = await b.newPage();
          most = Math.max(most, ++pages);
          try {
            await page.setContent('<p>x</p>');
            return b;
          } finally {
            pages--;
            await page.close();
          }
        },
      }),
    );
    expect(r.code).toBe(0);
    expect(launched).toHaveLength(1);
    expect(new Set(r.results.map((x) => x.value))).toEqual(new Set(launched));
    expect(most).toBeLessThanOrEqual(2);
    expect(launched[0]!.connected).toBe(false);
  }, 120_000);

  it('a browser that cannot start fails each item that needs it (exit 1), in words', async () => {
    const f = fakeIO({ env: {} });
    const r = await runBatch(
      opts(f.io, {
        workspaces: dirs(2),
        browser: { flag: browserPath!, launcher: { launch: () => Promise.reject(new Error('no display\nmore')) } },
        item: async (_dir, ctx) => ctx.browser(),
      }),
    );
    expect(r.code).toBe(1);
    expect(f.err()).toContain(`communes/c1: failed: Could not start the browser ${browserPath}: no display. Check it with plan doctor`);
  });
});
