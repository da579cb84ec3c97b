// Legal bases in the reader's language. Rules state their basis once, in a fixed notation
// ("LO 113-14 art. 42; practice"); this turns each part into the administration's own wording:
// القانون التنظيمي 113.14، المادة 42 / LO 113-14, art. 42 / LO 113-14 art. 42.
import type { Lang } from '../core/diagnostics/diagnostic.js';

interface Text {
  name: Record<Lang, string>;
}

const TEXTS: Record<string, Text> = {
  'LO 113-14': { name: { ar: 'القانون التنظيمي 113.14', fr: 'LO 113-14', en: 'LO 113-14' } },
  'Decree 2-16-301': { name: { ar: 'المرسوم 2.16.301', fr: 'décret 2-16-301', en: 'Decree 2-16-301' } },
  'Law 31-13': { name: { ar: 'القانون 31.13', fr: 'loi 31-13', en: 'Law 31-13' } },
};

const WORDS: Record<string, Record<Lang, string>> = {
  practice: { ar: 'الممارسة', fr: 'pratique', en: 'practice' },
  'practice (DGCT guide)': { ar: 'الممارسة (دليل المديرية العامة للجماعات الترابية)', fr: 'pratique (guide de la DGCT)', en: 'practice (DGCT guide)' },
  'multi-year programming': { ar: 'البرمجة المتعددة السنوات', fr: 'programmation pluriannuelle', en: 'multi-year programming' },
  plan: { ar: 'صيغة ملفات البرنامج', fr: 'format des fichiers du plan', en: 'plan file format' },
};

// "art. 42" / "arts. 33, 38" in each language; Arabic uses المادة for one article, المواد for several.
function articles(plural: boolean, list: string, lang: Lang): string {
  if (lang === 'ar') return `${plural ? 'المواد' : 'المادة'} ${list.replace(/, /g, ' و')}`;
  return `${plural ? 'arts.' : 'art.'} ${list}`;
}

const LAW = /^(LO 113-14|Decree 2-16-301|Law 31-13) (arts?)\. (.+)$/;
const WORD_WITH_ARTS = /^([a-z -]+) \((arts?)\. (.+)\)$/;

/** One part of a basis ("LO 113-14 art. 78", "practice") in `lang`; unknown wording is kept as it is. */
function part(p: string, lang: Lang): string {
  const law = LAW.exec(p);
  if (law) {
    const [, text, art, list] = law;
    const name = TEXTS[text!]!.name[lang];
    const arts = articles(art === 'arts', list!, lang);
    return lang === 'ar' ? `${name}، ${arts}` : lang === 'fr' ? `${name}, ${arts}` : `${name} ${arts}`;
  }
  const word = WORDS[p];
  if (word) return word[lang];
  const withArts = WORD_WITH_ARTS.exec(p);
  if (withArts && WORDS[withArts[1]!]) return `${WORDS[withArts[1]!]![lang]} (${articles(withArts[2] === 'arts', withArts[3]!, lang)})`;
  return p;
}

/** A rule's basis in `lang`: each part after ";" translated, joined with the language's separator. */
export function basisText(basis: string, lang: Lang): string {
  if (!basis) return basis;
  return basis
    .split(/;\s*/)
    .map((p) => part(p.trim(), lang))
    .join(lang === 'ar' ? '؛ ' : lang === 'fr' ? ' ; ' : '; ');
}

/** The basis in the three languages. */
export const basisAll = (basis: string): Record<Lang, string> => ({ ar: basisText(basis, 'ar'), fr: basisText(basis, 'fr'), en: basisText(basis, 'en') });
