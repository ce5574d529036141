/**
 * The web edition's reading worker: the page's own script, started again as a worker (reader.ts), reads
 * and checks each file it is sent with the same code as the page would (documents.ts) and sends back the
 * grid, the result and the bytes. The page stays responsive while a large file is read.
 */
import { internalError, openFile } from "./documents";
import type { ReaderMessage, ReadRequest } from "./reader-protocol";
import { encodeDecimals } from "./transfer";

/** The part of a dedicated worker's global scope used here. */
export interface WorkerScope {
  onmessage: ((event: MessageEvent<ReadRequest>) => void) | null;
  postMessage(message: ReaderMessage, transfer?: Transferable[]): void;
}

export function serveReader(scope: WorkerScope): void {
  scope.onmessage = (event) => {
    const { job, name, file, settings } = event.data;
    void openFile(name, file, settings)
      .catch((e: unknown) => ({
        bytes: new Uint8Array(0),
        workbook: null,
        result: null,
        error: internalError(e),
      }))
      .then((doc) => {
        const message: ReaderMessage = {
          kind: "read",
          job,
          bytes: doc.bytes,
          workbook: doc.workbook,
          result: encodeDecimals(doc.result),
          error: doc.error,
        };
        scope.postMessage(message, doc.bytes.byteLength > 0 ? [doc.bytes.buffer as ArrayBuffer] : []);
      });
  };
  scope.postMessage({ kind: "ready" });
}
