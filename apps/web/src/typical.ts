/**
 * Điển hình selection (`antq dien-hinh`): the previous year's classification (`antq.classification/1`) and
 * optionally its "An toàn về ANTT" outcomes (`antq.assessment/1`), given as the JSON files those commands
 * write, with the plan and registration sheets; @antq/sheets' `typicalDocument` under @antq/criteria's example
 * rule — the same document as `antq dien-hinh --json`. JSON files are told apart by their `format`.
 */
import { EXAMPLE_TYPICAL_RULE } from "@antq/criteria";
import {
  ASSESSMENT_FORMAT,
  CLASSIFICATION_FORMAT,
  type ClassificationDocument,
  ClassificationDocumentSchema,
  type InputIssue,
  PLAN_GROUP,
  PLAN_SHEETS,
  type PreviousOutcomes,
  previousFromDocuments,
  readRecordGroup,
  TYPICAL_GROUP,
  TYPICAL_SHEET,
  type TypicalDocument,
  typicalDocument,
} from "@antq/sheets";
import * as z from "zod";
import { type NamedBytes, readCycleFiles } from "./cycle-files.js";
import { extension, FileProblem } from "./engine.js";
import { type CycleReport, located } from "./plan.js";

const OutcomesSchema = z.object({
  format: z.literal(ASSESSMENT_FORMAT),
  year: z.int(),
  units: z.array(
    z.object({ unitId: z.string(), outcome: z.enum(["dat", "chua_dat", "can_xem_xet", "khong_ap_dung"]) }),
  ),
});

const schemaIssues = (file: string, error: z.ZodError): InputIssue[] =>
  error.issues.slice(0, 20).map((i) => ({
    severity: "error",
    code: "INVALID_DOCUMENT",
    message: i.message,
    file,
    path: i.path
      .map((p) => (typeof p === "number" ? `[${p}]` : `.${String(p)}`))
      .join("")
      .replace(/^\./, ""),
  }));

const json = (file: NamedBytes): unknown => {
  try {
    return JSON.parse(new TextDecoder("utf-8").decode(file.bytes).replace(/^\ufeff/, ""));
  } catch {
    throw new FileProblem(`Tệp "${file.name}": tệp JSON không đúng cú pháp.`);
  }
};

/** Chooses the units for điển hình in `year` (default: the year after the classification's latest). */
export const chooseTypical = async (
  files: readonly NamedBytes[],
  year: number | undefined,
): Promise<CycleReport<TypicalDocument>> => {
  let classification: ClassificationDocument | undefined;
  let outcomes: (PreviousOutcomes & { file: string }) | undefined;
  const issues: InputIssue[] = [];
  const sheetFiles: NamedBytes[] = [];
  for (const file of files) {
    if (extension(file.name) !== ".json") {
      sheetFiles.push(file);
      continue;
    }
    const data = json(file);
    const format = (data as { format?: unknown } | null)?.format;
    if (format === CLASSIFICATION_FORMAT) {
      const parsed = ClassificationDocumentSchema.safeParse(data);
      if (parsed.success) classification = parsed.data;
      else issues.push(...schemaIssues(file.name, parsed.error));
    } else if (format === ASSESSMENT_FORMAT) {
      const parsed = OutcomesSchema.safeParse(data);
      if (parsed.success)
        outcomes = {
          file: file.name,
          year: parsed.data.year,
          outcomes: new Map(parsed.data.units.map((u) => [u.unitId, u.outcome])),
        };
      else issues.push(...schemaIssues(file.name, parsed.error));
    } else
      throw new FileProblem(
        `Tệp "${file.name}": không phải tệp JSON kết quả của antq phan-loai (${CLASSIFICATION_FORMAT}) hay antq danh-gia (${ASSESSMENT_FORMAT}).`,
      );
  }
  const invalid = located(files, issues);
  if (invalid) return invalid;
  if (!classification)
    throw new FileProblem(
      "Cần tệp JSON kết quả phân loại năm trước (antq.classification/1, tải ở màn hình Phân loại hoặc do antq phan-loai ghi).",
    );
  if (classification.units.length === 0)
    throw new FileProblem("Tệp kết quả phân loại không có đơn vị nào được phân loại.");
  const years = [...new Set(classification.units.map((u) => u.year))].sort((a, b) => a - b);
  const planYear = year ?? (years.at(-1) as number) + 1;
  if (!years.includes(planYear - 1))
    throw new FileProblem(
      `Không có kết quả phân loại năm ${planYear - 1} để chọn điển hình năm ${planYear} (tệp phân loại có năm ${years.join(", ")}).`,
    );
  if (outcomes !== undefined && outcomes.year !== planYear - 1)
    throw new FileProblem(
      `Kết quả "An toàn về ANTT" trong "${outcomes.file}" là của năm ${outcomes.year}, không phải năm ${planYear - 1}.`,
    );
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
    { rule: EXAMPLE_TYPICAL_RULE, ...(plan ? { plan } : {}) },
  );
  return { ok: true, files: files.map((f) => f.name), document };
};
