/**
 * One request to a long-lived worker that answers, under the request's id, with any number of progress
 * messages and then one "done" or "failed". Cancelling (the signal) and a crash of the worker terminate
 * it at once; the next request starts a fresh one.
 */

/** What such a worker sends back. */
export type WorkerReply<Progress extends object, Done extends object> = { requestId: number } & (
  ({ type: 'progress' } & Progress) | ({ type: 'done' } & Done) | { type: 'failed'; message: string }
);

/** A worker started on first use and dropped when it is stopped. */
export class KeptWorker {
  private worker: Worker | null = null;
  private nextRequestId = 1;

  constructor(private readonly start: () => Worker) {}

  get(): Worker {
    this.worker ??= this.start();
    return this.worker;
  }

  stop(): void {
    this.worker?.terminate();
    this.worker = null;
  }

  /**
   * Posts `message(requestId)` and resolves to the "done" reply. A "failed" reply rejects with
   * `failure(its message)`, a crash with `failure(what the browser said, or crashReason)`, a cancel with
   * `cancelled()`.
   */
  request<Progress extends object, Done extends object>(
    message: (requestId: number) => unknown,
    options: {
      signal?: AbortSignal | undefined;
      onProgress?: ((progress: Progress) => void) | undefined;
      cancelled: () => Error;
      failure: (reason: string) => Error;
      crashReason: string;
      transfer?: Transferable[] | undefined;
    },
  ): Promise<Done> {
    return new Promise((resolve, reject) => {
      if (options.signal?.aborted) return reject(options.cancelled());
      const requestId = this.nextRequestId++;
      const active = this.get();
      const finish = () => {
        active.removeEventListener('message', onMessage);
        active.removeEventListener('error', onError);
        options.signal?.removeEventListener('abort', cancel);
      };
      const cancel = () => {
        finish();
        this.stop();
        reject(options.cancelled());
      };
      const onMessage = (event: MessageEvent<WorkerReply<Progress, Done>>) => {
        const reply = event.data;
        if (reply.requestId !== requestId) return;
        if (reply.type === 'progress') options.onProgress?.(reply);
        else if (reply.type === 'done') {
          finish();
          resolve(reply);
        } else {
          finish();
          reject(options.failure(reply.message));
        }
      };
      const onError = (event: ErrorEvent) => {
        finish();
        this.stop();
        reject(options.failure(`${event.message || options.crashReason}.`));
      };
      options.signal?.addEventListener('abort', cancel, { once: true });
      active.addEventListener('message', onMessage);
      active.addEventListener('error', onError);
      active.postMessage(message(requestId), options.transfer ?? []);
    });
  }
}
