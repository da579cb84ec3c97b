// The `plan select` report: ranking, programme, three-year financing, unfunded needs, and how it was solved.
import type { Lang } from '../diagnostics/diagnostic.js';
import { mdh, td } from '../../i18n/decide.js';
import { formatAmount, formatNumber } from '../../i18n/format.js';
import type { CapacityRule } from './build-selection-model.js';
import { financingTable, type ProgrammeData } from './programme.js';
import type { RankedPriority } from './ranked-priority.js';
import { inText, outText } from './reason-text.js';
import type { Selection } from './select-programme.js';
import { communeAmount, type SelectionModel } from './selection-model.js';
import { csv, textTable } from './text-table.js';

/** Everything the selection report shows. */
export interface SelectionReport {
  model: SelectionModel;
  selection: Selection;
  programme: ProgrammeData;
  ranked: RankedPriority[];
  /** Priorities with no selected project. */
  unserved: string[];
  capacityRule: CapacityRule;
  /** Solver calls, and seconds inside the solver only when timing was asked for (it changes from run to run). */
  solver: { solves: number; seconds?: number };
}

/** The report as a table, JSON or CSV (CSV: one row per programme line, then one per unfunded project). */
export function formatSelection(r: SelectionReport, format: 'table' | 'json' | 'csv', lang: Lang): string {
  const m = r.model;
  const byId = new Map(m.candidates.map((c) => [c.id, c]));
  const first3 = m.years.slice(0, 3);
  const fin = financingTable(r.programme, first3);
  const communeUse = first3.map((y) => r.selection.included.reduce((s, i) => s + communeAmount(m, byId.get(i.id)!, i.reason.start, y), 0));
  if (format === 'json')
    return (
      JSON.stringify(
        {
          status: r.selection.status,
          objective: r.selection.value,
          gap: r.selection.gap,
          value_bound: r.selection.valueBound,
          completed: r.selection.completed,
          years_moved: r.selection.shift,
          explain: r.selection.explain,
          capacity_rule: r.capacityRule,
          ranking: r.ranked.map((p) => ({ rank: p.rank, id: p.id, weighted_score: p.weighted_score })),
          programme: r.selection.included.map((i) => {
            const c = byId.get(i.id)!;
            return { id: i.id, ...i.reason, end: i.reason.start + c.profile.length - 1, value: c.value, cost: c.cost, why: inText(i.reason, lang) };
          }),
          financing: { years: first3, partners: Object.fromEntries(fin), commune_share: communeUse, capacity: first3.map((y) => m.capacity[y] ?? null) },
          unfunded: r.selection.excluded.map((e) => ({ id: e.id, ...e.reason, why: outText(e.reason, lang, e.id) })),
          unserved_priorities: r.unserved,
          lines: r.programme.lines,
          solver: r.solver,
        },
        null,
        2,
      ) + '\n'
    );
  if (format === 'csv')
    return csv([
      ['section', 'project', 'year', 'partner', 'amount', 'why'],
      ...r.programme.lines.map((l) => ['line', l.project, l.year, l.partner, l.amount, '']),
      ...r.selection.excluded.map((e) => ['unfunded', e.id, '', '', '', outText(e.reason, lang, e.id)]),
    ]);
  const n = (x: number) => formatNumber(x, lang);
  const out: string[] = [];
  out.push(td('rank.title', lang), '');
  out.push(
    textTable(
      [td('col.rank', lang), td('col.priority', lang), td('col.score', lang)],
      r.ranked.map((p) => [p.rank, p.id, n(p.weighted_score)]),
    ),
  );
  out.push('', td('sel.title', lang), '');
  const shifted = r.selection.included.filter((i) => i.reason.shiftedFrom !== undefined).length;
  out.push(td('sel.objective', lang, { value: n(r.selection.value), n: r.selection.included.length, total: m.candidates.length, shifted }), '');
  out.push(
    textTable(
      [td('col.project', lang), td('col.years', lang), td('col.value', lang), td('col.cost', lang), td('col.why', lang)],
      r.selection.included.map((i) => {
        const c = byId.get(i.id)!;
        const end = i.reason.start + c.profile.length - 1;
        return [i.id, end > i.reason.start ? `${i.reason.start}–${end}` : String(i.reason.start), n(c.value), mdh(c.cost, lang), inText(i.reason, lang)];
      }),
    ),
  );
  out.push('', td('sel.finance', lang), '');
  const rows: Array<Array<string | number>> = [...fin].map(([p, a]) => [
    p,
    ...a.map((x) => formatAmount(x, lang)),
    formatAmount(
      a.reduce((s, x) => s + x, 0),
      lang,
    ),
  ]);
  rows.push([td('sel.capacityRow', lang), ...first3.map((y) => (m.capacity[y] === undefined ? '—' : formatAmount(m.capacity[y]!, lang))), '']);
  out.push(textTable([td('col.partner', lang), ...first3.map(String), td('col.total', lang)], rows));
  out.push('', td('sel.unfunded', lang), '');
  if (r.selection.excluded.length)
    out.push(
      textTable(
        [td('col.project', lang), td('col.why', lang)],
        r.selection.excluded.map((e) => [e.id, outText(e.reason, lang, e.id)]),
      ),
    );
  else out.push(td('sel.none', lang));
  out.push('', td('sel.unserved', lang, { list: r.unserved.length ? r.unserved.join(', ') : td('sel.none', lang) }));
  out.push(td('sel.capacityRule', lang, { rule: td(`capRule.${r.capacityRule}`, lang) }));
  if (r.selection.completed.length) out.push(td('sel.completed', lang, { list: r.selection.completed.join(', ') }));
  if (r.selection.status === 'feasible') out.push(td('sel.gap', lang, { gap: `${n(Math.round(r.selection.gap * 10000) / 100)} %` }));
  out.push(
    r.selection.status === 'feasible'
      ? td('sel.best', lang, { solves: r.solver.solves })
      : r.solver.seconds === undefined
        ? td('sel.solves', lang, { solves: r.solver.solves })
        : td('sel.solver', lang, { solves: r.solver.solves, seconds: n(Math.round(r.solver.seconds * 1000) / 1000) }),
  );
  return out.join('\n') + '\n';
}
