// The shape shared by the PAC-DEC-00x rules: the checks `plan prioritize` and `plan select` make on
// their inputs (src/core/decide/prepare-ranking.ts, plan-selection.ts), run by `plan validate` too, so
// that weights, scales, scores, survey links and share rules are judged before anyone ranks or selects.
import type { Diagnostic, Lang } from '../../diagnostics/diagnostic.js';
import type { Doc, Plan } from '../../plan/workspace.js';
import type { SchemaKind } from '../../schema/kinds.js';
import { prepareRanking } from '../../decide/prepare-ranking.js';
import { planSelection } from '../../decide/plan-selection.js';
import { defineRule, type MessageArgs, type Rule, type Trilingual } from '../rule.js';

// The checks run once per plan and language: the rule reports in English for the positions, and its
// message asks for the run's language only when the engine words a finding.
const cache = new WeakMap<Plan, Map<Lang, Diagnostic[]>>();

function findings(plan: Plan, lang: Lang): Diagnostic[] {
  let byLang = cache.get(plan);
  if (!byLang) cache.set(plan, (byLang = new Map()));
  let out = byLang.get(lang);
  if (!out) {
    out = [
      ...(plan.priorities && !plan.invalid.has('priorities') ? prepareRanking(plan, lang).diagnostics : []),
      ...(plan.finance && !plan.invalid.has('finance') ? planSelection(plan, lang).diagnostics : []),
    ];
    byLang.set(lang, out);
  }
  return out;
}

// The plan whose findings are being reported (the engine words each report synchronously).
let active: Plan | undefined;
const say = (lang: Lang) => (a: MessageArgs) => findings(active!, lang)[Number(a.index)]!.message;

/** True once the priorities have been ranked or a programme selected: from then on they must be complete. */
export const decided = (plan: Plan): boolean => !!plan.priorities?.data.priorities.some((p) => p.rank !== undefined) || !!plan.finance?.data.programme;

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
    message: { ar: say('ar'), fr: say('fr'), en: say('en') },
    check(plan, { report }) {
      if (opts.when && !opts.when(plan)) return;
      const docs: Record<string, Doc<unknown> | undefined> = { [plan.priorities?.file ?? '']: plan.priorities, [plan.finance?.file ?? '']: plan.finance };
      active = plan;
      findings(plan, 'en').forEach((d, index) => {
        const doc = docs[d.file];
        if (d.code !== code || !doc) return;
        report(
          { doc, path: d.path },
          { index: String(index) },
          { ...(d.expected !== undefined ? { expected: d.expected } : {}), ...(d.found !== undefined ? { found: d.found } : {}) },
        );
      });
    },
  });
}
