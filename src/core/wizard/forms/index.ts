// Every phase form, by command words.
import type { EditForm } from '../edit-form.js';
import { ADD_FORMS } from './add.js';
import { ADOPT_FORMS } from './adopt.js';
import { CHAPTER_FORMS } from './chapters.js';
import { CONSULT_FORMS } from './consult.js';
import { DIAGNOSIS_FORMS } from './diagnosis.js';

/** The forms of the phase commands, in procedure order. */
export const PHASE_FORMS: readonly EditForm[] = [...DIAGNOSIS_FORMS, ...CONSULT_FORMS, ...ADD_FORMS, ...ADOPT_FORMS, ...CHAPTER_FORMS];
