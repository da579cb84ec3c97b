// PAC-PHS-001: priorities.yaml (phase 2) is there once projects, finance or adoption files exist: a plan
// whose priorities are gone would print axes with nothing behind them (LO 113-14 art. 78). The other
// artefacts have their own rule (PAC-PHS-002…007, src/core/rules/sanity/).
import { missingArtefactRule } from '../sanity/missing-artefact.js';

export default missingArtefactRule(
  'PAC-PHS-001',
  'priorities',
  { ar: 'الأولويات موجودة', fr: 'Priorités présentes', en: 'Priorities present' },
  'LO 113-14 art. 78',
);
