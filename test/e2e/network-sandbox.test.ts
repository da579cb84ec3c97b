// The printed document loads nothing from the network: a hostile template tries every way markup has to
// reach a server, each aimed at its own listener on 127.0.0.1; not one connection may arrive, and the
// print still succeeds with the document's own text (a <meta refresh> used to blank it).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runCli } from '../helpers/run-cli.js';
import { hasPoppler, pdfText, testBrowser } from './pdf-tools.js';
import { sandboxHtml, CSP } from '../../src/io/browser/sandbox.js';

const browser = testBrowser();
if (!browser) console.warn('network-sandbox e2e skipped: no Chrome/Chromium found (apt-get install chromium, or PLAN_BROWSER)');

const VECTORS = {
  prefetch: (u: string) => `<link rel="prefetch" href="${u}/prefetch">`,
  preconnect: (u: string) => `<link rel="preconnect" href="${u}">`,
  dnsPrefetch: (u: string) => `<link rel="dns-prefetch" href="${u}">`,
  preload: (u: string) => `<link rel="preload" as="image" href="${u}/preload.png">`,
  iframe: (u: string) => `<iframe src="${u}/frame"></iframe>`,
  img: (u: string) => `<img src="${u}/img.png" alt="">`,
  stylesheet: (u: string) => `<link rel="stylesheet" href="${u}/style.css">`,
  cssUrl: (u: string) => `<div style="background:url('${u}/bg.png');width:10px;height:10px"></div>`,
  cssImport: (u: string) => `<style>@import url("${u}/import.css");</style>`,
  fontFace: (u: string) => `<style>@font-face{font-family:X;src:url("${u}/font.woff2")}.x{font-family:X}</style><span class="x">x</span>`,
  object: (u: string) => `<object data="${u}/object"></object>`,
  entityRefresh: (u: string) => `<meta http-equiv="&#x52;efresh" content="0;url=${u}/refresh2">`,
} as const;

interface Listener {
  url: string;
  hits: number;
  close(): void;
}

async function listen(): Promise<Listener> {
  const l = { url: '', hits: 0, close: () => {} } as Listener;
  const server = net.createServer((sock) => {
    l.hits++;
    sock.destroy();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as net.AddressInfo).port;
  l.url = `http://127.0.0.1:${port}`;
  l.close = () => server.close();
  return l;
}

let root: string;
beforeAll(() => {
  root = mkdtempSync(path.join(tmpdir(), 'plan-net-'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

function workspace(): string {
  const dir = path.join(root, `ws${Math.random().toString(36).slice(2)}`);
  cpSync(path.resolve(__dirname, '../../examples/oulmes'), dir, { recursive: true });
  return dir;
}

describe('the document sandbox (no browser)', () => {
  it('puts the policy first in <head>, removes refreshes and resource hints, keeps the rest', () => {
    const html = sandboxHtml(
      `<!doctype html><html lang="fr"><head><meta charset="utf-8"><META HTTP-EQUIV=Refresh content="0;url=http://x"><link rel="stylesheet preconnect" href="http://x"><meta content=">" http-equiv="refresh"></head><body><p>ok</p><iframe src="http://x/f" srcdoc="&lt;p&gt;"></iframe></body></html>`,
    );
    expect(html.indexOf(CSP)).toBeGreaterThan(0);
    expect(html.indexOf(CSP)).toBeLessThan(html.indexOf('<html'));
    expect(html).not.toMatch(/refresh/i);
    expect(html).not.toMatch(/preconnect/);
    expect(html).not.toMatch(/http:\/\/x/);
    expect(html).toContain('<p>ok</p>');
  });
});

describe.skipIf(!browser)('printing with a hostile template', () => {
  it('no vector reaches a listener on 127.0.0.1, and the PDF is printed', async () => {
    const listeners = Object.fromEntries(await Promise.all(Object.keys(VECTORS).map(async (k) => [k, await listen()] as const))) as Record<
      keyof typeof VECTORS,
      Listener
    >;
    try {
      const tpl = path.join(root, 'tpl');
      mkdirSync(path.join(tpl, 'partials'), { recursive: true });
      const markup = Object.entries(VECTORS)
        .map(([k, f]) => f(listeners[k as keyof typeof VECTORS].url))
        .join('\n');
      const cover = readFileSync(path.resolve(__dirname, '../../templates/partials/cover.hbs'), 'utf8');
      writeFileSync(path.join(tpl, 'partials', 'cover.hbs'), `${markup}\n<p>SANDBOX-COVER-OK</p>\n${cover}`);
      const out = path.join(root, 'hostile.pdf');
      const r = await runCli(['render', workspace(), '--format', 'pdf', '--templates', tpl, '--out', out, '--browser', browser!], { cwd: root });
      expect(r.code, r.stderr).toBe(0);
      // Give late connections (preconnect, prefetch) a moment to arrive.
      await new Promise((res) => setTimeout(res, 500));
      const hits = Object.fromEntries(Object.entries(listeners).map(([k, l]) => [k, l.hits]));
      expect(hits).toEqual(Object.fromEntries(Object.keys(VECTORS).map((k) => [k, 0])));
      if (hasPoppler()) expect(pdfText(out)).toContain('SANDBOX-COVER-OK');
    } finally {
      for (const l of Object.values(listeners)) l.close();
    }
  }, 120_000);

  it('<meta http-equiv=refresh> neither fails the print nor blanks it (4 prints)', async () => {
    const l = await listen();
    try {
      const tpl = path.join(root, 'tpl-refresh');
      mkdirSync(path.join(tpl, 'partials'), { recursive: true });
      const cover = readFileSync(path.resolve(__dirname, '../../templates/partials/cover.hbs'), 'utf8');
      writeFileSync(path.join(tpl, 'partials', 'cover.hbs'), `<meta http-equiv="refresh" content="0;url=${l.url}/away"><p>REFRESH-STAYS</p>\n${cover}`);
      const dir = workspace();
      for (let i = 0; i < 4; i++) {
        const out = path.join(root, `refresh${i}.pdf`);
        const r = await runCli(['render', dir, '--format', 'pdf', '--templates', tpl, '--out', out, '--browser', browser!], { cwd: root });
        expect(r.code, r.stderr).toBe(0);
        expect(existsSync(out)).toBe(true);
        if (hasPoppler()) expect(pdfText(out)).toContain('REFRESH-STAYS');
      }
      expect(l.hits).toBe(0);
    } finally {
      l.close();
    }
  }, 240_000);
});
