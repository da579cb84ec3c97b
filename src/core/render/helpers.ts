// Handlebars helpers of the printed plan. Each one escapes what it prints: templates never need the
// triple-stash, and plan text can never become markup.
import type { HelperDelegate } from 'handlebars';
import type { Catalog } from '../../i18n/catalog.js';
import { formatNumber, formatPercent } from '../../i18n/format.js';
import { barsSvg, columnsSvg, donutSvg, type ChartRow } from './charts.js';
import { CHAPTER_HELPER_NAMES, makeChapterHelpers } from './chapter-helpers.js';
import type { Bi, Chart, DocMode } from './view-model.js';

/** What the helpers need: the document's languages, the word catalogue, and Handlebars' escaping. */
export interface HelperContext {
  mode: DocMode;
  strings: Catalog;
  escape: (s: string) => string;
  safe: (html: string) => unknown;
}

/** Names of every helper, for `knownHelpers` (the compiler then refuses any other helper name). */
export const HELPER_NAMES = ['t', 'tx', 'num', 'amount', 'pct', 'date', 'label', 'bdi', 'years', 'chart', 'cssString', 'eq', 'add', 'isBi', 'word', ...CHAPTER_HELPER_NAMES] as const;

/** Builds the helpers for one document mode. */
export function makeHelpers(ctx: HelperContext): Record<(typeof HELPER_NAMES)[number], HelperDelegate> {
  const { mode, strings, escape: esc, safe } = ctx;
  const master = mode === 'fr' ? 'fr' : 'ar';
  const rtl = master === 'ar';
  const word = (key: string, lang: 'ar' | 'fr') => strings[key]?.[lang] ?? key;
  // Numbers are wrapped in <bdi dir=ltr> in Arabic so that neighbouring text never reorders them.
  const iso = (s: string) => (rtl ? `<bdi dir="ltr">${s}</bdi>` : s);
  const bilingual = (ar: string, fr: string | null) =>
    fr === null || fr === ar ? `<span class="ar">${arabic(ar)}</span>` : `<span class="ar">${arabic(ar)}</span><span class="fr" lang="fr" dir="ltr">${esc(fr)}</span>`;
  // In Arabic text a year range typed «2022-2027» would show as «2027-2022»: isolate it left to right.
  const arabic = (s: string) => esc(s).replace(/\b(\d{4})\s*[-–]\s*(\d{4})\b/g, '<bdi dir="ltr">$1-$2</bdi>');
  const label = (key: string) => {
    if (mode === 'ar+fr') return bilingual(word(key, 'ar'), word(key, 'fr'));
    return esc(word(key, master));
  };
  const text = (v: Bi | null | undefined, only?: 'ar' | 'fr') => {
    if (!v) return '';
    if (only === 'ar' || (mode === 'ar' && only === undefined)) return arabic(v.ar);
    if (only === 'fr' || mode === 'fr') return v.fr !== null ? esc(v.fr) : `<bdi lang="ar" dir="rtl">${arabic(v.ar)}</bdi>`;
    return bilingual(v.ar, v.fr);
  };
  const num = (n: unknown) => (typeof n === 'number' && Number.isFinite(n) ? iso(formatNumber(n, master)) : '—');
  const chartRows = (c: Chart): ChartRow[] =>
    c.items.map((it) => {
      const lines = it.key ? [word(it.key, master), ...(mode === 'ar+fr' ? [word(it.key, 'fr')] : [])] : it.label ? labelLines(it.label) : [''];
      return { label: lines, value: it.value, text: c.unit === 'mdh' ? formatNumber(Math.round(it.value / 1e5) / 10, master) : formatNumber(it.value, master) };
    });
  const labelLines = (b: Bi) => (mode === 'ar+fr' ? [b.ar, ...(b.fr && b.fr !== b.ar ? [b.fr] : [])] : [mode === 'fr' ? b.fr ?? b.ar : b.ar]);
  return {
    /** A catalogue word; both languages in the bilingual document. */
    t: (key: string) => safe(label(key)),
    /** A plan text; `{{tx value "ar"}}` forces one language. */
    tx: (v: Bi | null, only?: unknown) => safe(text(v, only === 'ar' || only === 'fr' ? only : undefined)),
    num: (n: unknown) => safe(num(n)),
    /** An amount with «درهم» or «MAD». */
    amount: (n: unknown) => (typeof n === 'number' ? safe(`${num(n)}\u00a0${master === 'ar' ? 'درهم' : 'MAD'}`) : safe('—')),
    pct: (share: unknown) => safe(typeof share === 'number' && Number.isFinite(share) ? iso(formatPercent(share, master)) : '—'),
    /** An ISO date as day/month/year. */
    date: (d: unknown) => {
      if (typeof d !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(d)) return safe(d ? esc(String(d)) : '—');
      const [y, m, day] = d.split('-');
      return safe(iso(`${day}/${m}/${y}`));
    },
    /** The catalogue word for an enumerated value: {{label "sector" sector}}. */
    label: (prefix: string, value: unknown) => safe(value === null || value === undefined ? '—' : label(`${prefix}.${String(value)}`)),
    /** Free text of unknown direction (codes, French names in an Arabic page) isolated from its neighbours. */
    bdi: (v: unknown) => safe(v === null || v === undefined || v === '' ? '—' : `<bdi>${esc(String(v))}</bdi>`),
    /** A year range, always written left to right. */
    years: (a: unknown, b: unknown) => safe(`<bdi dir="ltr">${esc(String(a))}–${esc(String(b))}</bdi>`),
    chart: (c: Chart) => {
      const title = mode === 'ar+fr' ? `${word(c.titleKey, 'ar')} / ${word(c.titleKey, 'fr')}` : word(c.titleKey, master);
      const rows = chartRows(c);
      const o = { title: c.unit === 'mdh' ? `${title} (${word('unit.mdh', master)})` : title, rtl };
      return safe(c.kind === 'bars' ? barsSvg(rows, o) : c.kind === 'columns' ? columnsSvg(rows, o) : donutSvg(rows, o));
    },
    /** A CSS string literal (for @page margin boxes), every character that could end it escaped. */
    cssString: (s: unknown) => safe(cssString(String(s ?? ''))),
    /** A catalogue word as plain text in the master language (running header and footer). */
    word: (key: string) => word(key, master),
    eq: (a: unknown, b: unknown) => a === b,
    add: (a: unknown, b: unknown) => Number(a) + Number(b),
    isBi: (v: unknown) => !!v && typeof v === 'object' && 'ar' in (v as object),
    ...makeChapterHelpers(ctx),
  };
}

/** Quotes `s` as a CSS string; only letters, digits, spaces and non-ASCII stay as they are. */
export function cssString(s: string): string {
  return '"' + [...s].map((ch) => (/^[\p{L}\p{N} ]$/u.test(ch) && !/[\u0000-\u001f]/.test(ch) ? ch : `\\${ch.codePointAt(0)!.toString(16)} `)).join('') + '"';
}
