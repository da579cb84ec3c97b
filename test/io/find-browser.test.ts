// Which browser `plan` prints with: named ones first, then a build that puppeteer's installer put in
// its cache (plan depends on puppeteer-core, which downloads nothing), then the system's.
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BrowserNotFoundError, findBrowser, puppeteerCacheDir } from '../../src/io/browser/find-browser.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'find-browser-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function executable(...parts: string[]): string {
  const file = path.join(dir, ...parts);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, '#!/bin/sh\n');
  chmodSync(file, 0o755);
  return file;
}

describe('findBrowser', () => {
  it("finds the newest Chrome that puppeteer's installer put in PUPPETEER_CACHE_DIR", () => {
    executable('cache', 'chrome', 'linux-99.0.4844.51', 'chrome-linux64', 'chrome');
    const newest = executable('cache', 'chrome', 'linux-148.0.7778.0', 'chrome-linux64', 'chrome');
    executable('cache', 'chrome-headless-shell', 'linux-150.0.1.0', 'chrome-headless-shell-linux64', 'chrome-headless-shell');
    expect(findBrowser({ env: { PUPPETEER_CACHE_DIR: path.join(dir, 'cache') }, candidates: [] })).toEqual({ path: newest, source: 'puppeteer' });
  });

  it('looks in ~/.cache/puppeteer by default, and takes the headless shell when there is no full Chrome', () => {
    const shell = executable(
      'home',
      '.cache',
      'puppeteer',
      'chrome-headless-shell',
      'linux-148.0.7778.0',
      'chrome-headless-shell-linux64',
      'chrome-headless-shell',
    );
    expect(puppeteerCacheDir({ HOME: path.join(dir, 'home') })).toBe(path.join(dir, 'home', '.cache', 'puppeteer'));
    expect(findBrowser({ env: { HOME: path.join(dir, 'home') }, candidates: [] })).toEqual({ path: shell, source: 'puppeteer' });
  });

  it('skips a cache entry that is not an executable file', () => {
    mkdirSync(path.join(dir, 'cache', 'chrome', 'linux-148.0.7778.0', 'chrome-linux64', 'chrome'), { recursive: true });
    const sys = executable('usr', 'bin', 'chromium');
    expect(findBrowser({ env: { PUPPETEER_CACHE_DIR: path.join(dir, 'cache') }, candidates: [sys] })).toEqual({ path: sys, source: 'system' });
  });

  it('prefers --browser, then PLAN_BROWSER, then PUPPETEER_EXECUTABLE_PATH, over the cache', () => {
    executable('cache', 'chrome', 'linux-148.0.7778.0', 'chrome-linux64', 'chrome');
    const a = executable('a');
    const b = executable('b');
    const c = executable('c');
    const env = { PUPPETEER_CACHE_DIR: path.join(dir, 'cache'), PLAN_BROWSER: b, PUPPETEER_EXECUTABLE_PATH: c };
    expect(findBrowser({ flag: a, env, candidates: [] })).toEqual({ path: a, source: '--browser' });
    expect(findBrowser({ env, candidates: [] })).toEqual({ path: b, source: 'PLAN_BROWSER' });
    expect(findBrowser({ env: { ...env, PLAN_BROWSER: undefined }, candidates: [] })).toEqual({ path: c, source: 'PUPPETEER_EXECUTABLE_PATH' });
  });

  it('says so when a named browser is missing, and returns null when there is none at all', () => {
    expect(() => findBrowser({ env: { PUPPETEER_EXECUTABLE_PATH: path.join(dir, 'nothing') }, candidates: [] })).toThrow(BrowserNotFoundError);
    expect(findBrowser({ env: { PUPPETEER_CACHE_DIR: path.join(dir, 'empty') }, candidates: [] })).toBeNull();
  });
});
