/**
 * Worker thread of ./parallel.ts: compiles the same rule set as the main thread (from the command's plain
 * rule options), assesses its part of the CSV with ./csv-part.ts, posts progress after each batch of rows and,
 * at the end, its packed result (./part-transfer.ts) on its result port. Any failure is posted as such; the
 * main thread then reads the whole file in one go, which reports it as usual.
 */
import { parentPort, workerData } from "node:worker_threads";
import * as Effect from "effect/Effect";
import { assessCsvPart } from "./csv-part.js";
import type { PartWorkerData, PartWorkerProgress, PartWorkerResult } from "./parallel.js";
import { packPart } from "./part-transfer.js";
import { prepareRules } from "./rules.js";

const { task, rules, ruleSetHash, resultPort } = workerData as PartWorkerData;
const finish = (result: PartWorkerResult, transfer: ArrayBuffer[] = []) => {
  resultPort.postMessage(result, transfer);
  resultPort.close();
};

try {
  const compiled = await Effect.runPromise(prepareRules(rules));
  if (compiled.hash !== ruleSetHash) throw new Error(`bộ quy tắc khác (${compiled.hash} ≠ ${ruleSetHash})`);
  const result = await assessCsvPart(compiled, task, (rows) =>
    parentPort?.postMessage({ rows } satisfies PartWorkerProgress),
  );
  const { packed, transfer } = packPart(result);
  finish({ kind: "done", part: packed }, transfer);
} catch (error) {
  finish({ kind: "failed", reason: error instanceof Error ? error.message : String(error) });
}
