/**
 * A review worker that fails (its script does not load, it dies, a reply cannot be read) must not leave the pane
 * waiting forever (issue 16 review): the calls waiting fail with the reason, and so does every later call, at once.
 */
import { ReviewWorkerFailed, startReviewWorker } from "../../src/taskpane/worker/reviewClient";

/** A Worker that never answers; the test makes it fail. */
class SilentWorker {
  static last: SilentWorker | undefined;
  onmessage: ((event: unknown) => void) | null = null;
  onerror: ((event: { message?: string }) => void) | null = null;
  onmessageerror: (() => void) | null = null;
  terminated = false;
  posted = 0;
  constructor() {
    SilentWorker.last = this;
  }
  postMessage(): void {
    this.posted++;
  }
  terminate(): void {
    this.terminated = true;
  }
}

const globals = globalThis as { Worker?: unknown; document?: unknown };

beforeEach(() => {
  globals.Worker = SilentWorker;
  globals.document = { baseURI: "http://localhost/taskpane.html" };
});
afterEach(() => {
  delete globals.Worker;
  delete globals.document;
});

describe("a failed review worker", () => {
  it("fails the waiting call with its reason, ends the worker, and fails later calls without posting them", async () => {
    const client = startReviewWorker();
    const waiting = client.call("listTables", {});
    const worker = SilentWorker.last!;
    worker.onerror!({}); // a script that did not load: the event has no message
    await expect(waiting).rejects.toBeInstanceOf(ReviewWorkerFailed);
    await expect(waiting).rejects.toThrow("its script did not load or stopped");
    expect(worker.terminated).toBe(true);
    const posted = worker.posted;
    await expect(client.call("listTables", {})).rejects.toBeInstanceOf(ReviewWorkerFailed);
    expect(worker.posted).toBe(posted);
  });

  it("treats a reply that cannot be read as a failure too", async () => {
    const client = startReviewWorker();
    const waiting = client.call("hasReviewInput", {});
    SilentWorker.last!.onmessageerror!();
    await expect(waiting).rejects.toThrow("a reply could not be read");
  });
});
