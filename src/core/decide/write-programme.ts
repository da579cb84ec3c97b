// Puts the programme into finance.yaml through the yaml Document API (the rest of the file untouched).
import type { Document } from 'yaml';
import type { ProgrammeData } from './programme.js';
import { ioMessages } from '../../i18n/io.js';

/** The comment at the top of the block: it is generated, and comments inside it do not survive. */
const GENERATED = ` ${ioMessages['programme.generated']!.fr}\n ${ioMessages['programme.generated']!.ar}\n ${ioMessages['programme.generated']!.en}`;

/** Replaces finance.yaml `programme` with `p`; lines and unfunded entries are written one per line. */
export function writeProgramme(doc: Document, p: ProgrammeData): void {
  const head = {
    generated_by: p.generated_by,
    ...(p.fingerprint ? { fingerprint: p.fingerprint } : {}),
    objective: p.objective,
    ...(p.optimality_gap !== undefined ? { optimality_gap: p.optimality_gap } : {}),
  };
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the yaml node gets a comment whatever its type
  const node = doc.createNode({ ...head, lines: p.lines, unfunded: p.unfunded }) as any;
  for (const key of ['lines', 'unfunded']) for (const item of node.get(key).items) item.flow = key === 'lines';
  for (const item of node.get('unfunded').items) item.get('reason').flow = false;
  node.commentBefore = GENERATED;
  doc.set('programme', node);
}
