// SVG geometry strings: polylines for the series and small marker shapes for single points.
import { roundCoord } from './scale';

/** A point in viewBox units; null marks a gap the line must not bridge. */
export type PathPoint = { x: number; y: number } | null;

function usable(point: PathPoint): point is { x: number; y: number } {
  return point !== null && Number.isFinite(point.x) && Number.isFinite(point.y);
}

/**
 * The `d` of a polyline through the points: "M0,10L5,8L10,4". A null or non-finite point breaks
 * the line into a new "M" segment, so a missing value is shown as missing rather than bridged.
 * No usable point gives "", which draws nothing.
 */
export function linePath(points: readonly PathPoint[]): string {
  let d = '';
  let pen = false;
  for (const point of points) {
    if (!usable(point)) {
      pen = false;
      continue;
    }
    d += `${pen ? 'L' : 'M'}${roundCoord(point.x)},${roundCoord(point.y)}`;
    pen = true;
  }
  return d;
}

/** Runs of two or more connected points: a lone point between gaps draws no line and needs a marker. */
export function segments(points: readonly PathPoint[]): { x: number; y: number }[][] {
  const runs: { x: number; y: number }[][] = [];
  let run: { x: number; y: number }[] = [];
  for (const point of [...points, null]) {
    if (usable(point)) {
      run.push(point);
    } else if (run.length > 0) {
      runs.push(run);
      run = [];
    }
  }
  return runs;
}

/** Marker shapes, one per series, so points are told apart without colour. */
export type MarkerShape = 'circle' | 'square' | 'triangle' | 'diamond';

/** A marker as the SVG element to draw and its attributes (viewBox units, rounded). */
export type Marker =
  | { kind: 'circle'; cx: number; cy: number; r: number }
  | { kind: 'rect'; x: number; y: number; width: number; height: number }
  | { kind: 'polygon'; points: string };

/** A marker of `shape` centred on (x, y) with half-size `size`; each shape covers a similar area. */
export function markerAt(shape: MarkerShape, x: number, y: number, size = 4): Marker {
  const [cx, cy] = [roundCoord(x), roundCoord(y)];
  const at = (dx: number, dy: number) => `${roundCoord(x + dx)},${roundCoord(y + dy)}`;
  switch (shape) {
    case 'circle':
      return { kind: 'circle', cx, cy, r: size };
    case 'square':
      return { kind: 'rect', x: roundCoord(x - size), y: roundCoord(y - size), width: size * 2, height: size * 2 };
    case 'triangle':
      return { kind: 'polygon', points: [at(0, -size * 1.2), at(size * 1.2, size), at(-size * 1.2, size)].join(' ') };
    case 'diamond':
      return {
        kind: 'polygon',
        points: [at(0, -size * 1.3), at(size * 1.3, 0), at(0, size * 1.3), at(-size * 1.3, 0)].join(' '),
      };
  }
}
