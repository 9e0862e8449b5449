// Why: the bench commands take the same kind of option, a bounded whole number after its flag.

/** The whole number after `flag` on the command line, or `fallback`; throws outside 1…`max`. */
export function wholeNumberArg(flag: string, fallback: number, max: number): number {
  const i = process.argv.indexOf(flag);
  const n = i >= 0 ? Number(process.argv[i + 1]) : fallback;
  if (!Number.isInteger(n) || n < 1 || n > max) throw new Error(`${flag} must be a whole number from 1 to ${max}`);
  return n;
}
