/**
 * The machine output of `antq demo --json`: `antq.demo/1` (the sample province generated, the files written,
 * the counts of the sample workbook read back and the assessment's summary) and, for `antq demo --csv-phang N
 * --json`, `antq.demo-flat-csv/1` (the flat CSV written and its number of units).
 */
import * as z from "zod";
import {
  type AssessmentDocument,
  AssessmentDocumentSchema,
  InputCountsSchema,
} from "./assessment-document.js";
import { type Dataset, datasetCounts } from "./dataset.js";

/**
 * The format tag of {@link DemoDocumentSchema}.
 *
 * @example
 * ```ts
 * DEMO_FORMAT; //=> "antq.demo/1"
 * ```
 */
export const DEMO_FORMAT = "antq.demo/1";

/**
 * The format tag of {@link DemoFlatCsvDocumentSchema}.
 *
 * @example
 * ```ts
 * DEMO_FLAT_CSV_FORMAT; //=> "antq.demo-flat-csv/1"
 * ```
 */
export const DEMO_FLAT_CSV_FORMAT = "antq.demo-flat-csv/1";

/**
 * `antq.demo/1`: a demo run of `antq demo`, from the sample province to the assessment's summary.
 *
 * @example
 * ```ts
 * const doc = demoDocument({
 *   folder: "/tmp/antq-demo", province: "Tỉnh Tiền Giang (mẫu)", seed: 138, dataset: new DatasetBuilder().finish(),
 *   inputFiles: ["/tmp/antq-demo/du-lieu-mau.xlsx", "/tmp/antq-demo/du-lieu-mau.json"], resultFiles: [],
 *   summary: summaryJson(summary),
 * });
 * DemoDocumentSchema.safeParse(doc).success; //=> true
 * DemoDocumentSchema.safeParse({ ...doc, seed: "138" }).success; //=> false
 * ```
 */
export const DemoDocumentSchema = z
  .object({
    format: z.literal(DEMO_FORMAT).meta({ title: "Định dạng" }),
    folder: z.string().meta({ title: "Thư mục đã ghi" }),
    province: z.string().meta({ title: "Tỉnh mẫu" }),
    seed: z.int().meta({ title: "Hạt giống sinh dữ liệu" }),
    input: InputCountsSchema,
    inputFiles: z.array(z.string()).meta({ title: "Tệp dữ liệu mẫu (xlsx, json)" }),
    resultFiles: z.array(z.string()).meta({ title: "Tệp kết quả đánh giá" }),
    summary: AssessmentDocumentSchema.shape.summary,
  })
  .meta({ title: "Chạy thử trên tỉnh mẫu (antq.demo/1)" });

/**
 * An `antq.demo/1` document.
 *
 * @example
 * ```ts
 * const doc: DemoDocument = demoDocument({
 *   folder: "antq-demo", province: "Tỉnh Tiền Giang (mẫu)", seed: 138, dataset: new DatasetBuilder().finish(),
 *   inputFiles: ["antq-demo/du-lieu-mau.xlsx"], resultFiles: [], summary: summaryJson(summary),
 * });
 * [doc.format, doc.seed]; //=> ["antq.demo/1", 138]
 * ```
 */
export type DemoDocument = z.infer<typeof DemoDocumentSchema>;

/**
 * The `antq.demo/1` document of a demo run: the sample workbook read back (`dataset`) is given as counts.
 *
 * @example
 * ```ts
 * const doc = demoDocument({
 *   folder: "antq-demo", province: "Tỉnh Tiền Giang (mẫu)", seed: 138, dataset: new DatasetBuilder().finish(),
 *   inputFiles: ["antq-demo/du-lieu-mau.xlsx"], resultFiles: [], summary: summaryJson(summary),
 * });
 * doc.input.rows; //=> 0
 * ```
 */
export const demoDocument = (run: {
  readonly folder: string;
  readonly province: string;
  readonly seed: number;
  readonly dataset: Dataset;
  readonly inputFiles: readonly string[];
  readonly resultFiles: readonly string[];
  readonly summary: AssessmentDocument["summary"];
}): DemoDocument => ({
  format: DEMO_FORMAT,
  folder: run.folder,
  province: run.province,
  seed: run.seed,
  input: datasetCounts(run.dataset),
  inputFiles: [...run.inputFiles],
  resultFiles: [...run.resultFiles],
  summary: run.summary,
});

/**
 * `antq.demo-flat-csv/1`: the flat CSV of generated units written by `antq demo --csv-phang N`.
 *
 * @example
 * ```ts
 * DemoFlatCsvDocumentSchema.safeParse(demoFlatCsvDocument("antq-demo/don-vi-va-du-kien.csv", 1000)).success; //=> true
 * DemoFlatCsvDocumentSchema.safeParse({ tep: "x.csv", soDong: 1 }).success; //=> false
 * ```
 */
export const DemoFlatCsvDocumentSchema = z
  .object({
    format: z.literal(DEMO_FLAT_CSV_FORMAT).meta({ title: "Định dạng" }),
    file: z.string().meta({ title: "Tệp CSV đã ghi" }),
    rows: z.int().nonnegative().meta({ title: "Số đơn vị (số dòng dữ liệu)" }),
  })
  .meta({ title: "Tệp CSV bảng phẳng mẫu (antq.demo-flat-csv/1)" });

/**
 * An `antq.demo-flat-csv/1` document.
 *
 * @example
 * ```ts
 * const doc: DemoFlatCsvDocument = demoFlatCsvDocument("don-vi-va-du-kien.csv", 1000);
 * doc.rows; //=> 1000
 * ```
 */
export type DemoFlatCsvDocument = z.infer<typeof DemoFlatCsvDocumentSchema>;

/**
 * The `antq.demo-flat-csv/1` document of the flat CSV `file` of `rows` units.
 *
 * @example
 * ```ts
 * demoFlatCsvDocument("antq-demo/don-vi-va-du-kien.csv", 1000);
 * //=> { format: "antq.demo-flat-csv/1", file: "antq-demo/don-vi-va-du-kien.csv", rows: 1000 }
 * ```
 */
export const demoFlatCsvDocument = (file: string, rows: number): DemoFlatCsvDocument => ({
  format: DEMO_FLAT_CSV_FORMAT,
  file,
  rows,
});
