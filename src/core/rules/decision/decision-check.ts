// The shape shared by the PAC-DEC-00x rules: the checks `plan prioritize` and `plan select` make on
// their inputs (src/core/decide/prepare-ranking.ts, plan-selection.ts), run by `plan validate` too, so
// that weights, scales, scores, survey links and share rules are judged before anyone ranks or selects.
import type { DataPath, Diagnostic, Lang } from '../../diagnostics/diagnostic.js';
import type { Doc, Plan } from '../../plan/workspace.js';
import type { SchemaKind } from '../../schema/kinds.js';
import { prepareRanking } from '../../decide/prepare-ranking.js';
import { planSelection } from '../../decide/plan-selection.js';
import { defineRule, type Rule, type Trilingual } from '../rule.js';

const LANGS: readonly Lang[] = ['ar', 'fr', 'en'];

/** One finding of the decision checks, worded in the three languages. */
interface Finding {
  code: string;
  doc: Doc<unknown>;
  path: DataPath;
  text: Record<Lang, string>;
  expected?: string;
  found?: string;
}

// The checks run once per plan (in three languages) and each rule keeps its own code's findings.
const cache = new WeakMap<Plan, Finding[]>();

function findings(plan: Plan): Finding[] {
  let out = cache.get(plan);
  if (out) return out;
  out = [];
  const runs: Array<[Doc<unknown> | undefined, (lang: Lang) => Diagnostic[]]> = [
    [plan.priorities, (lang) => (plan.priorities && !plan.invalid.has('priorities') ? prepareRanking(plan, lang).diagnostics : [])],
    [plan.finance, (lang) => (plan.finance && !plan.invalid.has('finance') ? planSelection(plan, lang).diagnostics : [])],
  ];
  for (const [doc, run] of runs) {
    if (!doc) continue;
    const byLang = LANGS.map(run);
    byLang[0]!.forEach((d, i) => {
      const text = Object.fromEntries(LANGS.map((l, k) => [l, byLang[k]![i]?.message ?? d.message])) as Record<Lang, string>;
      out!.push({ code: d.code, doc, path: d.path, text, ...(d.expected !== undefined ? { expected: d.expected } : {}), ...(d.found !== undefined ? { found: d.found } : {}) });
    });
  }
  cache.set(plan, out);
  return out;
}

/** True once the priorities have been ranked or a programme selected: from then on they must be complete. */
export const decided = (plan: Plan): boolean =>
  !!plan.priorities?.data.priorities.some((p) => p.rank !== undefined) || !!plan.finance?.data.programme;

/** A rule reporting the decision checks' findings of `code`. */
export function decisionRule(
  code: string,
  title: Trilingual,
  opts: { phase: 2 | 3; needs: readonly SchemaKind[]; basis: string; when?: (plan: Plan) => boolean },
): Rule {
  return defineRule({
    code,
    title,
    severity: 'error',
    phase: opts.phase,
    needs: opts.needs,
    basis: opts.basis,
    message: { ar: (a) => String(a.ar), fr: (a) => String(a.fr), en: (a) => String(a.en) },
    check(plan, { report }) {
      if (opts.when && !opts.when(plan)) return;
      for (const f of findings(plan))
        if (f.code === code) report({ doc: f.doc, path: f.path }, f.text, { ...(f.expected !== undefined ? { expected: f.expected } : {}), ...(f.found !== undefined ? { found: f.found } : {}) });
    },
  });
}
