// Reads a plan file as text, turning every way a file can be unusable into a value, not an exception.
// Only regular files are read (a FIFO would block, /dev/zero would never end), and never more than the
// size limit, whatever `stat` says (files under /proc report a size of 0).
import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from 'node:fs';
import { isUtf8 as bufferIsUtf8 } from 'node:buffer';

/** Default size limit of one plan file: far above any real plan file, far below what hurts. */
export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

/** What stands where a regular file was expected. */
export type SpecialKind = 'directory' | 'fifo' | 'device' | 'socket' | 'other';

/** Why a file could not be read, in words the catalogue turns into a sentence (src/i18n/io.ts). */
export type IoReason = 'permission' | 'loop' | 'notDirInPath' | 'nameTooLong' | 'io' | 'busy' | 'other';

export type SourceProblem =
  | { key: 'file.missing' }
  | { key: 'file.io'; reason: IoReason; code: string }
  | { key: 'file.notRegular'; kind: SpecialKind }
  | { key: 'file.tooLarge'; size: number; max: number }
  | { key: 'file.binary' }
  | { key: 'file.utf16'; endian: 'LE' | 'BE' }
  | { key: 'file.notUtf8'; offset: number; line: number; col: number }
  | { key: 'file.empty' };

export type SourceResult = { ok: true; text: string } | { ok: false; problem: SourceProblem };

/** The reason behind an errno code (`EACCES` → permission). */
export function ioReason(code: string | undefined): IoReason {
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return 'permission';
    case 'ELOOP':
      return 'loop';
    case 'ENOTDIR':
      return 'notDirInPath';
    case 'ENAMETOOLONG':
      return 'nameTooLong';
    case 'EIO':
    case 'ENXIO':
    case 'ENODEV':
      return 'io';
    case 'EBUSY':
    case 'ETXTBSY':
    case 'EAGAIN':
      return 'busy';
    default:
      return 'other';
  }
}

/** The kind of a non-regular file. */
export function specialKind(st: Stats): SpecialKind {
  if (st.isDirectory()) return 'directory';
  if (st.isFIFO()) return 'fifo';
  if (st.isCharacterDevice() || st.isBlockDevice()) return 'device';
  if (st.isSocket()) return 'socket';
  return 'other';
}

// O_NONBLOCK: opening a FIFO for reading otherwise waits for a writer, forever. It has no effect on
// regular files. (Windows has no such flag: 0.)
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

/**
 * Reads `file` as UTF-8 text (a BOM is dropped; CRLF is kept, the parsers accept it). Synchronous on
 * purpose: a run reads thousands of small files one after another, and sync reads cost less per file.
 */
export function readSource(file: string, maxBytes = DEFAULT_MAX_BYTES): SourceResult {
  const read = readRegular(file, maxBytes);
  return read.ok ? decode(read.buf) : read;
}

/**
 * The bytes of the regular file `file`, at most `maxBytes`: one open (non-blocking), one fstat of the
 * open descriptor (so what is checked is what is read), then reads of at most `maxBytes + 1` bytes.
 */
export function readRegular(file: string, maxBytes: number): { ok: true; buf: Buffer } | { ok: false; problem: SourceProblem } {
  let fd: number;
  try {
    fd = openSync(file, OPEN_FLAGS);
  } catch (err) {
    return { ok: false, problem: openProblem(err) };
  }
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) return { ok: false, problem: { key: 'file.notRegular', kind: specialKind(st) } };
    if (st.size > maxBytes) return { ok: false, problem: { key: 'file.tooLarge', size: st.size, max: maxBytes } };
    // Read up to one byte past the limit: a file that grew, or one whose size stat does not know, is
    // still refused without reading it whole.
    const cap = maxBytes + 1;
    // Room for the size stat gives and one byte more (most plan files fit Node's shared pool, and no
    // 64 KiB buffer per file for the garbage collector to sweep); 64 KiB when stat knows no size.
    let buf = Buffer.allocUnsafe(Math.min(cap, st.size > 0 ? st.size + 1 : 64 * 1024));
    let len = 0;
    for (;;) {
      if (len === buf.length) {
        if (buf.length >= cap) break;
        const bigger = Buffer.allocUnsafe(Math.min(cap, buf.length * 2));
        buf.copy(bigger, 0, 0, len);
        buf = bigger;
      }
      const n = readSync(fd, buf, len, buf.length - len, null);
      if (n === 0) break;
      len += n;
      // Exactly the size stat gave, with room left: a regular file's end (one read per file, not two).
      // A file that grew since fills the room and is read on; one that stat sizes 0 (/proc) reads to 0.
      if (len === st.size) break;
    }
    if (len > maxBytes) return { ok: false, problem: { key: 'file.tooLarge', size: Math.max(len, st.size), max: maxBytes } };
    return { ok: true, buf: buf.subarray(0, len) };
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EISDIR') return { ok: false, problem: { key: 'file.notRegular', kind: 'directory' } };
    return { ok: false, problem: { key: 'file.io', reason: ioReason(code), code: code ?? String(err) } };
  } finally {
    closeSync(fd);
  }
}

/** The problem behind a failed open(). */
export function openProblem(err: unknown): SourceProblem {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return { key: 'file.missing' };
  // A socket cannot be opened at all: say what it is rather than "no such device".
  if (code === 'ENXIO') return { key: 'file.notRegular', kind: 'socket' };
  if (code === 'EISDIR') return { key: 'file.notRegular', kind: 'directory' };
  return { key: 'file.io', reason: ioReason(code), code: code ?? String(err) };
}

/** True for a problem of the file system (exit code 2), not of the file's content. */
export function isIoProblem(p: SourceProblem): boolean {
  return p.key === 'file.io' || p.key === 'file.notRegular';
}

/** Decodes bytes already read; exported for tests and for callers that hold the bytes. */
export function decode(buf: Buffer): SourceResult {
  const utf16 = utf16Endian(buf);
  if (utf16) return { ok: false, problem: { key: 'file.utf16', endian: utf16 } };
  if (buf.subarray(0, 8192).includes(0)) return { ok: false, problem: { key: 'file.binary' } };
  if (!isUtf8(buf)) return { ok: false, problem: { key: 'file.notUtf8', ...firstInvalid(buf) } };
  let text = buf.toString('utf8');
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === '') return { ok: false, problem: { key: 'file.empty' } };
  return { ok: true, text };
}

/**
 * 'LE' or 'BE' when the bytes look like UTF-16 text: a byte-order mark, or (without one) zero bytes at
 * every other position in the first bytes, as ASCII text saved as UTF-16 has.
 */
export function utf16Endian(buf: Buffer): 'LE' | 'BE' | undefined {
  if (buf.length >= 2 && buf[0] === 0xff && buf[1] === 0xfe) return 'LE';
  if (buf.length >= 2 && buf[0] === 0xfe && buf[1] === 0xff) return 'BE';
  const n = Math.min(buf.length & ~1, 512);
  if (n < 4) return undefined;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (buf[i] === 0) evenZero++;
    if (buf[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero >= pairs * 0.9 && evenZero === 0) return 'LE';
  if (evenZero >= pairs * 0.9 && oddZero === 0) return 'BE';
  return undefined;
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

/**
 * The text of a small file read before loading (plan.yaml for its `lang`), or undefined when it is not
 * a regular file or cannot be read: never waits on a FIFO, never reads more than `maxBytes`, never throws.
 */
export function readTextMaybe(file: string, maxBytes = DEFAULT_MAX_BYTES): string | undefined {
  try {
    const r = readRegular(file, maxBytes);
    return r.ok ? r.buf.toString('utf8') : undefined;
  } catch {
    // closing the file failed after all: there is nothing to read from it
    return undefined;
  }
}
