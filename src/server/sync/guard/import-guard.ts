import type { GuardLimits } from '~/server/core/sync-settings';
import { TDSPS } from '~/server/sync/tdsp/registry';

/** What the guard measured: stored with every run, refused or not. */
export interface GuardFigures {
  activeBefore: number;
  activeAfter: number;
  deactivated: number;
  deactivatedShare: number;
  utilities: { code: string; before: number; after: number; share: number }[];
}

/** The guard's verdict: the figures, and the reasons to refuse (none: the import may go ahead). */
export interface GuardVerdict {
  figures: GuardFigures;
  reasons: string[];
}

const codeOf = new Map(TDSPS.map((t) => [t.duns, t.code]));
const pct = (share: number) => `${(share * 100).toFixed(share < 0.1 ? 1 : 0)}%`;
const round4 = (n: number) => Math.round(n * 10_000) / 10_000;

/**
 * Compares an import with the offers on sale today. A truncated or near-empty export shows up
 * as most offers vanishing at once, or one utility losing most of its offers; day-to-day churn
 * in the recorded series stays far below both limits. The first import (nothing active) passes.
 */
export function checkImport(
  activeBefore: { id: string; tdspDuns: string }[],
  incoming: { id: string; tdspDuns: string }[],
  limits: GuardLimits,
): GuardVerdict {
  const kept = new Set(incoming.map((p) => p.id));
  const deactivated = activeBefore.filter((p) => !kept.has(p.id)).length;
  const deactivatedShare = activeBefore.length ? deactivated / activeBefore.length : 0;
  const count = (plans: { tdspDuns: string }[]) => {
    const by = new Map<string, number>();
    for (const p of plans) by.set(p.tdspDuns, (by.get(p.tdspDuns) ?? 0) + 1);
    return by;
  };
  const before = count(activeBefore);
  const after = count(incoming);
  const utilities = [...before]
    .map(([duns, n]) => ({
      code: codeOf.get(duns) ?? duns,
      before: n,
      after: after.get(duns) ?? 0,
      share: round4((after.get(duns) ?? 0) / n),
    }))
    .sort((a, b) => a.code.localeCompare(b.code));

  const reasons: string[] = [];
  if (deactivatedShare > limits.maxDeactivatedShare) {
    reasons.push(
      `It would deactivate ${deactivated} of the ${activeBefore.length} active offers (${pct(deactivatedShare)}), ` +
        `more than the ${pct(limits.maxDeactivatedShare)} allowed (SYNC_MAX_DEACTIVATED_SHARE, --max-deactivated-share).`,
    );
  }
  for (const u of utilities.filter((u) => u.share < limits.minUtilityShare)) {
    reasons.push(
      `It would leave ${u.code} with ${u.after} active offers, ${pct(u.share)} of today's ${u.before}; ` +
        `at least ${pct(limits.minUtilityShare)} must remain (SYNC_MIN_UTILITY_SHARE, --min-utility-share).`,
    );
  }
  return {
    figures: {
      activeBefore: activeBefore.length,
      activeAfter: incoming.length,
      deactivated,
      deactivatedShare: round4(deactivatedShare),
      utilities,
    },
    reasons,
  };
}
