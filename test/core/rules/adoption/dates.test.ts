import { describe, expect, it } from 'vitest';
import { addDays, addMonths, daysBetween, monthOf } from '../../../../src/core/rules/adoption/dates.js';

describe('ISO date arithmetic', () => {
  it('counts days across month, year and leap-day boundaries', () => {
    expect(daysBetween('2022-03-25', '2022-05-03')).toBe(39);
    expect(daysBetween('2023-12-31', '2024-03-01')).toBe(61);
    expect(daysBetween('2022-05-03', '2022-04-08')).toBe(-25);
  });
  it('is not shifted by a daylight-saving change (Morocco drops an hour in Ramadan)', () => {
    expect(daysBetween('2022-03-26', '2022-03-28')).toBe(2);
  });
  it('moves by days and months, clamping to the end of a shorter month', () => {
    expect(addDays('2022-12-31', 1)).toBe('2023-01-01');
    expect(addDays('2022-09-15', -1)).toBe('2022-09-14');
    expect(addMonths('2021-09-15', 12)).toBe('2022-09-15');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2023-11-30', 3)).toBe('2024-02-29');
  });
  it('reads the month', () => {
    expect(monthOf('2022-10-03')).toBe(10);
  });
});
