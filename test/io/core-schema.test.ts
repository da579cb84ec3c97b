// The fast path's YAML 1.2 core schema turns most plain scalars away by their first character before
// any pattern runs. It must read every scalar exactly as the patterns alone do (the reference below is
// the schema written with the patterns only).
import { describe, expect, it } from 'vitest';
import jsyaml from 'js-yaml';
import { CORE_FORMS, CORE_SCHEMA } from '../../src/io/parse-yaml.js';

const type = (name: string, forms: readonly RegExp[], construct: (s: string) => unknown) =>
  new jsyaml.Type(`tag:yaml.org,2002:${name}`, {
    kind: 'scalar',
    resolve: (s: string | null) => (name === 'null' && s === null) || (s !== null && forms.some((re) => re.test(s))),
    construct: (s: string) => construct(s),
  });
const int = (s: string) => (/^0o/.test(s) ? parseInt(s.slice(2), 8) : /^0x/.test(s) ? parseInt(s.slice(2), 16) : parseInt(s, 10)) || 0;
const float = (s: string) =>
  /^[-+]?\.(?:inf|Inf|INF)$/.test(s) ? (s[0] === '-' ? -Infinity : Infinity) : /^\.(?:nan|NaN|NAN)$/.test(s) ? NaN : parseFloat(s) || 0;
const REFERENCE = jsyaml.FAILSAFE_SCHEMA.extend({
  implicit: [
    type('null', [CORE_FORMS.null], () => null),
    type('bool', [CORE_FORMS.bool], (s) => s[0] === 't' || s[0] === 'T'),
    type('int', CORE_FORMS.int, int),
    type('float', CORE_FORMS.float, float),
  ],
});

const read = (text: string, schema: jsyaml.Schema) => {
  try {
    return { data: jsyaml.load(text, { schema }) };
  } catch (err) {
    return { error: String(err) };
  }
};

describe('CORE_SCHEMA reads plain scalars as the core patterns do', () => {
  it('every string of up to three characters over the characters that matter, and longer ones', () => {
    const alphabet = [...'0179aefxobinNtTrRuUlLsSE.+-_~ é'];
    const strings: string[] = [''];
    for (let len = 1; len <= 3; len++) {
      const prev = strings.filter((s) => s.length === len - 1);
      for (const p of prev) for (const c of alphabet) strings.push(p + c);
    }
    strings.push(
      ...['null', 'Null', 'NULL', 'nuLL', 'true', 'True', 'TRUE', 'tRue', 'false', 'False', 'FALSE', 'fAlse'],
      ...['.inf', '+.inf', '-.Inf', '.INF', '+.INF', '.nan', '.NaN', '.NAN', '-.nan', '.Nan', '0o17', '0o8', '0x1F', '0xg'],
      ...['1e3', '1E3', '1e+3', '+1e3', '-1.5e-3', '1.e3', '.e3', '1e', '2001-01-01', '12:30', '1_000', '9007199254740993'],
      ...['ménages', 'Service technique 3', 'تزويد الدوار', '٣', '١٢', '＋1', '１'],
    );
    expect(strings.length).toBeGreaterThan(30_000);
    for (const s of strings) {
      for (const text of [`a: ${s}\n`, `- ${s}\n`]) {
        const got = read(text, CORE_SCHEMA);
        const want = read(text, REFERENCE);
        expect(got, JSON.stringify(text)).toStrictEqual(want);
      }
    }
  });
});
