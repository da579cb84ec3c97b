// PAC-ADO-008: the plan may be updated (actualisation / تحيين) only from the third year after its entry
// into force (LO 113-14 art. 79 or 80, GK; confirmed in substance by the decree [AL]), so that an early
// "update" is not used to rewrite the plan just adopted. Counted from the entry into force (the visa,
// or its tacit date), not from the plan's calendar years, which could open the window months early.
import { defineRule } from '../rule.js';
import { addMonths } from './dates.js';
import { entryIntoForce } from './entry-into-force.js';

/** An update dated before the start of year `from_plan_year` after the entry into force, or with no entry into force at all. */
export default defineRule<{ from_plan_year: number; visa_days: number }>({
  code: 'PAC-ADO-008',
  title: {
    ar: 'التحيين ابتداء من السنة الثالثة لدخول البرنامج حيز التنفيذ',
    fr: 'Actualisation à partir de la 3e année d’entrée en vigueur',
    en: 'Update from the third year in force',
  },
  severity: 'warning',
  phase: 5,
  needs: ['adoption'],
  basis: 'LO 113-14 art. 79',
  unverified: true,
  params: {
    from_plan_year: {
      default: 3,
      min: 1,
      max: 6,
      integer: true,
      description: {
        ar: 'السنة، ابتداء من دخول البرنامج حيز التنفيذ (التأشيرة أو تاريخها الضمني)، التي يمكن فيها تحيينه (1 = السنة الأولى)',
        fr: 'Année, comptée depuis l’entrée en vigueur du plan (visa ou sa date tacite), à partir de laquelle il peut être actualisé (1 = première année)',
        en: 'Year, counted from the plan’s entry into force (the visa or its tacit date), from which it may be updated (1 = first year)',
      },
    },
    visa_days: {
      default: 20,
      min: 0,
      max: 365,
      integer: true,
      description: {
        ar: 'أجل التأشيرة بالأيام بعد التوصل، لحساب تاريخ التأشيرة الضمنية',
        fr: 'Délai du visa en jours après réception, pour dater le visa tacite',
        en: 'Days for the visa after receipt, to date a tacit visa',
      },
    },
  },
  message: {
    ar: (a) =>
      a.case === 'notInForce'
        ? `التحيين المؤرخ في ${a.date} مسجل والبرنامج لم يدخل حيز التنفيذ بعد (لا تأشيرة ممنوحة أو ضمنية)`
        : `التحيين المؤرخ في ${a.date} سابق لبداية السنة ${a.year} من دخول البرنامج حيز التنفيذ في ${a.entry} (${a.earliest})`,
    fr: (a) =>
      a.case === 'notInForce'
        ? `L’actualisation du ${a.date} est enregistrée alors que le plan n’est pas entré en vigueur (pas de visa accordé ni tacite)`
        : `L’actualisation du ${a.date} précède le début de la ${a.year}e année depuis l’entrée en vigueur du plan le ${a.entry} (${a.earliest})`,
    en: (a) =>
      a.case === 'notInForce'
        ? `The update dated ${a.date} is recorded while the plan has not entered into force (no granted or tacit visa)`
        : `The update dated ${a.date} comes before the start of year ${a.year} since the plan entered into force on ${a.entry} (${a.earliest})`,
  },
  check(plan, { params, report }) {
    const doc = plan.adoption!;
    const updates = doc.data.updates ?? [];
    // During an update opened by `plan update start` (plan.yaml `update`), adoption.yaml is the update's
    // own: the window counts from the adopted version's entry into force, and the update's session lies in it.
    const open = plan.manifest?.data.update;
    const entry = open?.base_in_force ?? entryIntoForce(doc.data, params.visa_days);
    const earliest = entry && addMonths(entry, 12 * (params.from_plan_year - 1));
    updates.forEach((u, i) => {
      if (!entry) report({ doc, path: ['updates', i, 'date'] }, { case: 'notInForce', date: u.date }, { expected: 'visa', found: '—' });
      else if (u.date < earliest!)
        report(
          { doc, path: ['updates', i, 'date'] },
          { case: 'early', date: u.date, year: params.from_plan_year, entry, earliest: earliest! },
          { expected: `≥ ${earliest}`, found: u.date },
        );
    });
    const session = open?.base_in_force ? doc.data.session?.date : undefined;
    if (session && session < earliest!)
      report(
        { doc, path: ['session', 'date'] },
        { case: 'early', date: session, year: params.from_plan_year, entry: entry!, earliest: earliest! },
        { expected: `≥ ${earliest}`, found: session },
      );
  },
});
