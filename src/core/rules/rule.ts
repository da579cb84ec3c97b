// What a domain rule is: a small named unit with a stable code, its basis, parameters and messages.
import type { DataPath, Lang, Severity } from '../diagnostics/diagnostic.js';
import type { Doc, Plan } from '../plan/workspace.js';
import type { SchemaKind } from '../schema/kinds.js';

export type Trilingual = Record<Lang, string>;
/** Message arguments: numbers are formatted by the engine, strings shown as they are. */
export type MessageArgs = Record<string, string | number>;

/** A rule parameter a plan may override in plan.yaml under rules.params.<CODE>.<name>. */
export interface ParamSpec {
  default: number | string | boolean | ReadonlyArray<number | string>;
  description: Trilingual;
  /** The value's type is the default's; these narrow it (checked on plan.yaml and on --param). */
  min?: number;
  max?: number;
  integer?: boolean;
  /** For a text parameter: the values it may take. */
  values?: readonly string[];
}

/** Where a finding points: a parsed file and a data path inside it. */
export interface At {
  doc: Doc<unknown>;
  path: DataPath;
}

/** What a rule may report besides its message. `expected` and `found` are shown side by side. */
export interface Detail {
  expected?: string | number;
  found?: string | number;
}

/** The context a rule runs in: its effective parameters and a report function. */
export interface RuleContext<P> {
  params: P;
  report(at: At, args?: MessageArgs, detail?: Detail): void;
}

/** A domain rule. Rules read data and report paths; they never see YAML text or positions. */
export interface Rule<P extends Record<string, unknown> = Record<string, unknown>> {
  /** Stable code, PAC-XXX-NNN. Never reuse a retired code. */
  code: string;
  /** Short name of the rule, for `plan rules`. */
  title: Trilingual;
  severity: Severity;
  /** Phase of the procedure the rule belongs to (1 diagnosis … 5 adoption). */
  phase: 1 | 2 | 3 | 4 | 5;
  /** Kinds the rule reads. It is skipped when one is missing or failed its schema. */
  needs: readonly SchemaKind[];
  /** Legal or practical basis, e.g. "LO 113-14 art. 78". */
  basis: string;
  /** True when the basis is an unverified reading (GK): messages then say so. */
  unverified?: boolean;
  params?: { [K in keyof P]: ParamSpec };
  /** The message, one per language, built from the arguments given to `report`. */
  message: Record<Lang, (a: MessageArgs) => string>;
  check(plan: Plan, ctx: RuleContext<P>): void;
}

/**
 * A rule of any parameter type, as the registry and the engine hold them: each rule's `check` reads its
 * own parameters, so the list erases them.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- rules with different parameter types share one list
export type AnyRule = Rule<any>;

/** Identity helper that keeps the parameter types of a rule literal. */
export const defineRule = <P extends Record<string, unknown>>(rule: Rule<P>): Rule<P> => rule;
