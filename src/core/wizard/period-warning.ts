// The warnings `plan init` prints about the period it was given: rule PAC-PER-003 run on the two new
// files, with its default reading, so the wizard and `plan validate` say the same thing.
import type { Lang } from '../diagnostics/diagnostic.js';
import { formatNumber } from '../../i18n/format.js';
import { t } from '../../i18n/messages.js';
import { emptyPlan } from '../plan/workspace.js';
import type { CommuneFile, PlanFile } from '../plan/schema-types.js';
import per003 from '../rules/procedure/per-003-period-start.js';
import { effectiveParams } from '../rules/engine.js';
import { basisText } from '../../i18n/basis.js';

/** The rule's messages for the new plan, each prefixed with its code and severity word and followed by its basis. */
export function periodWarnings(planFile: PlanFile, commune: CommuneFile, lang: Lang): string[] {
  const plan = emptyPlan('.');
  plan.manifest = { file: 'plan.yaml', kind: 'plan', data: planFile };
  plan.commune = { file: 'commune.yaml', kind: 'commune', data: commune };
  const out: string[] = [];
  const settings = { params: (planFile.rules?.params ?? {}) as Record<string, Record<string, unknown>> };
  per003.check(plan, {
    params: effectiveParams(per003, settings) as { max_years_after: number },
    report(_at, args = {}) {
      const shown = Object.fromEntries(Object.entries(args).map(([k, v]) => [k, typeof v === 'number' ? formatNumber(v, lang) : v]));
      const message = `${per003.message[lang](shown)} ${t('rule.unverified', lang)} · ${basisText(per003.basis, lang)}`;
      out.push(t('diag.line', lang, { code: per003.code, severity: t('severity.warning', lang), message }));
    },
  });
  return out;
}
