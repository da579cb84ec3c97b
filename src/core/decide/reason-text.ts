// Sentences for the selection's decisions: why a project is in or out, and what conflicts.
import type { Lang } from '../diagnostics/diagnostic.js';
import { mdh, td } from '../../i18n/decide.js';
import { formatNumber } from '../../i18n/format.js';
import type { InReason, OutReason } from './explain-selection.js';
import type { Conflict } from './find-conflict.js';
import { groupKey, type Group, type Violation } from './groups.js';
import type { RequiredReason } from './selection-model.js';

/** Why a project is in, as one phrase. */
export function inText(r: InReason, lang: Lang): string {
  const parts = [
    r.required ? td('in.required', lang, { reason: td(`req.${r.required}`, lang) }) : td('in.chosen', lang, { vpm: formatNumber(r.valuePerMdh, lang) }),
  ];
  if (r.shiftedFrom !== undefined) parts.push(td('in.shifted', lang, { from: r.shiftedFrom, to: r.start }));
  return parts.join(' — ');
}

/** Why a project is out, as one sentence. */
export function outText(r: OutReason, lang: Lang, self = ''): string {
  if (r.kind !== 'constraint') return td(`out.${r.kind}`, lang);
  const parts = [td('out.at', lang, { year: r.start, list: r.violations.map((v) => violationText(v, lang, self)).join('; ') })];
  if (r.comparator)
    parts.push(td('out.comparator', lang, { vpm: formatNumber(r.valuePerMdh, lang), cvpm: formatNumber(r.comparator.valuePerMdh, lang), id: r.comparator.id }));
  if (r.forced && 'infeasible' in r.forced) parts.push(td('out.forced.infeasible', lang));
  else if (r.forced)
    parts.push(
      r.forced.dropped.length
        ? td('out.forced.loss', lang, { loss: formatNumber(r.forced.loss, lang), dropped: r.forced.dropped.join(', ') })
        : td('out.forced.lossOnly', lang, { loss: formatNumber(r.forced.loss, lang) }),
    );
  return parts.join(' — ');
}

/** One violated constraint, seen from project `self`. */
export function violationText(v: Violation, lang: Lang, self = ''): string {
  const g = v.group;
  const amount = mdh(v.amount, lang);
  switch (g.kind) {
    case 'capacity':
      return td('viol.capacity', lang, { year: g.year, amount });
    case 'partner':
      return td('viol.partner', lang, { partner: g.partner, year: g.year, amount });
    case 'dependency':
      return td(`viol.dependency.${v.detail ?? 'missing'}`, lang, { on: g.on });
    case 'exclusion':
      return td('viol.exclusion', lang, { other: g.a === self ? g.b : g.a });
    case 'share':
      return td(`viol.share.${g.side}`, lang, { key: g.key, amount });
    case 'required':
      return td('conflict.required', lang, { project: g.project, reason: '' });
  }
}

/** A conflict as one sentence: every group, with the shortfall when it was measured. */
export function conflictText(c: Conflict, required: (id: string) => RequiredReason | undefined, lang: Lang): string {
  return td('conflict.intro', lang, { parts: c.groups.map((g) => groupText(g, c, required, lang)).join('; ') });
}

/** One group of a conflict. */
export function groupText(g: Group, c: Conflict, required: (id: string) => RequiredReason | undefined, lang: Lang): string {
  const short = (what: string) => {
    const s = c.shortfall.get(groupKey(g));
    return s ? td('conflict.short', lang, { what, amount: mdh(s, lang) }) : what;
  };
  switch (g.kind) {
    case 'required':
      return td('conflict.required', lang, { project: g.project, reason: td(`req.${required(g.project) ?? 'flag'}`, lang) });
    case 'capacity':
      return short(td('conflict.capacity', lang, { year: g.year }));
    case 'partner':
      return short(td('conflict.partner', lang, { partner: g.partner, year: g.year }));
    case 'dependency':
      return td('conflict.dependency', lang, { project: g.project, on: g.on });
    case 'exclusion':
      return td('conflict.exclusion', lang, { a: g.a, b: g.b });
    case 'share':
      return short(td(`conflict.share.${g.side}`, lang, { key: g.key }));
  }
}
