// plan render through the CLI, without a real browser: what the user sees when the browser cannot start.
import { describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runCli } from '../helpers/run-cli.js';

const repo = path.resolve(__dirname, '../..');

describe('plan render (CLI)', () => {
  it.skipIf(!existsSync('/bin/true'))('names the browser that could not start, per document, and exits 1 with no stack trace', async () => {
    const out = mkdtempSync(path.join(tmpdir(), 'plan-render-'));
    const r = await runCli(['render', 'examples/oulmes', '--format', 'pdf', '--browser', '/bin/true', '--out', out + '/'], { cwd: repo });
    expect(r.code).toBe(1);
    expect(r.stdout + r.stderr).toMatch(/examples\/oulmes.*Could not start the browser \/bin\/true: .*Check it with plan doctor/);
    expect(r.stdout + r.stderr).not.toMatch(/\n\s+at /);
  });
});
