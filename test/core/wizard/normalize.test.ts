import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { foldForSearch, matchesSearch } from '../../../src/core/wizard/normalize.js';
import { findUnit, searchUnits } from '../../../src/core/wizard/admin-units.js';
import { loadAdminData } from '../../../src/io/admin-data.js';

describe('foldForSearch', () => {
  it('drops Arabic diacritics and tatweel and unifies alef, yaa and taa marbuta', () => {
    expect(foldForSearch('أُولْمَاس')).toBe(foldForSearch('اولماس'));
    expect(foldForSearch('إفران')).toBe(foldForSearch('افران'));
    expect(foldForSearch('سـلا')).toBe(foldForSearch('سلا'));
    expect(foldForSearch('مكناسة')).toBe(foldForSearch('مكناسه'));
    expect(foldForSearch('مصطفى')).toBe(foldForSearch('مصطفي'));
  });
  it('drops French accents, case, hyphens and apostrophes', () => {
    expect(foldForSearch('Béni Mellal-Khénifra')).toBe('beni mellal khenifra');
    expect(foldForSearch("M'diq-Fnideq")).toBe(foldForSearch('m diq fnideq'));
  });
  it('matches every typed word, in either script', () => {
    expect(matchesSearch('khem', ['الخميسات', 'Khémisset'])).toBe(true);
    expect(matchesSearch('الخميس', ['الخميسات', 'Khémisset'])).toBe(true);
    expect(matchesSearch('sale kenitra', ['Rabat-Salé-Kénitra'])).toBe(true);
    expect(matchesSearch('tanger', ['Rabat-Salé-Kénitra'])).toBe(false);
  });
});

describe('the administrative reference data', () => {
  const data = loadAdminData();
  it('has all 75 prefectures and provinces: 13 prefectures, 62 provinces, each in a known region', () => {
    expect(data.divisions).toHaveLength(75);
    expect(data.divisions.filter((d) => d.type === 'prefecture')).toHaveLength(13);
    expect(data.divisions.filter((d) => d.type === 'province')).toHaveLength(62);
    const regions = new Set(data.regions.map((r) => r.id));
    for (const d of data.divisions) expect(regions.has(d.region_id), d.id).toBe(true);
    expect(new Set(data.divisions.map((d) => d.id)).size).toBe(75);
    for (const d of data.divisions) expect(d.name.ar && d.name.fr && d.source, d.id).toBeTruthy();
  });
  it('keeps the shipped entries unchanged and marks the added ones', () => {
    const original = JSON.parse(readFileSync('src/data/morocco-admin/prefectures-provinces.json', 'utf8')).region_divisions as Array<{ id: string }>;
    for (const o of original) {
      const { source, ...rest } = data.divisions.find((d) => d.id === o.id)!;
      expect(rest).toEqual(o);
      expect(source).toMatch(/Boughrous/);
    }
    const added = data.divisions.filter((d) => !original.some((o) => o.id === d.id));
    expect(added.map((d) => d.name.fr).sort()).toEqual(
      ['Al Hoceïma', 'Benslimane', 'Chefchaouen', 'Errachidia', 'Larache', 'Midelt', 'Ouarzazate', 'Settat', 'Tinghir', 'Tétouan', 'Zagora'].sort(),
    );
    for (const d of added) expect(d.source).toMatch(/^added/);
  });
  it('counts the 2015 regions right: each region has the number of divisions of decree 2-15-40', () => {
    const expected: Record<string, number> = {
      'Tanger-Tétouan-Al Hoceïma': 8,
      Oriental: 8,
      'Fès-Meknès': 9,
      'Rabat-Salé-Kénitra': 7,
      'Béni Mellal-Khénifra': 5,
      'Casablanca-Settat': 9,
      'Marrakech-Safi': 8,
      'Drâa-Tafilalet': 5,
      'Souss-Massa': 6,
      'Guelmim-Oued Noun': 4,
      'Laâyoune-Sakia El Hamra': 4,
      'Dakhla-Oued Ed-Dahab': 2,
    };
    for (const r of data.regions) expect(data.divisions.filter((d) => d.region_id === r.id).length, r.name.fr).toBe(expected[r.name.fr]);
  });
  it('finds a unit by id, by French or Arabic name, and refuses an ambiguous name', () => {
    expect(findUnit(data.communes, 'oulmes')?.id).toBe('COM_0601');
    expect(findUnit(data.communes, 'أولماس')?.id).toBe('COM_0601');
    expect(findUnit(data.divisions, 'DIV_030')?.name.fr).toBe('Khémisset');
    const names = new Map<string, number>();
    for (const c of data.communes) names.set(foldForSearch(c.name.fr), (names.get(foldForSearch(c.name.fr)) ?? 0) + 1);
    const twice = [...names].find(([, n]) => n > 1)?.[0];
    if (twice) expect(findUnit(data.communes, twice)).toBeUndefined();
    expect(searchUnits(data.regions, 'الرباط', 'ar').map((r) => r.id)).toEqual(['REGION_10']);
  });
});
