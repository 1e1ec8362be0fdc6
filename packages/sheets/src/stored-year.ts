/**
 * A year read back from a record store, as the sheets layer's records: the units and facts validated again
 * and located by their path in the stored year, the score sheets with the kind of their rubric, and an
 * assessment's results in the shape a store keeps them.
 */
import { type ClassificationKind, MOVEMENT_LEVELS } from "@antq/criteria";
import type { Dataset as DomainDataset, ScoreSheet } from "@antq/domain";
import { OUTCOME_LABELS, type Outcome } from "@antq/rules";
import { type Dataset, DatasetBuilder, type InputIssue } from "./dataset.js";
import type { ProvinceAssessment } from "./province-assessment.js";
import type { ScoreRecord } from "./scores.js";

/**
 * A stored year (an `@antq/domain` dataset) as a sheets {@link Dataset}: every unit and fact validated again,
 * each located as `file` plus its path in the year (`units[3]`, `annualFacts[3]`).
 *
 * @example
 * ```ts
 * const d = datasetOfStoredYear({ schemaVersion: 1, units: province.units, annualFacts: province.facts }, "kho ~/.antq, năm 2024");
 * [d.units.length === province.units.length, d.issues.length]; //=> [true, 0]
 * d.units[0]?.source; //=> { file: "kho ~/.antq, năm 2024", jsonPath: "units[0]" }
 * ```
 */
export const datasetOfStoredYear = (d: DomainDataset, file: string): Dataset => {
  const builder = new DatasetBuilder();
  d.units.forEach((u, i) => {
    builder.addJsonUnit(u, { file, jsonPath: `units[${i}]` });
  });
  (d.annualFacts ?? []).forEach((f, i) => {
    builder.addJsonFacts(f, { file, jsonPath: `annualFacts[${i}]` });
  });
  return builder.finish();
};

/**
 * Unit names by id, for messages.
 *
 * @example
 * ```ts
 * const d = datasetOfStoredYear({ schemaVersion: 1, units: province.units }, "kho");
 * unitNamesOf(d).get(province.units[0].id) === province.units[0].name; //=> true
 * ```
 */
export const unitNamesOf = (d: Dataset): Map<string, string> =>
  new Map(d.units.map((r) => [r.unit.id as string, r.unit.name]));

/**
 * The score sheets of a stored year, each with the classification kind whose rubric it was scored on (a
 * store keeps the domain's sheet, which names its rubric, not the kind): a sheet whose rubric is not in the
 * year's configuration is an `UNKNOWN_RUBRIC` error located at its path.
 *
 * @example
 * ```ts
 * const sheet = { unitId: "kdc-ap-my-loi", year: 2024, rubricId: "qd510-kdc", scores: [] };
 * const r = scoreRecordsOfStored([sheet, { ...sheet, rubricId: "khac" }], (id) => (id === "qd510-kdc" ? "residential-area" : undefined), "kho");
 * [r.records.length, r.issues[0]?.path]; //=> [1, "scoreSheets[1].rubricId"]
 * ```
 */
export const scoreRecordsOfStored = (
  sheets: readonly ScoreSheet[],
  rubricKind: (rubricId: string, year: number) => ClassificationKind | undefined,
  file: string,
): { records: ScoreRecord[]; issues: InputIssue[] } => {
  const records: ScoreRecord[] = [];
  const issues: InputIssue[] = [];
  sheets.forEach((sheet, i) => {
    const kind = rubricKind(sheet.rubricId, sheet.year);
    if (kind === undefined)
      issues.push({
        severity: "error",
        code: "UNKNOWN_RUBRIC",
        message: `Bảng điểm của đơn vị ${sheet.unitId} chấm theo bảng điểm "${sheet.rubricId}", không có trong cấu hình phân loại năm ${sheet.year}.`,
        file,
        path: `scoreSheets[${i}].rubricId`,
      });
    else records.push({ kind, sheet, source: { file, jsonPath: `scoreSheets[${i}]` } });
  });
  return { records, issues };
};

/**
 * The units' results of an in-memory assessment as a record store keeps them (`@antq/store`'s `UnitResult`):
 * the overall outcome and each criterion's.
 *
 * @example
 * ```ts
 * const { inputs, noFacts } = pairInputs(province.units.map((unit) => ({ unit, source: { file: "f" } })), province.facts.map((facts) => ({ facts, source: { file: "f" } })), 2024);
 * const results = assessmentUnitResults(new ProvinceAssessment(compiled, inputs, noFacts));
 * results.length === province.units.length; //=> true
 * typeof results[0]?.criteria; //=> "object"
 * ```
 */
export const assessmentUnitResults = (
  assessment: ProvinceAssessment,
): { unitId: string; overall: string; criteria: Record<string, string> }[] => {
  const out: { unitId: string; overall: string; criteria: Record<string, string> }[] = [];
  for (const a of assessment.outcomes())
    out.push({
      unitId: a.unit.id,
      overall: a.result.outcome,
      criteria: Object.fromEntries(a.result.criteria.map((c) => [c.id, c.outcome])),
    });
  return out;
};

/**
 * The Vietnamese label of a stored result code: a Thông tư 124 outcome for an assessment run, a movement level
 * (QĐ 510) for a classification run; `undefined` for a code it does not know.
 *
 * @example
 * ```ts
 * storedResultLabel("assessment")("chua_dat"); //=> "chưa đạt"
 * storedResultLabel("classification")("kha"); //=> "Khá"
 * storedResultLabel("classification")("khong-co"); //=> undefined
 * ```
 */
export const storedResultLabel =
  (kind: "assessment" | "classification") =>
  (code: string): string | undefined =>
    kind === "assessment"
      ? OUTCOME_LABELS[code as Outcome]
      : MOVEMENT_LEVELS.find((l) => l.id === code)?.label;
