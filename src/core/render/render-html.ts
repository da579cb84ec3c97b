// View model → HTML through Handlebars, in a fresh environment: strict lookups, only our helpers,
// no prototype access. Pure: templates come in as strings, the HTML goes out as a string.
import Handlebars from 'handlebars';
import type { Catalog } from '../../i18n/catalog.js';
import { HELPER_NAMES, makeHelpers } from './helpers.js';
import type { ViewModel } from './view-model.js';

/** The templates of a document: the layout, the partials by name, the print CSS and the word catalogue. */
export interface TemplateSet {
  layout: string;
  partials: Record<string, string>;
  css: string;
  strings: Catalog;
}

/** What the layout receives besides the view model (not plan data: fonts and CSS, never escaped). */
export interface PageExtras {
  /** @font-face rules with the fonts inlined as data: URLs. */
  fontCss: string;
}

const COMPILE: CompileOptions = {
  strict: true,
  knownHelpersOnly: true,
  knownHelpers: Object.fromEntries(HELPER_NAMES.map((n) => [n, true])),
  preventIndent: true,
};

type CompileOptions = Parameters<typeof Handlebars.compile>[1] & {};

/** Compiles a template set once; the result renders any number of view models. */
export function compileTemplates(set: TemplateSet): (vm: ViewModel, extras: PageExtras) => string {
  const env = Handlebars.create();
  const partials = Object.fromEntries(Object.entries(set.partials).map(([name, src]) => [name, env.compile(src, COMPILE)]));
  const layout = env.compile(set.layout, COMPILE);
  const helpersByMode = new Map<string, Record<string, Handlebars.HelperDelegate>>();
  return (vm, extras) => {
    let helpers = helpersByMode.get(vm.meta.mode);
    if (!helpers) {
      helpers = makeHelpers({ mode: vm.meta.mode, strings: set.strings, escape: env.Utils.escapeExpression, safe: (s) => new env.SafeString(s) });
      helpersByMode.set(vm.meta.mode, helpers);
    }
    const context = { ...vm, style: new env.SafeString(`${extras.fontCss}\n${set.css}`) };
    return layout(context, {
      helpers,
      partials,
      allowProtoPropertiesByDefault: false,
      allowProtoMethodsByDefault: false,
    });
  };
}
