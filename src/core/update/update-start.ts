// Whether an update (actualisation / تحيين) may be opened on a plan, and where its frozen base goes.
// The plan must be in force (a granted or tacit visa), no other update may be open, and the day must
// lie in the window of PAC-ADO-008 (from year `from_plan_year` after the entry into force, counted
// with the rule's own parameters as plan.yaml sets them).
import type { Plan } from '../plan/workspace.js';
import type { PlanFile } from '../plan/schema-types.js';
import { addMonths } from '../rules/adoption/dates.js';
import { entryIntoForce } from '../rules/adoption/entry-into-force.js';
import { effectiveParams, mergeSettings } from '../rules/engine.js';
import ado008 from '../rules/adoption/ado-008-update-year.js';

import { HISTORY_DIR } from './history-dir.js';

/** The base folder of update `n`, relative to the workspace. */
export const baseFolder = (n: number): string => `${HISTORY_DIR}/${n}`;

/** Where the plan stands with respect to updates. */
export type UpdateState =
  | { state: 'none' }
  /** An update recorded in plan.yaml whose own adoption has no visa yet. */
  | { state: 'open'; update: NonNullable<PlanFile['update']> }
  /** An update recorded in plan.yaml and adopted (its adoption.yaml has a granted or tacit visa). */
  | { state: 'adopted'; update: NonNullable<PlanFile['update']> };

/** The visa period PAC-ADO-008 counts a tacit visa with, and the year the window opens, as plan.yaml sets them. */
export function windowParams(manifest: PlanFile | undefined): { from_plan_year: number; visa_days: number } {
  const p = effectiveParams(ado008, mergeSettings(manifest));
  return { from_plan_year: Number(p.from_plan_year), visa_days: Number(p.visa_days) };
}

/** Whether an update is open, adopted, or none is recorded. */
export function updateState(plan: Plan): UpdateState {
  const update = plan.manifest?.data.update;
  if (!update) return { state: 'none' };
  const inForce = entryIntoForce(plan.adoption?.data, windowParams(plan.manifest?.data).visa_days);
  // adoption.yaml still showing the base's own visa is the base's adoption (a start killed before it
  // restarted the adoption), not the update's: the update is open.
  return inForce && inForce !== update.base_in_force ? { state: 'adopted', update } : { state: 'open', update };
}

/** Why an update cannot be opened, or what opening it means. */
export type StartCheck =
  | { ok: false; reason: 'notAdopted' }
  | { ok: false; reason: 'alreadyOpen'; update: NonNullable<PlanFile['update']> }
  | { ok: false; reason: 'early'; entry: string; earliest: string; year: number }
  | {
      ok: true;
      /** The number of the new update (1 for the first update of the plan). */
      number: number;
      base: string;
      entry: string;
      earliest: string;
      year: number;
      /** True when the day is before the window and --force opened it anyway. */
      early: boolean;
      /** True when an open update is opened again (--force): its frozen base is kept as it is. */
      reopen: boolean;
      /** True when adoption.yaml is to start afresh: always for a new update, and for a reopened one still holding the base's adoption. */
      resetAdoption: boolean;
    };

/** Checks that an update may be opened on `plan` on `today`; `force` passes an open update and the window. */
export function checkStart(plan: Plan, today: string, force: boolean): StartCheck {
  const params = windowParams(plan.manifest?.data);
  const st = updateState(plan);
  if (st.state === 'open' && !force) return { ok: false, reason: 'alreadyOpen', update: st.update };
  const reopen = st.state === 'open';
  // Reopened with --force, an open update is measured from the entry into force recorded when it opened.
  const entry = reopen ? (st.update.base_in_force ?? '') : entryIntoForce(plan.adoption?.data, params.visa_days);
  if (!reopen && !entry) return { ok: false, reason: 'notAdopted' };
  const earliest = entry ? addMonths(entry, 12 * (params.from_plan_year - 1)) : '';
  const early = !!entry && today < earliest;
  if (early && !force) return { ok: false, reason: 'early', entry: entry!, earliest, year: params.from_plan_year };
  // Reopened with --force, an open update keeps its number and base: the frozen version is the same.
  const number = reopen ? st.update.number : (st.state === 'adopted' ? st.update.number : 0) + 1;
  const stillBase = reopen && !!entryIntoForce(plan.adoption?.data, params.visa_days);
  return {
    ok: true,
    number,
    base: reopen ? st.update.base : baseFolder(number),
    entry: entry ?? '',
    earliest,
    year: params.from_plan_year,
    early,
    reopen,
    resetAdoption: !reopen || stillBase,
  };
}
