import { describe, expect, it } from 'vitest';
import { causeChain, hasCode } from '~/server/core/cause-chain';

describe('an error’s cause chain', () => {
  it('lists the error and its causes, outermost first', () => {
    const socket = Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' });
    const driver = new Error('query failed', { cause: socket });
    const wrapper = new Error('Failed query: select 1', { cause: driver });
    expect([...causeChain(wrapper)].map((e) => e.message)).toEqual([
      'Failed query: select 1',
      'query failed',
      'read ECONNRESET',
    ]);
    expect(hasCode(wrapper, 'ECONNRESET')).toBe(true);
    expect(hasCode(wrapper, '25P02')).toBe(false);
  });

  it('stops at a cause that points back at its own error', () => {
    const a = new Error('a');
    const b = new Error('b', { cause: a });
    (a as { cause?: unknown }).cause = b;
    expect([...causeChain(a)]).toHaveLength(10);
    expect(hasCode(a, '25P02')).toBe(false); // returns rather than looping forever
  });

  it('has nothing to walk for a thrown string or undefined', () => {
    expect([...causeChain('boom')]).toEqual([]);
    expect([...causeChain(undefined)]).toEqual([]);
    expect([...causeChain(new Error('x', { cause: 'text' }))]).toHaveLength(1);
  });
});
