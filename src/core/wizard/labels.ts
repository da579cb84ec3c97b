// Labels of the schemas' fixed values in the messages' language, from the wizard catalogue.
import { tw } from '../../i18n/wizard.js';
import type { FormContext } from './question.js';

/** The label of an enum value (`v.<group>.<value>`), or the value itself when the catalogue has none. */
export const valueLabel =
  (group: string) =>
  (value: string, ctx: FormContext): string => {
    const key = `v.${group}.${value}`;
    const t = tw(key, ctx.lang);
    return t === key ? value : t;
  };
