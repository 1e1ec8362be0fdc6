/**
 * The machine output of `antq nhap --json`, `antq.import/1`: the import recorded (its id, the year, whether it
 * replaced earlier data and how many stored result runs went with it), the store it went to and the records
 * stored per kind.
 */
import * as z from "zod";
import type { CycleImportResult } from "./cycle-import.js";

/**
 * The format tag of {@link ImportDocumentSchema}.
 *
 * @example
 * ```ts
 * IMPORT_FORMAT; //=> "antq.import/1"
 * ```
 */
export const IMPORT_FORMAT = "antq.import/1";

const count = (title: string) => z.int().nonnegative().meta({ title });

/**
 * `antq.import/1`: one year imported into the multi-year store.
 *
 * @example
 * ```ts
 * const counts = { units: 34, annualFacts: 34, models: 0, securityTeams: 0, activities: 0, awards: 0, plans: 0, scoreSheets: 0, adminUnits: 2, otherYearRecords: 0, typicalRegistrations: 0, awardProposals: 0 };
 * const doc = importDocument({ importId: 1, year: 2024, replaced: false, removedRuns: 0, removedRunsByKind: { assessment: 0, classification: 0 }, counts }, "~/.antq");
 * ImportDocumentSchema.safeParse(doc).success; //=> true
 * ImportDocumentSchema.safeParse({ ...doc, year: "2024" }).success; //=> false
 * ```
 */
export const ImportDocumentSchema = z
  .object({
    format: z.literal(IMPORT_FORMAT).meta({ title: "Định dạng" }),
    location: z.string().meta({ title: "Kho dữ liệu (thư mục hoặc máy chủ)" }),
    importId: z.int().positive().meta({ title: "Số lần nhập" }),
    year: z.int().meta({ title: "Năm đánh giá" }),
    replaced: z.boolean().meta({ title: "Đã thay thế dữ liệu cũ của năm" }),
    removedRuns: count("Số lần đánh giá, phân loại đã lưu bị xoá cùng dữ liệu cũ"),
    removedRunsByKind: z
      .object({
        assessment: count("Số lần đánh giá (Thông tư 124)"),
        classification: count("Số lần phân loại phong trào"),
      })
      .meta({ title: "Số lần đã lưu bị xoá cùng dữ liệu cũ, theo loại" }),
    counts: z
      .object({
        units: count("Đơn vị"),
        annualFacts: count("Bộ dữ kiện năm"),
        models: count("Mô hình"),
        securityTeams: count("Tổ bảo vệ ANTT"),
        activities: count("Hoạt động"),
        awards: count("Khen thưởng"),
        plans: count("Kế hoạch"),
        scoreSheets: count("Bảng điểm"),
        adminUnits: count("Đơn vị hành chính"),
        otherYearRecords: count("Bản ghi của năm khác (không lưu)"),
        typicalRegistrations: count("Đăng ký điển hình"),
        awardProposals: count("Đề nghị khen thưởng"),
      })
      .meta({ title: "Số bản ghi đã lưu" }),
  })
  .meta({ title: "Kết quả nhập dữ liệu một năm vào kho (antq.import/1)" });

/**
 * An `antq.import/1` document.
 *
 * @example
 * ```ts
 * const doc: Pick<ImportDocument, "format" | "year"> = { format: IMPORT_FORMAT, year: 2024 };
 * doc.format; //=> "antq.import/1"
 * ```
 */
export type ImportDocument = z.infer<typeof ImportDocumentSchema>;

/**
 * The `antq.import/1` document of an import (`importCycleYear`'s result) into the store at `location` (as shown
 * to the officer: a folder or a server address without its password).
 *
 * @example
 * ```ts
 * const counts = { units: 34, annualFacts: 34, models: 0, securityTeams: 0, activities: 0, awards: 0, plans: 0, scoreSheets: 0, adminUnits: 2, otherYearRecords: 0, typicalRegistrations: 0, awardProposals: 0 };
 * const doc = importDocument({ importId: 3, year: 2024, replaced: true, removedRuns: 1, removedRunsByKind: { assessment: 0, classification: 1 }, counts }, "/home/can-bo/.antq");
 * [doc.format, doc.importId, doc.counts.units, doc.removedRunsByKind.classification]; //=> ["antq.import/1", 3, 34, 1]
 * ```
 */
export const importDocument = (result: CycleImportResult, location: string): ImportDocument => ({
  format: IMPORT_FORMAT,
  location,
  importId: result.importId,
  year: result.year,
  replaced: result.replaced,
  removedRuns: result.removedRuns,
  removedRunsByKind: { ...result.removedRunsByKind },
  counts: { ...result.counts },
});
