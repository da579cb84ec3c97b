// The questions of `plan init`: the commune's identity (from the reference list), its council, the
// plan period and the languages. Data only; collect-answers.ts runs it.
import type { Lang } from '../diagnostics/diagnostic.js';
import { communesOf, divisionsOf, type AdminData } from './admin-units.js';
import { parseArabic, parseChoice, parseChoices, parseDate, parseInteger, parsePeriod, parseText, parseUnit } from './parsers.js';
import type { Answers, Choice, Form, FormContext } from './question.js';

/** The answer that stands for "a commune that is not in the list". */
export const NEW_COMMUNE = 'new';

const admin = (ctx: FormContext) => ctx.data.admin as AdminData;
const nameIn = (lang: Lang, n: { ar: string; fr: string }) => (lang === 'ar' ? n.ar : n.fr);
// One direction per label: the name in the messages' language; the other spelling is a filter key.
const unitChoices = (units: Array<{ id: string; name: { ar: string; fr: string; en?: string } }>, lang: Lang): Choice[] =>
  units
    .map((u) => ({ value: u.id, label: nameIn(lang, u.name), keys: [u.name.ar, u.name.fr, u.name.en ?? ''] }))
    .sort((a, b) => a.label.localeCompare(b.label, lang));

const regionsOf = (_a: Answers, ctx: FormContext) => admin(ctx).regions;
const divisionsFor = (a: Answers, ctx: FormContext) => (typeof a.region === 'string' ? divisionsOf(admin(ctx), a.region) : admin(ctx).divisions);
const communesFor = (a: Answers, ctx: FormContext) => (typeof a.province === 'string' ? communesOf(admin(ctx), a.province) : admin(ctx).communes);
const isNew = (a: Answers) => a.commune === NEW_COMMUNE;
const yearOf = (date: unknown) => (typeof date === 'string' ? Number(date.slice(0, 4)) : undefined);

const LANGUAGE_CHOICES = (): Choice[] => [
  { value: 'ar', label: 'العربية · ar' },
  { value: 'fr', label: 'Français · fr' },
];
const MESSAGE_LANGS = (): Choice[] => [
  { value: 'ar', label: 'العربية · ar' },
  { value: 'fr', label: 'Français · fr' },
  { value: 'en', label: 'English · en' },
];
const TYPES = (_a: Answers, ctx: FormContext): Choice[] => [
  { value: 'rural', label: ctx.lang === 'ar' ? 'قروية' : ctx.lang === 'fr' ? 'rurale' : 'rural' },
  { value: 'urban', label: ctx.lang === 'ar' ? 'حضرية' : ctx.lang === 'fr' ? 'urbaine' : 'urban' },
];
const CENSUS = (): Choice[] => [
  { value: '2024', label: 'RGPH 2024' },
  { value: '2014', label: 'RGPH 2014' },
];

/** `plan init`: needs `ctx.data.admin` (the reference lists). */
export const INIT_FORM: Form = {
  id: 'init',
  questions: [
    {
      id: 'region',
      kind: 'search',
      choices: (a, ctx) => unitChoices(regionsOf(a, ctx), ctx.lang),
      parse: parseUnit(regionsOf),
    },
    {
      id: 'province',
      kind: 'search',
      choices: (a, ctx) => unitChoices(divisionsFor(a, ctx), ctx.lang),
      parse: parseUnit(divisionsFor),
    },
    {
      id: 'commune',
      kind: 'search',
      choices: (a, ctx) => [
        ...unitChoices(communesFor(a, ctx), ctx.lang),
        {
          value: NEW_COMMUNE,
          label: `+ ${ctx.lang === 'ar' ? 'جماعة غير موجودة في القائمة' : ctx.lang === 'fr' ? 'commune absente de la liste' : 'a commune not in the list'}`,
          keys: ['new', 'autre', 'other', 'أخرى'],
        },
      ],
      parse: parseUnit(communesFor, [NEW_COMMUNE]),
    },
    { id: 'commune_ar', kind: 'text', when: isNew, parse: parseArabic },
    { id: 'commune_type', kind: 'select', when: isNew, choices: TYPES, parse: parseChoice(TYPES) },
    { id: 'president', kind: 'text', parse: parseText },
    { id: 'mandate_start', kind: 'text', parse: parseDate },
    { id: 'members', kind: 'number', parse: parseInteger(1, 200) },
    {
      id: 'census',
      kind: 'select',
      choices: CENSUS,
      default: () => '2024',
      parse: (raw, a, ctx) => {
        const p = parseChoice(CENSUS)(String(raw), a, ctx);
        return 'value' in p ? { value: Number(p.value) } : p;
      },
    },
    { id: 'women', kind: 'number', parse: parseInteger(0, 10_000_000) },
    { id: 'men', kind: 'number', parse: parseInteger(0, 10_000_000) },
    {
      id: 'period',
      kind: 'text',
      // The plan is drawn up during the mandate's first year and runs six years; firms usually start it
      // on 1 January after the mandate starts (2021 mandate → 2022-2027), some a year later (2023-2028).
      default: (a) => {
        const y = yearOf(a.mandate_start);
        return y ? `${y + 1}-${y + 6}` : undefined;
      },
      // No article ties the first year to the mandate's (Oulmès, 2021 mandate, PAC 2023-2028): any
      // six-year period is accepted, and `plan init` warns through rule PAC-PER-003 (a reading).
      parse: (raw) => parsePeriod(raw),
    },
    {
      id: 'languages',
      kind: 'multi',
      choices: LANGUAGE_CHOICES,
      default: () => ['ar', 'fr'],
      parse: (raw, a, ctx) => {
        const p = parseChoices(LANGUAGE_CHOICES, 1)(raw, a, ctx);
        // Arabic is the language of the deliberation: every text of the plan has an Arabic version.
        return 'value' in p && !(p.value as string[]).includes('ar') ? { error: 'a.arabicRequired' } : p;
      },
    },
    {
      id: 'commune_fr',
      kind: 'text',
      when: (a) => isNew(a) && Array.isArray(a.languages) && a.languages.includes('fr'),
      parse: parseText,
    },
    { id: 'lang', kind: 'select', choices: MESSAGE_LANGS, default: (_a, ctx) => ctx.lang, parse: parseChoice(MESSAGE_LANGS) },
  ],
};
