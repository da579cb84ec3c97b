// The programme as the finance file holds it: project × year × partner lines, and unfunded needs with reasons.
import type { Lang } from '../diagnostics/diagnostic.js';
import { outText } from './reason-text.js';
import type { Selection } from './select-programme.js';
import type { SelectionModel } from './selection-model.js';

/** finance.yaml `programme`, as written. */
export interface ProgrammeData {
  generated_by: string;
  /** What the programme was computed from (programme-fingerprint.ts); PAC-PRG-001 compares it with the plan. */
  fingerprint?: string;
  objective: number;
  /** Only when the time limit stopped the search: the relative gap to the proven bound (at most). */
  optimality_gap?: number;
  lines: Array<{ project: string; year: number; partner: string; amount: number }>;
  unfunded: Array<{ project: string; reason: { ar: string; fr: string } }>;
}

/** Lines of the selected projects (shifted profiles), ordered by project, year, partner; unfunded in id order. */
export function programmeData(m: SelectionModel, sel: Selection, generatedBy: string, fingerprint?: string): ProgrammeData {
  const lines: ProgrammeData['lines'] = [];
  for (const c of m.candidates) {
    const start = sel.assignment.get(c.id);
    if (start === undefined) continue;
    c.profile.forEach((row, k) => {
      for (const partner of Object.keys(row).sort()) if (row[partner]! > 0) lines.push({ project: c.id, year: start + k, partner, amount: row[partner]! });
    });
  }
  // A cancelled project is not a need; every other project left out is, with its reason in both print languages.
  const unfunded = sel.excluded
    .filter((e) => e.reason.kind !== 'cancelled')
    .map((e) => ({ project: e.id, reason: { ar: outText(e.reason, 'ar', e.id), fr: outText(e.reason, 'fr', e.id) } }));
  const gap = sel.status === 'feasible' ? { optimality_gap: Math.ceil(sel.gap * 1e6) / 1e6 } : {};
  return { generated_by: generatedBy, ...(fingerprint ? { fingerprint } : {}), objective: sel.value, ...gap, lines, unfunded };
}

/** Σ of the programme's lines by partner and year. */
export function financingTable(p: ProgrammeData, years: readonly number[]): Map<string, number[]> {
  const out = new Map<string, number[]>();
  for (const l of p.lines) {
    const k = years.indexOf(l.year);
    if (k < 0) continue;
    const row = out.get(l.partner) ?? years.map(() => 0);
    row[k]! += l.amount;
    out.set(l.partner, row);
  }
  return new Map([...out].sort((a, b) => (a[0] < b[0] ? -1 : 1)));
}

/** Language-independent helper for reports: the projects' end years. */
export const endOf = (m: SelectionModel, id: string, start: number): number => start + m.candidates.find((c) => c.id === id)!.profile.length - 1;

export type { Lang };
