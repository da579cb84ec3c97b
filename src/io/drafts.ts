// Drafts of forms cut short: the answers typed so far, kept inside the workspace (.plan/drafts/) so
// that a refused save or a Ctrl-C late in a long form never loses them; the next run offers to resume.
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { parse, stringify } from 'yaml';
import { writeFileAtomic } from './atomic-write.js';

/** The folder of drafts inside a workspace, relative to it. */
export const DRAFTS_DIR = '.plan/drafts';

/** The draft file of a form (e.g. `add.project`, `edit.project.P03`), relative to the workspace. */
export const draftPath = (name: string): string => `${DRAFTS_DIR}/${name.replace(/[^A-Za-z0-9_.-]/g, '_')}.yaml`;

/** The answers kept in a draft, or undefined when there is none (or it cannot be read). */
export function readDraft(dir: string, name: string): Record<string, unknown> | undefined {
  try {
    const data = parse(readFileSync(path.join(dir, draftPath(name)), 'utf8')) as unknown;
    return data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** Writes the answers as an answers file (usable with --answers); returns its path relative to the workspace. */
export async function writeDraft(dir: string, name: string, answers: Record<string, unknown>, header: string): Promise<string> {
  const rel = draftPath(name);
  const text = `# ${header}\n${stringify(answers, { lineWidth: 0 })}`;
  await writeFileAtomic(path.join(dir, rel), text, { overwrite: true });
  return rel;
}

/** Removes a draft once its answers are saved. */
export function removeDraft(dir: string, name: string): void {
  rmSync(path.join(dir, draftPath(name)), { force: true });
}
