// The file kinds of a plan workspace: each has a schema in schemas/<kind>.json.

/** Every schema-backed file kind, in procedure order. */
export const SCHEMA_KINDS = [
  'plan',
  'commune',
  'diagnosis',
  'consultations',
  'priorities',
  'project',
  'finance',
  'indicators',
  'adoption',
  'followup',
] as const;

export type SchemaKind = (typeof SCHEMA_KINDS)[number];

/** Kinds with one file per entry in a folder of the workspace: project sheets, and the follow-up of each year. */
export type MultiFileKind = 'project' | 'followup';

/** The fixed file name of each single-file kind inside a workspace (projects live in projects/*.yaml). */
export const KIND_FILES: Record<Exclude<SchemaKind, MultiFileKind>, string> = {
  plan: 'plan.yaml',
  commune: 'commune.yaml',
  diagnosis: 'diagnosis.yaml',
  consultations: 'consultations.yaml',
  priorities: 'priorities.yaml',
  finance: 'finance.yaml',
  indicators: 'indicators.yaml',
  adoption: 'adoption.yaml',
};

/** Folder of the project sheets, one YAML file per project. */
export const PROJECTS_DIR = 'projects';

/** Folder of the yearly follow-up after adoption, one YAML file per year (followup/2024.yaml). */
export const FOLLOWUP_DIR = 'followup';

/** The folder of each multi-file kind. */
export const KIND_DIRS: Record<MultiFileKind, string> = { project: PROJECTS_DIR, followup: FOLLOWUP_DIR };

/** The stable public identifier of a schema. */
export const schemaId = (kind: SchemaKind | 'common'): string => `https://pac-plan.org/schemas/v1/${kind}.json`;

/** Guesses the kind of a file from its name and folder; undefined when it is not a plan file. */
export function kindOfPath(file: string): SchemaKind | undefined {
  const norm = file.replace(/\\/g, '/');
  const base = norm.slice(norm.lastIndexOf('/') + 1);
  for (const [kind, name] of Object.entries(KIND_FILES)) if (base === name) return kind as SchemaKind;
  const parent = norm.slice(0, norm.lastIndexOf('/'));
  if (/\.ya?ml$/i.test(base))
    for (const [kind, dir] of Object.entries(KIND_DIRS)) if (parent === dir || parent.endsWith(`/${dir}`)) return kind as MultiFileKind;
  return undefined;
}
