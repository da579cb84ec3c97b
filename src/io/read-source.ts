// Reads a plan file as text, turning every way a file can be unusable into a value, not an exception.
import { closeSync, fstatSync, openSync, readFileSync } from 'node:fs';
import { isUtf8 as bufferIsUtf8 } from 'node:buffer';

/** Default size limit of one plan file: far above any real plan file, far below what hurts. */
export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

export type SourceProblem =
  | { key: 'file.missing' }
  | { key: 'file.unreadable'; detail: string }
  | { key: 'file.tooLarge'; size: number; max: number }
  | { key: 'file.binary' }
  | { key: 'file.notUtf8'; offset: number; line: number; col: number }
  | { key: 'file.empty' };

export type SourceResult = { ok: true; text: string } | { ok: false; problem: SourceProblem };

/**
 * Reads `file` as UTF-8 text (a BOM is dropped; CRLF is kept, the parsers accept it). Synchronous on
 * purpose: a run reads thousands of small files one after another, and sync reads cost less per file.
 */
export function readSource(file: string, maxBytes = DEFAULT_MAX_BYTES): SourceResult {
  // One open, one fstat, one read: the size is checked on the open file, before anything is read.
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    return { ok: false, problem: code === 'ENOENT' ? { key: 'file.missing' } : { key: 'file.unreadable', detail: code ?? String(err) } };
  }
  try {
    const st = fstatSync(fd);
    if (st.isDirectory()) return { ok: false, problem: { key: 'file.unreadable', detail: 'EISDIR' } };
    if (st.size > maxBytes) return { ok: false, problem: { key: 'file.tooLarge', size: st.size, max: maxBytes } };
    // readFileSync on the descriptor also reads files whose size stat does not know (pipes, /proc).
    const buf = readFileSync(fd);
    if (buf.length > maxBytes) return { ok: false, problem: { key: 'file.tooLarge', size: buf.length, max: maxBytes } };
    return decode(buf);
  } catch (err) {
    return { ok: false, problem: { key: 'file.unreadable', detail: (err as NodeJS.ErrnoException).code ?? String(err) } };
  } finally {
    closeSync(fd);
  }
}

/** Decodes bytes already read; exported for tests and for callers that hold the bytes. */
export function decode(buf: Buffer): SourceResult {
  if (buf.subarray(0, 8192).includes(0)) return { ok: false, problem: { key: 'file.binary' } };
  if (!isUtf8(buf)) return { ok: false, problem: { key: 'file.notUtf8', ...firstInvalid(buf) } };
  let text = buf.toString('utf8');
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === '') return { ok: false, problem: { key: 'file.empty' } };
  return { ok: true, text };
}

// Native check (no decoding, no exception): this runs on every file.
const isUtf8 = (buf: Buffer): boolean => bufferIsUtf8(buf);

/** Offset, line and column of the first byte that is not valid UTF-8 (so the user can find it). */
function firstInvalid(buf: Buffer): { offset: number; line: number; col: number } {
  let lo = 0;
  let hi = buf.length;
  // Binary search on the longest valid prefix; a prefix may end inside a valid sequence, so
  // check with `stream: true`, which tolerates a truncated tail but not an invalid byte.
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(buf.subarray(0, mid), { stream: true });
      lo = mid;
    } catch {
      hi = mid - 1;
    }
  }
  // The prefix may end with the lead bytes of the broken sequence: the error starts there.
  for (let back = 0; back < 3 && lo > 0 && !isUtf8(buf.subarray(0, lo)); back++) lo--;
  const prefix = buf.subarray(0, lo).toString('utf8');
  const lines = prefix.split('\n');
  return { offset: lo, line: lines.length, col: (lines[lines.length - 1]?.length ?? 0) + 1 };
}
