/**
 * The machine output of `antq kiem-tra --json`, `antq.validation/1`: whether the input is valid, its counts,
 * the rows read per sheet and the issues found (each with its code, file, sheet, row and column).
 */
import * as z from "zod";
import { InputCountsSchema } from "./assessment-document.js";
import { type Dataset, datasetCounts } from "./dataset.js";

/**
 * The format tag of {@link ValidationDocumentSchema}.
 *
 * @example
 * ```ts
 * VALIDATION_FORMAT; //=> "antq.validation/1"
 * ```
 */
export const VALIDATION_FORMAT = "antq.validation/1";

const SheetCountSchema = z
  .object({
    file: z.string().meta({ title: "Tệp" }),
    sheet: z.string().meta({ title: "Trang tính" }),
    specId: z.string().meta({ title: "Loại dữ liệu (mã mẫu)" }),
    rows: z.int().nonnegative().meta({ title: "Số dòng dữ liệu" }),
    rowsWithErrors: z.int().nonnegative().meta({ title: "Số dòng có lỗi" }),
  })
  .meta({ title: "Số dòng của một trang tính" });

const InputIssueSchema = z
  .object({
    severity: z.enum(["error", "warning"]).meta({ title: "Mức độ (lỗi, cảnh báo)" }),
    code: z.string().meta({ title: "Mã lỗi" }),
    message: z.string().meta({ title: "Nội dung" }),
    file: z.string().meta({ title: "Tệp" }),
    sheet: z.string().optional().meta({ title: "Trang tính" }),
    row: z.int().optional().meta({ title: "Dòng" }),
    column: z.string().optional().meta({ title: "Cột (chữ cái)" }),
    header: z.string().optional().meta({ title: "Tiêu đề cột" }),
    path: z.string().optional().meta({ title: "Trường dữ liệu" }),
  })
  .meta({ title: "Một lỗi hoặc cảnh báo" });

/**
 * `antq.validation/1`: the result of checking input files against the data model. `ok` is false when there
 * are errors and when nothing was read (`empty`: no row and no record; a blank template, an empty file, an
 * unrelated workbook).
 *
 * @example
 * ```ts
 * const builder = new DatasetBuilder();
 * await readRowsInto(builder, csvRowSource("Tân Phước.csv", await openCsv(flatCsv)));
 * ValidationDocumentSchema.safeParse(validationDocument(builder.finish())).success; //=> true
 * ValidationDocumentSchema.safeParse({ ok: true }).success; //=> false
 * ```
 */
export const ValidationDocumentSchema = z
  .object({
    format: z.literal(VALIDATION_FORMAT).meta({ title: "Định dạng" }),
    ok: z.boolean().meta({ title: "Dữ liệu hợp lệ (có dữ liệu và không có lỗi)" }),
    empty: z.boolean().meta({ title: "Không có dữ liệu nào (tệp trống, mẫu chưa điền)" }),
    counts: InputCountsSchema,
    sheets: z.array(SheetCountSchema).meta({ title: "Các trang tính đã đọc" }),
    issues: z.array(InputIssueSchema).meta({ title: "Các lỗi, cảnh báo (liệt kê tối đa số đã lưu)" }),
  })
  .meta({ title: "Kết quả kiểm tra dữ liệu đầu vào (antq.validation/1)" });

/**
 * An `antq.validation/1` document.
 *
 * @example
 * ```ts
 * const doc: ValidationDocument = validationDocument(new DatasetBuilder().finish());
 * [doc.ok, doc.empty, doc.counts.rows]; //=> [false, true, 0]
 * ```
 */
export type ValidationDocument = z.infer<typeof ValidationDocumentSchema>;

/**
 * The `antq.validation/1` document of a dataset read (`DatasetBuilder.finish()`).
 *
 * @example
 * ```ts
 * const builder = new DatasetBuilder();
 * await readRowsInto(builder, csvRowSource("Tân Phước.csv", await openCsv(flatCsv)));
 * const doc = validationDocument(builder.finish());
 * [doc.ok, doc.counts.rows, doc.sheets[0]?.sheet]; //=> [true, 20, "Đơn vị và dữ kiện"]
 * ```
 */
export const validationDocument = (dataset: Dataset): ValidationDocument => {
  const counts = datasetCounts(dataset);
  // Nothing read at all: a blank template, an empty file, or no antq data (JSON input has records, not rows).
  const empty =
    counts.rows === 0 && counts.validUnits === 0 && counts.validFacts === 0 && counts.errors === 0;
  return {
    format: VALIDATION_FORMAT,
    ok: counts.errors === 0 && !empty,
    empty,
    counts,
    sheets: dataset.sheets.map((s) => ({
      file: s.file,
      sheet: s.sheet,
      specId: s.specId,
      rows: s.rows,
      rowsWithErrors: s.rowsWithErrors,
    })),
    issues: dataset.issues.map((i) => ({ ...i })),
  };
};
