import * as z from "zod";
import { CalendarDateSchema } from "./calendar-date.js";
import { AssessedUnitIdSchema, RubricIdSchema } from "./ids.js";
import { count, text } from "./internal/id.js";
import { parser } from "./parse.js";

const tenths = (title: string) =>
  z
    .int()
    .min(-100_000)
    .max(100_000)
    .meta({ title, description: "Điểm tính bằng phần mười điểm: 85 = 8,5 điểm." });

/**
 * One line of a score sheet: the rubric item id, the unit's self score and the verified score in tenths of a
 * point (`85` = 8,5 điểm), or for a deduction item the number of events each side counted, plus evidence.
 *
 * @example
 * ```ts
 * ScoreEntrySchema.parse({ item: "1", self: 30, verified: 25, evidence: "Nghị quyết số 05-NQ/ĐU ngày 10/01/2024" });
 * ```
 */
export const ScoreEntrySchema = z
  .strictObject({
    item: text("Mã mục chấm điểm", 50),
    self: tenths("Điểm tự chấm (phần mười điểm)").optional(),
    verified: tenths("Điểm thẩm định (phần mười điểm)").optional(),
    selfEvents: count("Số vụ việc tự kê khai").optional(),
    verifiedEvents: count("Số vụ việc được thẩm định").optional(),
    evidence: text("Tài liệu chứng minh, ghi chú", 2000).optional(),
  })
  .meta({ title: "Dòng chấm điểm" });

/**
 * A score entry (see {@link ScoreEntrySchema}).
 *
 * @example
 * ```ts
 * const e: ScoreEntry = { item: "2", self: 30 };
 * ```
 */
export type ScoreEntry = z.infer<typeof ScoreEntrySchema>;

/**
 * A unit's score sheet for a year against a rubric (QĐ 510/QĐ-BCA-V05 as implemented by a province): the
 * input shape of the criteria package. `facts` holds the sheet-level facts the rubric's knock-out rules read
 * (e.g. `{ tt124: "dat" }`). Item ids must be unique.
 *
 * @example
 * ```ts
 * ScoreSheetSchema.parse({
 *   unitId: "xa-tan-tien-vi-thanh", year: 2024, rubricId: "hg.qd510.commune",
 *   entries: [{ item: "1", self: 30, verified: 30 }, { item: "2", self: 28, verified: 25 }],
 * });
 * ```
 */
export const ScoreSheetSchema = z
  .strictObject({
    unitId: AssessedUnitIdSchema,
    unitName: text("Tên đơn vị", 300).optional(),
    year: z.int().min(2000).max(2100).meta({ title: "Năm đánh giá" }),
    rubricId: RubricIdSchema,
    entries: z.array(ScoreEntrySchema).meta({ title: "Các dòng chấm điểm" }),
    facts: z
      .record(z.string().min(1).max(100), z.union([z.string(), z.boolean()]))
      .meta({ title: "Dữ kiện của bảng điểm" })
      .optional(),
    submittedOn: CalendarDateSchema.optional(),
    verifiedOn: CalendarDateSchema.optional(),
    verifiedBy: text("Cấp thẩm định", 300).optional(),
  })
  .superRefine((sheet, ctx) => {
    const seen = new Map<string, number>();
    sheet.entries.forEach((e, i) => {
      if (seen.has(e.item)) {
        ctx.addIssue({
          code: "custom",
          path: ["entries", i, "item"],
          input: e.item,
          params: {
            domainCode: "DUPLICATE_ID",
            messageVi: `mục "${e.item}" đã được chấm ở dòng thứ ${(seen.get(e.item) ?? 0) + 1}.`,
          },
        });
      } else seen.set(e.item, i);
    });
  })
  .meta({ id: "ScoreSheet", title: "Bảng chấm điểm" });

/**
 * A score sheet (see {@link ScoreSheetSchema}).
 *
 * @example
 * ```ts
 * const selfTotal = (s: ScoreSheet) => s.entries.reduce((n, e) => n + (e.self ?? 0), 0);
 * ```
 */
export type ScoreSheet = z.infer<typeof ScoreSheetSchema>;

/**
 * Parses a score sheet.
 *
 * @example
 * ```ts
 * parseScoreSheet({ unitId: "xa-1", year: 2024, rubricId: "r", entries: [{ item: "1", self: 8.5 }] }).ok; // false — tenths are integers
 * ```
 */
export const parseScoreSheet = parser(ScoreSheetSchema);
