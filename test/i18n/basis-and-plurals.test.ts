// Legal bases in the reader's language, and number agreement through Intl.PluralRules.
import { describe, expect, it } from 'vitest';
import { basisAll, basisText } from '../../src/i18n/basis.js';
import { fill } from '../../src/i18n/catalog.js';
import { t } from '../../src/i18n/messages.js';
import { ts } from '../../src/i18n/status.js';
import { RULES } from '../../src/core/rules/registry.js';

describe('basisText', () => {
  it('prints the bases in the administration’s wording', () => {
    expect(basisAll('practice; LO 113-14 art. 119')).toEqual({
      ar: 'الممارسة؛ القانون التنظيمي 113.14، المادة 119',
      fr: 'pratique ; LO 113-14, art. 119',
      en: 'practice; LO 113-14 art. 119',
    });
    expect(basisText('Decree 2-16-301 arts. 6, 11', 'ar')).toBe('المرسوم 2.16.301، المواد 6 و11');
    expect(basisText('Decree 2-16-301 arts. 6, 11', 'fr')).toBe('décret 2-16-301, arts. 6, 11');
    expect(basisText('LO 113-14 art. 48; Law 31-13 art. 10', 'ar')).toBe('القانون التنظيمي 113.14، المادة 48؛ القانون 31.13، المادة 10');
  });
  it('leaves no rule’s basis in English inside Arabic or French', () => {
    for (const r of RULES) {
      expect(basisText(r.basis, 'ar'), r.code).not.toMatch(/\b(practice|Decree|Law|art\.|arts\.)\b/);
      expect(basisText(r.basis, 'fr'), r.code).not.toMatch(/\b(practice|Decree|Law)\b/);
    }
  });
});

describe('plurals', () => {
  it('agrees Arabic numbers: one, two, 3-10, 11 and more', () => {
    const f = (n: number) => fill('{n|zero:لا أخطاء|one:خطأ واحد|two:خطآن|few:# أخطاء|other:# خطأ}', 'ar', { n });
    expect([0, 1, 2, 3, 10, 11, 100].map(f)).toEqual(['لا أخطاء', 'خطأ واحد', 'خطآن', '3 أخطاء', '10 أخطاء', '11 خطأ', '100 خطأ']);
  });
  it('writes no "(s)" in the validator summary and agrees each count', () => {
    expect(t('summary.counts', 'fr', { errors: 1, warnings: 2, infos: 0, files: 1 })).toBe('1 erreur, 2 avertissements, 0 info dans 1 fichier');
    expect(t('summary.counts', 'en', { errors: 1, warnings: 2, infos: 0, files: 3 })).toBe('1 error, 2 warnings, 0 infos in 3 files');
    expect(t('summary.counts', 'ar', { errors: 3, warnings: 1, infos: 0, files: 2 })).toBe('3 أخطاء، تنبيه واحد، لا ملاحظات في ملفين');
    expect(ts('s.daysLeft', 'ar', { n: 5 })).toBe('بعد 5 أيام');
    expect(ts('s.daysLeft', 'ar', { n: 93 })).toBe('بعد 93 يوما');
  });
  it('says "all phases are complete", not "phase 6"', () => {
    expect(ts('s.allDone', 'ar')).toBe('اكتملت جميع المراحل');
    expect(ts('s.allDone', 'fr')).toBe('Toutes les phases sont terminées');
    expect(t('phase.complete', 'fr')).toBe('Toutes les phases sont terminées');
  });
});
