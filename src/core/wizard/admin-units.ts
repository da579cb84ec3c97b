// The shipped reference list of regions, prefectures/provinces and communes, and lookups in it.
import { foldForSearch, matchesSearch } from './normalize.js';

/** A name in the reference data: Arabic and French are always there. */
export interface UnitName {
  ar: string;
  fr: string;
  en?: string;
}

export interface Region {
  id: string;
  name: UnitName;
}

export interface Division {
  id: string;
  name: UnitName;
  region_id: string;
  type: 'prefecture' | 'province';
  source?: string;
}

export interface CommuneUnit {
  id: string;
  name: UnitName;
  region_division_id: string;
  /** The data spells it "urbain" / "rural". */
  type: string;
}

/** The three lists, as loaded from src/data/morocco-admin/. */
export interface AdminData {
  regions: Region[];
  divisions: Division[];
  communes: CommuneUnit[];
}

type Unit = { id: string; name: UnitName };

/** The units whose id or names match what was typed (all when nothing was typed), in name order. */
export function searchUnits<T extends Unit>(units: readonly T[], term: string, lang: 'ar' | 'fr' | 'en'): T[] {
  const key = lang === 'ar' ? 'ar' : 'fr';
  return units.filter((u) => matchesSearch(term, [u.id, u.name.ar, u.name.fr, u.name.en ?? ''])).sort((a, b) => a.name[key].localeCompare(b.name[key], lang));
}

/**
 * Finds one unit by id or by a name in either language (folded). Undefined when none matches, and
 * also when a name matches several units (e.g. two communes with the same name): ask for the id then.
 */
export function findUnit<T extends Unit>(units: readonly T[], idOrName: string): T | undefined {
  const byId = units.find((u) => u.id.toLowerCase() === idOrName.trim().toLowerCase());
  if (byId) return byId;
  const folded = foldForSearch(idOrName);
  const hits = units.filter((u) => [u.name.ar, u.name.fr, u.name.en ?? ''].some((n) => n && foldForSearch(n) === folded));
  return hits.length === 1 ? hits[0] : undefined;
}

/** The divisions of a region and the communes of a division. */
export const divisionsOf = (data: AdminData, regionId: string): Division[] => data.divisions.filter((d) => d.region_id === regionId);
export const communesOf = (data: AdminData, divisionId: string): CommuneUnit[] => data.communes.filter((c) => c.region_division_id === divisionId);
