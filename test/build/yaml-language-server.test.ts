// The real editor path: the yaml-language-server that VS Code's YAML extension runs is started over
// stdio and given plan files whose first line is the modeline `plan` writes. It must load the
// draft-07 schema from that line, stay quiet on a valid file, flag an unknown field and a wrong enum
// on their lines, offer the sector values, and show the bilingual titles on hover.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const repo = path.resolve(__dirname, '../..');
const projectSchema = path.join(repo, 'schemas/draft-07/project.json');
const WAIT_MS = 15_000;

interface Diagnostic {
  range: { start: { line: number; character: number } };
  message: string;
}

/** A minimal LSP client over the server's stdio, with Content-Length framing. */
class LspClient {
  private buffer = Buffer.alloc(0);
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (v: any) => void; reject: (e: Error) => void }>();
  private readonly diagnostics = new Map<string, { resolve: (d: Diagnostic[]) => void }[]>();
  stderr = '';

  constructor(
    private readonly server: ChildProcessWithoutNullStreams,
    private readonly settings: unknown,
  ) {
    server.stdout.on('data', (chunk: Buffer) => this.receive(chunk));
    server.stderr.on('data', (chunk: Buffer) => (this.stderr += chunk.toString()));
    server.on('exit', (code) => {
      for (const waiter of this.pending.values()) waiter.reject(new Error(`server exited (${code}): ${this.stderr}`));
      this.pending.clear();
    });
  }

  request<T = any>(method: string, params: unknown): Promise<T> {
    const id = this.nextId++;
    const answer = new Promise<T>((resolve, reject) => this.pending.set(id, { resolve, reject }));
    this.send({ jsonrpc: '2.0', id, method, params });
    return within(answer, `${method} answer`);
  }

  notify(method: string, params: unknown): void {
    this.send({ jsonrpc: '2.0', method, params });
  }

  /** The next diagnostics the server publishes for a document; register before triggering them. */
  nextDiagnostics(uri: string): Promise<Diagnostic[]> {
    const waiting = this.diagnostics.get(uri) ?? [];
    this.diagnostics.set(uri, waiting);
    return within(new Promise<Diagnostic[]>((resolve) => waiting.push({ resolve })), `diagnostics of ${uri}`);
  }

  private send(message: unknown): void {
    const body = Buffer.from(JSON.stringify(message), 'utf8');
    this.server.stdin.write(Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`, 'ascii'), body]));
  }

  private receive(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const headerEnd = this.buffer.indexOf('\r\n\r\n');
      if (headerEnd < 0) return;
      const length = Number(/Content-Length: (\d+)/i.exec(this.buffer.subarray(0, headerEnd).toString('ascii'))?.[1]);
      if (this.buffer.length < headerEnd + 4 + length) return;
      const message = JSON.parse(this.buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString('utf8'));
      this.buffer = this.buffer.subarray(headerEnd + 4 + length);
      this.dispatch(message);
    }
  }

  private dispatch(message: any): void {
    if (message.method === undefined) {
      const waiter = this.pending.get(message.id);
      this.pending.delete(message.id);
      if (message.error) waiter?.reject(new Error(`${message.error.code}: ${message.error.message}`));
      else waiter?.resolve(message.result);
    } else if (message.id !== undefined) {
      // A request from the server: it pulls its settings, and may register capabilities or progress.
      const result =
        message.method === 'workspace/configuration'
          ? message.params.items.map((item: { section?: string }) => (item.section === 'yaml' ? this.settings : {}))
          : null;
      this.send({ jsonrpc: '2.0', id: message.id, result });
    } else if (message.method === 'textDocument/publishDiagnostics') {
      this.diagnostics.get(message.params.uri)?.shift()?.resolve(message.params.diagnostics);
    }
  }
}

function within<T>(promise: Promise<T>, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no ${what} within ${WAIT_MS} ms`)), WAIT_MS);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

const VALID_PROJECT = [
  'id: P01',
  'title: { ar: ربط دوار واحد بالماء الصالح للشرب, fr: Raccordement du douar Un }',
  'sector: drinking_water',
  'priority_ids: [PRI1]',
  'competence_type: own',
  'estimated_cost: 1000000',
  'financing:',
  "  - { partner: COMMUNE, amount: 1000000, by_year: { '2022': 1000000 } }",
  'schedule: { start_year: 2022, end_year: 2022 }',
  'status: planned',
];

describe('yaml-language-server with the draft-07 schemas', { timeout: 30_000 }, () => {
  let server: ChildProcessWithoutNullStreams;
  let client: LspClient;
  let folder: string;
  let version = 0;

  /** Opens a document in the server and returns its URI. */
  const open = (name: string, lines: string[], modeline = `# yaml-language-server: $schema=${projectSchema}`) => {
    const uri = pathToFileURL(path.join(folder, name)).href;
    const diagnostics = client.nextDiagnostics(uri);
    client.notify('textDocument/didOpen', {
      textDocument: { uri, languageId: 'yaml', version: ++version, text: [modeline, ...lines, ''].join('\n') },
    });
    return { uri, diagnostics };
  };

  beforeAll(async () => {
    folder = mkdtempSync(path.join(os.tmpdir(), 'plan-yls-'));
    const bin = path.join(path.dirname(createRequire(import.meta.url).resolve('yaml-language-server/package.json')), 'bin/yaml-language-server');
    server = spawn(process.execPath, [bin, '--stdio'], { stdio: 'pipe' });
    client = new LspClient(server, { validate: true, hover: true, completion: true, schemas: {}, schemaStore: { enable: false } });
    await client.request('initialize', {
      processId: process.pid,
      rootUri: pathToFileURL(folder).href,
      capabilities: {
        workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: false } },
        textDocument: {
          hover: { contentFormat: ['markdown', 'plaintext'] },
          completion: { completionItem: { snippetSupport: false, documentationFormat: ['markdown', 'plaintext'] } },
          publishDiagnostics: {},
        },
      },
    });
    client.notify('initialized', {});
    client.notify('workspace/didChangeConfiguration', {
      settings: { yaml: { validate: true, schemas: {}, schemaStore: { enable: false } } },
    });
  }, 30_000);

  afterAll(() => {
    server?.kill();
    if (folder) rmSync(folder, { recursive: true, force: true });
  });

  it('reports nothing on a valid project sheet', async () => {
    const { diagnostics } = open('valid.yaml', VALID_PROJECT);
    expect(await diagnostics).toEqual([]);
  });

  it('reports an unknown field and a wrong sector on their lines', async () => {
    const lines = [...VALID_PROJECT];
    lines[2] = 'sector: transport';
    lines.push('colour: blue');
    const { diagnostics } = open('invalid.yaml', lines);
    const found = (await diagnostics).map((d) => ({ line: d.range.start.line, message: d.message }));
    // Line 0 is the modeline, so the document's line i is the editor's line i + 1.
    expect(found).toHaveLength(2);
    expect(found).toContainEqual({ line: 3, message: expect.stringMatching(/Value is not accepted.*drinking_water/s) });
    expect(found).toContainEqual({ line: 11, message: expect.stringMatching(/Property colour is not allowed/) });
  });

  it('follows the relative modeline of a committed example', async () => {
    const file = path.join(repo, 'examples/oulmes/projects/P01.yaml');
    const text = readFileSync(file, 'utf8');
    expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=../../../schemas/draft-07/project.json');
    const uri = pathToFileURL(file).href;
    const diagnostics = client.nextDiagnostics(uri);
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: ++version, text } });
    expect(await diagnostics).toEqual([]);
    // The same text made wrong proves the schema was applied, not merely absent.
    const broken = text.replace(/^status: \w+$/m, 'status: finished');
    const again = client.nextDiagnostics(uri);
    client.notify('textDocument/didChange', { textDocument: { uri, version: ++version }, contentChanges: [{ text: broken }] });
    const found = await again;
    expect(found.map((d) => d.range.start.line)).toEqual([broken.split('\n').findIndex((l) => l.startsWith('status:'))]);
  });

  it('offers the sector values after `sector: `', async () => {
    const lines = [...VALID_PROJECT];
    lines[2] = 'sector: ';
    const { uri, diagnostics } = open('completion.yaml', lines);
    await diagnostics;
    const result = await client.request('textDocument/completion', { textDocument: { uri }, position: { line: 3, character: 8 } });
    const labels = (Array.isArray(result) ? result : result.items).map((i: { label: string }) => i.label);
    const sectors = JSON.parse(readFileSync(path.join(repo, 'schemas/common.json'), 'utf8')).$defs.sector.enum;
    expect(sectors.length).toBeGreaterThan(10);
    expect(labels).toEqual(expect.arrayContaining(sectors));
  });

  it('shows the bilingual title of a field on hover, not only that of its shared type', async () => {
    const { uri, diagnostics } = open('hover.yaml', VALID_PROJECT);
    await diagnostics;
    const hover = await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 6, character: 3 } });
    const text = typeof hover.contents === 'string' ? hover.contents : (hover.contents.value ?? JSON.stringify(hover.contents));
    // estimated_cost is a common `amount`; its own title is what the reader needs.
    expect(text).toContain('Coût estimatif (MAD) / الكلفة التقديرية (درهم)');
  });
});
