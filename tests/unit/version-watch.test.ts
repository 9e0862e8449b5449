import { afterEach, describe, expect, it, vi } from 'vitest';
import { DataVersionWatch, type VersionSource } from '~/server/catalog/database/version-watch';

/** A version source whose database answers are set by the test, and whose announcements it sends. */
function source(initial: number | null) {
  let version: number | null = initial;
  let failing = false;
  let reads = 0;
  let notify: ((payload: string) => void) | undefined;
  let resubscribed: (() => void) | undefined;
  const src: VersionSource = {
    read: async () => {
      reads++;
      if (failing) throw new Error('database down');
      return version;
    },
    listen: async (onNotify, onListen) => {
      notify = onNotify;
      resubscribed = onListen;
      onListen();
      return async () => {
        notify = undefined;
      };
    },
  };
  return {
    src,
    commit: (id: number) => (version = id),
    fail: (on: boolean) => (failing = on),
    announce: (payload: string) => notify?.(payload),
    reconnect: () => resubscribed?.(),
    reads: () => reads,
    listening: () => notify !== undefined,
  };
}

const flush = () => new Promise((resolve) => setImmediate(resolve));

afterEach(() => vi.useRealTimers());

describe('DataVersionWatch', () => {
  it('knows nothing before start, then the database version', async () => {
    const db = source(7);
    const watch = new DataVersionWatch(db.src, { recheckMs: 60_000 });
    expect(watch.current()).toBeNull();
    await watch.start();
    expect(watch.current()).toBe(7);
    await watch.stop();
  });

  it('takes an announced version at once, without reading the database', async () => {
    const db = source(7);
    const watch = new DataVersionWatch(db.src, { recheckMs: 60_000 });
    await watch.start();
    await flush();
    expect(db.listening()).toBe(true);
    const before = db.reads();
    db.commit(8);
    db.announce('8');
    expect(watch.current()).toBe(8);
    expect(db.reads()).toBe(before);
    await watch.stop();
    expect(db.listening()).toBe(false);
  });

  it('never moves back: a late announcement or an older read keeps the newer version', async () => {
    const db = source(7);
    const watch = new DataVersionWatch(db.src, { recheckMs: 60_000 });
    await watch.start();
    watch.observe(9);
    db.announce('8');
    expect(watch.current()).toBe(9);
    await watch.refresh(); // the database still says 7: a read that began before the commit
    expect(watch.current()).toBe(9);
    await watch.stop();
  });

  it('reports each step forward (shared snapshots close on it), not the first read or a step back', async () => {
    const db = source(7);
    const advanced: number[] = [];
    const watch = new DataVersionWatch(db.src, { recheckMs: 60_000, onAdvance: (id) => advanced.push(id) });
    await watch.start();
    await flush();
    watch.observe(7);
    db.announce('9');
    watch.observe(8);
    watch.observe(10);
    expect(advanced).toEqual([9, 10]);
    await watch.stop();
  });

  it('asks the database when an announcement is not a version, and when it subscribes again', async () => {
    const db = source(7);
    const watch = new DataVersionWatch(db.src, { recheckMs: 60_000 });
    await watch.start();
    await flush();
    db.commit(10);
    db.announce('not a number');
    await flush();
    expect(watch.current()).toBe(10);
    db.commit(11);
    db.reconnect();
    await flush();
    expect(watch.current()).toBe(11);
    await watch.stop();
  });

  it('re-checks every recheckMs where nothing is announced (LISTEN off or through a pooler)', async () => {
    vi.useFakeTimers();
    const db = source(7);
    const { listen: _listen, ...noListen } = db.src;
    const watch = new DataVersionWatch(noListen, { recheckMs: 1_000 });
    await watch.start();
    db.commit(8);
    await vi.advanceTimersByTimeAsync(999);
    expect(watch.current()).toBe(7);
    await vi.advanceTimersByTimeAsync(1);
    expect(watch.current()).toBe(8);
    await watch.stop();
    db.commit(9);
    await vi.advanceTimersByTimeAsync(5_000);
    expect(watch.current()).toBe(8);
  });

  it('keeps the last known version while the database cannot be read, and reports the failure', async () => {
    vi.useFakeTimers();
    const db = source(7);
    const errors: string[] = [];
    const watch = new DataVersionWatch(db.src, { recheckMs: 1_000, onError: (what) => errors.push(what) });
    await watch.start();
    db.fail(true);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(watch.current()).toBe(7);
    expect(errors).toEqual(['read']);
    await watch.stop();
  });

  it('starts even where LISTEN is refused, reporting it and falling back to the re-check', async () => {
    const errors: string[] = [];
    const db = source(3);
    const refusing: VersionSource = { read: db.src.read, listen: () => Promise.reject(new Error('refused')) };
    const watch = new DataVersionWatch(refusing, { recheckMs: 60_000, onError: (what) => errors.push(what) });
    await watch.start();
    await flush();
    expect(watch.current()).toBe(3);
    expect(errors).toEqual(['listen']);
    await watch.stop();
  });
});
