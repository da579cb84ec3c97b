// Handlebars helpers of the printed plan. Each one escapes what it prints: templates never need the
// triple-stash, and plan text can never become markup. Each piece of plan text is also isolated
// (<bdi> with its own direction), so that a bidirectional control character in the data (an unclosed
// U+202E, say) cannot reorder anything outside its own field.
import type { HelperDelegate, HelperOptions } from 'handlebars';
import type { Catalog } from '../../i18n/catalog.js';
import { formatNumber, formatPercent, frenchSpacing, stripBidi } from '../../i18n/format.js';
import { barsSvg, columnsSvg, donutSvg, type ChartRow } from './charts.js';
import { plainIn, type PrintLang } from './plain.js';
import { CHAPTER_HELPER_NAMES, makeChapterHelpers } from './chapter-helpers.js';
import { CHAPTERS, type OutlineEntry } from './chapters.js';
import type { Bi, Chart, DocMode } from './view-model.js';

/** What the helpers need: the document's languages, the word catalogue, and Handlebars' escaping. */
export interface HelperContext {
  mode: DocMode;
  strings: Catalog;
  escape: (s: string) => string;
  safe: (html: string) => unknown;
}

/** Names of every helper, for `knownHelpers` (the compiler then refuses any other helper name). */
export const HELPER_NAMES = [
  't',
  'tx',
  'txlist',
  'para',
  'str',
  'unit',
  'name',
  'num',
  'amount',
  'pct',
  'date',
  'label',
  'bdi',
  'years',
  'colon',
  'sep',
  'langs',
  'chart',
  'cssString',
  'eq',
  'add',
  'isBi',
  'word',
  'chapterTitle',
  ...CHAPTER_HELPER_NAMES,
] as const;

type Options = HelperOptions | undefined;

/** The language forced by an enclosing {{#langs}} block, if any. */
const forcedLang = (o: unknown): PrintLang | undefined => {
  const l = (o as Options)?.data?.lang;
  return l === 'ar' || l === 'fr' ? l : undefined;
};
/** Handlebars passes its options object last: a helper's optional argument may be that object. */
const isOptions = (v: unknown): boolean => !!v && typeof v === 'object' && 'data' in (v as object) && 'hash' in (v as object);

/** A year range written left to right with an en dash, or a single year when both ends are the same. */
export const yearRange = (a: string, b: string): string => (a === b ? a : `${a}–${b}`);

/** Builds the helpers for one document mode. */
export function makeHelpers(ctx: HelperContext): Record<(typeof HELPER_NAMES)[number], HelperDelegate> {
  const { mode, strings, escape: esc, safe } = ctx;
  const master: PrintLang = mode === 'fr' ? 'fr' : 'ar';
  const rtl = master === 'ar';
  const langsOf = (o: unknown): PrintLang[] => {
    const f = forcedLang(o);
    return f ? [f] : mode === 'ar+fr' ? ['ar', 'fr'] : [master];
  };
  const words = new Map<string, string>();
  const word = (key: string, lang: PrintLang) => {
    const id = `${lang}\u0000${key}`;
    let w = words.get(id);
    if (w === undefined) {
      w = strings[key]?.[lang] ?? key;
      if (lang === 'fr') w = frenchSpacing(w);
      words.set(id, w);
    }
    return w;
  };
  // Numbers are wrapped in <bdi dir=ltr> in Arabic so that neighbouring text never reorders them.
  const iso = (s: string, lang: PrintLang = master) => (lang === 'ar' ? `<bdi dir="ltr">${s}</bdi>` : s);
  // A year range typed «2022-2027» inside a text: isolated left to right, with the document's en dash.
  const years = (s: string) => s.replace(/\b(\d{4})\s*[-–]\s*(\d{4})\b/g, (_, a: string, b: string) => `<bdi dir="ltr">${yearRange(a, b)}</bdi>`);
  const arabic = (s: string) => years(esc(s)).replace(/م([23])(?![\d\p{L}])/gu, (_, d: string) => (d === '2' ? 'م²' : 'م³'));
  const french = (s: string) =>
    years(esc(frenchSpacing(s))).replace(/(\d\s?)m([23])(?![\d\p{L}])/gu, (_, n: string, d: string) => `${n}m${d === '2' ? '²' : '³'}`);
  // One language of a text, isolated. In the bilingual pair each half carries its class (.ar, .fr: the
  // French goes under the Arabic); a text in one language only is isolated without changing the layout.
  const inLang = (s: string, lang: PrintLang, inPair = false) => {
    const cls = inPair ? ` class="${lang}"` : '';
    return lang === 'ar' ? `<bdi${cls} dir="rtl">${arabic(s)}</bdi>` : `<bdi${cls} lang="fr" dir="ltr">${french(s)}</bdi>`;
  };
  const missing = (lang: PrintLang) => `<span class="missing" lang="${lang}">${esc(word('doc.missingText', lang))}</span>`;

  const label = (key: string, o: unknown) => {
    const ls = langsOf(o);
    if (ls.length === 2) return `<span class="ar">${esc(word(key, 'ar'))}</span><span class="fr" lang="fr" dir="ltr">${esc(word(key, 'fr'))}</span>`;
    return esc(word(key, ls[0]!));
  };
  const text = (v: Bi | null | undefined, o: unknown, only?: PrintLang) => {
    if (!v) return '';
    const ls = only ? [only] : langsOf(o);
    if (ls.length === 2) return v.fr !== null && v.fr !== v.ar ? inLang(v.ar, 'ar', true) + inLang(v.fr, 'fr', true) : inLang(v.ar, 'ar');
    const l = ls[0]!;
    if (l === 'ar') return inLang(v.ar, 'ar');
    return v.fr !== null ? inLang(v.fr, 'fr') : missing('fr');
  };
  const plains = new Map<string, ReturnType<typeof plainIn>>();
  /** A plain plan string in the document's language(s): glossary word, code, same-language text, or a marked gap. */
  const plain = (v: unknown, kind: 'unit' | 'name' | 'text', o: unknown) => {
    if (v === null || v === undefined || String(v).trim() === '') return '—';
    const s = String(v);
    const ls = langsOf(o);
    const one = (l: PrintLang, inPair = false) => {
      const id = `${l}\u0000${kind}\u0000${s}`;
      let p = plains.get(id);
      if (!p) plains.set(id, (p = plainIn(s, l, kind)));
      if ('missing' in p) return null;
      return p.code ? `<bdi dir="ltr">${esc(p.text)}</bdi>` : inLang(p.text, l, inPair);
    };
    if (ls.length === 2) {
      const ar = one('ar');
      const fr = one('fr');
      // A string in one of the two languages is printed once: it is not a leak in a bilingual page.
      if (ar === null && fr === null) return `<bdi>${esc(s)}</bdi>`;
      if (ar === null || fr === null || ar === fr) return (ar ?? fr)!;
      return one('ar', true)! + one('fr', true)!;
    }
    return one(ls[0]!) ?? missing(ls[0]!);
  };
  const num = (n: unknown, lang: PrintLang = master) => (typeof n === 'number' && Number.isFinite(n) ? iso(formatNumber(n, lang), lang) : '—');
  const chartRows = (c: Chart): ChartRow[] =>
    c.items.map((it) => {
      const lines = it.key ? [word(it.key, master), ...(mode === 'ar+fr' ? [word(it.key, 'fr')] : [])] : it.label ? labelLines(it.label) : [''];
      return { label: lines, value: it.value, text: c.unit === 'mdh' ? formatNumber(Math.round(it.value / 1e5) / 10, master) : formatNumber(it.value, master) };
    });
  const labelLines = (b: Bi) =>
    mode === 'ar+fr'
      ? [stripBidi(b.ar), ...(b.fr && b.fr !== b.ar ? [stripBidi(b.fr)] : [])]
      : [stripBidi(mode === 'fr' ? (b.fr ?? word('doc.missingText', 'fr')) : b.ar)];
  return {
    /** A catalogue word; both languages in the bilingual document (one inside {{#langs}}). */
    t: (key: string, only?: unknown, o?: unknown) => safe(label(key, only === 'ar' || only === 'fr' ? { data: { lang: only } } : isOptions(only) ? only : o)),
    /** A plan text; `{{tx value "ar"}}` forces one language. */
    tx: (v: Bi | null, only?: unknown, o?: unknown) => safe(text(v, isOptions(only) ? only : o, only === 'ar' || only === 'fr' ? only : undefined)),
    /** A list of plan texts joined with the language's comma («، » in Arabic, «, » in French). */
    txlist: (list: Bi[] | null, o: Options) => {
      if (!list || list.length === 0) return safe('—');
      const ls = langsOf(o);
      // paren=true puts each language's list in its own parentheses, so that the two halves of a
      // bilingual pair never share one pair of brackets across lines.
      const wrap = (s: string) => ((o as HelperOptions | undefined)?.hash?.paren ? `(${s})` : s);
      const join = (l: PrintLang, inPair = false) => {
        if (l === 'ar') return inLang(wrap(list.map((b) => b.ar).join('، ')), 'ar', inPair);
        return list.every((b) => b.fr !== null) ? inLang(wrap(list.map((b) => b.fr!).join(', ')), 'fr', inPair) : missing('fr');
      };
      // The bilingual document prints the French when every item has it (else the Arabic, as for one text).
      if (ls.length === 2) return safe(list.some((b) => b.fr === null) || list.every((b) => b.fr === b.ar) ? join('ar') : join('ar', true) + join('fr', true));
      return safe(join(ls[0]!));
    },
    /** A paragraph of plan text; in the bilingual document the two languages face each other. */
    para: (v: Bi | null, o: Options) => {
      if (!v) return safe('');
      const ls = langsOf(o);
      if (ls.length === 2 && v.fr !== null && v.fr !== v.ar)
        return safe(`<div class="pair"><p lang="ar" dir="rtl">${inLang(v.ar, 'ar')}</p><p lang="fr" dir="ltr">${inLang(v.fr, 'fr')}</p></div>`);
      return safe(`<p>${text(v, o)}</p>`);
    },
    /** A plain string of the plan (a name, a reference): in the document's language, or marked missing. */
    str: (v: unknown, o: Options) => safe(plain(v, 'text', o)),
    /** A unit of measure, from the glossary of units. */
    unit: (v: unknown, o: Options) => safe(plain(v, 'unit', o)),
    /** The name of a body or service (sources, responsible units), from the glossary of names. */
    name: (v: unknown, o: Options) => safe(plain(v, 'name', o)),
    num: (n: unknown, o: Options) => safe(num(n, forcedLang(o) ?? master)),
    /** An amount with «درهم» or «MAD». */
    amount: (n: unknown, o: Options) => {
      const l = forcedLang(o) ?? master;
      return safe(typeof n === 'number' ? `${num(n, l)}\u00a0${l === 'ar' ? 'درهم' : 'MAD'}` : '—');
    },
    pct: (share: unknown, o: Options) =>
      safe(typeof share === 'number' && Number.isFinite(share) ? iso(formatPercent(share, forcedLang(o) ?? master), forcedLang(o) ?? master) : '—'),
    /** An ISO date as day/month/year. */
    date: (d: unknown, o: Options) => {
      if (typeof d !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(d)) return safe(d ? `<bdi>${esc(String(d))}</bdi>` : '—');
      const [y, m, day] = d.split('-');
      return safe(iso(`${day}/${m}/${y}`, forcedLang(o) ?? master));
    },
    /** The catalogue word for an enumerated value: {{label "sector" sector}}. */
    label: (prefix: string, value: unknown, o: Options) => {
      if (value === null || value === undefined) return safe('—');
      const key = `${prefix}.${String(value)}`;
      // An enumerated value the catalogue lacks (a fourth convocation): the prefix's word and the value.
      if (!strings[key] && strings[prefix]) return safe(`${label(prefix, o)} <bdi dir="ltr">${esc(String(value))}</bdi>`);
      return safe(label(key, o));
    },
    /** A short value isolated from its neighbours (a number, a code the document computed). */
    bdi: (v: unknown) => safe(v === null || v === undefined || v === '' ? '—' : `<bdi>${esc(String(v))}</bdi>`),
    /** A year range, always written left to right; one year when it starts and ends the same year. */
    years: (a: unknown, b: unknown) => safe(`<bdi dir="ltr">${esc(yearRange(String(a), String(b)))}</bdi>`),
    /** A colon after a label: «:» in Arabic, « :» (no-break space first) in French. */
    colon: (o: Options) => safe((forcedLang(o) ?? master) === 'fr' ? '\u00a0:' : ':'),
    /** A list separator: «، » in Arabic, «, » in French. */
    sep: (o: Options) => safe((forcedLang(o) ?? master) === 'fr' ? ', ' : '، '),
    /**
     * Renders its block once per document language (Arabic then French in the bilingual document),
     * with @lang and @dir set: helpers inside it print that language only.
     */
    langs: function (this: unknown, o: HelperOptions) {
      return langsOf(o)
        .map((lang) => o.fn(this, { data: { ...o.data, lang, dir: lang === 'ar' ? 'rtl' : 'ltr' } }))
        .join('');
    },
    chart: (c: Chart) => {
      const title = mode === 'ar+fr' ? `${word(c.titleKey, 'ar')} / ${word(c.titleKey, 'fr')}` : word(c.titleKey, master);
      const rows = chartRows(c);
      const o = { title: c.unit === 'mdh' ? `${title} (${word('unit.mdh', master)})` : title, rtl, bilingual: mode === 'ar+fr' };
      return safe(c.kind === 'bars' ? barsSvg(rows, o) : c.kind === 'columns' ? columnsSvg(rows, o) : donutSvg(rows, o));
    },
    /** A CSS string literal (for @page margin boxes), every character that could end it escaped. */
    cssString: (s: unknown) => safe(cssString(String(s ?? ''))),
    /** A catalogue word as plain text: the master language, or «ar / fr» in the bilingual document. */
    word: (key: string) => (mode === 'ar+fr' ? `${word(key, 'ar')} / ${word(key, 'fr')}` : word(key, master)),
    /**
     * A chapter's heading: its number (from its place in src/core/render/chapters.ts, none for the front
     * matter) and its title: {{chapterTitle "finance"}}.
     */
    chapterTitle: (id: string, o: Options) => {
      const outline = (o?.data?.root as { outline?: OutlineEntry[] } | undefined)?.outline ?? [];
      const c = outline.find((e) => e.id === id) ?? CHAPTERS.find((e) => e.id === id);
      if (!c) throw new Error(`{{chapterTitle "${id}"}}: no chapter "${id}" (known: ${CHAPTERS.map((e) => e.id).join(', ')})`);
      const number = 'number' in c && c.number ? `<bdi dir="ltr" class="num">${esc(c.number)}</bdi> ` : '';
      return safe(number + label(c.title, o));
    },
    eq: (a: unknown, b: unknown) => a === b,
    add: (a: unknown, b: unknown) => Number(a) + Number(b),
    isBi: (v: unknown) => !!v && typeof v === 'object' && 'ar' in (v as object),
    ...makeChapterHelpers(ctx),
  };
}

/**
 * Quotes `s` as a CSS string; only letters, digits, spaces and non-ASCII stay as they are. Bidirectional
 * controls other than the isolates the document puts there itself (FSI, PDI) are removed, and isolates
 * are balanced, so that nothing in the running header reorders the rest of it.
 */
export function cssString(s: string): string {
  let depth = 0;
  let clean = '';
  for (const ch of s.replace(/[\u061c\u200e\u200f\u202a-\u202e]/g, '')) {
    if (ch === '\u2066' || ch === '\u2067' || ch === '\u2068') depth++;
    else if (ch === '\u2069') {
      if (depth === 0) continue;
      depth--;
    }
    clean += ch;
  }
  clean += '\u2069'.repeat(depth);
  return (
    '"' + [...clean].map((ch) => (/^[\p{L}\p{N} ]$/u.test(ch) && !/[\u0000-\u001f]/.test(ch) ? ch : `\\${ch.codePointAt(0)!.toString(16)} `)).join('') + '"'
  );
}
