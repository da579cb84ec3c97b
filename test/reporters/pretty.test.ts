import { describe, expect, it } from 'vitest';
import { pretty, printable } from '../../src/reporters/pretty.js';
import { CLEAN, FIXTURE } from './fixture.js';

const ANSI = /\u001b\[/;

describe('pretty', () => {
  it('formats the fixture in French', () => {
    expect(pretty(FIXTURE)).toMatchSnapshot();
  });

  it('formats the fixture in Arabic', () => {
    expect(pretty({ ...FIXTURE, lang: 'ar' })).toMatchSnapshot();
  });

  it('formats the fixture with colours', () => {
    expect(pretty({ ...FIXTURE, color: true })).toMatchSnapshot();
  });

  it('has no ANSI escapes without colour, and has them with colour', () => {
    expect(pretty(FIXTURE)).not.toMatch(ANSI);
    expect(pretty({ ...FIXTURE, lang: 'ar' })).not.toMatch(ANSI);
    expect(pretty({ ...FIXTURE, color: true })).toMatch(ANSI);
  });

  it('starts each diagnostic line with its position and code, and isolates right-to-left messages', () => {
    const out = pretty({ ...FIXTURE, lang: 'ar' });
    const line = out.split('\n').find((l) => l.includes('PAC-ADO-003'))!;
    expect(line).toMatch(/^communes\/tiflet\/plan\.yaml:5:41 +PAC-ADO-003 +\u2068خطأ\u2069 +\u2068النصاب .* 35\u2069$/);
    // A French message is not wrapped: isolates are only for text that holds right-to-left letters.
    expect(out).toContain('  PAC-FIL-001  \u2068خطأ\u2069     Fichier introuvable\n');
  });

  it('shows expected and found, then a code frame, when the position is known', () => {
    const out = pretty(FIXTURE);
    expect(out).toContain('\n  attendu : 2027 / trouvé : 2026\n');
    expect(out).toMatch(/> 4 \| period: \{ start_year: 2022, end_year: 2026 \}\n +\| +\^{4}\n/);
  });

  it('shows the data path and no frame when the position is unknown', () => {
    const out = pretty(FIXTURE);
    expect(out).toContain('communes/tiflet/diagnosis.yaml  PAC-GEN-003  avertissement  ');
    expect(out).toContain('\n  emplacement : gender_analysis\n');
  });

  it('skips the frame when the source is not available', () => {
    const out = pretty({ ...FIXTURE, sources: {} });
    expect(out).not.toContain(' | ');
    expect(out).toContain('communes/oulmes/plan.yaml:4:39');
  });

  it('says where each workspace stands', () => {
    const out = pretty(FIXTURE);
    expect(out).toContain('\ncommunes/oulmes  Phase en cours : 3 (Sélection des projets) — Manque : selection.yaml, priorities.yaml#criteria\n');
    // tiflet has every file but two errors: not "complete" (the clean report below still says it).
    expect(out).toContain('\ncommunes/tiflet  Toutes les phases ont leurs fichiers, mais des erreurs restent : 2\n');
    expect(out).not.toContain('Toutes les phases sont terminées');
  });

  it('ends with the counts, or with a clean summary', () => {
    expect(pretty(FIXTURE).trimEnd().split('\n').at(-1)).toBe('5 erreurs, 2 avertissements, 1 info dans 6 fichiers');
    expect(pretty({ ...CLEAN, lang: 'en' })).toBe('communes/tiflet  All phases are complete\n\nNo problems\n');
  });

  it('never sends control characters from a plan to the terminal', () => {
    const out = pretty(FIXTURE);
    expect(out).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/);
    expect(out).toContain('ligne suivante␇ (contrôle)');
    // The message's own line break becomes an indented continuation line.
    expect(out).toContain('MAD,\n    ligne suivante');
  });

  it('neutralises bidi overrides and escape sequences but keeps the length, so frame markers stay aligned', () => {
    const evil = 'a\u202Eb\u001b[31mc\u009bd';
    expect(printable(evil)).toBe('a\uFFFDb␛[31mc\uFFFDd');
    expect(printable(evil)).toHaveLength(evil.length);
    expect(printable('tab\tand\nlines\r\n')).toBe('tab\tand\nlines\r\n');
  });
});
