// Linear scales and the plotting frame: the only place data values become SVG coordinates.

/** A function from data values to pixels, with the domain and range it was built from. */
export interface LinearScale {
  (value: number): number;
  readonly domain: readonly [number, number];
  readonly range: readonly [number, number];
}

/** Maps `domain` onto `range`; a zero-width or non-finite domain maps everything to the range's middle, never NaN. */
export function linearScale(domain: readonly [number, number], range: readonly [number, number]): LinearScale {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const span = d1 - d0;
  const degenerate = !Number.isFinite(span) || span === 0;
  const middle = (r0 + r1) / 2;
  const scale = (value: number): number => (degenerate ? middle : r0 + ((value - d0) / span) * (r1 - r0));
  return Object.assign(scale, { domain: [d0, d1] as const, range: [r0, r1] as const });
}

/** Smallest and largest finite value, skipping nulls and gaps; null when there is none. */
export function extent(values: Iterable<number | null | undefined>): [number, number] | null {
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (const value of values) {
    if (typeof value !== 'number' || !Number.isFinite(value)) continue;
    if (value < min) min = value;
    if (value > max) max = value;
  }
  return min <= max ? [min, max] : null;
}

/** Space around the plot for tick labels and axis titles, in viewBox units. */
export interface Margins {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** The chart's viewBox and the inner rectangle the data is drawn in. */
export interface Frame {
  width: number;
  height: number;
  left: number;
  right: number;
  top: number;
  bottom: number;
  viewBox: string;
}

/** One frame shared by both charts, so their axes line up when shown together. */
export function chartFrame(width: number, height: number, margins: Margins): Frame {
  return {
    width,
    height,
    left: margins.left,
    right: width - margins.right,
    top: margins.top,
    bottom: height - margins.bottom,
    viewBox: `0 0 ${width} ${height}`,
  };
}

/** Rounds a coordinate to 0.01 so markup stays short and stable; -0 becomes 0. */
export function roundCoord(value: number): number {
  const rounded = Math.round(value * 100) / 100;
  return rounded === 0 ? 0 : rounded;
}
