// Typography of the printed plan (numbers, colons, commas, units, year ranges, ordinals), charts that
// read in black and white, and bidi isolation of every value of the plan.
import { describe, expect, it } from 'vitest';
import Handlebars from 'handlebars';
import { formatNumber, formatPercent, frenchSpacing, stripBidi } from '../../../src/i18n/format.js';
import { renderStrings } from '../../../src/i18n/render.js';
import { HELPER_NAMES, cssString, makeHelpers } from '../../../src/core/render/helpers.js';
import { barsSvg, donutSvg } from '../../../src/core/render/charts.js';
import { plainIn } from '../../../src/core/render/plain.js';
import type { DocMode } from '../../../src/core/render/view-model.js';
import { loadPlan, htmlOf } from './load.js';
import { words as visibleText } from './text.js';

const NNBSP = '\u202f';

/** Renders a one-line template with the document's helpers. */
function render(src: string, mode: DocMode, ctx: object = {}): string {
  const env = Handlebars.create();
  const helpers = makeHelpers({ mode, strings: renderStrings, escape: env.Utils.escapeExpression, safe: (s) => new env.SafeString(s) });
  return env.compile(src, { strict: true, knownHelpersOnly: true, knownHelpers: Object.fromEntries(HELPER_NAMES.map((n) => [n, true])) })(ctx, { helpers });
}

describe('numbers', () => {
  it('French uses the French separators: narrow no-break spaces and a decimal comma', () => {
    expect(formatNumber(13_500_000, 'fr')).toBe(`13${NNBSP}500${NNBSP}000`);
    expect(formatNumber(46.3, 'fr')).toBe('46,3');
    expect(formatPercent(0.463, 'fr')).toMatch(/^46,3[\u00a0\u202f]%$/);
    expect(render('{{num n}}', 'fr', { n: 13_500_000 })).toBe(`13${NNBSP}500${NNBSP}000`);
  });

  it('Arabic uses one decimal separator (the comma) and Western digits', () => {
    expect(formatNumber(46.3, 'ar')).toBe('46,3');
    expect(formatNumber(13_500_000.5, 'ar')).toBe('13.500.000,5');
    expect(render('{{num n}}', 'ar', { n: 46.3 })).toBe('<bdi dir="ltr">46,3</bdi>');
  });
});

describe('French and Arabic punctuation', () => {
  it('puts a no-break space before a colon in French, none in Arabic', () => {
    expect(frenchSpacing('Période: 2022')).toBe('Période\u00a0: 2022');
    expect(frenchSpacing('Période : 2022')).toBe('Période\u00a0: 2022');
    expect(frenchSpacing('Quoi ?')).toBe(`Quoi${NNBSP}?`);
    expect(frenchSpacing('10:30 http://x')).toBe('10:30 http://x');
    expect(render('{{t "doc.visa"}}{{colon}}', 'fr')).toBe('Visa du gouverneur\u00a0:');
    expect(render('{{t "doc.visa"}}{{colon}}', 'ar')).toBe('تأشيرة عامل العمالة أو الإقليم:');
    // The catalogue's French sentences get it too.
    expect(render('{{t "note.programmeGap"}}', 'fr')).toMatch(/\u00a0:$/);
  });

  it('uses the Arabic comma only in Arabic text', () => {
    const list = {
      l: [
        { ar: 'دوار أ', fr: 'Douar A' },
        { ar: 'دوار ب', fr: 'Douar B' },
      ],
    };
    expect(visibleText(render('{{txlist l}}', 'ar', list))).toBe('دوار أ، دوار ب');
    expect(visibleText(render('{{txlist l}}', 'fr', list))).toBe('Douar A, Douar B');
    expect(render('{{sep}}', 'fr')).toBe(', ');
  });

  it('writes cubic and square metres with superscripts', () => {
    expect(visibleText(render('{{tx v}}', 'ar', { v: { ar: 'خزان سعته 500 م3 ومساحة 20 م2', fr: null } }))).toBe('خزان سعته 500 م³ ومساحة 20 م²');
    expect(visibleText(render('{{tx v}}', 'fr', { v: { ar: 'x', fr: 'réservoir de 500 m3' } }))).toBe('réservoir de 500 m³');
    expect(plainIn('m3', 'ar', 'unit')).toEqual({ text: 'م³', code: false });
  });

  it('never prints a range that starts and ends the same year, and writes ranges one way', () => {
    expect(visibleText(render('{{years a b}}', 'ar', { a: 2022, b: 2022 }))).toBe('2022');
    expect(visibleText(render('{{years a b}}', 'fr', { a: 2022, b: 2027 }))).toBe('2022–2027');
    // A range typed in plan text is printed like the helper prints it.
    expect(visibleText(render('{{tx v}}', 'fr', { v: { ar: 'x', fr: 'Programme 2022-2027' } }))).toBe('Programme 2022–2027');
    expect(visibleText(render('{{tx v}}', 'ar', { v: { ar: 'برنامج 2022 - 2027', fr: null } }))).toBe('برنامج 2022–2027');
  });

  it('writes ordinals in words', () => {
    expect(visibleText(render('{{label "ado.convocation" n}}', 'ar', { n: 1 }))).toBe('الاستدعاء الأول');
    expect(visibleText(render('{{label "ado.convocation" n}}', 'fr', { n: 2 }))).toBe('Deuxième convocation');
  });
});

describe('charts', () => {
  const rows = [
    { label: ['مجلس جهة الرباط سلا القنيطرة', 'Conseil de la région Rabat-Salé-Kénitra'], value: 39_500_000, text: '39,5' },
    { label: ['المكتب الوطني للكهرباء والماء الصالح للشرب', 'Office national de l’électricité et de l’eau potable (ONEE)'], value: 18_600_000, text: '18,6' },
  ];
  it('prints every label above its bar, never over it, and every value, in the bilingual document', () => {
    const svg = barsSvg(rows, { title: 't', rtl: true, bilingual: true });
    const texts = [...svg.matchAll(/<text x="[\d.]+" y="([\d.]+)"[^>]*>([^<]*)<\/text>/g)].map((m) => ({ y: Number(m[1]), s: m[2]! }));
    const bars = [...svg.matchAll(/<rect x="[\d.]+" y="([\d.]+)" width="[\d.]+" height="([\d.]+)"/g)].map((m) => ({
      top: Number(m[1]),
      bottom: Number(m[1]) + Number(m[2]),
    }));
    expect(bars).toHaveLength(2);
    for (const r of rows) {
      for (const line of r.label) {
        const t = texts.find((x) => x.s === line.replace(/’/g, '&#8217;') || x.s === line);
        expect(t, line).toBeTruthy();
        // A label's baseline lies above every bar's top or more than its height below its bottom.
        for (const b of bars) expect(t!.y <= b.top || t!.y - 11 >= b.bottom, `${line} over a bar`).toBe(true);
      }
      expect(texts.some((x) => x.s === r.text)).toBe(true);
    }
    // The bars use the whole width, not half of it.
    const widest = Math.max(...[...svg.matchAll(/<rect x="[\d.]+" y="[\d.]+" width="([\d.]+)"/g)].map((m) => Number(m[1])));
    expect(widest).toBeGreaterThan(500);
  });

  it('tells the slices of a ring apart in black and white, with their values and shares', () => {
    const svg = donutSvg(
      [
        { label: ['نساء'], value: 301, text: '301' },
        { label: ['رجال'], value: 424, text: '424' },
      ],
      { title: 't', rtl: true },
    );
    const fills = [...svg.matchAll(/<path d="[^"]*" fill="([^"]+)"/g)].map((m) => m[1]);
    expect(fills).toEqual(['#1f5f8b', '#9ec3dc']);
    expect(svg).toContain('301 (42%)');
    expect(svg).toContain('424 (58%)');
  });
});

describe('bidi isolation', () => {
  const RLO = '\u202e';
  it('keeps an unclosed override inside the field that holds it', async () => {
    const plan = await loadPlan();
    plan.commune!.data.name = { ar: `أولماس${RLO}`, fr: `${RLO}Oulmès` };
    plan.projects[0]!.data.title = { ar: `طريق${RLO}`, fr: `Route ${RLO}rurale` };
    for (const mode of ['ar', 'fr', 'ar+fr'] as const) {
      const html = htmlOf(plan, { mode });
      const head = html.slice(0, html.indexOf('<body'));
      const body = html.slice(html.indexOf('<body'));
      // Plain-text places (title, metadata, the running header's CSS string) hold no control at all.
      expect(stripBidi(head.replace(/\\2066 |\\2067 |\\2068 |\\2069 /g, ''))).toBe(head.replace(/\\2066 |\\2067 |\\2068 |\\2069 /g, ''));
      expect(head).not.toContain('\\202e');
      // In the body, every override sits in a <bdi> of its own, closed before any other text.
      const total = body.split(RLO).length - 1;
      expect(total).toBeGreaterThan(0);
      const isolated = [...body.matchAll(/<bdi[^>]*>([^<]*)<\/bdi>/g)].reduce((n, m) => n + (m[1]!.split(RLO).length - 1), 0);
      expect(isolated, mode).toBe(total);
    }
  });

  it('balances the isolates of the running header and removes every other control', () => {
    expect(cssString('a\u202eb')).toBe('"ab"');
    expect(cssString('\u2068a\u202e')).toBe('"\\2068 a\\2069 "');
    expect(cssString('a\u2069b')).toBe('"ab"');
  });
});
