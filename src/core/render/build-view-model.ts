// Plan → view model: the one place that decides what the printed plan shows, chapter by chapter
// (after the usual outline of a PAC document: cover, president's word, framework, profile and
// diagnosis, participation and gender, vision and priorities, projects, finance, monitoring, annexes).
import type { Plan } from '../plan/workspace.js';
import { renderStrings, tr } from '../../i18n/render.js';
import { lookup } from '../../i18n/catalog.js';
import { isolatePlain, stripBidi } from '../../i18n/format.js';
import { bi, bis, pick } from './bi.js';
import { byId, financeView } from './finance-view.js';
import { chaptersView, listsOf } from './chapters-view.js';
import { outlineOf, tableOfContents, type ChapterSpec } from './chapters.js';
import { participationView } from './participation-view.js';
import { axesOf, portfolio, projectSheets, slug } from './project-sheets.js';
import { programmeView } from './programme-view.js';
import type { Bi, DocMode, ProjectSheet, TimelineStep, ViewModel } from './view-model.js';
import { updateAnnexView, type UpdateInfo } from '../update/annex-view.js';

export interface ViewOptions {
  mode: DocMode;
  draft: boolean;
  /** Name and version of the tool, written in the PDF metadata. */
  generator: string;
  /** The cover logo as a data: URL, when the workspace has assets/logo.*. */
  logo?: string | null;
  /** The chapters and their order (default: the document's own list, src/core/render/chapters.ts). */
  chapters?: readonly ChapterSpec[];
  /** The open or adopted update and what it changes against its frozen base (the caller loads the base). */
  update?: UpdateInfo;
}

/** Builds the view model of a plan. Pure: the same plan and options give the same model. */
export function buildViewModel(plan: Plan, opts: ViewOptions): ViewModel {
  const lang = opts.mode === 'fr' ? 'fr' : 'ar';
  const m = plan.manifest?.data;
  const c = plan.commune?.data;
  const a = plan.adoption?.data;
  const years = planYears(plan);
  const commune: Bi = bi(c?.name) ?? { ar: '', fr: null };
  const planTitle = bi(m?.title);
  const period = m ? { start: m.period.start_year, end: m.period.end_year } : null;
  const docTitle = planTitle ? pick(planTitle, lang) : `${tr('doc.title', lang)} ${pick(commune, lang)}${period ? ` ${period.start}-${period.end}` : ''}`;
  // One programme for every chapter: the portfolio, the sheets and the finance tables print the same figures.
  const programme = programmeView(plan);
  const sheets = projectSheets(plan, years, programme);
  const finance = numbered(plan, financeView(plan, years, programme), sheets);
  const vm: ViewModel = {
    meta: {
      mode: opts.mode,
      lang,
      dir: lang === 'ar' ? 'rtl' : 'ltr',
      draft: opts.draft || !adoptionRecorded(plan),
      example: m?.example === true,
      title: stripBidi(docTitle),
      header: runningHeader(commune, docTitle, opts.mode, lang),
      author: stripBidi(m?.prepared_by ?? pick(commune, lang)),
      subject: tr('doc.subject', lang),
      generator: opts.generator,
      years,
    },
    cover: {
      planTitle,
      commune,
      communeType: c?.type ?? null,
      region: bi(c?.region),
      province: bi(c?.province),
      provinceType: c?.province_type ?? null,
      period,
      session: a?.session ? { type: a.session.type, date: a.session.date } : null,
      decisionNo: a?.decision_no ?? null,
      visa: a?.visa ? { status: a.visa.status, date: a.visa.visa_on ?? a.visa.received_on ?? null, reference: a.visa.reference ?? null } : null,
      preparedBy: m?.prepared_by ?? null,
      logo: opts.logo ?? null,
    },
    outline: [],
    toc: [],
    president: m?.president_word ? { word: bi(m.president_word)!, name: c?.council.president ?? null } : null,
    framework: { steps: timeline(plan), consultations: consultationRows(plan) },
    profile: profileView(plan),
    participation: participationView(plan),
    vision: visionView(plan),
    projects: { byAxis: portfolio(plan, sheets), total: programme.total, sheets },
    finance,
    monitoring: monitoringView(plan),
    annexes: annexesView(plan),
    chapters: chaptersView(plan, { finance, sheets, years }, opts.mode, opts.chapters),
    updateAnnex: updateAnnexView(opts.update, plan.finance?.data.partners),
  };
  vm.outline = outlineOf(vm, opts.chapters);
  vm.toc = tableOfContents(vm, vm.outline, opts.chapters);
  vm.chapters.lists = listsOf(vm);
  return vm;
}

/**
 * The running header is a CSS string (no markup): each value of the plan in it is stripped of bidi
 * controls and isolated (FSI … PDI), so that nothing in the data reorders the rest of the line, and
 * «2022-2027» stays left to right in Arabic.
 */
function runningHeader(commune: Bi, docTitle: string, mode: DocMode, lang: 'ar' | 'fr'): string {
  const years = (s: string) => s.replace(/\b(\d{4})\s*[-–]\s*(\d{4})\b/g, (_, a: string, b: string) => `\u2066${a === b ? a : `${a}–${b}`}\u2069`);
  const v = (s: string) => isolatePlain(years(stripBidi(s)));
  const name = mode === 'ar+fr' && commune.fr ? `${v(commune.ar)} · ${v(commune.fr)}` : v(pick(commune, lang));
  return `${name} — ${v(docTitle)}`;
}

/** True when the plan records its adoption by the council and the governor's visa (granted or tacit). */
export function adoptionRecorded(plan: Plan): boolean {
  const a = plan.adoption?.data;
  return !!a?.session && !!a.votes && !!a.visa && (a.visa.status === 'granted' || a.visa.status === 'tacit');
}

/**
 * The finance chapter with each project's number in the document, and each unfunded need's reason
 * rewritten for councillors: the first clause of the reason only, ids replaced by names.
 */
function numbered(plan: Plan, f: ViewModel['finance'], sheets: ProjectSheet[]): ViewModel['finance'] {
  const num = new Map(sheets.map((s) => [s.id, s.number]));
  const names = namesOf(plan, sheets);
  return {
    ...f,
    plan: f.plan.map((p) => ({ ...p, number: num.get(p.id) ?? null })),
    programming: f.programming.map((p) => ({ ...p, number: num.get(p.id) ?? null })),
    unfunded: f.unfunded.map((u) => ({
      ...u,
      number: num.get(u.id) ?? null,
      reason: { ar: plainReason(u.reason.ar, 'ar', names), fr: u.reason.fr === null ? null : plainReason(u.reason.fr, 'fr', names) },
    })),
  };
}

/** Names the document prints for the ids a generated text may hold: projects, axes, partners, sectors, territories. */
function namesOf(plan: Plan, sheets: ProjectSheet[]): Map<string, Bi> {
  const out = new Map<string, Bi>();
  const word = (key: string): Bi => ({ ar: lookup(renderStrings, key, 'ar'), fr: lookup(renderStrings, key, 'fr') });
  for (const k of ['urban', 'rural']) out.set(k, word(`territory.${k}`));
  for (const s of plan.diagnosis?.data.sectors ?? []) out.set(s.sector, word(`sector.${s.sector}`));
  for (const s of sheets) out.set(s.sector, word(`sector.${s.sector}`));
  for (const l of plan.commune?.data.localities ?? []) out.set(l.id, bi(l.name)!);
  for (const a of axesOf(plan)) if (a.title) out.set(a.id, a.title);
  for (const p of plan.finance?.data.partners ?? []) out.set(p.id, bi(p.name)!);
  for (const s of sheets) out.set(s.id, s.title);
  return out;
}

/** A generated reason as one plain sentence: its first clause, every known id replaced by its name. */
export function plainReason(text: string, lang: 'ar' | 'fr', names: Map<string, Bi>): string {
  const first = text.split(/\s+[—–]\s+/)[0]!.trim();
  const ids = [...names.keys()].sort((a, b) => b.length - a.length).map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const replaced = ids.length
    ? first.replace(new RegExp(`(?<![\\p{L}\\p{N}_-])(${ids.join('|')})(?![\\p{L}\\p{N}_-])`, 'gu'), (id: string) => {
        const n = names.get(id)!;
        return lang === 'fr' ? (n.fr ?? n.ar) : n.ar;
      })
    : first;
  const sentence = replaced.charAt(0).toUpperCase() + replaced.slice(1);
  return /[.!?؟]$/.test(sentence) ? sentence : `${sentence}.`;
}

/** The plan's six years (from plan.yaml, else from the projects' schedules). */
export function planYears(plan: Plan): number[] {
  const p = plan.manifest?.data.period;
  let [start, end] = p ? [p.start_year, p.end_year] : [Infinity, -Infinity];
  if (!p)
    for (const { data } of plan.projects) {
      start = Math.min(start, data.schedule.start_year);
      end = Math.max(end, data.schedule.end_year);
    }
  if (!Number.isFinite(start) || end < start || end - start > 20) return [];
  return Array.from({ length: end - start + 1 }, (_, i) => start + i);
}

function timeline(plan: Plan): TimelineStep[] {
  const a = plan.adoption?.data;
  const committees = new Map((plan.commune?.data.council.standing_committees ?? []).map((s) => [s.id, bi(s.name)]));
  const steps: TimelineStep[] = [];
  const cs = [...(plan.consultations?.data.consultations ?? [])].sort((x, y) => x.date.localeCompare(y.date));
  for (const c of cs)
    if (c.type === 'launch' || c.type === 'services_meeting' || c.type === 'iecag')
      steps.push({ key: `ctype.${c.type}`, date: c.date, detail: bi(c.theme), reference: null });
  if (a?.bureau_review_on) steps.push({ key: 'ado.bureau', date: a.bureau_review_on, detail: null, reference: null });
  if (a?.committee_referral) steps.push({ key: 'ado.referral', date: a.committee_referral.date, detail: null, reference: null });
  for (const r of a?.committee_reports ?? [])
    steps.push({
      key: 'ado.committeeReport',
      date: r.date,
      detail: committees.get(r.committee) ?? { ar: r.committee, fr: r.committee },
      reference: r.reference ?? null,
    });
  if (a?.session?.agenda_sent_to_governor_on) steps.push({ key: 'ado.agenda', date: a.session.agenda_sent_to_governor_on, detail: null, reference: null });
  if (a?.session) steps.push({ key: 'ado.session', date: a.session.date, detail: null, reference: a.decision_no ?? null });
  if (a?.visa) steps.push({ key: 'ado.visaReceived', date: a.visa.received_on, detail: null, reference: null });
  if (a?.visa?.visa_on) steps.push({ key: 'ado.visaOn', date: a.visa.visa_on, detail: null, reference: a.visa.reference ?? null });
  return steps.sort((x, y) => x.date.localeCompare(y.date));
}

function consultationRows(plan: Plan): ViewModel['framework']['consultations'] {
  return [...(plan.consultations?.data.consultations ?? [])]
    .sort((x, y) => x.date.localeCompare(y.date) || byId(x.id, y.id))
    .map((c) => ({
      id: c.id,
      date: c.date,
      type: c.type,
      theme: bi(c.theme),
      place: bi(c.place),
      total: c.participants.total,
      women: c.participants.women,
      men: c.participants.men,
    }));
}

function profileView(plan: Plan): ViewModel['profile'] {
  const c = plan.commune?.data;
  const localities = new Map((c?.localities ?? []).map((l) => [l.id, bi(l.name)!]));
  const names = (ids: string[] | undefined) => (ids ?? []).map((id) => localities.get(id) ?? { ar: id, fr: id });
  return {
    identity: {
      code: c?.id ?? null,
      type: c?.type ?? null,
      region: bi(c?.region),
      province: bi(c?.province),
      cercle: bi(c?.cercle),
      caidat: bi(c?.caidat),
      areaKm2: c?.area_km2 ?? null,
    },
    population: c
      ? {
          census: c.population.census,
          total: c.population.total,
          men: c.population.men,
          women: c.population.women,
          households: c.population.households ?? null,
          disabled: c.population.disabled ?? null,
        }
      : null,
    ageBands: (c?.population.age_bands ?? []).map((b) => ({ band: b.band, men: b.men, women: b.women, total: b.men + b.women })),
    localities: (c?.localities ?? []).map((l) => ({ id: l.id, name: bi(l.name)!, kind: l.kind ?? null, area: l.area, population: l.population ?? null })),
    council: c
      ? {
          president: c.council.president,
          members: c.council.members_in_office,
          mandateStart: c.council.mandate_start,
          committees: (c.council.standing_committees ?? []).map((s) => bi(s.name)!),
          bureau: (c.council.bureau ?? []).map((b) => ({ name: b.name, role: bi(b.role)! })),
        }
      : null,
    iecag: c?.iecag ? { members: c.iecag.members, women: c.iecag.women ?? null, createdOn: c.iecag.created_on ?? null } : null,
    sectors: (plan.diagnosis?.data.sectors ?? []).map((s) => ({
      sector: s.sector,
      anchor: `sector-${slug(s.sector)}`,
      summary: bi(s.summary),
      indicators: (s.indicators ?? []).map((i) => ({
        name: bi(i.name)!,
        value: i.value,
        unit: i.unit,
        year: i.year,
        source: i.source,
        women: i.sex_split?.women ?? null,
        men: i.sex_split?.men ?? null,
      })),
      problems: (s.problems ?? []).map((p) => ({ id: p.id, text: bi(p.text)!, localities: names(p.localities) })),
      potentials: (s.potentials ?? []).map((p) => ({ id: p.id, text: bi(p.text)!, localities: names(p.localities) })),
    })),
  };
}

function visionView(plan: Plan): ViewModel['vision'] {
  const p = plan.priorities?.data;
  const criteria = (p?.criteria ?? []).map((c) => ({ id: c.id, name: bi(c.name)!, weight: c.weight, min: c.scale.min, max: c.scale.max }));
  const list = p?.priorities ?? [];
  const ranked = list.length > 0 && list.every((x) => typeof x.rank === 'number');
  const ordered = ranked ? [...list].sort((x, y) => x.rank! - y.rank! || byId(x.id, y.id)) : list;
  return {
    vision: bi(p?.vision),
    axes: (p?.axes ?? []).map((a, i) => ({
      id: a.id,
      number: i + 1,
      title: axesOf(plan)[i]!.title,
      objectives: bis(a.objectives),
      pdr: bi(a.pdr_link) ?? bi(a.pdr_reason),
    })),
    criteria,
    matrix: ordered.map((x) => ({
      id: x.id,
      need: bi(x.need)!,
      sector: x.sector,
      axis: x.axis ?? null,
      axisNumber: x.axis ? (p?.axes ?? []).findIndex((a) => a.id === x.axis) + 1 || null : null,
      scores: criteria.map((c) => x.scores?.[c.id] ?? null),
      score: x.weighted_score ?? null,
      rank: x.rank ?? null,
    })),
    ranked,
  };
}

function monitoringView(plan: Plan): ViewModel['monitoring'] {
  const list = plan.indicators?.data.indicators ?? [];
  const targetYears = [...new Set(list.flatMap((i) => Object.keys(i.targets ?? {}).map(Number)))].sort((a, b) => a - b);
  const r = plan.indicators?.data.reporting;
  return {
    indicators: list.map((i) => ({
      id: i.id,
      name: bi(i.name)!,
      level: i.level,
      unit: i.unit ?? null,
      baseline: i.baseline ?? null,
      targets: Object.entries(i.targets ?? {})
        .map(([y, v]) => ({ year: Number(y), value: v ?? 0 }))
        .sort((a, b) => a.year - b.year),
      sexDisaggregated: i.sex_disaggregated ?? null,
      source: i.source ?? null,
      frequency: i.frequency ?? null,
      responsible: i.responsible ?? null,
      project: i.project ?? null,
    })),
    targetYears,
    reporting: r ? { month: r.evaluation_month ?? null, responsible: r.responsible ?? null } : null,
  };
}

function annexesView(plan: Plan): ViewModel['annexes'] {
  const a = plan.adoption?.data;
  const committees = new Map((plan.commune?.data.council.standing_committees ?? []).map((s) => [s.id, bi(s.name)!]));
  return {
    adopted: !!a?.session && !!a.votes,
    session: a?.session
      ? {
          type: a.session.type,
          date: a.session.date,
          agendaSentOn: a.session.agenda_sent_to_governor_on ?? null,
          convocations: a.session.convocations.map((c) => ({ ...c })),
        }
      : null,
    membersInOffice: a?.members_in_office ?? plan.commune?.data.council.members_in_office ?? null,
    votes: a?.votes ? { ...a.votes } : null,
    decisionNo: a?.decision_no ?? null,
    minutesRef: a?.minutes_ref ?? null,
    monitoringAttached: a?.monitoring_system_attached ?? null,
    committeeReports: (a?.committee_reports ?? []).map((r) => ({
      committee: committees.get(r.committee) ?? { ar: r.committee, fr: r.committee },
      date: r.date,
      reference: r.reference ?? null,
    })),
    visa: a?.visa ? { receivedOn: a.visa.received_on, visaOn: a.visa.visa_on ?? null, status: a.visa.status, reference: a.visa.reference ?? null } : null,
    updates: (a?.updates ?? []).map((u) => ({ date: u.date, planYear: u.plan_year, changes: bis(u.changes) })),
  };
}
