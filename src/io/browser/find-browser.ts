// Finds a Chrome or Chromium to print with. Order: --browser; PLAN_BROWSER or PUPPETEER_EXECUTABLE_PATH;
// puppeteer's own downloaded browser; the usual system installs.
import { accessSync, constants, statSync } from 'node:fs';
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
  /** puppeteer.executablePath(), when puppeteer is loaded (it may name a browser never downloaded). */
  puppeteerPath?: () => string;
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
  if (o.puppeteerPath) {
    try {
      const p = o.puppeteerPath();
      if (p && isExecutable(p)) return { path: p, source: 'puppeteer' };
    } catch {
      // puppeteer knows of no downloaded browser
    }
  }
  for (const c of o.candidates ?? systemCandidates(o.env)) if (isExecutable(c)) return { path: c, source: 'system' };
  return null;
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
