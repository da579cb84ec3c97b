// The file kinds of a plan workspace: each has a schema in schemas/<kind>.json.

/** Every schema-backed file kind, in procedure order. */
export const SCHEMA_KINDS = ['plan', 'commune', 'diagnosis', 'consultations', 'priorities', 'project', 'finance', 'indicators', 'adoption'] as const;

export type SchemaKind = (typeof SCHEMA_KINDS)[number];

/** The fixed file name of each single-file kind inside a workspace (projects live in projects/*.yaml). */
export const KIND_FILES: Record<Exclude<SchemaKind, 'project'>, string> = {
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

/** The stable public identifier of a schema. */
export const schemaId = (kind: SchemaKind | 'common'): string => `https://pac-plan.org/schemas/v1/${kind}.json`;

/** Guesses the kind of a file from its name and folder; undefined when it is not a plan file. */
export function kindOfPath(file: string): SchemaKind | undefined {
  const norm = file.replace(/\\/g, '/');
  const base = norm.slice(norm.lastIndexOf('/') + 1);
  for (const [kind, name] of Object.entries(KIND_FILES)) if (base === name) return kind as SchemaKind;
  const parent = norm.slice(0, norm.lastIndexOf('/'));
  if (/(^|\/)projects$/.test(parent) && /\.ya?ml$/i.test(base)) return 'project';
  return undefined;
}
