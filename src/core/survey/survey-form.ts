// `plan consult import`: the questions about a survey (id, title, dates, method, tool); the counts
// come from the export, summarised beforehand and passed in the form context.
import { compact, nextId, textOf, upsert, type EditForm } from '../wizard/edit-form.js';
import { sourceIds } from '../wizard/forms/consult.js';
import { biQ, dateQ, enumChoices, idQ, intQ, selectQ, textQ } from '../wizard/fields.js';
import { valueLabel } from '../wizard/labels.js';
import type { FormContext } from '../wizard/question.js';
import type { SurveySummary } from './summarise-survey.js';

const summaryOf = (ctx: FormContext) => ctx.data.summary as SurveySummary;

/** The import form; `ctx.data.summary` holds the summarised export. */
export const SURVEY_FORM: EditForm = {
  id: 'consult.import',
  command: 'consult import',
  kind: 'consultations',
  file: () => 'consultations.yaml',
  questions: [
    idQ('id', (ctx) => nextId('S', sourceIds(ctx))),
    ...biQ('title'),
    dateQ('start_date', { default: (_a, ctx) => summaryOf(ctx).dates?.first }),
    dateQ('end_date', { optional: true, default: (_a, ctx) => summaryOf(ctx).dates?.last }),
    selectQ('method', enumChoices(['face_to_face', 'online', 'phone', 'mixed'], valueLabel('method')), { default: () => 'face_to_face' }),
    selectQ('tool', enumChoices(['kobotoolbox', 'odk', 'paper', 'other'], valueLabel('tool')), { default: () => 'kobotoolbox' }),
    intQ('sample_size', { optional: true }),
    textQ('questionnaire_ref', { optional: true }),
  ],
  apply(doc, a, { force, ctx }) {
    const s = summaryOf(ctx);
    // consultations[] is required by the schema even when a survey comes first.
    if (!doc.has('consultations')) doc.set('consultations', doc.createNode([]));
    return upsert(
      doc,
      ['surveys'],
      compact({
        id: a.id,
        title: textOf(a, 'title'),
        start_date: a.start_date,
        end_date: a.end_date,
        method: a.method,
        tool: a.tool,
        sample_size: a.sample_size,
        questionnaire_ref: a.questionnaire_ref,
        respondents: s.respondents,
        questions: s.questions.map((q) => ({ name: q.name, type: q.type, results: q.results })),
        rejected_rows: s.rejected_rows,
      }),
      { force },
    );
  },
  examples: ['plan consult import examples/survey/kobo-export.xlsx --id S1 --title-ar "…" --title-fr "…" --yes'],
};
