// The sectors of the schema (common.json#/$defs/sector), as a list for choices and checks; a test
// keeps it equal to the schema's enum.
import type { Sector } from './schema-types.js';

export const SECTORS = [
  'environment',
  'demography',
  'education',
  'health',
  'housing_urbanism',
  'drinking_water',
  'sanitation',
  'electricity_lighting',
  'roads_transport',
  'economy',
  'agriculture',
  'social',
  'culture_sport',
  'governance',
] as const satisfies readonly Sector[];
