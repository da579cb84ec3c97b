// Generates a large synthetic workspace for the `plan select` benchmark: N projects over 6 years and 10
// partners, 20 localities (rural and urban), priorities with scores. Deterministic (seeded).
import { mkdirSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import path from 'node:path';

/** Writes the workspace into `dir` and returns it. */
export function generateSelectWorkspace(dir, { projects = 500, seed = 42 } = {}) {
  let s = seed >>> 0;
  const rnd = () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
  const pick = (xs) => xs[Math.floor(rnd() * xs.length)];
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(path.join(dir, 'projects'), { recursive: true });
  const years = [2022, 2023, 2024, 2025, 2026, 2027];
  const sectors = ['education', 'health', 'drinking_water', 'roads_transport', 'economy', 'social', 'environment', 'sanitation'];
  const partners = ['COMMUNE', 'REGION', 'PROVINCE', 'INDH', 'ONEE', 'MI', 'MS', 'MENPS', 'FEC', 'ANEF'];
  const localities = Array.from({ length: 20 }, (_, i) => ({ id: `L${String(i + 1).padStart(2, '0')}`, area: i < 12 ? 'rural' : 'urban' }));

  writeFileSync(
    path.join(dir, 'plan.yaml'),
    `format: 1\ntitle: { ar: برنامج تجريبي, fr: Programme de test }\nperiod: { start_year: 2022, end_year: 2027 }\nlanguages: [ar, fr]\nlang: fr\n`,
  );
  const minimal = readFileSync(new URL('../test/fixtures/minimal/commune.yaml', import.meta.url), 'utf8');
  const locs = localities
    .map(
      (l) =>
        `  - { id: ${l.id}, name: { ar: موقع ${l.id}, fr: Lieu ${l.id} }, kind: ${l.area === 'rural' ? 'douar' : 'neighbourhood'}, area: ${l.area}, population: 500 }`,
    )
    .join('\n');
  writeFileSync(
    path.join(dir, 'commune.yaml'),
    minimal
      .replace(/localities:\n( {2}- .*\n)+/, `localities:\n${locs}\n`)
      .replace(/population: \{[^}]*\}/, 'population: { census: 2014, total: 10000, men: 4900, women: 5100 }'),
  );

  const nPri = 60;
  const crit = `criteria:\n  - { id: impact, name: { ar: الأثر }, weight: 40, scale: { min: 1, max: 5 } }\n  - { id: urgency, name: { ar: الاستعجال }, weight: 35, scale: { min: 1, max: 5 } }\n  - { id: cost, name: { ar: الكلفة }, weight: 25, scale: { min: 1, max: 5 }, direction: cost }\nweights_total: 100\n`;
  const pris = Array.from(
    { length: nPri },
    (_, i) =>
      `  - { id: Q${i + 1}, sector: ${pick(sectors)}, need: { ar: حاجة ${i + 1} }, source_ids: [N1], scores: { impact: ${1 + Math.floor(rnd() * 5)}, urgency: ${1 + Math.floor(rnd() * 5)}, cost: ${1 + Math.floor(rnd() * 5)} } }`,
  ).join('\n');
  writeFileSync(path.join(dir, 'priorities.yaml'), `axes:\n  - { id: AX1, title: { ar: محور } }\n${crit}priorities:\n${pris}\n`);

  const totals = Object.fromEntries(partners.map((p) => [p, years.map(() => 0)]));
  for (let i = 0; i < projects; i++) {
    const id = `P${String(i + 1).padStart(3, '0')}`;
    const duration = 1 + Math.floor(rnd() * 3);
    const start = 2022 + Math.floor(rnd() * (7 - duration));
    const funders = ['COMMUNE', ...new Set([pick(partners.slice(1)), pick(partners.slice(1))])];
    const financing = funders.map((p) => {
      const by = {};
      let amount = 0;
      for (let k = 0; k < duration; k++) {
        const a = (1 + Math.floor(rnd() * 20)) * 50_000;
        by[String(start + k)] = a;
        amount += a;
        totals[p][start + k - 2022] += a;
      }
      return { partner: p, amount, by_year: by };
    });
    const cost = financing.reduce((s, f) => s + f.amount, 0);
    const locsOf = [pick(localities).id, ...(rnd() < 0.3 ? [pick(localities).id] : [])];
    const deps = i > 10 && rnd() < 0.05 ? [`P${String(1 + Math.floor(rnd() * i)).padStart(3, '0')}`] : [];
    const excl = i > 10 && rnd() < 0.04 ? [`P${String(1 + Math.floor(rnd() * i)).padStart(3, '0')}`] : [];
    const fin = financing
      .map(
        (f) =>
          `  - { partner: ${f.partner}, amount: ${f.amount}, by_year: { ${Object.entries(f.by_year)
            .map(([y, a]) => `'${y}': ${a}`)
            .join(', ')} } }`,
      )
      .join('\n');
    writeFileSync(
      path.join(dir, 'projects', `${id}.yaml`),
      `id: ${id}\ntitle: { ar: مشروع ${i + 1} }\nsector: ${pick(sectors)}\npriority_ids: [Q${1 + Math.floor(rnd() * nPri)}]\nlocalities: [${[...new Set(locsOf)].join(', ')}]\ncompetence_type: own\nestimated_cost: ${cost}\nfinancing:\n${fin}\nschedule: { start_year: ${start}, end_year: ${start + duration - 1} }\nstatus: planned\n${deps.length ? `depends_on: [${deps}]\n` : ''}${excl.length ? `excludes: [${excl}]\n` : ''}`,
    );
  }
  // Limits at about 40 % of what all projects would ask: the selection has real choices to make.
  const partnerLines = partners.map((p) =>
    p === 'COMMUNE'
      ? `  - { id: COMMUNE, name: { ar: الجماعة }, type: commune }`
      : `  - { id: ${p}, name: { ar: ${p} }, type: other, commitments: { ${years.map((y, k) => `'${y}': ${Math.round(totals[p][k] * 0.7)}`).join(', ')} } }`,
  );
  const proj = years
    .slice(0, 3)
    .map(
      (y, k) =>
        `  - { year: ${y}, own_resources: 1, transfers: 1, operating_spend: 1, debt_service: 1, investment_capacity: ${Math.round(totals.COMMUNE[k] * 0.7)} }`,
    );
  writeFileSync(path.join(dir, 'finance.yaml'), `currency: MAD\npartners:\n${partnerLines.join('\n')}\nprojection:\n${proj.join('\n')}\n`);
  return dir;
}
