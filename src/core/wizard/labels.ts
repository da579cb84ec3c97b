// Labels of the schemas' fixed values in the messages' language, from the wizard catalogue.
import { tw, wizardCatalog } from '../../i18n/wizard.js';
import { hasKey } from '../../i18n/catalog.js';
import type { FormContext } from './question.js';

/** The label of an enum value (`v.<group>.<value>`), or the value itself when the catalogue has none. */
export const valueLabel =
  (group: string) =>
  (value: string, ctx: FormContext): string => {
    const key = `v.${group}.${value}`;
    return hasKey(wizardCatalog, key) ? tw(key, ctx.lang) : value;
  };
