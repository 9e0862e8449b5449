import { describe, expect, it } from 'vitest';
import { linePath, markerAt, segments, type MarkerShape } from '~/lib/charts';

describe('linePath', () => {
  it('moves to the first point and draws lines to the rest', () => {
    expect(
      linePath([
        { x: 0, y: 10 },
        { x: 5, y: 8.5 },
        { x: 10, y: 4 },
      ]),
    ).toBe('M0,10L5,8.5L10,4');
  });

  it('rounds coordinates to hundredths', () => {
    expect(
      linePath([
        { x: 1 / 3, y: 2 / 3 },
        { x: 100.004, y: -0.001 },
      ]),
    ).toBe('M0.33,0.67L100,0');
  });

  it('starts a new segment after a gap instead of bridging it', () => {
    expect(linePath([{ x: 0, y: 0 }, { x: 1, y: 1 }, null, { x: 3, y: 3 }, { x: 4, y: 2 }])).toBe('M0,0L1,1M3,3L4,2');
  });

  it('treats non-finite coordinates as gaps, so no NaN reaches the markup', () => {
    const d = linePath([
      { x: 0, y: 0 },
      { x: Number.NaN, y: 1 },
      { x: 2, y: Number.POSITIVE_INFINITY },
      { x: 3, y: 3 },
      { x: 4, y: 4 },
    ]);
    expect(d).toBe('M0,0M3,3L4,4');
    expect(d).not.toMatch(/NaN|Infinity/);
  });

  it('gives a bare move for one point and nothing for none', () => {
    expect(linePath([{ x: 320, y: 100 }])).toBe('M320,100');
    expect(linePath([])).toBe('');
    expect(linePath([null, null])).toBe('');
  });
});

describe('segments', () => {
  it('splits points into connected runs, keeping lone points as runs of one', () => {
    expect(segments([{ x: 0, y: 0 }, null, { x: 2, y: 2 }, { x: 3, y: 3 }, null, null])).toEqual([
      [{ x: 0, y: 0 }],
      [
        { x: 2, y: 2 },
        { x: 3, y: 3 },
      ],
    ]);
  });
});

describe('markerAt', () => {
  it('draws each shape as a different SVG element or outline, centred on the point', () => {
    expect(markerAt('circle', 10, 20)).toEqual({ kind: 'circle', cx: 10, cy: 20, r: 4 });
    expect(markerAt('square', 10, 20)).toEqual({ kind: 'rect', x: 6, y: 16, width: 8, height: 8 });
    expect(markerAt('triangle', 10, 20)).toEqual({ kind: 'polygon', points: '10,15.2 14.8,24 5.2,24' });
    expect(markerAt('diamond', 10, 20)).toEqual({ kind: 'polygon', points: '10,14.8 15.2,20 10,25.2 4.8,20' });
  });

  it('never yields a non-finite coordinate for finite input', () => {
    for (const shape of ['circle', 'square', 'triangle', 'diamond'] as MarkerShape[]) {
      expect(JSON.stringify(markerAt(shape, 1 / 3, 1e6))).not.toMatch(/NaN|null|Infinity/);
    }
  });
});
