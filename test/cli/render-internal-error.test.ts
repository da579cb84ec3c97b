// plan render: an error nobody expected (a bug) is an internal error, not the user's usage error.
import { describe, expect, it, vi } from 'vitest';
import path from 'node:path';
import { runCli } from '../helpers/run-cli.js';

// A fault inside the template compiler, as a bug there would raise: a plain Error.
vi.mock('../../src/core/render/render-html.js', () => ({
  compileTemplates: () => {
    throw new Error('compiler fault');
  },
}));

const repo = path.resolve(__dirname, '../..');

describe('plan render: errors that are nobody’s input', () => {
  it('reports a plain Error raised while the templates are prepared as an internal error (exit 2), without a stack trace', async () => {
    const r = await runCli(['render', 'examples/oulmes', '--format', 'html', '--out', '/nonexistent-never-written/'], { cwd: repo });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Internal error: compiler fault. Please report it.');
    expect(r.stderr).not.toMatch(/Usage error/);
    expect(r.stderr).not.toMatch(/--templates/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});
