// The sector list the commands offer and check is the schema's enum, in the schema's order.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { SECTORS } from '../../../src/core/plan/sectors.js';

describe('SECTORS', () => {
  it('equals common.json#/$defs/sector', () => {
    const common = JSON.parse(readFileSync(path.resolve(__dirname, '../../../schemas/common.json'), 'utf8'));
    expect([...SECTORS]).toEqual(common.$defs.sector.enum);
  });
});
