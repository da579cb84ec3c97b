// The report formats by name, for the --format option. Every reporter is a light module: no schema
// validator or other heavy library is loaded to format a report.
import type { Reporter } from './report.js';
import { pretty } from './pretty.js';
import { json } from './json.js';
import { sarif } from './sarif.js';
import { junit } from './junit.js';
import { github } from './github.js';

/** Names accepted by --format, in the order help lists them. */
export const FORMATS = ['pretty', 'json', 'sarif', 'junit', 'github'] as const;

/** The name of a report format. */
export type Format = (typeof FORMATS)[number];

/** Each format's reporter, `(report) => string` (JUnit also reads the clock, or SOURCE_DATE_EPOCH). */
export const REPORTERS: Record<Format, Reporter> = { pretty, json, sarif, junit, github };
