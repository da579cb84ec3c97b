// The tests run the command line one way: test/helpers/run-cli.ts, through the real `main` and the one
// place that maps errors to exit codes (src/cli/main.ts). A second harness that registers a command
// itself and maps errors its own way would let the tests pass while the program exits otherwise.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { repo, repoPath, sourceFiles } from '../helpers/source-files.js';

describe('one CLI harness', () => {
  it('no test builds its own commander program or maps CLI errors to exit codes', () => {
    const offenders = sourceFiles('test', /\.[cm]?[jt]s$/)
      .filter((f) => /new Command\(|instanceof (?:CommanderError|UsageError)|\.register\(program/.test(readFileSync(f, 'utf8')))
      .map(repoPath)
      .filter((f) => f !== 'test/build/one-cli-harness.test.ts');
    expect(offenders).toEqual([]);
  });

  it('the harness gives the exit codes main gives: usage 2 with the words of the error, help 0', async () => {
    const usage = await runCli(['status', '--today', 'yesterday', '--lang', 'fr'], { cwd: path.join(repo, 'test/fixtures/minimal') });
    expect(usage.code).toBe(2);
    expect(usage.stderr).toMatch(/^Erreur d’utilisation : /);
    const unknown = await runCli(['validate', '--no-such-flag']);
    expect(unknown.code).toBe(2);
    expect((await runCli(['status', '--help'])).code).toBe(0);
  });
});
