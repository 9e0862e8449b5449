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
    expect(() => newObjectId(new Date(-1000))).toThrow('timestamp out of ObjectId range: 1969-12-31T23:59:59.000Z');
    expect(() => newObjectId(new Date(0x100000000 * 1000))).toThrow(RangeError);
    // The ends of the range: the epoch, and the last second four bytes hold.
    expect(newObjectId(new Date(0)).slice(0, 8)).toBe('00000000');
    expect(newObjectId(new Date(0xffffffff * 1000)).slice(0, 8)).toBe('ffffffff');
    expect(newObjectId(new Date(1999)).slice(0, 8)).toBe('00000001');
  });

  it('pads every part to its width', () => {
    const id = newObjectId(new Date(16_000));
    expect(id).toHaveLength(24);
    expect(id.slice(0, 8)).toBe('00000010');
  });
});

describe('isObjectId and objectIdTime', () => {
  it('accept exactly 24 lowercase hex characters', () => {
    expect(isObjectId('6b0f2528f54fb4758230cea3')).toBe(true);
    expect(isObjectId('6B0F2528F54FB4758230CEA3')).toBe(false);
    expect(isObjectId('x6b0f2528f54fb4758230cea3')).toBe(false);
    expect(isObjectId('6b0f2528f54fb4758230cea3x')).toBe(false);
    expect(isObjectId('6b0f2528f54fb4758230cea')).toBe(false);
    expect(objectIdTime('6b0f2528f54fb4758230cea3')).toEqual(new Date(0x6b0f2528 * 1000));
    expect(() => objectIdTime('not-an-id')).toThrow(new TypeError('not an ObjectId: not-an-id'));
  });
});
