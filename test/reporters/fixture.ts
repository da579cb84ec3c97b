// A fixed report for the reporter tests: two workspaces, several files, every severity, French and
// Arabic messages, findings without a position, and characters that each output format must escape.
import { compareDiagnostics, type Diagnostic } from '../../src/core/diagnostics/diagnostic.js';
import type { Report } from '../../src/reporters/report.js';

const OULMES_PLAN = `# yaml-language-server: $schema=../../schemas/draft-07/plan.json
format: 1
title: { ar: برنامج عمل جماعة ولماس, fr: "Programme d'action <Oulmès> & co" }
period: { start_year: 2022, end_year: 2026 }
languages: [ar, fr]
lang: fr
participation:
  women_share: 0.2
`;

const OULMES_PROJECT = `id: P-01
title: { fr: "Route rurale, tronçon 3: 12 km", ar: طريق قروية }
cost: 1200000
financing:
  - { source: commune, amount: 300000 }
  - { source: "FDR", amount: 100%0A }
`;

const TIFLET_PLAN = `format: 1
title: { ar: برنامج عمل جماعة تيفلت }
lang: ar
adoption:
  session: { date: 2023-02-06, present: 12, members: 35 }
`;

/** The position of `needle` on `line` of `source`, as the position finder reports it (1-based, end exclusive). */
function span(source: string, line: number, needle: string) {
  const col = source.split('\n')[line - 1]!.indexOf(needle) + 1;
  if (col === 0) throw new Error(`${needle} is not on line ${line}`);
  return { line, col, endLine: line, endCol: col + needle.length };
}

const diagnostics: Diagnostic[] = [
  {
    file: 'communes/oulmes/plan.yaml',
    code: 'PAC-PER-001',
    severity: 'error',
    message: 'La période doit couvrir six ans : « 2022–2026 » n’en couvre que 5 <alors que> l’article 2 & le décret l’exigent',
    path: ['period', 'end_year'],
    ...span(OULMES_PLAN, 4, '2026'),
    expected: '2027',
    found: '2026',
    basis: 'Décret n° 2-16-301, art. 2',
  },
  {
    file: 'communes/oulmes/plan.yaml',
    code: 'PAC-GEN-004',
    severity: 'warning',
    message: 'Part des femmes parmi les participants : 20 %, sous le seuil "recommandé"',
    path: ['participation', 'women_share'],
    ...span(OULMES_PLAN, 8, '0.2'),
    expected: '≥ 30 %',
    found: '20 %',
  },
  {
    file: 'communes/oulmes/projects/p-01.yaml',
    code: 'PAC-FIN-003',
    severity: 'error',
    message: 'Financement non bouclé: 100%, 300 000 MAD,\r\nligne suivante\u0007 (contrôle)',
    path: ['financing', 1, 'amount'],
    ...span(OULMES_PROJECT, 6, '100%0A'),
    expected: '1 200 000',
    found: '400 000',
  },
  {
    file: 'communes/oulmes/projects/p-01.yaml',
    code: 'PAC-FIN-003',
    severity: 'error',
    message: 'Second financement en double',
    path: ['financing', 0],
    ...span(OULMES_PROJECT, 5, '{ source: commune, amount: 300000 }'),
  },
  {
    file: 'communes/oulmes/projects/p-01.yaml',
    code: 'PAC-IND-001',
    severity: 'info',
    message: 'Le projet n’a pas d’indicateur de résultat',
    path: ['indicators'],
  },
  {
    file: 'communes/tiflet/plan.yaml',
    code: 'PAC-ADO-003',
    severity: 'error',
    message: 'النصاب غير مكتمل في دورة 2023-02-06: حضر 12 عضوا من أصل 35',
    path: ['adoption', 'session', 'present'],
    ...span(TIFLET_PLAN, 5, '12'),
    expected: 'أكثر من 17',
    found: '12',
  },
  {
    file: 'communes/tiflet/diagnosis.yaml',
    code: 'PAC-GEN-003',
    severity: 'warning',
    message: 'التشخيص لا يتضمن تحليلا حسب النوع الاجتماعي',
    path: ['gender_analysis'],
  },
  {
    file: 'communes/tiflet/finance.yaml',
    code: 'PAC-FIL-001',
    severity: 'error',
    message: 'Fichier introuvable',
    path: [],
  },
];

/** The report every reporter test formats (French, no colour, fails on errors). */
export const FIXTURE: Report = {
  tool: { name: 'plan', version: '0.1.0' },
  lang: 'fr',
  diagnostics: [...diagnostics].sort(compareDiagnostics),
  files: [
    'communes/oulmes/finance.yaml',
    'communes/oulmes/plan.yaml',
    'communes/oulmes/projects/p-01.yaml',
    'communes/tiflet/diagnosis.yaml',
    'communes/tiflet/finance.yaml',
    'communes/tiflet/plan.yaml',
  ],
  workspaces: [
    { root: 'communes/oulmes', phase: { current: 3, missing: ['selection.yaml', 'priorities.yaml#criteria'] } },
    { root: 'communes/tiflet', phase: { current: 6, missing: [] } },
  ],
  sources: {
    'communes/oulmes/plan.yaml': OULMES_PLAN,
    'communes/oulmes/projects/p-01.yaml': OULMES_PROJECT,
    'communes/tiflet/plan.yaml': TIFLET_PLAN,
  },
  // PAC-IND-001 is left out on purpose: a reporter must cope with a code it has no metadata for.
  rules: [
    { code: 'PAC-FIL-001', title: 'Fichier absent ou illisible', severity: 'error', basis: 'plan', unverified: false },
    { code: 'PAC-PER-001', title: 'Période de six ans', severity: 'error', basis: 'Décret n° 2-16-301, art. 2', unverified: false },
    { code: 'PAC-GEN-003', title: 'Analyse selon le genre', severity: 'warning', basis: 'Loi organique 113-14, art. 78', unverified: false },
    { code: 'PAC-GEN-004', title: 'Part des femmes', severity: 'warning', basis: 'Guide du PAC, § 3.2', unverified: true },
    { code: 'PAC-FIN-003', title: 'Financement bouclé', severity: 'error', basis: 'Décret n° 2-16-301, art. 6', unverified: false },
    { code: 'PAC-ADO-003', title: 'Quorum', severity: 'error', basis: 'Loi organique 113-14, art. 42', unverified: false },
    { code: 'PAC-UNQ-001', title: 'Identifiants uniques', severity: 'error', basis: 'plan', unverified: false },
  ],
  failOn: 'error',
  color: false,
};

/** A report without any finding. */
export const CLEAN: Report = {
  ...FIXTURE,
  diagnostics: [],
  sources: {},
  workspaces: [{ root: 'communes/tiflet', phase: { current: 6, missing: [] } }],
};
