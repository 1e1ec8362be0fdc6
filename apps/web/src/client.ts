/** The page's handle on the rules worker (./worker.ts), started once. */
import * as Comlink from "comlink";
import type { WorkerApi } from "./worker.js";

let remote: Comlink.Remote<WorkerApi> | undefined;

export const rulesWorker = (): Comlink.Remote<WorkerApi> => {
  remote ??= Comlink.wrap<WorkerApi>(
    new Worker(new URL("./worker.ts", import.meta.url), { type: "module", name: "antq-quy-tac" }),
  );
  return remote;
};

export const progressCallback = <F extends (...args: never[]) => void>(f: F) => Comlink.proxy(f);
