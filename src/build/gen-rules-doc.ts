// Generates docs/rules.md from the rule registry: code, severity, phase, basis and parameters of
// every rule, so the documentation is the registry itself.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { RULES } from '../core/rules/registry.js';
import { BUILTIN_CODES } from '../core/diagnostics/builtin-codes.js';
import { describeParam } from '../core/rules/param-schema.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** The whole rules document. */
export function rulesDoc(): string {
  const out = [
    '# Validation rules',
    '',
    'Generated from `src/core/rules/registry.ts` by `node dist/build/gen-rules-doc.js`; a test fails when',
    'it is stale. `plan rules` prints the same list (`--format json` for tools).',
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
    out.push(`| ${r.code} | ${r.severity} | ${r.phase} | ${r.basis}${r.unverified ? ' (**unverified**)' : ''} | ${r.title.en} · ${r.title.fr} · ${r.title.ar} |`);
  out.push('', '## Parameters', '');
  for (const r of RULES) {
    const params = Object.entries(r.params ?? {});
    if (!params.length) continue;
    out.push(`### ${r.code} ${r.title.en}`, '');
    for (const [name, p] of params)
      out.push(`- \`${name}\` (default \`${JSON.stringify(p.default)}\`; ${describeParam(p, 'en')}): ${p.description.en} · ${p.description.fr} · ${p.description.ar}`);
    out.push('');
  }
  out.push('## Built-in checks', '', 'Files, YAML and schemas, and the outcomes of `plan prioritize` and `plan select`; always errors.', '', '| code | check |', '|---|---|');
  for (const c of BUILTIN_CODES) out.push(`| ${c.code} | ${c.title.en} · ${c.title.fr} · ${c.title.ar} |`);
  return out.join('\n') + '\n';
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  writeFileSync(path.join(root, 'docs', 'rules.md'), rulesDoc());
}
