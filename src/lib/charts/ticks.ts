// "Nice" axis ticks: steps of 1, 2 or 5 times a power of ten, so axes read 0, 5, 10 rather than 0, 5.46, 10.92.

/** Tick values and the domain they cover. */
export interface Ticks {
  min: number;
  max: number;
  step: number;
  values: number[];
}

/**
 * Padding for a range with no real width (every value equal, or differing only by float noise), so
 * an axis still has room to show it: one power of ten either side of the value, or ±1 around zero.
 */
function widen(min: number, max: number): [number, number] {
  if (max - min > 1e-9 * Math.max(1, Math.abs(min), Math.abs(max))) return [min, max];
  const centre = (min + max) / 2;
  const pad = Math.abs(centre) < 1e-9 ? 1 : 10 ** Math.floor(Math.log10(Math.abs(centre)));
  return [centre - pad, centre + pad];
}

function checkRange(min: number, max: number, count: number): void {
  if (!Number.isFinite(min) || !Number.isFinite(max))
    throw new RangeError(`ticks need finite bounds, got ${min}…${max}`);
  if (min > max) throw new RangeError(`ticks need min <= max, got ${min} > ${max}`);
  if (!Number.isInteger(count) || count < 1)
    throw new RangeError(`tick count must be a positive integer, got ${count}`);
}

/** A step of 1, 2 or 5 × 10^k giving about `count` intervals across max − min (d3's thresholds). */
export function tickStep(min: number, max: number, count: number): number {
  checkRange(min, max, count);
  const [lo, hi] = widen(min, max);
  const raw = (hi - lo) / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const error = raw / power;
  const factor = error >= Math.sqrt(50) ? 10 : error >= Math.sqrt(10) ? 5 : error >= Math.sqrt(2) ? 2 : 1;
  return factor * power;
}

/** Decimal places that print every multiple of `step` exactly (0.25 → 2, 5 → 0). */
export function stepDecimals(step: number): number {
  for (let decimals = 0; decimals < 12; decimals++) {
    if (Math.abs(Math.round(step * 10 ** decimals) - step * 10 ** decimals) < 1e-6) return decimals;
  }
  return 12;
}

/** `i × step` without the float noise of binary fractions (3 × 0.1 = 0.30000000000000004). */
function multiple(i: number, step: number): number {
  const value = Number((i * step).toPrecision(12));
  return value === 0 ? 0 : value;
}

/** Ticks whose domain is widened outward to whole steps: for value axes (0–27.3 → 0, 5, … 30). */
export function niceTicks(min: number, max: number, count = 5, options: { includeZero?: boolean } = {}): Ticks {
  checkRange(min, max, count);
  let [lo, hi] = [min, max];
  if (options.includeZero) [lo, hi] = [Math.min(lo, 0), Math.max(hi, 0)];
  [lo, hi] = widen(lo, hi);
  const step = tickStep(lo, hi, count);
  const first = Math.floor(lo / step + 1e-9);
  const last = Math.ceil(hi / step - 1e-9);
  const values = Array.from({ length: last - first + 1 }, (_, i) => multiple(first + i, step));
  return { min: values[0]!, max: values[values.length - 1]!, step, values };
}

/** Ticks inside an unchanged domain: for axes whose ends are the data's own (usage 250–3,000 kWh). */
export function ticksWithin(min: number, max: number, count = 5): Ticks {
  checkRange(min, max, count);
  if (min === max) return { min, max, step: 0, values: [min] };
  const step = tickStep(min, max, count);
  const first = Math.ceil(min / step - 1e-9);
  const last = Math.floor(max / step + 1e-9);
  const values = Array.from({ length: Math.max(0, last - first + 1) }, (_, i) => multiple(first + i, step));
  return { min, max, step, values };
}
