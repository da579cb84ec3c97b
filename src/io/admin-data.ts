// Reads the shipped administrative reference data (regions, prefectures and provinces, communes).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PACKAGE_ROOT } from './package-root.js';
import type { AdminData } from '../core/wizard/admin-units.js';

/** Folder of the reference data (MIT, attribution in its README and LICENSE). */
export const ADMIN_DATA_DIR = path.join(PACKAGE_ROOT, 'src', 'data', 'morocco-admin');

let cache: AdminData | undefined;

/** The regions, the 75 prefectures and provinces (completed list) and the communes. */
export function loadAdminData(): AdminData {
  if (cache) return cache;
  const read = (f: string) => JSON.parse(readFileSync(path.join(ADMIN_DATA_DIR, f), 'utf8'));
  cache = {
    regions: read('regions.json').regions,
    divisions: read('prefectures-provinces-complete.json').region_divisions,
    communes: read('communes.json').communes,
  };
  return cache;
}
