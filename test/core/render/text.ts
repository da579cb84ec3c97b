// Reading the printed plan's HTML as a reader sees it (shared by the render tests and the PDF e2e test).

/** The text a reader sees: the body without tags (attributes such as anchors are not read). */
export function visibleText(html: string): string {
  const body = html.includes('<body') ? html.slice(html.indexOf('<body')) : html;
  return body
    .replace(/<svg[\s\S]*?<\/svg>/g, (svg) => svg.replace(/<[^>]+>/g, ' '))
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_, n: string) => String.fromCodePoint(parseInt(n, 16)))
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"');
}

/** Distinct words written in Latin script. */
export const latinWords = (text: string): Set<string> => new Set(text.match(/\p{Script=Latin}[\p{Script=Latin}\d’'./-]*/gu) ?? []);

/**
 * Latin-script strings an Arabic-only document may hold: reference codes of the council's own
 * documents (committee reports, minutes), and «LED», written in Latin inside the plan's Arabic titles.
 */
export const ALLOWED_LATIN = [/^RAP-[A-Z]+-\d{2}\/\d{4}$/, /^PV-S[OE]-[A-Z]+-\d{4}$/, /^LED$/, /^PV-ATELIERS-\d{4}$/, /^IECAG-\d{4}-\d{2}$/];

/** Raw ids of the plan files and the tool's own names, which the document must never print. */
export const RAW_IDS = [/\bP\d{2}\b/, /\bPRI\d{2}\b/, /\bAX\d\b/, /\bI-P\d{2}-\d\b/, /\bLP-\d{4}/, /plan select/, /\bOULMES\b/, /\bKHEMISSET\b/, /\bHiGHS\b/];

/** Visible text with runs of white space made one space, trimmed. */
export const words = (html: string): string => visibleText(html).replace(/\s+/g, ' ').trim();
