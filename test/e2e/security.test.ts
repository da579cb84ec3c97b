// The page cannot read the disk or the network, and workspace assets cannot leave assets/.
import { describe, expect, it, afterAll } from 'vitest';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { assetDataUrl, findLogo, resolveAsset, AssetError } from '../../src/io/browser/assets.js';
import { testBrowser } from './pdf-tools.js';

const browser = testBrowser();
if (!browser) console.warn('security e2e (browser part) skipped: no Chrome/Chromium found (apt-get install chromium, or PLAN_BROWSER)');

describe('workspace assets', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'plan-assets-'));
  mkdirSync(path.join(root, 'assets/maps'), { recursive: true });
  writeFileSync(path.join(root, 'assets/logo.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  writeFileSync(path.join(root, 'assets/maps/a.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
  writeFileSync(path.join(root, 'secret.png'), 'secret');
  symlinkSync(path.join(root, 'secret.png'), path.join(root, 'assets/escape.png'));
  symlinkSync('/etc/passwd', path.join(root, 'assets/passwd.png'));

  it('reads images inside assets/, as data: URLs', () => {
    expect(assetDataUrl(root, 'maps/a.png')).toMatch(/^data:image\/png;base64,/);
    expect(findLogo(root)).toMatch(/^data:image\/svg\+xml;base64,/);
  });

  it('refuses ../ escapes, absolute paths, URLs and links leading out of assets/', () => {
    for (const ref of ['../secret.png', 'maps/../../secret.png', '/etc/passwd', 'file:///etc/passwd', 'C:\\Windows\\win.ini', 'escape.png', 'passwd.png']) {
      expect(() => resolveAsset(root, ref), ref).toThrow(AssetError);
    }
  });
});

describe.skipIf(!browser)('the print page', () => {
  let b: import('puppeteer-core').Browser;
  afterAll(async () => b?.close());

  it('runs no script and loads nothing but data: URLs', async () => {
    const puppeteer = await import('puppeteer-core');
    const { launchBrowser } = await import('../../src/io/browser/launch-browser.js');
    const { printPdf } = await import('../../src/io/browser/print-pdf.js');
    b = await launchBrowser(puppeteer, browser!);
    // A hostile custom template, not plan text (plan text is escaped before it gets here).
    const html = `<!doctype html><html><body><p id="p">static</p>
      <img src="file:///etc/passwd"><iframe src="file:///etc/passwd"></iframe><object data="file:///etc/passwd"></object><img src="http://127.0.0.1:9/x.png"><link rel="stylesheet" href="https://example.org/x.css">
      <img src="x" onerror="document.body.innerHTML='SCRIPT RAN'"><script>document.body.innerHTML='SCRIPT RAN'</script>
      <img src="data:image/gif;base64,R0lGODlhAQABAAAAACw="></body></html>`;
    const { pdf, blocked } = await printPdf(b, html);
    // file:// from a setContent page is refused by Chromium itself, before interception; the network is refused by us
    expect(blocked).toEqual(expect.arrayContaining(['http://127.0.0.1:9/x.png', 'https://example.org/x.css']));
    expect(blocked.some((u) => u.startsWith('data:'))).toBe(false);
    const { execFileSync } = await import('node:child_process');
    const dir = mkdtempSync(path.join(tmpdir(), 'plan-sec-'));
    writeFileSync(path.join(dir, 'x.pdf'), pdf);
    const text = execFileSync('pdftotext', [path.join(dir, 'x.pdf'), '-'], { encoding: 'utf8' });
    expect(text).toContain('static');
    expect(text).not.toContain('SCRIPT RAN');
    expect(text).not.toContain('root:');
  });
});
