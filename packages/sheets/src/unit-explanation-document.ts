/**
 * The machine output of `antq danh-gia --giai-thich <mã> --json`, `antq.unit-explanation/1`: one unit's
 * assessment explained criterion by criterion (outcome, finding code, reason, legal basis, facts used, rule
 * version, package, readings), as @antq/rules' explained `EvaluationResult`.
 */
import { AssessedUnitKindSchema } from "@antq/domain";
import { type EvaluationResult, LegalBasisSchema, OutcomeSchema, PackageRefSchema } from "@antq/rules";
import type { SecurityOrderInput } from "@antq/rules-antt";
import * as z from "zod";

/**
 * The format tag of {@link UnitExplanationDocumentSchema}.
 *
 * @example
 * ```ts
 * UNIT_EXPLANATION_FORMAT; //=> "antq.unit-explanation/1"
 * ```
 */
export const UNIT_EXPLANATION_FORMAT = "antq.unit-explanation/1";

const ReadingLabelSchema = z.object({
  label: z.string().meta({ title: "Cách hiểu" }),
  choice: z.string().nullable().meta({ title: "Lựa chọn đang áp dụng (null: chưa quyết định)" }),
});

const CriterionSchema = z
  .object({
    id: z.string().meta({ title: "Mã tiêu chí" }),
    outcome: OutcomeSchema.meta({ title: "Kết quả (mã)" }),
    code: z.string().meta({ title: "Mã kết luận" }),
    value: z.number().optional().meta({ title: "Giá trị" }),
    role: z
      .enum(["gate", "criterion", "info"])
      .optional()
      .meta({ title: "Vai trò (điều kiện, tiêu chí, thông tin)" }),
    label: z.string().optional().meta({ title: "Nội dung tiêu chí" }),
    outcomeLabel: z.string().optional().meta({ title: "Kết quả" }),
    reason: z.string().optional().meta({ title: "Lý do" }),
    basis: z.array(LegalBasisSchema).optional().meta({ title: "Căn cứ pháp lý" }),
    citation: z.string().optional().meta({ title: "Căn cứ" }),
    facts: z.record(z.string(), z.unknown()).optional().meta({ title: "Dữ kiện đã dùng" }),
    factLabels: z
      .record(
        z.string(),
        z.object({ label: z.string(), values: z.record(z.string(), z.string()).optional() }),
      )
      .optional()
      .meta({ title: "Tên các dữ kiện và giá trị mã hoá" }),
    version: z
      .object({ from: z.string(), to: z.string().optional() })
      .optional()
      .meta({ title: "Phiên bản quy tắc đã áp dụng (từ ngày, đến ngày)" }),
    source: PackageRefSchema.optional().meta({ title: "Gói cung cấp quy tắc" }),
    readings: z
      .record(z.string(), z.string().nullable())
      .optional()
      .meta({ title: "Cách hiểu đã dùng (mã lựa chọn, null: chưa quyết định)" }),
    readingLabels: z.record(z.string(), ReadingLabelSchema).optional().meta({ title: "Cách hiểu đã dùng" }),
    review: z.string().optional().meta({ title: "Lý do cần xem xét" }),
  })
  .meta({ title: "Kết quả một tiêu chí" });

/**
 * `antq.unit-explanation/1`: the explained assessment of one unit in a year.
 *
 * @example
 * ```ts
 * const dataset = datasetOfStoredYear({ schemaVersion: 1, units: province.units, annualFacts: province.facts }, "du-lieu.json");
 * const found = explainUnitById(compiled, dataset, 2024, unit.id);
 * const doc = found.ok ? unitExplanationDocument(found.value.unit, 2024, found.value.result) : undefined;
 * UnitExplanationDocumentSchema.safeParse(doc).success; //=> true
 * UnitExplanationDocumentSchema.safeParse({ ...doc, year: "2024" }).success; //=> false
 * ```
 */
export const UnitExplanationDocumentSchema = z
  .object({
    format: z.literal(UNIT_EXPLANATION_FORMAT).meta({ title: "Định dạng" }),
    year: z.int().meta({ title: "Năm đánh giá" }),
    unit: z
      .object({
        id: z.string().meta({ title: "Mã đơn vị" }),
        name: z.string().meta({ title: "Tên đơn vị" }),
        kind: AssessedUnitKindSchema.meta({ title: "Loại đơn vị (mã)" }),
      })
      .meta({ title: "Đơn vị" }),
    result: z
      .object({
        ruleSet: z.string().meta({ title: "Mã bộ quy tắc" }),
        hash: z.string().meta({ title: "Mã băm bộ quy tắc" }),
        asOf: z.string().meta({ title: "Ngày áp dụng quy định (YYYY-MM-DD)" }),
        year: z.int().optional().meta({ title: "Năm đánh giá" }),
        subject: z.string().optional().meta({ title: "Đối tượng" }),
        kind: z.string().meta({ title: "Loại đơn vị (mã)" }),
        outcome: OutcomeSchema.meta({ title: "Kết quả (mã)" }),
        outcomeLabel: z.string().optional().meta({ title: "Kết quả" }),
        kindLabel: z.string().optional().meta({ title: "Loại đơn vị" }),
        summary: z.string().optional().meta({ title: "Tóm tắt" }),
        criteria: z.array(CriterionSchema).meta({ title: "Các tiêu chí" }),
        packages: z.array(PackageRefSchema).meta({ title: "Các gói quy tắc" }),
        readings: z
          .record(z.string(), z.object({ choice: z.string().nullable(), source: z.string() }))
          .optional()
          .meta({ title: "Cách hiểu đang áp dụng và nơi chọn" }),
      })
      .meta({ title: "Kết quả đánh giá có giải thích" }),
  })
  .meta({ title: "Giải thích kết quả đánh giá một đơn vị (antq.unit-explanation/1)" });

/**
 * An `antq.unit-explanation/1` document.
 *
 * @example
 * ```ts
 * const doc: UnitExplanationDocument = unitExplanationDocument(unit, 2024, result);
 * [doc.format, doc.unit.id, doc.result.outcome]; //=> ["antq.unit-explanation/1", unit.id, result.outcome]
 * ```
 */
export type UnitExplanationDocument = z.infer<typeof UnitExplanationDocumentSchema>;

/**
 * The `antq.unit-explanation/1` document of a unit's explained result (from {@link explainUnitById}); fields
 * left undefined by the engine are left out, as JSON would.
 *
 * @example
 * ```ts
 * const doc = unitExplanationDocument(unit, 2024, compiled.evaluate({ unit, facts }, { explain: true }));
 * doc.result.criteria.length > 0; //=> true
 * doc.result.hash === compiled.hash; //=> true
 * ```
 */
export const unitExplanationDocument = (
  unit: SecurityOrderInput["unit"],
  year: number,
  result: EvaluationResult,
): UnitExplanationDocument => ({
  format: UNIT_EXPLANATION_FORMAT,
  year,
  unit: { id: unit.id, name: unit.name, kind: unit.kind },
  result: JSON.parse(JSON.stringify(result)) as UnitExplanationDocument["result"],
});
