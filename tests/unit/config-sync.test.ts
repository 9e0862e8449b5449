import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig, PTC_EXPORT_URL } from '~/server/core/config';

const problems = (env: NodeJS.ProcessEnv) => {
  try {
    parseConfig(env);
    return [];
  } catch (error) {
    return (error as ConfigError).problems.map((p) => `${p.variable}: ${p.message}`);
  }
};

describe('the sync settings of the environment', () => {
  it('fetch the live export over https by default, with a time limit and a size cap', () => {
    const { sources, sync } = parseConfig({});
    expect(PTC_EXPORT_URL).toBe('https://www.powertochoose.org/en-us/Plan/ExportToCsv');
    expect(sources).toMatchObject({ plansUrl: PTC_EXPORT_URL, fetchTimeoutMs: 20_000, maxBytes: 20_000_000 });
    expect(sync).toEqual({
      limits: { maxDeactivatedShare: 0.4, minUtilityShare: 0.6 },
      schedule: null,
      staleAfterHours: 36,
    });
  });

  it('refuse a plain-http export URL except on this machine', () => {
    expect(problems({ PLANS_EXPORT_URL: 'http://www.powertochoose.org/en-us/Plan/ExportToCsv' })).toEqual([
      'PLANS_EXPORT_URL: expected an https URL (plain http only for localhost)',
    ]);
    expect(parseConfig({ PLANS_EXPORT_URL: 'http://127.0.0.1:8080/x.csv' }).sources.plansUrl).toBe(
      'http://127.0.0.1:8080/x.csv',
    );
  });

  it('take the guard limits as shares from 0 to 1', () => {
    expect(parseConfig({ SYNC_MAX_DEACTIVATED_SHARE: '0.25', SYNC_MIN_UTILITY_SHARE: '0.5' }).sync.limits).toEqual({
      maxDeactivatedShare: 0.25,
      minUtilityShare: 0.5,
    });
    expect(
      problems({ SYNC_MAX_DEACTIVATED_SHARE: '40', SYNC_MIN_UTILITY_SHARE: 'half', PLANS_MAX_MB: '0' }),
    ).toHaveLength(3);
  });

  it('read SYNC_SCHEDULE as a daily Texas time, an interval, or off', () => {
    expect(parseConfig({ SYNC_SCHEDULE: 'daily@5:30' }).sync.schedule).toEqual({
      kind: 'daily',
      hour: 5,
      minute: 30,
      label: 'daily at 05:30 Texas time',
    });
    expect(parseConfig({ SYNC_SCHEDULE: 'every:2s' }).sync.schedule).toEqual({
      kind: 'interval',
      ms: 2000,
      label: 'every 2s',
    });
    expect(parseConfig({ SYNC_SCHEDULE: 'every:6h' }).sync.schedule).toMatchObject({ ms: 6 * 3_600_000 });
    expect(parseConfig({ SYNC_SCHEDULE: 'off' }).sync.schedule).toBeNull();
    for (const bad of ['daily@25:00', 'daily', 'every:0s', 'every:5d', 'hourly']) {
      expect(problems({ SYNC_SCHEDULE: bad }), bad).toEqual([
        'SYNC_SCHEDULE: expected daily@HH:MM (Texas time), every:<n>s|m|h, or off',
      ]);
    }
  });
});
