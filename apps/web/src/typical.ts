/**
 * Điển hình selection (`antq dien-hinh`): the previous year's classification (`antq.classification/1`) and
 * optionally its "An toàn về ANTT" outcomes (`antq.assessment/1`), given as the JSON files those commands
 * write, with the plan and registration sheets; @antq/sheets' `typicalDocument` under the province's rule
 * (`--cau-hinh`, ./province.ts) or @antq/criteria's example rule — the same document as `antq dien-hinh --json`. JSON files are told apart by their `format`.
 */
import { EXAMPLE_TYPICAL_RULE, type TypicalEligibilityRule } from "@antq/criteria";
import {
  adminLineageFromCsv,
  type ClassificationDocument,
  type InputIssue,
  PLAN_GROUP,
  PLAN_SHEETS,
  type PreviousOutcomes,
  previousFromDocuments,
  readRecordGroup,
  readTypicalJson,
  TYPICAL_GROUP,
  TYPICAL_SHEET,
  type TypicalDocument,
  typicalDocument,
  typicalPlanYear,
} from "@antq/sheets";
import { type NamedBytes, readCycleFiles } from "./cycle-files.js";
import { FileProblem } from "./engine.js";
import { isJsonFile, parseJsonFile } from "./json-file.js";
import { type CycleReport, located } from "./plan.js";

/**
 * Chooses the units for điển hình in `year` (default: the year after the classification's latest). With the
 * administrative-units CSV (`antq dien-hinh --don-vi-hanh-chinh`), a commune formed in the 2025 reorganisation
 * is judged on the communes it was formed from (@antq/sheets' `adminLineageFromCsv`).
 */
export const chooseTypical = async (
  files: readonly NamedBytes[],
  year: number | undefined,
  admin?: NamedBytes,
  rule: TypicalEligibilityRule = EXAMPLE_TYPICAL_RULE,
): Promise<CycleReport<TypicalDocument>> => {
  let classification: ClassificationDocument | undefined;
  let outcomes: (PreviousOutcomes & { file: string }) | undefined;
  const issues: InputIssue[] = [];
  const sheetFiles: NamedBytes[] = [];
  for (const file of files) {
    if (!isJsonFile(file)) {
      sheetFiles.push(file);
      continue;
    }
    const read = readTypicalJson(file.name, parseJsonFile(file));
    if (read.ok && read.kind === "classification") classification = read.document;
    else if (read.ok) outcomes = { file: file.name, ...read.outcomes };
    else if (read.issues.length > 0) issues.push(...read.issues);
    else throw new FileProblem(`Tệp "${file.name}": ${read.message}.`);
  }
  const lineage = admin && adminLineageFromCsv(new TextDecoder("utf-8").decode(admin.bytes), admin.name);
  if (lineage && !lineage.ok) {
    if (lineage.issues.length === 0)
      throw new FileProblem(`Tệp "${admin?.name}": ${lineage.message ?? "đơn vị hành chính không hợp lệ"}.`);
    issues.push(...lineage.issues);
  }
  const invalid = located(admin ? [...files, admin] : files, issues);
  if (invalid) return invalid;
  if (!classification)
    throw new FileProblem(
      "Cần tệp JSON kết quả phân loại năm trước (antq.classification/1, tải ở màn hình Phân loại hoặc do antq phan-loai ghi).",
    );
  const planned = typicalPlanYear(
    classification.units.map((u) => u.year),
    {
      source: "tệp kết quả phân loại",
      ...(year !== undefined ? { year } : {}),
      ...(outcomes ? { outcomesYear: outcomes.year, outcomesSource: `"${outcomes.file}"` } : {}),
    },
  );
  if (!planned.ok) throw new FileProblem(`${planned.message}.`);
  const planYear = planned.planYear;
  const sheets =
    sheetFiles.length > 0 ? await readCycleFiles(sheetFiles, [...PLAN_SHEETS, TYPICAL_SHEET]) : new Map();
  const plans = readRecordGroup(PLAN_GROUP, sheets);
  const regs = readRecordGroup(TYPICAL_GROUP, sheets);
  const stop = located(files, [...plans.issues, ...regs.issues]);
  if (stop) return stop;
  if (plans.records.length > 1)
    throw new FileProblem(
      `Có ${plans.records.length} kế hoạch (${plans.records.map((p) => p.value.id).join(", ")}); hãy mở tệp chỉ có một kế hoạch.`,
    );
  const plan = plans.records[0]?.value;
  const document = typicalDocument(
    previousFromDocuments(classification, outcomes),
    regs.records.map((r) => r.value),
    planYear,
    {
      rule,
      ...(plan ? { plan } : {}),
      ...(lineage?.ok ? { lineage: lineage.lineage } : {}),
    },
  );
  return { ok: true, files: files.map((f) => f.name), document };
};
