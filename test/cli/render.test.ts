// plan render through the CLI, without a real browser: what the user sees when the browser cannot start.
import { describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runCli } from '../helpers/run-cli.js';

const repo = path.resolve(__dirname, '../..');

describe('plan render (CLI)', () => {
  it('names the browser that could not start, per document, and exits 1 with no stack trace', async () => {
    // Node itself stands in for a broken browser: it exists everywhere and rejects Chromium's flags.
    const out = mkdtempSync(path.join(tmpdir(), 'plan-render-'));
    const r = await runCli(['render', 'examples/oulmes', '--format', 'pdf', '--browser', process.execPath, '--out', out + '/'], { cwd: repo });
    expect(r.code).toBe(1);
    expect(r.stdout + r.stderr).toContain(`Could not start the browser ${process.execPath}: `);
    expect(r.stdout + r.stderr).toMatch(/examples\/oulmes.*Could not start the browser .*Check it with plan doctor/);
    expect(r.stdout + r.stderr).not.toMatch(/\n\s+at /);
  });
});
