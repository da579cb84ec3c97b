// `plan track project|indicator|review`: the follow-up forms. Each writes followup/<year>.yaml; an entry
// already in the file for the same project or indicator is edited in place. Asked on a terminal, or
// answered by flags (`--committed INDH=800000 --started-on 01/03/2024`) and answers files.
import type { FollowupFile } from '../plan/schema-types.js';
import type { Plan } from '../plan/workspace.js';
import { compact, planOf, type EditForm } from '../wizard/edit-form.js';
import { dateQ, idChoices, parseNumberMap, parseTextList, textQ } from '../wizard/fields.js';
import { parseArabic, parseInteger, parseNumber, parseText } from '../wizard/parsers.js';
import type { Answers, Ask, Choice, FormContext, Parsed, Question, Translate } from '../wizard/question.js';
import { ensureYear, setFollowupTop, upsertFollowup } from './entries.js';
import { FOLLOWUP_STATUSES, parseStatusWord, statusLabel } from './statuses.js';

type ProjectEntry = NonNullable<FollowupFile['projects']>[number];
type IndicatorEntry = NonNullable<FollowupFile['indicators']>[number];

/** The follow-up file of a year in the plan, if any. */
export const followupOf = (plan: Plan, year: unknown): FollowupFile | undefined => plan.followup.find((d) => d.data.year === Number(year))?.data;

/** The entry of a project in a year's follow-up, if any. */
export const projectEntry = (plan: Plan, year: unknown, project: unknown): ProjectEntry | undefined =>
  followupOf(plan, year)?.projects?.find((p) => p.project === String(project));

/** The entry of an indicator in a year's follow-up, if any. */
export const indicatorEntry = (plan: Plan, year: unknown, indicator: unknown): IndicatorEntry | undefined =>
  followupOf(plan, year)?.indicators?.find((i) => i.indicator === String(indicator));

/** `{a: 1, b: 2}` → "a=1,b=2", as the flag is typed. */
export const pairsText = (v: Record<string, number | undefined> | undefined): string | undefined => {
  const e = Object.entries(v ?? {});
  return e.length ? e.map(([k, x]) => `${k}=${x}`).join(',') : undefined;
};

// Questions are asked on a terminal only when they apply; given by a flag, they always count.
const interactive = (ctx: FormContext) => ctx.data.interactive === true;
const today = (ctx: FormContext): string => String(ctx.data.today ?? new Date().toISOString().slice(0, 10));

/** The follow-up year: an integer inside the plan period; proposed: this year, within the period. */
const yearQ = (): Question => ({
  id: 'year',
  kind: 'number',
  message: 'q.track.year',
  default: (_a, ctx) => {
    const p = planOf(ctx).manifest?.data.period;
    const y = Number(today(ctx).slice(0, 4));
    return p ? String(Math.min(Math.max(y, p.start_year), p.end_year)) : String(y);
  },
  parse: (raw, _a, ctx) => {
    const p = parseInteger(2000, 2100)(raw);
    if ('error' in p) return p;
    const period = planOf(ctx).manifest?.data.period;
    const year = p.value as number;
    if (period && (year < period.start_year || year > period.end_year))
      return { error: 'a.track.yearOutside', args: { year, start: period.start_year, end: period.end_year } };
    return p;
  },
});

const projectChoices = (_a: Answers, ctx: FormContext): Choice[] =>
  idChoices(
    planOf(ctx).projects.map((d) => ({ id: d.data.id, text: d.data.title })),
    ctx,
  );

const indicatorChoices = (_a: Answers, ctx: FormContext): Choice[] =>
  idChoices(
    (planOf(ctx).indicators?.data.indicators ?? []).map((i) => ({ id: i.id, text: i.name })),
    ctx,
  );

/** One id among the plan's, by id or label; the refusal names the known ids. */
const idParse =
  (choices: (a: Answers, ctx: FormContext) => Choice[], error: string) =>
  (raw: unknown, a: Answers, ctx: FormContext): Parsed => {
    const list = choices(a, ctx);
    const s = String(raw ?? '').trim();
    const hit = list.find((c) => c.value === s) ?? list.find((c) => c.label === s);
    return hit ? { value: hit.value } : { error, args: { value: s, known: list.map((c) => c.value).join(', ') || '—' } };
  };

const statusChoices = (_a: Answers, ctx: FormContext): Choice[] => FOLLOWUP_STATUSES.map((s) => ({ value: s, label: statusLabel(s, ctx.lang), keys: [s] }));

/** The partners of a project's financing (all the plan's partners when the project is unknown). */
const partnersOf = (a: Answers, ctx: FormContext): string[] => {
  const plan = planOf(ctx);
  const project = plan.projects.find((d) => d.data.id === a.project)?.data;
  const own = project?.financing.map((f) => f.partner);
  return own?.length ? own : (plan.finance?.data.partners ?? []).map((p) => p.id);
};

/** Amounts by partner: whole dirhams, not negative, partners of the project's financing. */
const parseMoney = (raw: unknown, a: Answers, ctx: FormContext): Parsed => {
  const p = parseNumberMap(() => partnersOf(a, ctx))(raw, a, ctx);
  if ('error' in p) return p;
  for (const v of Object.values(p.value as Record<string, number>)) if (!Number.isInteger(v) || v < 0) return { error: 'a.notInteger' };
  return p;
};

/** On a terminal: one amount per partner of the project, today's value proposed. */
const askMoney =
  (what: 'committed' | 'paid') =>
  async (ask: Ask, a: Answers, ctx: FormContext, t: Translate, proposed?: unknown): Promise<unknown> => {
    const now = typeof proposed === 'string' ? (parseMoney(proposed, a, ctx) as { value?: Record<string, number> }).value : undefined;
    const out: Record<string, number> = {};
    for (const partner of partnersOf(a, ctx)) {
      const v = await ask({
        id: `${what}.${partner}`,
        kind: 'number',
        message: t('q.track.partnerAmount', { what: t(`q.track.${what}`).replace(/\s*\(.*$/, ''), partner }),
        default: now?.[partner] !== undefined ? String(now[partner]) : '',
        validate: (raw) => (raw === '' || raw === undefined || !('error' in parseInteger(0)(raw)) ? true : t('a.notInteger')),
      });
      if (v !== '' && v !== undefined) out[partner] = (parseInteger(0)(v) as { value: number }).value;
    }
    return Object.keys(out).length ? out : undefined;
  };

const moneyQ = (what: 'committed' | 'paid'): Question => ({
  id: what,
  kind: 'text',
  message: `q.track.${what}`,
  optional: true,
  default: (a, ctx) => pairsText(projectEntry(planOf(ctx), a.year, a.project)?.[what]),
  parse: parseMoney,
  interactive: askMoney(what),
});

const cur = (a: Answers, ctx: FormContext) => projectEntry(planOf(ctx), a.year, a.project);
const str = (v: unknown) => (v === undefined || v === null ? undefined : String(v));

const projectQuestions: Question[] = [
  yearQ(),
  { id: 'project', kind: 'search', message: 'q.track.project', choices: projectChoices, parse: idParse(projectChoices, 'a.track.unknownProject') },
  {
    id: 'status',
    kind: 'select',
    message: 'q.track.status',
    choices: statusChoices,
    default: (a, ctx) => cur(a, ctx)?.status,
    parse: (raw) => {
      const s = parseStatusWord(raw);
      return s ? { value: s } : { error: 'a.track.notStatus', args: { choices: FOLLOWUP_STATUSES.join(', ') } };
    },
  },
  {
    id: 'progress',
    kind: 'number',
    message: 'q.track.progress',
    optional: true,
    default: (a, ctx) => (a.status === 'done' ? '100' : str(cur(a, ctx)?.progress)),
    parse: (raw) => {
      const p = parseNumber(String(raw ?? '').replace(/%$/, ''));
      if ('error' in p) return p;
      const n = p.value as number;
      return n < 0 || n > 100 ? { error: 'a.outOfRange', args: { min: 0, max: 100 } } : p;
    },
  },
  moneyQ('committed'),
  moneyQ('paid'),
  dateQ('started_on', {
    message: 'q.track.started_on',
    optional: true,
    default: (a, ctx) => cur(a, ctx)?.started_on,
    when: (a, ctx) => !interactive(ctx) || a.status !== 'not_started',
  }),
  dateQ('delivered_on', {
    message: 'q.track.delivered_on',
    optional: true,
    default: (a, ctx) => cur(a, ctx)?.delivered_on,
    when: (a, ctx) => !interactive(ctx) || a.status === 'done',
  }),
  {
    id: 'reason_ar',
    kind: 'text',
    message: 'q.track.reason_ar',
    optional: true,
    default: (a, ctx) => cur(a, ctx)?.reason?.ar,
    parse: parseArabic,
  },
  {
    id: 'reason_fr',
    kind: 'text',
    message: 'q.track.reason_fr',
    optional: true,
    default: (a, ctx) => cur(a, ctx)?.reason?.fr,
    parse: parseText,
    when: (a, ctx) => !interactive(ctx) || a.reason_ar !== undefined,
  },
  textQ('decision_number', {
    message: 'q.track.decision_number',
    optional: true,
    default: (a, ctx) => cur(a, ctx)?.decision?.number,
    when: (a, ctx) => !interactive(ctx) || a.status === 'cancelled' || a.status === 'suspended',
  }),
  dateQ('decision_date', {
    message: 'q.track.decision_date',
    optional: true,
    default: (a, ctx) => cur(a, ctx)?.decision?.date,
    when: (a, ctx) => !interactive(ctx) || a.decision_number !== undefined,
  }),
  {
    id: 'moved_start_year',
    kind: 'number',
    message: 'q.track.moved_start_year',
    optional: true,
    default: (a, ctx) => str(cur(a, ctx)?.moved_to?.start_year),
    parse: parseInteger(2000, 2100),
    when: (a, ctx) => !interactive(ctx) || a.status === 'suspended' || a.status === 'not_started',
  },
  {
    id: 'moved_end_year',
    kind: 'number',
    message: 'q.track.moved_end_year',
    optional: true,
    default: (a, ctx) => str(cur(a, ctx)?.moved_to?.end_year),
    parse: parseInteger(2000, 2100),
    when: (a, ctx) => !interactive(ctx) || a.moved_start_year !== undefined,
  },
];

/** A project's follow-up entry from checked answers (only what was answered). */
export function projectEntryOf(a: Answers): Record<string, unknown> {
  const reason = a.reason_ar !== undefined ? compact({ ar: a.reason_ar, fr: a.reason_fr }) : undefined;
  const decision = a.decision_number !== undefined || a.decision_date !== undefined ? compact({ number: a.decision_number, date: a.decision_date }) : undefined;
  const moved =
    a.moved_start_year !== undefined || a.moved_end_year !== undefined
      ? compact({ start_year: a.moved_start_year, end_year: a.moved_end_year ?? a.moved_start_year })
      : undefined;
  return compact({
    project: a.project,
    status: a.status,
    progress: a.progress,
    committed: a.committed,
    paid: a.paid,
    started_on: a.started_on,
    delivered_on: a.delivered_on,
    reason,
    decision,
    moved_to: moved,
  });
}

const indicatorQuestions: Question[] = [
  yearQ(),
  {
    id: 'indicator',
    kind: 'search',
    message: 'q.track.indicator',
    choices: indicatorChoices,
    parse: idParse(indicatorChoices, 'a.track.unknownIndicator'),
  },
  {
    id: 'value',
    kind: 'number',
    message: 'q.track.value',
    default: (a, ctx) => str(indicatorEntry(planOf(ctx), a.year, a.indicator)?.value),
    parse: parseNumber,
  },
  dateQ('measured_on', { message: 'q.track.measured_on', optional: true, default: (a, ctx) => indicatorEntry(planOf(ctx), a.year, a.indicator)?.measured_on }),
  textQ('source', { message: 'q.track.source', optional: true, default: (a, ctx) => indicatorEntry(planOf(ctx), a.year, a.indicator)?.source }),
];

const reviewQuestions: Question[] = [
  yearQ(),
  dateQ('as_of', { message: 'q.track.as_of', optional: true, default: (a, ctx) => followupOf(planOf(ctx), a.year)?.as_of }),
  dateQ('committees_on', { message: 'q.track.committees_on', optional: true, default: (a, ctx) => followupOf(planOf(ctx), a.year)?.review?.committees_on }),
  dateQ('session_on', { message: 'q.track.session_on', optional: true, default: (a, ctx) => followupOf(planOf(ctx), a.year)?.review?.session_on }),
  textQ('decision_no', { message: 'q.track.decision_no', optional: true, default: (a, ctx) => followupOf(planOf(ctx), a.year)?.review?.decision_no }),
  { id: 'proposals', kind: 'text', message: 'q.track.proposals', optional: true, parse: parseTextList },
];

const FILE = (a: Answers) => `followup/${a.year}.yaml`;

/** The forms of `plan track project|indicator|review`. */
export const TRACK_FORMS: EditForm[] = [
  {
    id: 'track.project',
    command: 'track project',
    kind: 'followup',
    file: FILE,
    questions: projectQuestions,
    apply(doc, a) {
      ensureYear(doc, Number(a.year));
      return upsertFollowup(doc, 'projects', projectEntryOf(a));
    },
    examples: [
      'plan track project P04 --year 2024 --status works --progress 60 --committed INDH=800000 --paid INDH=400000 --started-on 01/03/2024',
      'plan track project P06 --year 2024 --status cancelled --decision-number 31/2024 --decision-date 07/05/2024 --reason-ar "…" --reason-fr "…"',
    ],
  },
  {
    id: 'track.indicator',
    command: 'track indicator',
    kind: 'followup',
    file: FILE,
    questions: indicatorQuestions,
    apply(doc, a) {
      ensureYear(doc, Number(a.year));
      return upsertFollowup(doc, 'indicators', compact({ indicator: a.indicator, value: a.value, measured_on: a.measured_on, source: a.source }));
    },
    examples: ['plan track indicator I-P04-1 --year 2024 --value 450 --measured-on 15/12/2024 --source "Service technique communal"'],
  },
  {
    id: 'track.review',
    command: 'track review',
    kind: 'followup',
    file: FILE,
    questions: reviewQuestions,
    apply(doc, a) {
      ensureYear(doc, Number(a.year));
      const review = compact({ committees_on: a.committees_on, session_on: a.session_on, decision_no: a.decision_no });
      return setFollowupTop(
        doc,
        compact({ as_of: a.as_of, review: Object.keys(review).length ? review : undefined, proposals: a.proposals as unknown[] | undefined }) as Record<
          string,
          unknown
        >,
      );
    },
    examples: ['plan track review --year 2024 --as-of 31/12/2024 --committees-on 15/04/2025 --session-on 06/05/2025 --decision-no 14/2025'],
  },
];
