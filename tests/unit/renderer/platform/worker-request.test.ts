/**
 * One request to a kept worker: progress, then done or failed, matched by id; a cancel or a crash
 * terminates the worker and the next request starts a fresh one.
 */
import { describe, expect, it } from 'vitest';
import { KeptWorker } from '../../../../renderer/platform/worker-request';

/** A stand-in worker: records what is posted and lets the test answer as the worker would. */
class FakeWorker extends EventTarget {
  posted: unknown[] = [];
  terminated = false;
  postMessage(message: unknown): void {
    this.posted.push(message);
  }
  terminate(): void {
    this.terminated = true;
  }
  reply(data: unknown): void {
    this.dispatchEvent(new MessageEvent('message', { data }));
  }
  crash(message: string): void {
    const event = new Event('error') as Event & { message: string };
    event.message = message;
    this.dispatchEvent(event);
  }
}

function kept() {
  const started: FakeWorker[] = [];
  const worker = new KeptWorker(() => {
    const fake = new FakeWorker();
    started.push(fake);
    return fake as unknown as Worker;
  });
  return { worker, started };
}

const options = {
  cancelled: () => new Error('cancelled'),
  failure: (reason: string) => new Error(`failed: ${reason}`),
  crashReason: 'the worker stopped',
};

describe('a request to a kept worker', () => {
  it('reports progress of its own request and resolves with its done reply', async () => {
    const { worker, started } = kept();
    const progress: number[] = [];
    const answer = worker.request<{ fraction: number }, { value: string }>((requestId) => ({ requestId, ask: 'x' }), {
      ...options,
      onProgress: (reply) => progress.push(reply.fraction),
    });
    const fake = started[0];
    if (!fake) throw new Error('no worker started');
    expect(fake.posted).toEqual([{ requestId: 1, ask: 'x' }]);
    fake.reply({ requestId: 99, type: 'done', value: 'someone else’s' });
    fake.reply({ requestId: 1, type: 'progress', fraction: 0.5 });
    fake.reply({ requestId: 1, type: 'done', value: 'mine' });
    await expect(answer).resolves.toMatchObject({ value: 'mine' });
    expect(progress).toEqual([0.5]);
    // Kept for the next request.
    void worker.request((requestId) => ({ requestId }), options);
    expect(started).toHaveLength(1);
  });

  it('rejects with the failure, and on a crash or a cancel starts afresh next time', async () => {
    const { worker, started } = kept();
    const failing = worker.request((requestId) => ({ requestId }), options);
    started[0]?.reply({ requestId: 1, type: 'failed', message: 'no sheet' });
    await expect(failing).rejects.toThrow('failed: no sheet');

    const crashing = worker.request((requestId) => ({ requestId }), options);
    started[0]?.crash('');
    await expect(crashing).rejects.toThrow('failed: the worker stopped.');
    expect(started[0]?.terminated).toBe(true);

    const controller = new AbortController();
    const cancelled = worker.request((requestId) => ({ requestId }), { ...options, signal: controller.signal });
    expect(started).toHaveLength(2);
    controller.abort();
    await expect(cancelled).rejects.toThrow('cancelled');
    expect(started[1]?.terminated).toBe(true);
  });
});
