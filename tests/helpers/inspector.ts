import type { RunningServer } from './server';

/**
 * Talks to a server started with `--inspect=127.0.0.1:0` over the DevTools protocol.
 * Heap size after a forced full GC is what a leak changes; RSS also moves with V8's
 * lazy heap sizing and the allocator, which made an RSS bound flaky on a loaded machine.
 */
/** Bytes of JS heap plus external memory still live after two full collections. */
export async function heapAfterGc(server: RunningServer): Promise<number> {
  const match = /Debugger listening on (ws:\/\/\S+)/.exec(server.output());
  if (!match) throw new Error(`server was not started with --inspect:\n${server.output()}`);
  const socket = new WebSocket(match[1]!);
  await new Promise<void>((resolve, reject) => {
    socket.addEventListener('open', () => resolve(), { once: true });
    socket.addEventListener('error', () => reject(new Error('inspector connection failed')), { once: true });
  });
  let id = 0;
  const call = (method: string, params: object = {}) =>
    new Promise<Record<string, unknown>>((resolve, reject) => {
      const mine = ++id;
      const onMessage = (event: MessageEvent) => {
        const reply = JSON.parse(String(event.data)) as {
          id?: number;
          result?: Record<string, unknown>;
          error?: unknown;
        };
        if (reply.id !== mine) return;
        socket.removeEventListener('message', onMessage);
        if (reply.error) reject(new Error(`${method}: ${JSON.stringify(reply.error)}`));
        else resolve(reply.result ?? {});
      };
      socket.addEventListener('message', onMessage);
      socket.send(JSON.stringify({ id: mine, method, params }));
    });
  try {
    // Twice: the first GC can leave objects that only become garbage after finalizers ran.
    await call('HeapProfiler.collectGarbage');
    await call('HeapProfiler.collectGarbage');
    // heapUsed plus external memory, so a leak of Buffers (off the JS heap) counts too.
    const { result } = (await call('Runtime.evaluate', {
      expression: '(() => { const m = process.memoryUsage(); return m.heapUsed + m.external; })()',
      returnByValue: true,
    })) as { result: { value: number } };
    return result.value;
  } finally {
    socket.close();
  }
}
