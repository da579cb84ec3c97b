// Report view model → HTML through Handlebars, with the printed plan's environment: strict lookups,
// only known helpers (the plan's, plus the report's chart helper), no prototype access. Pure: templates
// come in as strings, the HTML goes out as a string.
import Handlebars from 'handlebars';
import type { Catalog } from '../../i18n/catalog.js';
import { formatNumber, formatPercent, stripBidi } from '../../i18n/format.js';
import { barsSvg, groupedBarsSvg } from '../render/charts.js';
import { HELPER_NAMES, makeHelpers } from '../render/helpers.js';
import type { PageExtras } from '../render/render-html.js';
import type { Bi, DocMode } from '../render/view-model.js';
import type { ReportChart, ReportModel } from './report-model.js';

/** The report's templates: its layout, its partials, the CSS (the plan's print.css and the report's own) and the words. */
export interface ReportTemplateSet {
  layout: string;
  partials: Record<string, string>;
  css: string;
  strings: Catalog;
}

/** Helpers the report adds to the plan's. */
export const REPORT_HELPER_NAMES = ['rchart'] as const;

/** Compiles the report's templates once; the result renders any number of reports. */
export function compileReport(set: ReportTemplateSet): (model: ReportModel, extras: PageExtras) => string {
  const env = Handlebars.create();
  const options = {
    strict: true,
    knownHelpersOnly: true,
    knownHelpers: Object.fromEntries([...HELPER_NAMES, ...REPORT_HELPER_NAMES].map((n) => [n, true])),
    preventIndent: true,
  };
  const partials = Object.fromEntries(Object.entries(set.partials).map(([name, src]) => [name, env.compile(src, options)]));
  const layout = env.compile(set.layout, options);
  const byMode = new Map<DocMode, Record<string, Handlebars.HelperDelegate>>();
  return (model, extras) => {
    let helpers = byMode.get(model.meta.mode);
    if (!helpers) {
      const ctx = { mode: model.meta.mode, strings: set.strings, escape: env.Utils.escapeExpression, safe: (s: string) => new env.SafeString(s) };
      helpers = { ...makeHelpers(ctx), rchart: (c: ReportChart) => new env.SafeString(reportChartSvg(c, model.meta.mode, set.strings)) };
      byMode.set(model.meta.mode, helpers);
    }
    return layout(
      { ...model, style: new env.SafeString(`${extras.fontCss}\n${set.css}`) },
      { helpers, partials, allowProtoPropertiesByDefault: false, allowProtoMethodsByDefault: false },
    );
  };
}

/** A report chart as inline SVG (charts.ts): labels in the document's language(s), every value printed. */
export function reportChartSvg(c: ReportChart, mode: DocMode, strings: Catalog): string {
  const master = mode === 'fr' ? 'fr' : 'ar';
  const word = (key: string, l: 'ar' | 'fr') => strings[key]?.[l] ?? key;
  const both = (key: string) => (mode === 'ar+fr' ? `${word(key, 'ar')} / ${word(key, 'fr')}` : word(key, master));
  const lines = (b: Bi) =>
    mode === 'ar+fr' ? [stripBidi(b.ar), ...(b.fr && b.fr !== b.ar ? [stripBidi(b.fr)] : [])] : [stripBidi(master === 'fr' ? (b.fr ?? b.ar) : b.ar)];
  const label = (it: ReportChart['items'][number]) =>
    it.key ? [word(it.key, master), ...(mode === 'ar+fr' ? [word(it.key, 'fr')] : [])] : it.label ? lines(it.label) : [''];
  const text = (v: number) =>
    c.unit === 'mdh' ? formatNumber(Math.round(v / 1e5) / 10, master) : c.unit === 'pct' ? formatPercent(v, master) : formatNumber(v, master);
  const title = c.unit === 'mdh' ? `${both(c.titleKey)} (${word('unit.mdh', master)})` : both(c.titleKey);
  const o = { title, rtl: master === 'ar', bilingual: mode === 'ar+fr' };
  if (c.kind === 'bars')
    return barsSvg(
      c.items.map((it) => ({ label: label(it), value: it.values[0] ?? 0, text: text(it.values[0] ?? 0) })),
      o,
    );
  return groupedBarsSvg(
    c.items.map((it) => ({ label: label(it), values: it.values, texts: it.values.map(text) })),
    c.seriesKeys.map(both),
    o,
  );
}
