// The `plan prioritize` report: ranked priorities and the sensitivity of the ranking to each weight.
import type { Lang } from '../diagnostics/diagnostic.js';
import { td } from '../../i18n/decide.js';
import { formatNumber } from '../../i18n/format.js';
import type { Criterion, TieBreak } from './criteria.js';
import type { RankedPriority } from './ranked-priority.js';
import { csv, textTable } from './text-table.js';
import type { WeightShift } from './weight-sensitivity.js';

/** Everything the ranking report shows. */
export interface RankingReport {
  criteria: Criterion[];
  tieBreak: TieBreak;
  ranked: RankedPriority[];
  /** priority id → sector, need (in the report's language) and effective scores. */
  info: Map<string, { sector: string; need: string; scores: Record<string, number> }>;
  sensitivity: WeightShift[];
}

/** The report as a table, JSON or CSV. */
export function formatRanking(r: RankingReport, format: 'table' | 'json' | 'csv', lang: Lang): string {
  if (format === 'json') {
    return (
      JSON.stringify(
        {
          criteria: r.criteria,
          tie_break: r.tieBreak,
          priorities: r.ranked.map((p) => ({
            rank: p.rank,
            id: p.id,
            sector: r.info.get(p.id)!.sector,
            weighted_score: p.weighted_score,
            scores: r.info.get(p.id)!.scores,
          })),
          sensitivity: r.sensitivity.map((s) => ({ criterion: s.criterion, factor: s.factor, weights: round(s.weights), changes: s.changes })),
        },
        null,
        2,
      ) + '\n'
    );
  }
  const ids = r.criteria.map((c) => c.id);
  if (format === 'csv')
    return csv([
      ['rank', 'id', 'sector', 'weighted_score', ...ids],
      ...r.ranked.map((p) => [p.rank, p.id, r.info.get(p.id)!.sector, p.weighted_score, ...ids.map((c) => r.info.get(p.id)!.scores[c] ?? '')]),
    ]);
  const n = (x: number) => formatNumber(x, lang);
  const out: string[] = [td('rank.title', lang), ''];
  out.push(
    textTable(
      [td('col.rank', lang), td('col.priority', lang), td('col.score', lang), ...ids, td('col.sector', lang), td('col.need', lang)],
      r.ranked.map((p) => {
        const i = r.info.get(p.id)!;
        return [p.rank, p.id, n(p.weighted_score), ...ids.map((c) => (i.scores[c] === undefined ? '' : n(i.scores[c]!))), i.sector, i.need];
      }),
    ),
  );
  out.push('', td('rank.tieRule', lang, { rule: td(`tie.${r.tieBreak}`, lang) }));
  for (const c of r.criteria) if (c.source === 'citizen_support') out.push(td('rank.computed', lang, { criterion: c.id }));
  out.push('', td('sens.title', lang));
  for (const s of r.sensitivity) {
    const label = `${s.criterion} ${s.factor < 1 ? '−' : '+'}${Math.round(Math.abs(s.factor - 1) * 100)} %`;
    const what = s.changes.length ? td('sens.changes', lang, { list: s.changes.map((c) => `${c.id} ${c.from}→${c.to}`).join(', ') }) : td('sens.none', lang);
    out.push(`  ${label}: ${what}`);
  }
  const stable = r.sensitivity.filter((s) => !s.changes.length).length;
  out.push('', td('sens.summary', lang, { stable, total: r.sensitivity.length }));
  return out.join('\n') + '\n';
}

const round = (w: Record<string, number>) => Object.fromEntries(Object.entries(w).map(([k, v]) => [k, Math.round(v * 1e4) / 1e4]));
