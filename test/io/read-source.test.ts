// readRegular reads a regular file whole in one read when stat knows its size, and still reads on
// when stat does not (files under /proc report 0) or when the file holds more than stat said.
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readRegular, readSource } from '../../src/io/read-source.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'plan-read-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('readRegular', () => {
  it('reads small and large files whole, byte for byte', () => {
    for (const size of [1, 100, 4095, 4096, 8191, 70_000, 300_000]) {
      const bytes = Buffer.alloc(size, 'اb');
      const file = path.join(dir, `f${size}.yaml`);
      writeFileSync(file, bytes);
      const r = readRegular(file, 1 << 20);
      expect(r.ok && Buffer.compare(r.buf, bytes)).toBe(0);
    }
  });

  it('a file of exactly the limit is read, one byte more is refused', () => {
    const file = path.join(dir, 'limit.yaml');
    writeFileSync(file, 'a'.repeat(1000));
    expect(readRegular(file, 1000).ok).toBe(true);
    expect(readRegular(file, 999)).toEqual({ ok: false, problem: { key: 'file.tooLarge', size: 1000, max: 999 } });
  });

  it('a file stat sizes 0 (/proc) is read to its end', () => {
    const r = readSource('/proc/self/status', 1 << 20);
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.text).toMatch(/^Name:/);
      // The last line of /proc/self/status is complete: the read did not stop early.
      expect(r.text).toMatch(/\n$/);
      expect(r.text.length).toBeGreaterThan(500);
    }
  });
});
