import { describe, expect, it } from 'vitest';
import { isObjectId, newObjectId, objectIdTime } from '~/lib/object-id';

describe('newObjectId', () => {
  it('is 24 lowercase hex characters with the creation second up front', () => {
    const at = new Date('2026-01-29T12:00:00Z');
    const id = newObjectId(at);
    expect(isObjectId(id)).toBe(true);
    expect(objectIdTime(id)).toEqual(at);
  });

  it('never repeats, even within one second', () => {
    const at = new Date();
    const ids = new Set(Array.from({ length: 50_000 }, () => newObjectId(at)));
    expect(ids.size).toBe(50_000);
  });

  it('shares the per-process random part and advances the counter', () => {
    const [a, b] = [newObjectId(), newObjectId()];
    expect(a.slice(8, 18)).toBe(b.slice(8, 18));
    expect((parseInt(b.slice(18), 16) - parseInt(a.slice(18), 16) + 0x1000000) % 0x1000000).toBe(1);
  });

  it('rejects timestamps an ObjectId cannot hold', () => {
    expect(() => newObjectId(new Date(-1000))).toThrow(RangeError);
  });
});
