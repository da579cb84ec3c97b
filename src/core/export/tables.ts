// The plan as open data: a few flat tables (rows and column definitions) that a spreadsheet or a
// database loads as they are. Pure: the caller gives the plan, and the writers (src/io/export-files.ts)
// turn the tables into CSV, XLSX and JSON. The money comes from the one programme view the document
// prints (programme-view.ts), so the exported financing adds up to the programme's total.
import type { Plan } from '../plan/workspace.js';
import { programmeView, type ProgrammeView } from '../render/programme-view.js';

/** The type of a column's values, as a database would declare it. */
export type ColumnType = 'string' | 'integer' | 'number' | 'boolean' | 'date';

/** One column: its stable machine name, its type, and where its meaning comes from. */
export interface ColumnDef {
  name: string;
  type: ColumnType;
  /**
   * The schema field the column is taken from: `<kind>#<JSON pointer>` (e.g.
   * `project#/properties/title`). The data dictionary takes the meaning in Arabic and French from
   * that field's title and description. Absent for a column the tool computes (the catalogue says it).
   */
  source?: string;
  /** For a column holding one language of a bilingual text: that language. */
  textLang?: 'ar' | 'fr';
}

export type Cell = string | number | boolean | null;

/** One table: its name (the CSV file, the XLSX sheet, the JSON key), its columns and its rows. */
export interface Table {
  name: TableName;
  columns: ColumnDef[];
  rows: Cell[][];
}

export const TABLE_NAMES = ['projects', 'financing', 'indicators', 'indicator_targets', 'followup', 'followup_money', 'indicator_values'] as const;
export type TableName = (typeof TABLE_NAMES)[number];

const col = (name: string, type: ColumnType, source?: string, textLang?: 'ar' | 'fr'): ColumnDef => ({
  name,
  type,
  ...(source ? { source } : {}),
  ...(textLang ? { textLang } : {}),
});
const text = (name: string, source: string): ColumnDef[] => [col(`${name}_ar`, 'string', source, 'ar'), col(`${name}_fr`, 'string', source, 'fr')];

// Every table starts with the commune, so that the tables of many communes can be stacked.
const COMMUNE_COLUMNS: ColumnDef[] = [col('commune', 'string', 'commune#/properties/id'), col('commune_code', 'string')];

/** The columns of every table, in order (fixed, whatever the plan holds: a database schema can rely on them). */
export const COLUMNS: Record<TableName, ColumnDef[]> = {
  projects: [
    ...COMMUNE_COLUMNS,
    col('project', 'string', 'project#/properties/id'),
    ...text('title', 'project#/properties/title'),
    col('axis', 'string', 'project#/properties/axis'),
    col('sector', 'string', 'project#/properties/sector'),
    col('localities', 'string', 'project#/properties/localities'),
    col('latitude', 'number', 'project#/properties/gps'),
    col('longitude', 'number', 'project#/properties/gps'),
    ...text('owner', 'project#/properties/project_owner'),
    col('competence_type', 'string', 'project#/properties/competence_type'),
    col('status', 'string', 'project#/properties/status'),
    col('beneficiaries_total', 'integer', 'project#/properties/beneficiaries'),
    col('beneficiaries_women', 'integer', 'project#/properties/beneficiaries'),
    col('estimated_cost', 'integer', 'project#/properties/estimated_cost'),
    col('programmed', 'boolean'),
    col('programme_cost', 'integer'),
    col('start_year', 'integer'),
    col('end_year', 'integer'),
    col('indicators', 'string', 'project#/properties/indicator_ids'),
  ],
  financing: [
    ...COMMUNE_COLUMNS,
    col('project', 'string', 'project#/properties/id'),
    col('partner', 'string', 'finance#/properties/partners'),
    ...text('partner_name', 'finance#/properties/partners'),
    col('partner_type', 'string', 'finance#/properties/partners'),
    col('year', 'integer'),
    col('amount', 'integer'),
  ],
  indicators: [
    ...COMMUNE_COLUMNS,
    col('indicator', 'string', 'indicators#/properties/indicators/items/properties/id'),
    ...text('name', 'indicators#/properties/indicators/items/properties/name'),
    col('project', 'string', 'indicators#/properties/indicators/items/properties/project'),
    col('axis', 'string', 'indicators#/properties/indicators/items/properties/axis'),
    col('level', 'string', 'indicators#/properties/indicators/items/properties/level'),
    col('unit', 'string', 'indicators#/properties/indicators/items/properties/unit'),
    col('baseline_value', 'number', 'indicators#/properties/indicators/items/properties/baseline'),
    col('baseline_year', 'integer', 'indicators#/properties/indicators/items/properties/baseline'),
    col('sex_disaggregated', 'boolean', 'indicators#/properties/indicators/items/properties/sex_disaggregated'),
    col('source', 'string', 'indicators#/properties/indicators/items/properties/source'),
    col('frequency', 'string', 'indicators#/properties/indicators/items/properties/frequency'),
    col('responsible', 'string', 'indicators#/properties/indicators/items/properties/responsible'),
  ],
  indicator_targets: [
    ...COMMUNE_COLUMNS,
    col('indicator', 'string', 'indicators#/properties/indicators/items/properties/id'),
    col('year', 'integer', 'indicators#/properties/indicators/items/properties/targets'),
    col('target', 'number', 'indicators#/properties/indicators/items/properties/targets'),
  ],
  // The follow-up after adoption (followup/<year>.yaml): one row per project and year…
  followup: [
    ...COMMUNE_COLUMNS,
    col('year', 'integer', 'followup#/properties/year'),
    col('project', 'string', 'followup#/properties/projects/items/properties/project'),
    col('execution_status', 'string', 'followup#/properties/projects/items/properties/status'),
    col('progress', 'number', 'followup#/properties/projects/items/properties/progress'),
    col('started_on', 'date', 'followup#/properties/projects/items/properties/started_on'),
    col('delivered_on', 'date', 'followup#/properties/projects/items/properties/delivered_on'),
    ...text('reason', 'followup#/properties/projects/items/properties/reason'),
    col('decision_number', 'string', 'followup#/properties/projects/items/properties/decision/properties/number'),
    col('decision_date', 'date', 'followup#/properties/projects/items/properties/decision/properties/date'),
    col('moved_start_year', 'integer', 'followup#/properties/projects/items/properties/moved_to/properties/start_year'),
    col('moved_end_year', 'integer', 'followup#/properties/projects/items/properties/moved_to/properties/end_year'),
  ],
  // …the money committed and paid that year, one row per project, year and partner…
  followup_money: [
    ...COMMUNE_COLUMNS,
    col('year', 'integer', 'followup#/properties/year'),
    col('project', 'string', 'followup#/properties/projects/items/properties/project'),
    col('partner', 'string', 'finance#/properties/partners'),
    col('committed', 'integer', 'followup#/properties/projects/items/properties/committed'),
    col('paid', 'integer', 'followup#/properties/projects/items/properties/paid'),
  ],
  // …and the indicators' measured values.
  indicator_values: [
    ...COMMUNE_COLUMNS,
    col('year', 'integer', 'followup#/properties/year'),
    col('indicator', 'string', 'followup#/properties/indicators/items/properties/indicator'),
    col('value', 'number', 'followup#/properties/indicators/items/properties/value'),
    col('measured_on', 'date', 'followup#/properties/indicators/items/properties/measured_on'),
    col('measure_source', 'string', 'followup#/properties/indicators/items/properties/source'),
  ],
};

/** The exported plan: its tables and the programme they agree with. */
export interface ExportData {
  tables: Table[];
  programme: ProgrammeView;
}

const opt = <T>(v: T | undefined | null): T | null => (v === undefined ? null : v);
const row = (cells: ReadonlyArray<Cell | undefined>): Cell[] => cells.map((c) => (c === undefined ? null : c));
const joined = (xs: readonly string[] | undefined): string | null => (xs && xs.length ? xs.join(';') : null);

/** Builds the tables of a plan (pure). Rows follow the order of the plan's files. */
export function exportTables(plan: Plan): ExportData {
  const view = programmeView(plan);
  const commune = [opt(plan.commune?.data.id), opt(plan.commune?.data.admin_refs?.commune_id)];
  const projects: Cell[][] = plan.projects.map(({ data: p }) => {
    const v = view.projects.get(p.id);
    return row([
      ...commune,
      p.id,
      opt(p.title.ar),
      opt(p.title.fr),
      p.axis,
      p.sector,
      joined(p.localities),
      opt(p.gps?.lat),
      opt(p.gps?.lon),
      opt(p.project_owner?.ar),
      opt(p.project_owner?.fr),
      opt(p.competence_type),
      opt(p.status),
      opt(p.beneficiaries?.total),
      opt(p.beneficiaries?.women),
      p.estimated_cost,
      v ? v.programmed : false,
      v && v.programmed ? v.cost : 0,
      v ? v.start : p.schedule.start_year,
      v ? v.end : p.schedule.end_year,
      joined(p.indicator_ids),
    ]);
  });
  const partners = new Map((plan.finance?.data.partners ?? []).map((p) => [p.id, p]));
  // One row per project, partner and year, summed: the programme's own lines, as the document prints them.
  const sums = new Map<string, { project: string; partner: string; year: number; amount: number }>();
  for (const l of view.lines) {
    const key = `${l.project}\u0000${l.partner}\u0000${l.year}`;
    const s = sums.get(key);
    if (s) s.amount += l.amount;
    else sums.set(key, { ...l });
  }
  const order = new Map(plan.projects.map(({ data: p }, i) => [p.id, i]));
  const lines = [...sums.values()].sort(
    (a, b) =>
      (order.get(a.project) ?? Infinity) - (order.get(b.project) ?? Infinity) ||
      a.project.localeCompare(b.project) ||
      a.year - b.year ||
      a.partner.localeCompare(b.partner),
  );
  const financing: Cell[][] = lines.map((l) => {
    const p = partners.get(l.partner);
    return [...commune, l.project, l.partner, opt(p?.name.ar), opt(p?.name.fr), opt(p?.type), l.year, l.amount];
  });
  const inds = plan.indicators?.data.indicators ?? [];
  const indicators: Cell[][] = inds.map((i) =>
    row([
      ...commune,
      i.id,
      opt(i.name.ar),
      opt(i.name.fr),
      opt(i.project),
      opt(i.axis),
      i.level,
      opt(i.unit),
      opt(i.baseline?.value),
      opt(i.baseline?.year),
      opt(i.sex_disaggregated),
      opt(i.source),
      opt(i.frequency),
      opt(i.responsible),
    ]),
  );
  const targets: Cell[][] = inds.flatMap((i) =>
    Object.entries(i.targets ?? {})
      .sort(([a], [b]) => Number(a) - Number(b))
      .map(([year, value]) => row([...commune, i.id, Number(year), value])),
  );
  const followed = [...plan.followup].sort((a, b) => a.data.year - b.data.year);
  const followup: Cell[][] = followed.flatMap(({ data: f }) =>
    (f.projects ?? []).map((e) =>
      row([
        ...commune,
        f.year,
        e.project,
        e.status,
        opt(e.progress),
        opt(e.started_on),
        opt(e.delivered_on),
        opt(e.reason?.ar),
        opt(e.reason?.fr),
        opt(e.decision?.number),
        opt(e.decision?.date),
        opt(e.moved_to?.start_year),
        opt(e.moved_to?.end_year),
      ]),
    ),
  );
  // A partner named in either map gets a row; the other amount is then empty (not reported), not 0.
  const money: Cell[][] = followed.flatMap(({ data: f }) =>
    (f.projects ?? []).flatMap((e) =>
      [...new Set([...Object.keys(e.committed ?? {}), ...Object.keys(e.paid ?? {})])].map((partner) =>
        row([...commune, f.year, e.project, partner, opt(e.committed?.[partner]), opt(e.paid?.[partner])]),
      ),
    ),
  );
  const values: Cell[][] = followed.flatMap(({ data: f }) =>
    (f.indicators ?? []).map((m) => row([...commune, f.year, m.indicator, m.value, opt(m.measured_on), opt(m.source)])),
  );
  const rows: Record<TableName, Cell[][]> = {
    projects,
    financing,
    indicators,
    indicator_targets: targets,
    followup,
    followup_money: money,
    indicator_values: values,
  };
  return { tables: TABLE_NAMES.map((name) => ({ name, columns: COLUMNS[name], rows: rows[name] })), programme: view };
}
