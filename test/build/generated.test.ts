// Generated files must match their sources: the TypeScript types and the field reference both come
// from schemas/*.json, and a schema change without regeneration must fail here.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { generateTypes } from '../../src/build/gen-types.js';
import { formatReference } from '../../src/build/gen-format-doc.js';
import { validatorsSource } from '../../src/build/compile-validators.js';
import { rulesDoc } from '../../src/build/gen-rules-doc.js';

const repo = path.resolve(__dirname, '../..');

describe('generated files', () => {
  it('src/core/plan/schema-types.ts is up to date (npm run gen)', async () => {
    expect(await generateTypes()).toBe(readFileSync(path.join(repo, 'src/core/plan/schema-types.ts'), 'utf8'));
  }, 60_000);

  it('docs/format-reference.md is up to date (node dist/build/gen-format-doc.js)', () => {
    expect(formatReference() + '\n').toBe(readFileSync(path.join(repo, 'docs/format-reference.md'), 'utf8'));
  });

  it('docs/rules.md is up to date (node dist/build/gen-rules-doc.js)', () => {
    expect(rulesDoc()).toBe(readFileSync(path.join(repo, 'docs/rules.md'), 'utf8'));
  });

  it('the precompiled validators exist and match the schemas (npm run build)', () => {
    expect(readFileSync(path.join(repo, 'dist/validators.cjs'), 'utf8')).toBe(validatorsSource());
  });
});
