// Question builders shared by the phase forms: ids, bilingual texts, counts, dates, lists from the plan.
import { parseArabic, parseChoice, parseChoices, parseDate, parseId, parseInteger, parseNumber, parseText, westernDigits } from './parsers.js';
import type { Answers, Choice, FormContext, Parsed, Question } from './question.js';
import { languagesOf } from './edit-form.js';

type Opt = Partial<Pick<Question, 'when' | 'default' | 'optional' | 'message'>>;

/** An id, with a proposed next free one; refused when `taken` already holds it (unless --force). */
export const idQ = (id: string, proposed: (ctx: FormContext) => string, o: Opt = {}): Question => ({
  id,
  kind: 'text',
  message: 'q.id',
  default: (_a, ctx) => proposed(ctx),
  parse: parseId,
  ...o,
});

/** The two questions of a bilingual text: Arabic always, French when the plan is printed in French. */
export function biQ(base: string, o: { optional?: boolean; when?: Question['when'] } = {}): Question[] {
  const when = o.when;
  return [
    { id: `${base}_ar`, kind: 'text', parse: parseArabic, optional: o.optional, when },
    {
      id: `${base}_fr`,
      kind: 'text',
      parse: parseText,
      // French is required when the plan is printed in French (rule PAC-INT-001), unless the Arabic was skipped.
      optional: true,
      when: (a: Answers, ctx: FormContext) => (!when || when(a, ctx)) && languagesOf(ctx).includes('fr') && a[`${base}_ar`] !== undefined,
    },
  ];
}

/** A whole number (count or amount). */
export const intQ = (id: string, o: Opt & { min?: number; max?: number } = {}): Question => ({
  id,
  kind: 'number',
  parse: parseInteger(o.min ?? 0, o.max),
  ...o,
});

/** A number (decimals allowed). */
export const numQ = (id: string, o: Opt = {}): Question => ({ id, kind: 'number', parse: parseNumber, ...o });

/** A date YYYY-MM-DD. */
export const dateQ = (id: string, o: Opt = {}): Question => ({ id, kind: 'text', parse: parseDate, ...o });

/** A line of text. */
export const textQ = (id: string, o: Opt = {}): Question => ({ id, kind: 'text', parse: parseText, ...o });

/** One value from a list. */
export const selectQ = (id: string, choices: (a: Answers, ctx: FormContext) => Choice[], o: Opt & { search?: boolean } = {}): Question => ({
  id,
  kind: o.search ? 'search' : 'select',
  choices,
  parse: parseChoice(choices),
  ...o,
});

/** Several values from a list. */
export const multiQ = (id: string, choices: (a: Answers, ctx: FormContext) => Choice[], o: Opt & { min?: number } = {}): Question => ({
  id,
  kind: 'multi',
  choices,
  parse: parseChoices(choices, o.min ?? 0),
  ...o,
});

/** Choices from fixed values, labelled by a catalogue prefix (e.g. `v.sector.`), translated by `label`. */
export const enumChoices =
  (values: readonly string[], label: (v: string, ctx: FormContext) => string) =>
  (_a: Answers, ctx: FormContext): Choice[] =>
    values.map((v) => ({ value: v, label: label(v, ctx), keys: [v] }));

/** Choices from ids in the plan, labelled "ID  text". */
export const idChoices = (items: Array<{ id: string; text?: { ar: string; fr?: string } }>, ctx: FormContext): Choice[] =>
  items.map((i) => ({
    value: i.id,
    label: i.text ? `${i.id}  ${ctx.lang === 'ar' ? i.text.ar : (i.text.fr ?? i.text.ar)}` : i.id,
    keys: i.text ? [i.text.ar, i.text.fr ?? ''] : [],
  }));

/** A "name=value,name=value" answer (or a mapping in an answers file) of numbers. */
export const parseNumberMap =
  (keys: (a: Answers, ctx: FormContext) => string[] | undefined) =>
  (raw: unknown, a: Answers, ctx: FormContext): Parsed => {
    const entries: Array<[string, unknown]> =
      raw && typeof raw === 'object' && !Array.isArray(raw)
        ? Object.entries(raw)
        : String(raw)
            .split(/[,;]+/)
            .filter((s) => s.trim())
            .map((s) => {
              const [k, v] = s.split(/[=:]/);
              return [String(k).trim(), v?.trim()];
            });
    const allowed = keys(a, ctx);
    const out: Record<string, number> = {};
    for (const [k, v] of entries) {
      if (allowed && !allowed.includes(k)) return { error: 'a.notAChoice', args: { choices: allowed.join(', ') } };
      const n = Number(westernDigits(String(v)).replace(/[\s\u00a0_]/g, ''));
      if (v === undefined || !Number.isFinite(n)) return { error: 'a.notNumberMap' };
      out[k] = n;
    }
    return Object.keys(out).length ? { value: out } : { error: 'a.empty' };
  };

/** A list of bilingual texts: "ar | fr; ar | fr" on the command line, or a list in an answers file. */
export const parseTextList = (raw: unknown): Parsed => {
  const items: unknown[] = Array.isArray(raw)
    ? raw
    : String(raw ?? '')
        .split(/\s*;\s*|\n/)
        .filter((s) => s.trim());
  const out: Array<{ ar: string; fr?: string }> = [];
  for (const item of items) {
    const [ar, fr] = item && typeof item === 'object' ? [(item as { ar?: unknown }).ar, (item as { fr?: unknown }).fr] : String(item).split(/\s*\|\s*/);
    const p = parseArabic(ar);
    if ('error' in p) return p;
    out.push({ ar: p.value as string, ...(fr !== undefined && String(fr).trim() ? { fr: String(fr).trim() } : {}) });
  }
  return out.length ? { value: out } : { error: 'a.empty' };
};

/** A bilingual list question (ar | fr items). */
export const textListQ = (id: string, o: Opt = {}): Question => ({ id, kind: 'text', message: `q.${id}`, parse: parseTextList, ...o });
