/** The page's handle on the rules worker (./worker.ts), started once. */
import * as Comlink from "comlink";
import type { AssessReport, AssessSummary, UnitRow } from "./engine.js";
import type { TaskResult } from "./outcome.js";
import type { WorkerApi } from "./worker.js";

let remote: Comlink.Remote<WorkerApi> | undefined;

export const rulesWorker = (): Comlink.Remote<WorkerApi> => {
  remote ??= Comlink.wrap<WorkerApi>(
    new Worker(new URL("./worker.ts", import.meta.url), { type: "module", name: "antq-quy-tac" }),
  );
  return remote;
};

export const progressCallback = <F extends (...args: never[]) => void>(f: F) => Comlink.proxy(f);

/** Units per message: decoding one chunk on the page is a few milliseconds, far below a long task. */
export const UNIT_CHUNK = 1000;

/**
 * An assessment's report with its units table fetched from the worker chunk by chunk (each chunk its own
 * message and task), so that a 100 000-unit table never blocks the page while it crosses.
 */
export const withUnitRows = async (report: AssessSummary): Promise<TaskResult<AssessReport>> => {
  const units: UnitRow[] = [];
  // A message gives each row its own copy of the kind's and the outcome's label: one copy of each is kept.
  const labels = new Map<string, string>();
  const label = (text: string) => {
    const kept = labels.get(text);
    if (kept !== undefined) return kept;
    labels.set(text, text);
    return text;
  };
  for (let from = 0; from < report.unitCount; from += UNIT_CHUNK) {
    const chunk = await rulesWorker().unitRows(from, from + UNIT_CHUNK);
    if (!chunk.ok) return chunk;
    for (const row of chunk.value)
      units.push({ ...row, kindLabel: label(row.kindLabel), outcomeLabel: label(row.outcomeLabel) });
  }
  const { unitCount: _count, ...rest } = report;
  return { ok: true, value: { ...rest, units } };
};
