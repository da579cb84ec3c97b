// A project's financing lines, by partner and year, checked as they are entered: every partner known
// in finance.yaml, every year inside the schedule, the yearly split equal to each line's amount and
// the lines' total equal to the estimated cost (rules PAC-FIN-002, PAC-FIN-003, PAC-REF-002).
import { formatAmount } from '../../../i18n/format.js';
import { planOf } from '../edit-form.js';
import { parseInteger } from '../parsers.js';
import type { Answers, Ask, FormContext, Parsed, Question, Translate } from '../question.js';

/** One financing line as the project file holds it. */
export interface FinancingLine {
  partner: string;
  amount: number;
  by_year: Record<string, number>;
}

const DONE = '=';

// "COMMUNE:2022=200000,2023=200000; REGION:2022=300000" → raw lines.
function splitLines(raw: unknown): Array<{ partner: unknown; amount?: unknown; by_year: unknown }> | undefined {
  if (Array.isArray(raw)) return raw as never;
  if (typeof raw !== 'string') return undefined;
  return raw
    .split(/\s*;\s*/)
    .filter(Boolean)
    .map((line) => {
      const [partner, years = ''] = line.split(/\s*:\s*/, 2);
      const by_year: Record<string, string> = {};
      for (const pair of years.split(/\s*,\s*/).filter(Boolean)) {
        const [y, v] = pair.split(/\s*=\s*/);
        by_year[String(y)] = String(v);
      }
      return { partner, by_year };
    });
}

/** Checks raw financing lines against the partners, the schedule and the estimated cost. */
export function parseFinancing(raw: unknown, a: Answers, ctx: FormContext): Parsed {
  const lines = splitLines(raw);
  if (!lines?.length) return { error: 'a.notFinancing' };
  const partners = (planOf(ctx).finance?.data.partners ?? []).map((p) => p.id);
  const start = Number(a.start_year);
  const end = Number(a.end_year);
  const out: FinancingLine[] = [];
  for (const l of lines) {
    const partner = String(l.partner ?? '').trim();
    if (!partners.includes(partner)) return { error: partners.length ? 'a.unknownPartner' : 'a.noPartners', args: { partner, partners: partners.join(', ') } };
    const by_year: Record<string, number> = {};
    for (const [y, v] of Object.entries((l.by_year ?? {}) as Record<string, unknown>)) {
      const year = Number(y);
      if (!Number.isInteger(year) || year < start || year > end) return { error: 'a.yearOutsideSchedule', args: { year: y, start, end } };
      const amount = parseInteger(0)(v);
      if ('error' in amount) return amount;
      if ((amount.value as number) > 0) by_year[String(year)] = amount.value as number;
    }
    const sum = Object.values(by_year).reduce((s, v) => s + v, 0);
    if (l.amount !== undefined && Number(l.amount) !== sum)
      return { error: 'a.lineSplit', args: { partner, amount: formatAmount(Number(l.amount), ctx.lang), sum: formatAmount(sum, ctx.lang) } };
    if (sum === 0) return { error: 'a.emptyLine', args: { partner } };
    if (out.some((o) => o.partner === partner)) return { error: 'a.partnerTwice', args: { partner } };
    out.push({ partner, amount: sum, by_year });
  }
  const total = out.reduce((s, l) => s + l.amount, 0);
  const cost = Number(a.estimated_cost);
  if (total !== cost)
    return {
      error: 'a.financingTotal',
      args: { total: formatAmount(total, ctx.lang), cost: formatAmount(cost, ctx.lang), diff: formatAmount(Math.abs(cost - total), ctx.lang) },
    };
  return { value: out };
}

/** The financing question: a compact string or a list from a file; on a terminal, partner by partner with running totals. */
export const financingQuestion = (): Question => ({
  id: 'financing',
  kind: 'text',
  parse: parseFinancing,
  interactive: askFinancing,
});

async function askFinancing(ask: Ask, a: Answers, ctx: FormContext, t: Translate, proposed?: unknown): Promise<unknown> {
  const partners = planOf(ctx).finance?.data.partners ?? [];
  const cost = Number(a.estimated_cost);
  // An edited project: its financing is kept when it still closes on the (maybe changed) cost and years.
  if (typeof proposed === 'string' && 'value' in parseFinancing(proposed, a, ctx)) {
    const keep = await ask({
      id: 'financing.keep',
      kind: 'confirm',
      message: t('q.financing_keep', { financing: proposed }),
      default: true,
      validate: () => true,
    });
    if (keep) return proposed;
  }
  for (;;) {
    const lines: Array<{ partner: string; by_year: Record<string, number> }> = [];
    for (;;) {
      const total = lines.reduce((s, l) => s + Object.values(l.by_year).reduce((x, y) => x + y, 0), 0);
      const left = partners.filter((p) => !lines.some((l) => l.partner === p.id));
      const choices = [
        ...left.map((p) => ({ value: p.id, label: `${p.id}  ${ctx.lang === 'ar' ? p.name.ar : (p.name.fr ?? p.name.ar)}` })),
        ...(lines.length ? [{ value: DONE, label: t('q.financing_done') }] : []),
      ];
      if (!choices.length) break;
      const partner = String(
        await ask({
          id: 'financing.partner',
          kind: 'select',
          message: t('q.financing_partner', { total: formatAmount(total, ctx.lang), cost: formatAmount(cost, ctx.lang) }),
          choices,
          validate: () => true,
        }),
      );
      if (partner === DONE) break;
      const by_year: Record<string, number> = {};
      for (let y = Number(a.start_year); y <= Number(a.end_year); y++) {
        const v = await ask({
          id: `financing.${partner}.${y}`,
          kind: 'number',
          message: t('q.financing_year', { partner, year: y }),
          default: '0',
          validate: (raw) => ('error' in parseInteger(0)(raw) ? t('a.notInteger') : true),
        });
        by_year[String(y)] = Number(v);
      }
      lines.push({ partner, by_year });
    }
    const checked = parseFinancing(lines, a, ctx);
    if ('value' in checked) return lines;
    // The totals do not close: say why and start the lines again rather than save a wrong plan.
    await ask({
      id: 'financing.retry',
      kind: 'confirm',
      message: `${t(checked.error, checked.args)} — ${t('q.financing_retry')}`,
      default: true,
      validate: () => true,
    });
  }
}
