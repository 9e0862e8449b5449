import { describe, expect, it } from 'vitest';
import {
  describeNew,
  describePriceChange,
  feedEntries,
  inWindow,
  planPriceMemory,
  priceChanges,
  weekUpTo,
} from '~/lib/market';

const p = (date: string, rate1000Kwh: string | null) => ({ date, rate1000Kwh });

describe('a plan’s price memory', () => {
  const history = [
    p('2026-01-23', '0.1490'),
    p('2026-01-10', '0.1500'),
    p('2026-01-22', '0.1420'),
    p('2026-01-12', '0.1500'),
  ];

  it('lists each change of the 1,000 kWh price with the export date it appeared in', () => {
    expect(priceChanges(history)).toEqual([
      {
        date: '2026-01-22',
        previousDate: '2026-01-12',
        from: '0.1500',
        to: '0.1420',
        deltaCents: -0.8,
        direction: 'cut',
      },
      {
        date: '2026-01-23',
        previousDate: '2026-01-22',
        from: '0.1420',
        to: '0.1490',
        deltaCents: 0.7,
        direction: 'rise',
      },
    ]);
    expect(priceChanges(history).map(describePriceChange)).toEqual([
      'price cut by 0.8¢/kWh on 22 Jan',
      'price raised by 0.7¢/kWh on 23 Jan',
    ]);
  });

  it('says a hundredth of a cent rather than rounding a real change to nothing', () => {
    const [c] = priceChanges([p('2026-01-10', '0.1500'), p('2026-01-12', '0.1496')]);
    expect(describePriceChange(c!)).toBe('price cut by 0.04¢/kWh on 12 Jan');
  });

  it('skips unpriced dates and reads points in any order', () => {
    const points = [p('2026-01-20', '0.1400'), p('2026-01-12', null), p('2026-01-10', '0.1500'), p('2026-01-22', null)];
    expect(priceChanges(points)).toEqual([
      {
        date: '2026-01-20',
        previousDate: '2026-01-10',
        from: '0.1500',
        to: '0.1400',
        deltaCents: -1,
        direction: 'cut',
      },
    ]);
    expect(planPriceMemory(points, '2026-01-05')).toMatchObject({ firstSeen: '2026-01-10', trend: 'down' });
    // First seen unpriced: the plan is new from that date, and its trend starts at the first price.
    const late = [p('2026-01-16', '0.1300'), p('2026-01-12', null), p('2026-01-18', '0.1350')];
    expect(planPriceMemory(late, '2026-01-10')).toMatchObject({
      firstSeen: '2026-01-12',
      newOn: '2026-01-12',
      trend: 'up',
    });
    expect(planPriceMemory([p('2026-01-12', null), p('2026-01-14', null)], '2026-01-10')).toMatchObject({
      newOn: '2026-01-12',
      trend: null,
      changes: [],
    });
    expect(planPriceMemory([p('2026-01-12', null), p('2026-01-14', '0.1200')], '2026-01-10').trend).toBeNull();
    expect(planPriceMemory([], '2026-01-10')).toEqual({ firstSeen: null, newOn: null, changes: [], trend: null });
    expect(planPriceMemory([p('2026-01-12', '0.1200')], null).newOn).toBeNull();
    expect(planPriceMemory([p('2026-01-10', '0.1200')], '2026-01-10').newOn).toBeNull();
  });

  it('shows no trend and no change for a plan seen once', () => {
    expect(planPriceMemory([p('2026-01-28', '0.1300')], '2026-01-10')).toEqual({
      firstSeen: '2026-01-28',
      newOn: '2026-01-28',
      changes: [],
      trend: null,
    });
  });

  it('is "new" only after the first recorded date, and trends by first and last price', () => {
    expect(planPriceMemory(history, '2026-01-10')).toMatchObject({
      firstSeen: '2026-01-10',
      newOn: null,
      trend: 'down',
    });
    expect(planPriceMemory(history, '2026-01-05').newOn).toBe('2026-01-10');
    expect(planPriceMemory([p('2026-01-10', '0.15'), p('2026-01-12', '0.1500')], null).trend).toBe('flat');
    expect(describeNew('2026-01-28')).toBe('new on 28 Jan');
  });
});

describe('the feed of a place', () => {
  const plan = (planId: string, points: { date: string; rate1000Kwh: string | null }[]) => ({
    planId,
    name: `Plan ${planId}`,
    provider: 'Provider',
    tdspDuns: '1039940674000',
    points,
  });

  it('lists new plans and price drops of the window, newest date first, each with its export date', () => {
    const entries = feedEntries(
      [
        plan('old', [p('2026-01-10', '0.1500'), p('2026-01-22', '0.1420'), p('2026-01-23', '0.1490')]),
        plan('new', [p('2026-01-23', '0.1200')]),
        plan('before', [p('2026-01-21', '0.1200')]),
        plan('gone', [p('2026-01-10', '0.1600'), p('2026-01-21', '0.1500')]),
      ],
      ['2026-01-23', '2026-01-22'],
      '2026-01-10',
    );
    expect(entries.map((e) => [e.date, e.kind, e.planId])).toEqual([
      ['2026-01-23', 'new', 'new'],
      ['2026-01-22', 'price-drop', 'old'],
    ]);
    expect(entries[1]).toMatchObject({ from: '0.1500', to: '0.1420', deltaCents: -0.8 });
  });

  it('on one date lists new plans before price drops, each by name, then by id', () => {
    const named = (planId: string, name: string, points: { date: string; rate1000Kwh: string | null }[]) => ({
      ...plan(planId, points),
      name,
    });
    const entries = feedEntries(
      [
        named('d2', 'Beta', [p('2026-01-10', '0.1500'), p('2026-01-23', '0.1400')]),
        named('n2', 'Beta', [p('2026-01-23', '0.1200')]),
        named('d1', 'Alpha', [p('2026-01-10', '0.1500'), p('2026-01-23', '0.1400')]),
        named('n3', 'Alpha', [p('2026-01-23', '0.1200')]),
        named('n1', 'Alpha', [p('2026-01-23', '0.1200')]),
      ],
      ['2026-01-23'],
      '2026-01-10',
    );
    expect(entries.map((e) => [e.kind, e.planId])).toEqual([
      ['new', 'n1'],
      ['new', 'n3'],
      ['new', 'n2'],
      ['price-drop', 'd1'],
      ['price-drop', 'd2'],
    ]);
  });

  it('does not call the plans of the first recorded date new', () => {
    expect(feedEntries([plan('x', [p('2026-01-10', '0.15')])], ['2026-01-10'], '2026-01-10')).toEqual([]);
  });
});

describe('"this week"', () => {
  it('is the seven days up to the newest export date, not the wall clock', () => {
    expect(weekUpTo('2026-01-29')).toEqual({ from: '2026-01-23', to: '2026-01-29' });
    expect(weekUpTo('2026-03-03')).toEqual({ from: '2026-02-25', to: '2026-03-03' });
    expect(inWindow('2026-01-22', weekUpTo('2026-01-29'))).toBe(false);
    expect(inWindow('2026-01-23', weekUpTo('2026-01-29'))).toBe(true);
  });
});
