// The answer parsers shared by every form: one place decides what a valid date, count or list is.
import type { Answers, Choice, FormContext, Parsed } from './question.js';
import { findUnit } from './admin-units.js';
import { foldForSearch } from './normalize.js';

const str = (raw: unknown): string => (raw === undefined || raw === null ? '' : String(raw)).trim();

/** Arabic-Indic (٠…٩) and Eastern Arabic-Indic (۰…۹) digits as Western digits, and the Arabic decimal and thousands separators. */
export const westernDigits = (s: string): string =>
  s
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/[\u06f0-\u06f9]/g, (d) => String(d.charCodeAt(0) - 0x06f0))
    .replace(/\u066b/g, '.')
    .replace(/\u066c/g, '');
const num = (raw: unknown): string => westernDigits(str(raw));

/** A non-empty line of text. */
export const parseText = (raw: unknown): Parsed => {
  const s = str(raw);
  return s ? { value: s } : { error: 'a.empty' };
};

const ARABIC_LETTER = /[\u0621-\u064a\u0671-\u06d3]/;

/** A text that must contain Arabic letters (the Arabic version of a bilingual text). */
export const parseArabic = (raw: unknown): Parsed => {
  const s = str(raw);
  if (!s) return { error: 'a.empty' };
  return ARABIC_LETTER.test(s) ? { value: s } : { error: 'a.notArabic' };
};

/** A whole number within bounds. */
export const parseInteger =
  (min = 0, max = Number.MAX_SAFE_INTEGER) =>
  (raw: unknown): Parsed => {
    const s = num(raw).replace(/[\s\u00a0\u202f_]/g, '');
    if (!/^-?\d+$/.test(s)) return { error: 'a.notInteger' };
    const n = Number(s);
    if (n < min || n > max) return { error: 'a.outOfRange', args: { min, max } };
    return { value: n };
  };

/** A number (decimals allowed, dot or comma). */
export const parseNumber = (raw: unknown): Parsed => {
  const s = num(raw)
    .replace(/[\s\u00a0\u202f]/g, '')
    .replace(',', '.');
  return s && Number.isFinite(Number(s)) ? { value: Number(s) } : { error: 'a.notNumber' };
};

/**
 * A calendar date, stored YYYY-MM-DD: typed as YYYY-MM-DD or as people write it in Morocco, day first
 * (21/09/2021, 21-09-2021, 21.9.2021), in Western or Arabic-Indic digits (a YAML date object is accepted too).
 */
export const parseDate = (raw: unknown): Parsed => {
  let s = raw instanceof Date ? raw.toISOString().slice(0, 10) : num(raw);
  const dayFirst = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(s);
  if (dayFirst) s = `${dayFirst[3]}-${dayFirst[2]!.padStart(2, '0')}-${dayFirst[1]!.padStart(2, '0')}`;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return { error: 'a.notDate' };
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  // Well formed but not in the calendar (2027-02-30): say that, not "write YYYY-MM-DD".
  if (d.toISOString().slice(0, 10) !== s) return { error: 'a.noSuchDate' };
  if (Number(m[1]) < 2000 || Number(m[1]) > 2100) return { error: 'a.outOfRange', args: { min: 2000, max: 2100 } };
  return { value: s };
};

/** An identifier as the schemas allow it (letters, digits, _ . -). */
export const parseId = (raw: unknown): Parsed => {
  const s = str(raw);
  return /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/.test(s) ? { value: s } : { error: 'a.notId' };
};

/** Yes or no (y/n, oui/non, نعم/لا, true/false). */
export const parseBoolean = (raw: unknown): Parsed => {
  if (typeof raw === 'boolean') return { value: raw };
  const s = foldForSearch(str(raw));
  if (['y', 'yes', 'o', 'oui', 'true', '1', 'نعم'].includes(s)) return { value: true };
  if (['n', 'no', 'non', 'false', '0', 'لا'].includes(s)) return { value: false };
  return { error: 'a.notBoolean' };
};

/** One value among the question's choices, by value or by label (folded). */
export const parseChoice =
  (choices: (a: Answers, ctx: FormContext) => Choice[]) =>
  (raw: unknown, a: Answers, ctx: FormContext): Parsed => {
    const list = choices(a, ctx);
    const s = str(raw);
    const hit = list.find((c) => c.value === s) ?? list.find((c) => foldForSearch(c.label) === foldForSearch(s) && s !== '');
    return hit ? { value: hit.value } : { error: 'a.notAChoice', args: { choices: list.map((c) => c.value).join(', ') } };
  };

/** Several values among the choices: a list, or a string separated by commas or spaces. */
export const parseChoices =
  (choices: (a: Answers, ctx: FormContext) => Choice[], minItems = 0) =>
  (raw: unknown, a: Answers, ctx: FormContext): Parsed => {
    const items = Array.isArray(raw)
      ? raw.map(str)
      : str(raw)
          .split(/[\s,;]+/)
          .filter(Boolean);
    const allowed = new Set(choices(a, ctx).map((c) => c.value));
    const bad = items.filter((i) => !allowed.has(i));
    if (bad.length) return { error: 'a.notAChoice', args: { choices: [...allowed].join(', ') } };
    if (items.length < minItems) return { error: 'a.empty' };
    return { value: [...new Set(items)] };
  };

/** A reference-list unit given by id or by name; `extra` values (e.g. "new") pass through. */
export const parseUnit =
  (units: (a: Answers, ctx: FormContext) => Array<{ id: string; name: { ar: string; fr: string; en?: string } }>, extra: string[] = []) =>
  (raw: unknown, a: Answers, ctx: FormContext): Parsed => {
    const s = str(raw);
    if (extra.includes(s)) return { value: s };
    if (!s) return { error: 'a.empty' };
    const hit = findUnit(units(a, ctx), s);
    return hit ? { value: hit.id } : { error: 'a.unknownUnit', args: { value: s } };
  };

/** A six-year plan period, "2022-2027" or {start_year, end_year}. */
export const parsePeriod = (raw: unknown): Parsed => {
  let start: number, end: number;
  if (raw && typeof raw === 'object' && 'start_year' in raw) {
    start = Number((raw as { start_year: unknown }).start_year);
    end = Number((raw as { end_year?: unknown }).end_year);
  } else {
    const m = /^\s*(\d{4})\s*[-–/ ]\s*(\d{4})\s*$/.exec(num(raw));
    if (!m) return { error: 'a.notPeriod' };
    start = Number(m[1]);
    end = Number(m[2]);
  }
  if (!Number.isInteger(start) || !Number.isInteger(end)) return { error: 'a.notPeriod' };
  if (start < 2000 || end > 2100) return { error: 'a.outOfRange', args: { min: 2000, max: 2100 } };
  if (end - start + 1 !== 6) return { error: 'a.notSixYears', args: { years: end - start + 1 } };
  return { value: { start_year: start, end_year: end } };
};
