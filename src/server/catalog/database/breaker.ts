import { CircuitBreaker } from '~/lib/circuit-breaker';
import { getConfig } from '~/server/core/config';

let breaker: CircuitBreaker | undefined;

/**
 * The process-wide circuit breaker in front of the database: after DB_BREAKER_FAILURES
 * consecutive outages it stops trying for DB_BREAKER_RESET_MS, so every request goes straight
 * to the saved files instead of waiting on a dead connection, then lets one request test the
 * water. The same breaker class guards Redis.
 */
export function databaseBreaker(): CircuitBreaker {
  if (!breaker) {
    const { failures, resetMs } = getConfig().dbBreaker;
    breaker = new CircuitBreaker({
      failureThreshold: failures,
      resetMs,
      onStateChange: (to) =>
        console.warn(
          to === 'open' ? `[db] database failing: serving saved data for ${resetMs} ms` : `[db] database circuit ${to}`,
        ),
    });
  }
  return breaker;
}
