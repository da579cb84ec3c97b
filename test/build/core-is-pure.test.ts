// src/core is pure: plan data in, diagnostics, rankings and text out. It never touches the file
// system, starts a process or reads the environment; src/io does that and passes in what core needs.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { repoPath, sourceFiles } from '../helpers/source-files.js';

/** What in `text` reaches the file system, a child process or the environment, with its line. */
export function impurities(text: string): string[] {
  const found: string[] = [];
  const module = String.raw`['"](?:node:)?(?:fs|fs\/promises|child_process)['"]`;
  const patterns = [
    new RegExp(String.raw`\bfrom\s+${module}`),
    new RegExp(String.raw`\b(?:import|require|getBuiltinModule)\s*\(\s*${module}`),
    /\bprocess\.env\b/,
    /\bprocess\.cwd\s*\(/,
  ];
  text.split('\n').forEach((line, i) => {
    if (/^\s*(?:\/\/|\*|\/\*)/.test(line)) return;
    for (const p of patterns) if (p.test(line)) found.push(`${i + 1}: ${line.trim()}`);
  });
  return found;
}

describe('src/core is pure', () => {
  it('the scan sees every way in', () => {
    expect(impurities(`import { readFileSync } from 'node:fs';`)).toHaveLength(1);
    expect(impurities(`import * as fs from "fs/promises";`)).toHaveLength(1);
    expect(impurities(`const { spawn } = await import('node:child_process');`)).toHaveLength(1);
    expect(impurities(`const fs = require('fs');`)).toHaveLength(1);
    expect(impurities(`const { readFileSync } = process.getBuiltinModule('node:fs');`)).toHaveLength(1);
    expect(impurities(`if (process.env.PLAN_X) x();`)).toHaveLength(1);
    expect(impurities(`const here = process.cwd();`)).toHaveLength(1);
    expect(impurities(`import path from 'node:path';\n// process.env is read by src/io`)).toEqual([]);
  });

  it('no file under src/core imports node:fs or node:child_process, or reads process.env', () => {
    const offenders = sourceFiles('src/core', /\.[cm]?ts$/).flatMap((f) => impurities(readFileSync(f, 'utf8')).map((hit) => `${repoPath(f)}:${hit}`));
    expect(offenders).toEqual([]);
  });
});
