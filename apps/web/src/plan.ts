/**
 * Plan progress (`antq ke-hoach`): the plans, targets and điển hình registrations of the officer's files, with
 * an optional administrative-units CSV for the ward-police share per city, turned into @antq/sheets'
 * `antq.plan-progress/1` document by `planProgressDocument` — the same document as `antq ke-hoach --json`.
 */
import {
  adminLineageFromCsv,
  type InputIssue,
  MODEL_GROUP,
  MODEL_SHEETS,
  PLAN_GROUP,
  PLAN_SHEETS,
  type PlanProgressDocument,
  planProgressDocument,
  planReportYear,
  readRecordGroup,
  TYPICAL_GROUP,
  TYPICAL_SHEET,
} from "@antq/sheets";
import { type NamedBytes, readCycleFiles } from "./cycle-files.js";
import { FileProblem } from "./engine.js";
import { templateOfKind } from "./templates.js";

/** What a cycle command gave: its document, or the located problems that stopped it (nothing computed). */
export type CycleReport<D> =
  | { readonly ok: true; readonly files: readonly string[]; readonly document: D }
  | { readonly ok: false; readonly files: readonly string[]; readonly issues: readonly InputIssue[] };

/** Stops on any located error, as the CLI does before writing anything. */
export const located = (files: readonly NamedBytes[], issues: readonly InputIssue[]) =>
  issues.some((i) => i.severity === "error")
    ? ({ ok: false, files: files.map((f) => f.name), issues: issues.slice(0, 500) } as const)
    : undefined;

/** The administrative units of the CSV (@antq/sheets' `adminLineageFromCsv`): its located issues, or its lineage. */
const adminIndex = (file: NamedBytes) => {
  const read = adminLineageFromCsv(new TextDecoder("utf-8").decode(file.bytes), file.name);
  if (read.ok) return { lineage: read.lineage, issues: [] };
  if (read.message !== undefined) throw new FileProblem(`Tệp "${file.name}": ${read.message}`);
  return { issues: read.issues };
};

/** Plan progress up to the end of `year` (default: the latest registration year, as the CLI). */
export const planProgress = async (
  files: readonly NamedBytes[],
  admin: NamedBytes | undefined,
  year: number | undefined,
): Promise<CycleReport<PlanProgressDocument>> => {
  const sheets = await readCycleFiles(files, [...PLAN_SHEETS, TYPICAL_SHEET, ...MODEL_SHEETS]);
  const plans = readRecordGroup(PLAN_GROUP, sheets);
  const registrations = readRecordGroup(TYPICAL_GROUP, sheets);
  const models = readRecordGroup(MODEL_GROUP, sheets);
  const lineage = admin ? adminIndex(admin) : undefined;
  const stop = located(files, [
    ...(lineage?.issues ?? []),
    ...plans.issues,
    ...registrations.issues,
    ...models.issues,
  ]);
  if (stop) return stop;
  const regs = registrations.records.map((r) => r.value);
  const plansRead = plans.records.map((r) => r.value);
  if (plansRead.length === 0)
    throw new FileProblem(
      `Không có kế hoạch nào trong ${files.map((f) => `"${f.name}"`).join(", ")} (trang "Kế hoạch" trống hoặc thiếu). Tải ${templateOfKind("ke-hoach")}.`,
    );
  const reportYear = planReportYear(plansRead, regs, year);
  const document = planProgressDocument(
    plansRead,
    regs.filter((r) => r.year <= reportYear),
    { reportYear, ...(lineage?.lineage ? { lineage: lineage.lineage } : {}) },
  );
  return { ok: true, files: files.map((f) => f.name), document };
};
