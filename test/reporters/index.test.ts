import { describe, expect, it, vi } from 'vitest';
import { FORMATS, REPORTERS } from '../../src/reporters/index.js';
import { CLEAN, FIXTURE } from './fixture.js';

describe('reporters by name', () => {
  it('lists every format once, each with its reporter', () => {
    expect([...FORMATS].sort()).toEqual(Object.keys(REPORTERS).sort());
    expect(new Set(FORMATS).size).toBe(FORMATS.length);
  });

  it('end their output with a newline, and write no ANSI escape without colour', () => {
    vi.stubEnv('SOURCE_DATE_EPOCH', '1700000000');
    for (const format of FORMATS) {
      for (const report of [FIXTURE, { ...FIXTURE, lang: 'ar' as const }, CLEAN]) {
        const out = REPORTERS[format](report);
        if (out) expect(out.endsWith('\n'), format).toBe(true);
        expect(out, format).not.toMatch(/\u001b\[/);
      }
    }
    vi.unstubAllEnvs();
  });

  it('are pure: the same report gives the same text', () => {
    vi.stubEnv('SOURCE_DATE_EPOCH', '1700000000');
    for (const format of FORMATS) expect(REPORTERS[format](FIXTURE), format).toBe(REPORTERS[format](structuredClone(FIXTURE)));
    vi.unstubAllEnvs();
  });
});
