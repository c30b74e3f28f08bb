/**
 * The review worker's script (webpack entry `reviewWorker`): answers the pane's requests (see protocol.ts) one at a
 * time, in order, so a review and a policy save never interleave on the workbook.
 */
import { answer, type WorkerReply, type WorkerRequest } from "./protocol";
import { ReviewService } from "./reviewService";

/** The worker's global scope, typed for the two members used (the project compiles with the DOM library). */
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null;
  postMessage(reply: WorkerReply, transfer: Transferable[]): void;
};

const service = new ReviewService();
let queue: Promise<void> = Promise.resolve();

scope.onmessage = (event) => {
  queue = queue.then(() => answer(service, event.data, (reply, transfer) => scope.postMessage(reply, transfer)));
};
