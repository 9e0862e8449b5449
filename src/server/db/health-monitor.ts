import type { HealthSample } from './types';

/**
 * A periodic connection check: probes every `intervalMs`, remembers the last
 * sample, and logs only when health changes so a long outage is one line, not thousands.
 * The timer is unref'd and stopped by close(), so it never keeps a process or test alive.
 */
export function startHealthMonitor(probe: () => Promise<number>, intervalMs: number, label: string) {
  let last: HealthSample | null = null;
  let running = false;
  const check = async () => {
    if (running) return;
    running = true;
    try {
      const latencyMs = await probe();
      if (last && !last.ok) console.warn(`[db] ${label} is reachable again`);
      last = { ok: true, checkedAt: new Date().toISOString(), latencyMs };
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      if (!last || last.ok) console.warn(`[db] health check of ${label} failed: ${message}`);
      last = { ok: false, checkedAt: new Date().toISOString(), error: message };
    } finally {
      running = false;
    }
  };
  const timer = intervalMs > 0 ? setInterval(check, intervalMs) : undefined;
  timer?.unref();
  return {
    last: () => last,
    stop: () => clearInterval(timer),
  };
}
