// Finds a Chrome or Chromium to print with. Order: --browser; PLAN_BROWSER or PUPPETEER_EXECUTABLE_PATH;
// a browser that puppeteer's installer downloaded (`npx @puppeteer/browsers install chrome`, kept in
// PUPPETEER_CACHE_DIR or ~/.cache/puppeteer); the usual system installs. `plan` depends on
// puppeteer-core, which never downloads a browser itself.
import { accessSync, constants, readdirSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** The browser chosen, and what chose it. */
export interface BrowserChoice {
  path: string;
  source: '--browser' | 'PLAN_BROWSER' | 'PUPPETEER_EXECUTABLE_PATH' | 'puppeteer' | 'system';
}

/** A browser was named (flag or variable) but is not there: said rather than silently replaced. */
export class BrowserNotFoundError extends Error {}

export interface FindOptions {
  flag?: string;
  env: NodeJS.ProcessEnv;
  /** Override of the system candidates (tests). */
  candidates?: string[];
}

// Debian's /usr/lib/chromium/chromium first: the /usr/bin/chromium wrapper script costs ~50 ms a launch.
const NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'microsoft-edge', 'msedge'];
const ABSOLUTE = [
  '/usr/lib/chromium/chromium',
  '/usr/lib/chromium-browser/chromium-browser',
  '/snap/bin/chromium',
  '/opt/google/chrome/chrome',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
  'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe',
  'C:\\Program Files\\Microsoft\\Edge\\Application\\msedge.exe',
];

/** The browser to use, or null when there is none. Throws when an explicitly named one is missing. */
export function findBrowser(o: FindOptions): BrowserChoice | null {
  if (o.flag) return named(o.flag, '--browser');
  for (const v of ['PLAN_BROWSER', 'PUPPETEER_EXECUTABLE_PATH'] as const) if (o.env[v]) return named(o.env[v]!, v);
  for (const p of puppeteerCacheBrowsers(o.env)) if (isExecutable(p)) return { path: p, source: 'puppeteer' };
  for (const c of o.candidates ?? systemCandidates(o.env)) if (isExecutable(c)) return { path: c, source: 'system' };
  return null;
}

/** Where puppeteer's installer keeps its browsers: PUPPETEER_CACHE_DIR, else ~/.cache/puppeteer. */
export function puppeteerCacheDir(env: NodeJS.ProcessEnv): string {
  if (env.PUPPETEER_CACHE_DIR) return env.PUPPETEER_CACHE_DIR;
  const home = env.HOME || env.USERPROFILE || os.homedir();
  return path.join(home, '.cache', 'puppeteer');
}

// The executable inside each downloaded build, as @puppeteer/browsers lays it out:
// <cache>/<browser>/<platform>-<build>/<archive folder>/<executable>.
const CACHE_EXECUTABLES: Record<string, string[]> = {
  chrome: ['chrome', 'chrome.exe', 'Google Chrome for Testing.app/Contents/MacOS/Google Chrome for Testing'],
  'chrome-headless-shell': ['chrome-headless-shell', 'chrome-headless-shell.exe'],
  chromium: ['chrome', 'chrome.exe', 'Chromium.app/Contents/MacOS/Chromium'],
};

/** The browsers in puppeteer's cache that could exist here, newest build first; full Chrome before the shell. */
export function puppeteerCacheBrowsers(env: NodeJS.ProcessEnv): string[] {
  const root = puppeteerCacheDir(env);
  const found: string[] = [];
  for (const [browser, executables] of Object.entries(CACHE_EXECUTABLES)) {
    const builds = list(path.join(root, browser))
      .map((dir) => ({ dir, build: dir.slice(dir.indexOf('-') + 1) }))
      .sort((a, b) => compareBuilds(b.build, a.build));
    for (const { dir } of builds) {
      for (const archive of list(path.join(root, browser, dir))) {
        for (const exe of executables) found.push(path.join(root, browser, dir, archive, ...exe.split('/')));
      }
    }
  }
  return found;
}

function list(dir: string): string[] {
  try {
    return readdirSync(dir).sort();
  } catch {
    return [];
  }
}

/** 148.0.7778.0 after 99.0.1: numeric parts compared as numbers. */
function compareBuilds(a: string, b: string): number {
  const pa = a.split(/[^0-9]+/).map(Number);
  const pb = b.split(/[^0-9]+/).map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return a.localeCompare(b);
}

/** Absolute paths, then every name on PATH. */
export function systemCandidates(env: NodeJS.ProcessEnv): string[] {
  const dirs = (env.PATH ?? '').split(path.delimiter).filter(Boolean);
  const exts = process.platform === 'win32' ? ['.exe', ''] : [''];
  return [...ABSOLUTE, ...NAMES.flatMap((n) => dirs.flatMap((d) => exts.map((e) => path.join(d, n + e))))];
}

function named(p: string, source: BrowserChoice['source']): BrowserChoice {
  if (!isExecutable(p)) throw new BrowserNotFoundError(`${source} ${p}: no executable browser there`);
  return { path: p, source };
}

function isExecutable(p: string): boolean {
  try {
    if (!statSync(p).isFile()) return false;
    accessSync(p, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}
