import cliProgress from 'cli-progress';

/** A progress bar on stderr when it is a terminal; plain step lines otherwise (CI logs). */
export function progress(label: string, total: number) {
  if (!process.stderr.isTTY) {
    return { update: (_n: number, step?: string) => step && console.error(`[${label}] ${step}`), stop: () => {} };
  }
  const bar = new cliProgress.SingleBar(
    { format: `${label.padEnd(9)} [{bar}] {value}/{total} {step}`, stream: process.stderr, hideCursor: true },
    cliProgress.Presets.shades_classic,
  );
  bar.start(total, 0, { step: '' });
  return { update: (n: number, step?: string) => bar.update(n, { step: step ?? '' }), stop: () => bar.stop() };
}
