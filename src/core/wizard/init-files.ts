// What `plan init` writes: plan.yaml and commune.yaml built from checked answers. Pure: texts out.
import type { Lang } from '../diagnostics/diagnostic.js';
import type { WizardKey } from '../../i18n/wizard.js';
import type { AdminData } from './admin-units.js';
import { NEW_COMMUNE } from './init-form.js';
import type { Answers } from './question.js';
import { buildYaml } from './yaml-build.js';

/** The checked answers of the init form. */
export interface InitAnswers {
  region: string;
  province: string;
  commune: string;
  commune_ar?: string;
  commune_fr?: string;
  commune_type?: 'urban' | 'rural';
  president: string;
  mandate_start: string;
  members: number;
  census: 2014 | 2024;
  women: number;
  men: number;
  period: { start_year: number; end_year: number };
  languages: Array<'ar' | 'fr'>;
  lang: Lang;
}

/** Translates a wizard message id in the plan's language (the comments follow `lang`). */
export type Words = (key: WizardKey, args?: Record<string, string | number>) => string;

// French elision before a vowel or a mute h: "la commune d'Oulmès", "la province d'El Jadida".
const deFr = (name: string) => (/^[aeiouyhâàéèêîïôûAEIOUYHÂÀÉÈÊÎÏÔÛ]/.test(name) ? `d'${name}` : `de ${name}`);

/** plan.yaml and commune.yaml, by file name. */
export function initFiles(raw: Answers, admin: AdminData, words: Words): Record<string, string> {
  const a = raw as unknown as InitAnswers;
  const region = admin.regions.find((r) => r.id === a.region)!;
  const division = admin.divisions.find((d) => d.id === a.province)!;
  const known = a.commune === NEW_COMMUNE ? undefined : admin.communes.find((c) => c.id === a.commune);
  const name = known ? { ar: known.name.ar, fr: known.name.fr } : { ar: a.commune_ar!, ...(a.commune_fr ? { fr: a.commune_fr } : {}) };
  const type = known ? (known.type === 'urbain' || known.type === 'urban' ? 'urban' : 'rural') : (a.commune_type ?? 'rural');
  const years = `${a.period.start_year}-${a.period.end_year}`;
  const title: Record<string, string> = { ar: `برنامج عمل جماعة ${name.ar} ${years}` };
  if (name.fr) title.fr = `Programme d'action de la commune ${deFr(name.fr)} ${years}`;

  const plan = buildYaml({
    kind: 'plan',
    schemaDir: '.schemas',
    header: [words('c.plan.1'), words('c.plan.2')],
    data: { format: 1, title, period: a.period, languages: a.languages, lang: a.lang },
    notes: { format: words('c.plan.format'), period: words('c.plan.period'), languages: words('c.plan.languages'), lang: words('c.plan.lang') },
  });
  const commune = buildYaml({
    kind: 'commune',
    schemaDir: '.schemas',
    header: [words('c.commune.1'), words('c.commune.2')],
    data: {
      name,
      type,
      region: { ar: region.name.ar, fr: region.name.fr },
      province: { ar: division.name.ar, fr: division.name.fr },
      province_type: division.type,
      admin_refs: { region_id: region.id, division_id: division.id, ...(known ? { commune_id: known.id } : {}) },
      population: { census: a.census, total: a.women + a.men, men: a.men, women: a.women },
      council: { mandate_start: a.mandate_start, members_in_office: a.members, president: a.president },
    },
    notes: {
      type: words('c.commune.type'),
      admin_refs: words('c.commune.refs'),
      population: words('c.commune.population'),
      council: words('c.commune.council'),
    },
    block: ['council'],
  });
  return { 'plan.yaml': plan, 'commune.yaml': commune };
}
