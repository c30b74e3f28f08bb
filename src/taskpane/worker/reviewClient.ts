/**
 * The main thread's side of the review worker: calls an operation (see protocol.ts), hears its stages, gets its
 * value. Where there is no Worker (Node: the unit tests, the fake Excel host) the same service answers in-process
 * through the same messages.
 */
import {
  answer,
  REVIEW_WORKER_SCRIPT,
  thrownError,
  transferablesOf,
  type StageListener,
  type WorkerArgs,
  type WorkerOp,
  type WorkerReply,
  type WorkerRequest,
  type WorkerValue,
} from "./protocol";

/** The worker could not start, died, or sent what cannot be read: this client answers no more calls. */
export class ReviewWorkerFailed extends Error {
  constructor(readonly reason: string) {
    super(`The review worker failed: ${reason}`);
    this.name = "ReviewWorkerFailed";
  }
}

export interface ReviewWorkerClient {
  /** Runs one operation in the worker; `onStage` hears a review's stages as the worker reaches them. */
  call<K extends WorkerOp>(op: K, args: WorkerArgs<K>, onStage?: StageListener): Promise<WorkerValue<K>>;
  /** Stops the worker; calls still waiting fail. */
  close(): void;
}

interface Pending {
  readonly resolve: (value: unknown) => void;
  readonly reject: (error: Error) => void;
  readonly onStage?: StageListener;
}

/** Numbers requests and routes each reply to the call that asked. */
class Calls {
  private next = 1;
  private readonly pending = new Map<number, Pending>();
  /** Set once the worker is gone: every later call fails at once instead of waiting for an answer that never comes. */
  private gone: Error | undefined;

  constructor(private readonly send: (request: WorkerRequest, transfer: ArrayBuffer[]) => void) {}

  call<K extends WorkerOp>(op: K, args: WorkerArgs<K>, onStage?: StageListener): Promise<WorkerValue<K>> {
    const id = this.next++;
    if (this.gone) return Promise.reject(this.gone);
    return new Promise<WorkerValue<K>>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (value: unknown) => void, reject, onStage });
      this.send({ id, op, args } as WorkerRequest, transferablesOf(args));
    });
  }

  receive(reply: WorkerReply): void {
    const pending = this.pending.get(reply.id);
    if (!pending) return;
    if (reply.kind === "stage") {
      pending.onStage?.(reply.stage);
      return;
    }
    this.pending.delete(reply.id);
    if (reply.kind === "done") pending.resolve(reply.value);
    else pending.reject(thrownError(reply.error));
  }

  /** Fails the calls waiting now and, the worker being gone, every later one. */
  end(error: Error): void {
    this.gone ??= error;
    for (const pending of this.pending.values()) pending.reject(error);
    this.pending.clear();
  }
}

/** The review worker in a Worker of its own: webpack emits its script beside the pane's page. */
function workerClient(): ReviewWorkerClient {
  const worker = new Worker(new URL(REVIEW_WORKER_SCRIPT, document.baseURI));
  const calls = new Calls((request, transfer) => worker.postMessage(request, transfer));
  worker.onmessage = (event: MessageEvent<WorkerReply>) => calls.receive(event.data);
  // A script that does not load, an uncaught error or an unreadable reply: the worker is ended, never waited on.
  const fail = (reason: string) => {
    worker.terminate();
    calls.end(new ReviewWorkerFailed(reason));
  };
  worker.onerror = (event) => fail(event.message || "its script did not load or stopped");
  worker.onmessageerror = () => fail("a reply could not be read");
  return {
    call: (op, args, onStage) => calls.call(op, args, onStage),
    close: () => {
      worker.terminate();
      calls.end(new Error("The review worker was stopped."));
    },
  };
}

/**
 * The same service in this thread, one request at a time, through the same messages and the same encoding (faults,
 * money, errors) as a worker's. The messages are not cloned: under Jest a clone's Dates come from another realm.
 */
export function inProcessClient(): ReviewWorkerClient {
  const service = import("./reviewService").then(({ ReviewService }) => new ReviewService());
  let queue: Promise<void> = Promise.resolve();
  const calls = new Calls((request) => {
    queue = queue.then(async () => answer(await service, request, (reply) => calls.receive(reply)));
  });
  return {
    call: (op, args, onStage) => calls.call(op, args, onStage),
    close: () => calls.end(new Error("The review service was stopped.")),
  };
}

/**
 * The review worker: a Web Worker where the page can start one, else the same service in-process.
 * @example const worker = startReviewWorker(); await worker.call("open", { bytes, fileName: "book.xlsx" });
 */
export function startReviewWorker(): ReviewWorkerClient {
  return typeof Worker === "undefined" ? inProcessClient() : workerClient();
}
