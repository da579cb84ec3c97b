// What a reader of the printed plan sees, read from the HTML of both examples in ar, fr and ar+fr:
// only the document's own language(s), no raw ids or tool names, the draft and example marks, French
// and Arabic typography, and plan text isolated so that no bidi control leaks past its own field.
import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { buildViewModel, plainReason } from '../../../src/core/render/build-view-model.js';
import { loadPlan, htmlOf, repo } from './load.js';
import type { Plan } from '../../../src/core/plan/workspace.js';
import type { DocMode } from '../../../src/core/render/view-model.js';
import { ALLOWED_LATIN, RAW_IDS, latinWords, visibleText } from './text.js';

const EXAMPLES = ['examples/oulmes', 'examples/khemisset'];
const MODES: DocMode[] = ['ar', 'fr', 'ar+fr'];

const plans = new Map<string, Plan>();
const planOf = async (dir: string) => {
  if (!plans.has(dir)) plans.set(dir, await loadPlan(path.join(repo, dir)));
  return plans.get(dir)!;
};

describe('the printed text of the examples', () => {
  for (const dir of EXAMPLES) {
    it(`${dir} in Arabic holds no Latin script except the listed codes`, async () => {
      const text = visibleText(htmlOf(await planOf(dir), { mode: 'ar' }));
      const leaks = [...latinWords(text)].filter((w) => !ALLOWED_LATIN.some((re) => re.test(w)));
      expect(leaks).toEqual([]);
    });

    it(`${dir} in French holds no Arabic script`, async () => {
      const text = visibleText(htmlOf(await planOf(dir), { mode: 'fr' }));
      expect(text.match(/\p{Script=Arabic}+/gu) ?? []).toEqual([]);
    });

    for (const mode of MODES) {
      it(`${dir} (${mode}) prints no raw id, criterion id or tool name`, async () => {
        const plan = await planOf(dir);
        const text = visibleText(htmlOf(plan, { mode }));
        for (const re of RAW_IDS) expect(text.match(re)?.[0] ?? null, String(re)).toBeNull();
        // Criteria are printed by name: their ids (impact, urgence…) appear only as French words, never in Arabic.
        if (mode === 'ar') for (const c of plan.priorities!.data.criteria ?? []) expect(text).not.toContain(c.id);
        // Priorities are printed by their need, never by id.
        for (const p of plan.priorities!.data.priorities) expect(text).not.toMatch(new RegExp(`\\b${p.id}\\b`));
      });
    }
  }

  it('writes the unfunded reason as one sentence with names, not ids', () => {
    const names = new Map([
      ['rural', { ar: 'الوسط القروي', fr: 'rural' }],
      ['P28', { ar: 'مشروع السوق', fr: 'Projet du souk' }],
    ]);
    const ar = plainReason(
      'لو بدأ سنة 2024: حصة rural تنزل عن حدها الأدنى (ينقص 1,79 مليون درهم) — إدراجه بالقوة يخفض القيمة الإجمالية بـ 0,63 نقطة (يخرج P28)',
      'ar',
      names,
    );
    expect(ar).toBe('لو بدأ سنة 2024: حصة الوسط القروي تنزل عن حدها الأدنى (ينقص 1,79 مليون درهم).');
    const fr = plainReason('il dépend de P28, absent du programme', 'fr', names);
    expect(fr).toBe('Il dépend de Projet du souk, absent du programme.');
  });
});

describe('draft and example marks', () => {
  it('a plan without recorded adoption and visa is a draft on every page, in the document’s languages', async () => {
    const plan = await loadPlan(path.join(repo, 'examples/oulmes'));
    expect(buildViewModel(plan, { mode: 'ar', draft: false, generator: 'test' }).meta.draft).toBe(false);
    delete plan.adoption!.data.visa;
    expect(buildViewModel(plan, { mode: 'ar', draft: false, generator: 'test' }).meta.draft).toBe(true);
    const stamp = (html: string) => /<div class="draft-stamp"[^>]*>([^<]*)<\/div>/.exec(html)?.[1];
    const footer = (html: string) => /@bottom-center \{ content: ([^;]*);/.exec(html)?.[1] ?? '';
    const ar = htmlOf(plan, { mode: 'ar' });
    expect(stamp(ar)).toBe('مشروع');
    expect(footer(ar)).toContain('"مشروع"');
    expect(ar).not.toContain('Projet');
    expect(stamp(htmlOf(plan, { mode: 'fr' }))).toBe('Projet');
    expect(stamp(htmlOf(plan, { mode: 'ar+fr' }))).toBe('مشروع / Projet');
    // The cover's own first page carries it too (its margin boxes are otherwise empty).
    expect(/@page :first \{[^}]*\{[^}]*\}[^}]*@bottom-center \{ content: ([^;]*);/.exec(ar)?.[1]).toContain('مشروع');
  });

  it('a pending visa is not a recorded adoption', async () => {
    const plan = await loadPlan(path.join(repo, 'examples/oulmes'));
    plan.adoption!.data.visa!.status = 'pending';
    expect(buildViewModel(plan, { mode: 'fr', draft: false, generator: 'test' }).meta.draft).toBe(true);
  });

  it('the examples say on their cover that they are fictitious; a real plan does not', async () => {
    for (const dir of EXAMPLES) {
      const plan = await planOf(dir);
      const cover = (mode: DocMode) => {
        const html = htmlOf(plan, { mode });
        return visibleText(html.slice(html.indexOf('<section class="cover">'), html.indexOf('</section>')));
      };
      expect(cover('ar')).toContain('مثال وهمي');
      expect(cover('fr')).toContain('Exemple fictif');
      expect(cover('ar+fr')).toMatch(/مثال وهمي[\s\S]*Exemple fictif/);
    }
    const real = await loadPlan();
    expect(htmlOf(real, { mode: 'fr' })).not.toContain('Exemple fictif');
  });
});

describe('monolingual text', () => {
  it('marks text the plan lacks in the document’s language instead of printing the other language', async () => {
    const plan = await loadPlan();
    plan.manifest!.data.prepared_by = 'Bureau d’études Atlas';
    plan.commune!.data.council.president = 'محمد العلوي';
    const ar = visibleText(htmlOf(plan, { mode: 'ar' }));
    expect(ar).not.toContain('Atlas');
    expect(ar).toContain('[نص غير متوفر بالعربية]');
    const fr = visibleText(htmlOf(plan, { mode: 'fr' }));
    expect(fr).not.toContain('محمد العلوي');
    expect(fr).toContain('[texte non disponible en français]');
    // The bilingual document shows each in the language it is written in (a one-language column, as on
    // the cover, marks the gap in the other).
    const bi = visibleText(htmlOf(plan, { mode: 'ar+fr' }));
    expect(bi).toContain('Atlas');
    expect(bi).toContain('محمد العلوي');
  });

  it('prints units and the commune’s services from the catalogue in Arabic', async () => {
    const plan = await planOf('examples/oulmes');
    const ar = visibleText(htmlOf(plan, { mode: 'ar' }));
    expect(ar).toContain('المصلحة التقنية الجماعية');
    expect(ar).toContain('أسر');
    expect(ar).not.toMatch(/ménages|habitants|MAD\/an|Service technique/);
  });
});
