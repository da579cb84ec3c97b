// Generates N plan workspaces of P projects each (default 1,500 × 40, the national scale), from the
// minimal fixture, with bilingual texts of realistic length. Output: bench/.work/national/<id>/.
// Usage: node bench/generate-workspaces.mjs [count] [projects] [outdir]
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync, rmSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const fixture = path.join(here, '..', 'test', 'fixtures', 'minimal');

/** Writes `count` workspaces under `outDir`; returns their folders. */
export function generate(count = 1500, projects = 40, outDir = path.join(here, '.work', 'national')) {
  const base = Object.fromEntries(
    ['plan', 'commune', 'diagnosis', 'consultations', 'adoption'].map((k) => [k, readFileSync(path.join(fixture, `${k}.yaml`), 'utf8')]),
  );
  // The marker names what made the set (this generator and the fixture it copies), so a set written by
  // an older generator is never measured again: it is written anew.
  const made = createHash('sha256')
    .update(readFileSync(fileURLToPath(import.meta.url)))
    .update(JSON.stringify(base))
    .digest('hex')
    .slice(0, 12);
  const marker = path.join(outDir, `.generated-${count}-${projects}-${made}`);
  const dirs = Array.from({ length: count }, (_, i) => path.join(outDir, `C${String(i + 1).padStart(4, '0')}`));
  if (existsSync(marker)) return dirs;
  rmSync(outDir, { recursive: true, force: true });
  for (const [i, dir] of dirs.entries()) {
    mkdirSync(path.join(dir, 'projects'), { recursive: true });
    for (const [k, text] of Object.entries(base)) writeFileSync(path.join(dir, `${k}.yaml`), text.replace('../../../schemas', '../../../../schemas'));
    writeFileSync(path.join(dir, 'priorities.yaml'), priorities(projects));
    writeFileSync(path.join(dir, 'indicators.yaml'), indicators(projects));
    writeFileSync(path.join(dir, 'finance.yaml'), finance(projects));
    for (let p = 1; p <= projects; p++) writeFileSync(path.join(dir, 'projects', `P${pad(p)}.yaml`), project(p, i));
  }
  writeFileSync(marker, '');
  return dirs;
}

const pad = (n) => String(n).padStart(3, '0');

function priorities(n) {
  const lines = [
    '# yaml-language-server: $schema=../../../../schemas/draft-07/priorities.json',
    'vision: { ar: جماعة مجهزة ودامجة, fr: Une commune équipée et inclusive }',
    'axes:',
    '  - id: AX1',
    '    title: { ar: البنيات الأساسية, fr: Infrastructures de base }',
    '    pdr_link: { ar: محور البنيات في برنامج التنمية الجهوية, fr: Axe infrastructures du PDR }',
    'criteria:',
    '  - { id: beneficiaries, name: { ar: المستفيدون, fr: Bénéficiaires }, weight: 60, scale: { min: 0, max: 5 } }',
    '  - { id: urgency, name: { ar: الاستعجال, fr: Urgence }, weight: 40, scale: { min: 0, max: 5 } }',
    'weights_total: 100',
    'priorities:',
  ];
  for (let p = 1; p <= n; p++)
    lines.push(
      `  - id: PRI${pad(p)}`,
      '    axis: AX1',
      '    sector: drinking_water',
      '    localities: [D1]',
      `    need: { ar: تحسين الولوج إلى الماء الصالح للشرب رقم ${p}, fr: Améliorer l'accès à l'eau potable n° ${p} }`,
      '    source_ids: [N1, K1]',
      `    scores: { beneficiaries: ${p % 6}, urgency: ${(p * 7) % 6} }`,
    );
  return lines.join('\n') + '\n';
}

function indicators(n) {
  const lines = ['# yaml-language-server: $schema=../../../../schemas/draft-07/indicators.json', 'indicators:'];
  for (let p = 1; p <= n; p++)
    lines.push(
      `  - id: I${pad(p)}`,
      `    name: { ar: عدد الأسر المستفيدة من المشروع ${p}, fr: Ménages bénéficiaires du projet ${p} }`,
      `    project: P${pad(p)}`,
      '    level: output',
      '    unit: ménages',
      '    baseline: { value: 0, year: 2021 }',
      `    targets: { '2023': ${10 + p}, '2027': ${20 + p} }`,
      '    frequency: annual',
    );
  return lines.join('\n') + '\n';
}

function finance(n) {
  const commitments = 300000 * n;
  return (
    [
      '# yaml-language-server: $schema=../../../../schemas/draft-07/finance.json',
      'currency: MAD',
      'partners:',
      '  - { id: COMMUNE, name: { ar: الجماعة, fr: Commune }, type: commune }',
      `  - { id: REGION, name: { ar: مجلس الجهة, fr: Conseil régional }, type: region, commitments: { '2022': ${commitments}, '2023': ${commitments} } }`,
      'retrospective:',
      '  - { year: 2021, own_revenue: 9000000, vat_share: 30000000, operating_spend: 25000000, debt_service: 1000000 }',
      'projection:',
      `  - { year: 2022, own_resources: 9500000, transfers: 31000000, operating_spend: 26000000, debt_service: 1000000, investment_capacity: 13500000 }`,
      `  - { year: 2023, own_resources: 10000000, transfers: 32000000, operating_spend: 27000000, debt_service: 1000000, investment_capacity: 14000000 }`,
      `  - { year: 2024, own_resources: 10500000, transfers: 33000000, operating_spend: 28000000, debt_service: 1000000, investment_capacity: 14500000 }`,
    ].join('\n') + '\n'
  );
}

function project(p, ws) {
  const id = `P${pad(p)}`;
  return `# yaml-language-server: $schema=../../../../../schemas/draft-07/project.json
id: ${id}
title:
  ar: تزويد الدوار رقم ${p} بالماء الصالح للشرب عبر الربط الفردي بالشبكة
  fr: Alimentation du douar n° ${p} en eau potable par branchements individuels au réseau
axis: AX1
sector: drinking_water
priority_ids: [PRI${pad(p)}]
localities: [D1]
rationale:
  ar: تعاني ساكنة الدوار من صعوبة الولوج إلى الماء الصالح للشرب، وتتحمل النساء والفتيات عبء جلب الماء من العيون البعيدة.
  fr: Les habitants du douar accèdent difficilement à l'eau potable ; la corvée d'eau pèse surtout sur les femmes et les filles.
objectives:
  - { ar: ربط جميع الأسر بشبكة الماء, fr: Raccorder tous les ménages au réseau d'eau }
  - { ar: تقليص الوقت المخصص لجلب الماء, fr: Réduire le temps consacré à la corvée d'eau }
activities:
  - { ar: إنجاز الدراسة التقنية, fr: Réaliser l'étude technique }
  - { ar: مد القنوات وإنجاز الربط الفردي, fr: Poser les conduites et réaliser les branchements }
beneficiaries: { total: ${600 + p}, women: ${310 + p}, men: 290 }
competence_type: own
owner_is_commune: true
project_owner: { ar: الجماعة, fr: La commune }
estimated_cost: 1000000
financing:
  - { partner: COMMUNE, amount: 400000, by_year: { '2022': 200000, '2023': 200000 } }
  - { partner: REGION, amount: 600000, by_year: { '2022': 300000, '2023': 300000 } }
schedule: { start_year: 2022, end_year: 2023 }
indicator_ids: [I${pad(p)}]
responsible_unit: Service technique ${ws % 7}
status: planned
pdr_link: { ar: محور الماء, fr: Axe eau du PDR }
# The region's money in years 1-3 rests on a signed agreement (PAC-FIN-007), as in a real plan.
agreement: { reference: CONV-REGION-${ws}-${p}, signed_on: 2022-02-10 }
`;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [count, projects, out] = process.argv.slice(2);
  const dirs = generate(Number(count ?? 1500), Number(projects ?? 40), out && path.resolve(out));
  console.log(`${dirs.length} workspaces in ${path.dirname(dirs[0])}`);
}
