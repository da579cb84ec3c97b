// Keeps the user's own spelling of every line an edit did not change. The yaml package re-prints the
// whole document with one style for flow collections (`[ a, b ]` or `[a, b]`, the same for maps and
// sequences), while hand-written and Prettier-formatted files mix them (`{ a: 1 }` beside `[a, b]`).
// Lines whose content is unchanged, up to spacing inside flow brackets, are taken from the original.
import { diffArrays } from 'diff';

type Quote = '"' | "'";

/** Whether `line[i]` opens a quoted scalar: a quote at the start of a value, not inside a plain one (it's). */
const opensQuote = (line: string, i: number): boolean => (line[i] === '"' || line[i] === "'") && (i === 0 || /[\s[{,:]/.test(line[i - 1]!));

/** One step inside a quoted scalar: the text copied (with an escaped or doubled quote), the last index read, the quote still open. */
function inQuote(line: string, i: number, quote: Quote): { text: string; i: number; quote: Quote | null } {
  const ch = line[i]!;
  if (quote === '"' && ch === '\\') return { text: ch + (line[i + 1] ?? ''), i: i + 1, quote };
  if (ch !== quote) return { text: ch, i, quote };
  if (quote === "'" && line[i + 1] === "'") return { text: "''", i: i + 1, quote };
  return { text: ch, i, quote: null };
}

/**
 * A line with its optional spaces removed: after `[` `{` `,` and before `]` `}` `,` (only inside brackets
 * opened on the line, outside quotes and comments), and all but one before a trailing comment. Two lines
 * with the same normal form hold the same YAML, since plain scalars in flow context cannot contain those
 * characters and a plain scalar never ends with a space.
 */
export function flowNormal(line: string): string {
  let out = '';
  let depth = 0;
  let quote: Quote | null = null;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (quote) {
      const step = inQuote(line, i, quote);
      out += step.text;
      i = step.i;
      quote = step.quote;
      continue;
    }
    // A comment: the spaces before it are not content (the yaml package prints exactly one).
    if (ch === '#' && (i === 0 || /\s/.test(line[i - 1]!))) return out.replace(/[ \t]+$/, ' ') + line.slice(i);
    if (opensQuote(line, i)) quote = ch as '"' | "'";
    if (ch === '[' || ch === '{') depth++;
    if ((ch === ']' || ch === '}') && depth > 0) depth--;
    if (depth > 0 || ch === ']' || ch === '}') {
      if (ch === ' ' && (/[[{,]$/.test(out) || /^ *[\]},]/.test(line.slice(i)))) continue;
    }
    out += ch;
  }
  return out;
}

/** Whether a file pads its flow sequences (`[ a ]`) and maps (`{ a: 1 }`), by majority; undefined when it has none. */
export function flowPadding(text: string): { seq?: boolean; map?: boolean } {
  const count = (re: RegExp) => (text.match(re) ?? []).length;
  const vote = (padded: number, tight: number) => (padded + tight ? padded >= tight : undefined);
  return { seq: vote(count(/\[ [^\s\]]/g), count(/\[[^\s\]]/g)), map: vote(count(/\{ [^\s}]/g), count(/\{[^\s}]/g)) };
}

/** A new line with the padding inside its flow brackets as the rest of the file writes it (the yaml package always pads). */
export function restyleFlow(line: string, pad: { seq?: boolean; map?: boolean }): string {
  if (pad.seq !== false && pad.map !== false) return line;
  let out = '';
  let quote: Quote | null = null;
  const stack: string[] = [];
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (quote) {
      const step = inQuote(line, i, quote);
      out += step.text;
      i = step.i;
      quote = step.quote;
      continue;
    }
    if (ch === '#' && (i === 0 || /\s/.test(line[i - 1]!))) return out + line.slice(i);
    if (opensQuote(line, i)) quote = ch as '"' | "'";
    const tight = (open: string) => (open === '[' ? pad.seq === false : pad.map === false);
    if (ch === '[' || ch === '{') {
      stack.push(ch);
      out += ch;
      if (tight(ch) && line[i + 1] === ' ' && line[i + 2] !== undefined && !/[\]}]/.test(line[i + 2]!)) i++;
      continue;
    }
    if ((ch === ']' || ch === '}') && stack.length) {
      const open = stack.pop()!;
      if (tight(open) && out.endsWith(' ') && !/[[{] $/.test(out)) out = out.slice(0, -1);
    }
    out += ch;
  }
  return out;
}

/** `after` with each line that only re-spaces a flow collection of `before` put back as it was. */
export function keepOriginalLines(before: string, after: string): string {
  if (!before) return after;
  const pad = flowPadding(before);
  const a = before.split(/\r?\n/);
  const b = after.split(/\r?\n/);
  const out: string[] = [];
  const parts = diffArrays(a, b);
  for (let k = 0; k < parts.length; k++) {
    const p = parts[k]!;
    const next = parts[k + 1];
    if (p.removed && next?.added) {
      // Each new line takes the first remaining old line of the same normal form, in order.
      const olds = p.value.map(flowNormal);
      let j = 0;
      for (const line of next.value) {
        const n = flowNormal(line);
        const at = olds.indexOf(n, j);
        if (at >= 0) {
          out.push(p.value[at]!);
          j = at + 1;
        } else out.push(restyleFlow(line, pad));
      }
      k++;
    } else if (p.added) out.push(...p.value.map((l) => restyleFlow(l, pad)));
    else if (!p.removed) out.push(...p.value);
  }
  return out.join('\n');
}
