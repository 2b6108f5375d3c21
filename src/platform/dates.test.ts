import { describe, expect, it } from 'vitest';
import { formatDate, parseEndDate, parseStartOfDay } from './dates.js';

describe('dates as people in the Netherlands type them', () => {
  it('reads 31-12-2026, 31/12/2026 and 2026-12-31 alike, and refuses what is no date', () => {
    const end = parseEndDate('31-12-2026');
    expect(end?.toISOString()).toBe('2026-12-31T22:59:59.999Z');
    expect(parseEndDate('31/12/2026')).toEqual(end);
    expect(parseEndDate('2026-12-31')).toEqual(end);
    for (const bad of ['31-02-2026', '2026-13-01', 'morgen', '', '1-1-26'])
      expect(parseEndDate(bad), bad).toBeUndefined();
  });

  it('starts and ends days in Amsterdam time, also when the clocks change', () => {
    // 29 March 2026: clocks go forward at 02:00 (a 23-hour day).
    expect(parseStartOfDay('29-03-2026')?.toISOString()).toBe('2026-03-28T23:00:00.000Z');
    expect(parseEndDate('29-03-2026')?.toISOString()).toBe('2026-03-29T21:59:59.999Z');
    // 25 October 2026: clocks go back at 03:00 (a 25-hour day).
    expect(parseStartOfDay('25-10-2026')?.toISOString()).toBe('2026-10-24T22:00:00.000Z');
    expect(parseEndDate('25-10-2026')?.toISOString()).toBe('2026-10-25T22:59:59.999Z');
    expect(formatDate(new Date('2026-10-24T22:30:00Z'), 'nl')).toBe('25 oktober 2026');
  });
});
