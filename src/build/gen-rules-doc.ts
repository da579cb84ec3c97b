// Generates docs/rules.md from the rule registry: code, severity, phase, basis (in the three
// languages), whether the reading is verified, the source that supports it, and the parameters of
// every rule, so the documentation is the registry itself.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { RULES } from '../core/rules/registry.js';
import { BUILTIN_CODES } from '../core/diagnostics/builtin-codes.js';
import { basisText } from '../i18n/basis.js';
import { describeParam } from '../core/rules/param-schema.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** The sources the readings rest on, as the legal review of the rules names them. */
export const SOURCES: Record<string, string> = {
  A78: 'art. 78 quoted word for word — https://kupdf.net (DGCT guide context, S3)',
  DP: 'art. 78 in French — https://digitalpub.ma/casablanca-aura-enfin-son-plan-daction-communal',
  AL: 'arts. 78-82 and decree arts. 2 and 6 — https://al3omk.com/162520.html',
  Q42: 'art. 42 quoted — https://www.saharadiario.com/article-22382 ; https://alouma24.ma/archives/145389',
  A119: 'art. 119 — https://tagantnet.blogspot.com/2016/10/blog-post_17.html',
  A120: 'art. 120 — https://www.communeskhirat.ma (consultative bodies); communekhenifra.ma',
  FCT: 'decree 2-16-301 summary — https://www.fctmaroc.com/2025/10/216301.html',
  S5: 'decree arts. 6, 10, 11 (Reggada) — https://maghress.com/tizpress/120076',
  S8: 'decree art. 4 meeting with external services (Beni Mellal) — https://www.pam.ma',
  S13: 'art. 38, agenda to the governor 20 days before — https://maghress.com/tizpress/73280',
  S14: "annual evaluation of the PAC's execution (Larache) — https://communelarache.ma/ar/actualites/جماعة-العرائش-تنجز-أولى-محطات-تقييم-تنفيذ-برنامج-عمل-جماعة-العرائش-2022-2027",
  S21: 'law 31-13 in force on 12 March 2019 — https://maghress.com/alaoual/140366',
  OUZ: 'Ouarzazate PAC 2023-2028 — https://www.commune-ouarzazate.ma',
  SEED: 'the project’s field reports (pac-procedure.md §7): Oulmès PAC 2023-2028 launched 12 January 2023; Khémisset integrated programme 2022-2025, 750 MDH',
  GK: 'general knowledge, not checked against the official text: a parameter with a documented default, `unverified: true`',
  PRACTICE: 'practice of communes and consulting firms, no article',
};

/** Rule by rule: the sources of its reading, and a note on what is confirmed and what is a reading. */
export const RULE_SOURCES: Record<string, { sources: string[]; note: string }> = {
  'PAC-PER-001': { sources: ['A78', 'FCT'], note: 'six years: confirmed' },
  'PAC-PER-002': { sources: ['A78'], note: 'project and financing years inside the period: confirmed' },
  'PAC-PER-003': {
    sources: ['SEED', 'OUZ', 'PRACTICE'],
    note: 'no article ties the first year to the mandate; 2023-2028 plans exist for the 2021 mandate: a warning with a parameter',
  },
  'PAC-DEL-001': {
    sources: ['A78', 'DP'],
    note: 'art. 78 says *prepared* (يتم إعداد / est établi) in year 1 at the latest: confirmed; measuring it on the referral (default) or on the adoption is a reading, the `reading` parameter',
  },
  'PAC-FIN-001': { sources: ['A78'], note: 'resources and spending of years 1-3: confirmed' },
  'PAC-FIN-002': { sources: ['PRACTICE'], note: 'financing closes: practice' },
  'PAC-FIN-003': { sources: ['PRACTICE'], note: 'yearly split closes: practice' },
  'PAC-FIN-004': { sources: ['A78', 'GK'], note: 'years 1-3 resources (confirmed); multi-year programming arts. 81, 183 (GK)' },
  'PAC-FIN-005': { sources: ['PRACTICE'], note: 'capacity arithmetic: practice' },
  'PAC-FIN-006': { sources: ['SEED', 'PRACTICE'], note: 'partner envelopes by year, as framework agreements fix them' },
  'PAC-FIN-007': {
    sources: ['A78', 'SEED', 'PRACTICE'],
    note: 'years 1-3 resources (confirmed); partner money counts once an agreement (or an approved framework agreement) binds it: practice',
  },
  'PAC-CNV-001': {
    sources: ['SEED', 'PRACTICE'],
    note: 'convergence with the provincial programme and framework agreements (Khémisset 2022-2025, 750 MDH): practice',
  },
  'PAC-TER-001': { sources: ['A78', 'PRACTICE'], note: 'needs diagnosed per locality (confirmed); spreading investment to them: practice' },
  'PAC-TRC-001': { sources: ['A78'], note: 'diagnosis of needs and potentials: confirmed' },
  'PAC-TRC-002': { sources: ['A78'], note: 'priorities behind projects: confirmed in substance' },
  'PAC-TRC-003': { sources: ['A78', 'PRACTICE'], note: 'traceability to consultations: practice' },
  'PAC-GEN-001': { sources: ['A78'], note: 'gender approach: confirmed' },
  'PAC-GEN-002': { sources: ['PRACTICE'], note: 'women + men = total: practice (art. 120 creates the equity body; it is not a basis here)' },
  'PAC-GEN-003': { sources: ['A78'], note: 'beneficiaries by sex: gender approach, confirmed' },
  'PAC-GEN-004': { sources: ['PRACTICE'], note: 'no legal threshold: parameter' },
  'PAC-PDR-001': { sources: ['A78'], note: 'consistency with the regional development programme: confirmed' },
  'PAC-GOV-001': { sources: ['A78', 'S8', 'GK'], note: 'coordination with the governor: art. 78 confirmed; decree art. 4 GK' },
  'PAC-INC-001': { sources: ['A119', 'PRACTICE'], note: 'participatory mechanisms of art. 119; reaching youth: practice' },
  'PAC-INC-002': { sources: ['A119', 'PRACTICE'], note: 'participatory mechanisms of art. 119; reaching persons with disabilities: practice' },
  'PAC-INC-003': { sources: ['A119', 'PRACTICE'], note: 'participatory mechanisms of art. 119; reaching the douars: practice' },
  'PAC-IEC-001': { sources: ['A120', 'PRACTICE'], note: 'equity body of art. 120; consulting it before the referral: practice' },
  'PAC-IND-001': { sources: ['AL', 'S5'], note: 'monitoring system with indicators (decree art. 6): confirmed' },
  'PAC-IND-002': { sources: ['AL', 'S5'], note: 'monitoring system (decree art. 6): confirmed' },
  'PAC-ADO-001': { sources: ['S5', 'GK'], note: 'referral ≥ 30 days before the session (decree art. 10): reported by S5, wording GK' },
  'PAC-ADO-002': { sources: ['S5', 'AL'], note: 'council file with the monitoring system and committee reports (decree arts. 6, 11)' },
  'PAC-ADO-003': {
    sources: ['Q42'],
    note: 'quorum > half of the members in office; 2nd convocation *sent* 3-5 days after the failed meeting; 3rd meeting after the third working day following: confirmed',
  },
  'PAC-ADO-004': { sources: ['Q42', 'PRACTICE'], note: 'votes ≤ present ≤ members in office: arithmetic of the minutes' },
  'PAC-ADO-005': { sources: ['GK'], note: 'majority of votes cast, the president’s side prevailing on a tie (arts. 45-47): GK; art. 42 covers quorum only' },
  'PAC-ADO-006': {
    sources: ['S13', 'GK'],
    note: 'ordinary sessions in February, May, October (art. 33, GK); agenda to the governor ≥ 20 days before (art. 38, S13)',
  },
  'PAC-ADO-007': { sources: ['GK'], note: 'visa within 20 days of receipt, tacit otherwise (art. 118): GK' },
  'PAC-ADO-008': { sources: ['AL', 'GK'], note: 'update from the third year after entry into force: confirmed in substance [AL]; article 79 or 80 GK' },
  'PAC-ADO-009': { sources: ['Q42', 'GK'], note: 'no vote without a session (art. 42, confirmed); a visa on an adopted deliberation only (art. 118, GK)' },
  'PAC-ADO-010': { sources: ['PRACTICE'], note: 'a record holds facts that happened' },
  'PAC-ADO-011': { sources: ['GK'], note: 'deliberation and minutes sent to the governor in time (arts. 116-118): GK' },
  'PAC-ADO-012': { sources: ['GK'], note: 'members convened with the documents ≥ 10 days before the session (art. 35): GK' },
  'PAC-PUB-001': {
    sources: ['S21', 'GK'],
    note: 'law 31-13 in force (S21); posting decision summaries (art. 48) and proactive publication (law 31-13 art. 10): GK',
  },
  'PAC-PUB-002': {
    sources: ['S21', 'GK'],
    note: 'law 31-13 in force (S21); publication by electronic means including national open data portals (art. 10): GK; the law sets no delay, the 30 days are this tool’s default',
  },
  'PAC-COM-001': { sources: ['A120', 'GK'], note: 'equity body: art. 120 confirmed; three standing committees (art. 25): GK' },
  'PAC-CMP-001': { sources: ['GK'], note: 'a contribution project has an owner other than the commune (arts. 77-90): GK' },
  // The follow-up after adoption: the commune monitors, updates and evaluates its plan (art. 78, confirmed).
  'PAC-TRK-001': { sources: ['A78', 'PRACTICE'], note: 'the commune monitors its plan (art. 78, confirmed); a payment settles a commitment: practice' },
  'PAC-TRK-002': { sources: ['A78', 'PRACTICE'], note: 'commitments within the estimated cost: practice; the tolerance (amendments) is a parameter' },
  'PAC-TRK-003': { sources: ['A78', 'AL'], note: 'monitoring system (decree art. 6, confirmed [AL]); a finished project is received: practice' },
  'PAC-TRK-004': { sources: ['AL'], note: 'values of the monitoring system’s indicators (decree art. 6): confirmed [AL]' },
  'PAC-TRK-005': { sources: ['A78', 'S14', 'GK'], note: 'annual evaluation (S14, practice); the days allowed after the year: GK, parameter' },
  'PAC-TRK-006': { sources: ['A78'], note: 'the follow-up follows the adopted plan’s projects: confirmed in substance' },
  'PAC-TRK-007': { sources: ['A78', 'GK'], note: 'a cancelled or postponed project changes the adopted plan, which the council decides (arts. 78, 92): GK' },
  'PAC-TRK-008': {
    sources: ['A78', 'PRACTICE', 'GK'],
    note: 'partner money on a signed agreement and within its share: practice of agreements; tolerance GK, parameter',
  },
  'PAC-TRK-009': { sources: ['A78'], note: 'six-year plan period (art. 78): confirmed' },
};

/** A rule without an entry above: its sources read off its basis (a new rule is never left out). */
export function sourcesOf(r: { code: string; basis: string; unverified?: boolean }): { sources: string[]; note: string } {
  const known = RULE_SOURCES[r.code];
  if (known) return known;
  const sources: string[] = [];
  if (/LO 113-14 art\. 78\b/.test(r.basis)) sources.push('A78');
  if (/art\. 42\b/.test(r.basis)) sources.push('Q42');
  if (/practice|^plan$/.test(r.basis)) sources.push('PRACTICE');
  if (r.unverified) sources.push('GK');
  return { sources, note: /practice/.test(r.basis) ? 'consistency of the plan’s own data: practice' : 'read off the basis' };
}

/** The whole rules document. */
export function rulesDoc(): string {
  const out = [
    '# Validation rules',
    '',
    'Generated from `src/core/rules/registry.ts` by `node dist/build/gen-rules-doc.js` (`npm run gen`); a test',
    'fails when it is stale. `plan rules` prints the same list (`--format json` for tools, with the basis in',
    'the three languages and `unverified`).',
    '',
    'A basis marked **unverified** rests on a reading of the law that has not been checked against the',
    'official text: the rule is a parameter with a documented default, and its message says so. Override a',
    'parameter in `plan.yaml` (`rules.params.<CODE>.<name>`) or on the command line',
    '(`--param CODE.name=value`); see [format.md](format.md#rule-settings). Each parameter accepts the type',
    'and range listed below: a value that does not fit, a misspelt name or an unknown code is a usage error',
    '(exit 2) on the command line and a PAC-CFG-001 error at its position in `plan.yaml`; it never turns a',
    'rule off.',
    '',
    '`plan validate` also runs the checks of `plan prioritize` and `plan select` on their inputs (PAC-DEC-*),',
    'and PAC-PRG-001 reports a programme computed by `plan select` from projects, finance or ranking that',
    'have changed since; `plan render` refuses to print a final document from it (`--draft` prints a',
    'marked draft).',
    '',
    '| code | severity | phase | basis | rule |',
    '|---|---|---|---|---|',
  ];
  for (const r of RULES)
    out.push(
      `| ${r.code} | ${r.severity} | ${r.phase} | ${r.basis}${r.unverified ? ' (**unverified**)' : ''} | ${r.title.en} · ${r.title.fr} · ${r.title.ar} |`,
    );
  out.push('', '## What each rule rests on', '', 'Source tags are listed under [Sources](#sources).', '');
  out.push('| code | basis (fr · ar) | sources | reading |', '|---|---|---|---|');
  for (const r of RULES) {
    const s = sourcesOf(r);
    const tags = s.sources.length ? s.sources.map((t) => `[${t}]`).join(' ') : '—';
    out.push(`| ${r.code} | ${basisText(r.basis, 'fr')} · ${basisText(r.basis, 'ar')} | ${tags} | ${s.note}${r.unverified ? ' (**unverified**)' : ''} |`);
  }
  out.push('', '## Parameters', '');
  for (const r of RULES) {
    const params = Object.entries(r.params ?? {});
    if (!params.length) continue;
    out.push(`### ${r.code} ${r.title.en}`, '');
    for (const [name, p] of params)
      out.push(
        `- \`${name}\` (default \`${JSON.stringify(p.default)}\`; ${describeParam(p, 'en')}): ${p.description.en} · ${p.description.fr} · ${p.description.ar}`,
      );
    out.push('');
  }
  out.push('## Sources', '');
  for (const [tag, text] of Object.entries(SOURCES)) out.push(`- [${tag}] ${text}`);
  out.push('');
  out.push(
    '## Built-in checks',
    '',
    'Files, YAML and schemas, and the outcomes of `plan prioritize` and `plan select`; always errors.',
    '',
    '| code | check |',
    '|---|---|',
  );
  for (const c of BUILTIN_CODES) out.push(`| ${c.code} | ${c.title.en} · ${c.title.fr} · ${c.title.ar} |`);
  return out.join('\n') + '\n';
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  writeFileSync(path.join(root, 'docs', 'rules.md'), rulesDoc());
}
