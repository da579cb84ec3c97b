// Starts the browser with the flags a headless print needs, and nothing it does not.
import type { Browser, LaunchOptions } from 'puppeteer-core';

/** The part of puppeteer this needs (its module namespace or its default export). */
export interface Launcher {
  launch(opts: LaunchOptions): Promise<Browser>;
}

/** Launches `executablePath` headless; --no-sandbox only when running as root, where Chromium needs it. */
export async function launchBrowser(puppeteer: Launcher, executablePath: string, env: NodeJS.ProcessEnv = process.env): Promise<Browser> {
  const args = [
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-extensions',
    '--disable-dev-shm-usage',
    '--no-first-run',
    '--no-default-browser-check',
    '--font-render-hinting=none',
  ];
  if (process.getuid?.() === 0 || env.PLAN_NO_SANDBOX === '1') args.push('--no-sandbox');
  return puppeteer.launch({ executablePath, headless: true, args, pipe: true, timeout: 60_000 });
}
