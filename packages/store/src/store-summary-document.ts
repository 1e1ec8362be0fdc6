/**
 * The machine output of `antq kho --json`, `antq.store-summary/1`: the store (where, which engine, the schema
 * version of its tables), the years it holds with the import in force and the saved assessment runs, and the
 * whole import history.
 */
import * as z from "zod";
import type { StoreSummary } from "./summary.js";

/**
 * The format tag of {@link StoreSummaryDocumentSchema}.
 *
 * @example
 * ```ts
 * STORE_SUMMARY_FORMAT; //=> "antq.store-summary/1"
 * ```
 */
export const STORE_SUMMARY_FORMAT = "antq.store-summary/1";

const ImportRecordSchema = z
  .object({
    id: z.int().meta({ title: "Số lần nhập" }),
    year: z.int().meta({ title: "Năm đánh giá" }),
    importedAt: z.string().meta({ title: "Thời điểm nhập (ISO 8601, UTC)" }),
    importedBy: z.string().meta({ title: "Người nhập" }),
    fileName: z.string().nullable().meta({ title: "Tệp đã nhập" }),
    fileSha256: z.string().nullable().meta({ title: "Mã băm SHA-256 của tệp" }),
    ruleSetHash: z.string().nullable().meta({ title: "Mã băm bộ quy tắc" }),
    replaced: z.boolean().meta({ title: "Đã thay thế dữ liệu cũ của năm" }),
    counts: z.record(z.string(), z.int().nonnegative()).meta({ title: "Số bản ghi theo loại" }),
  })
  .meta({ title: "Một lần nhập" });

/**
 * `antq.store-summary/1`: what the multi-year store holds.
 *
 * @example
 * ```ts
 * const doc = storeSummaryDocument({ version: 1, years: [], imports: [] }, { location: "~/.antq", engine: "pglite", schemaVersion: "0010_admin_unit_import_log_scope" });
 * StoreSummaryDocumentSchema.safeParse(doc).success; //=> true
 * StoreSummaryDocumentSchema.safeParse({ ...doc, engine: "sqlite" }).success; //=> false
 * ```
 */
export const StoreSummaryDocumentSchema = z
  .object({
    format: z.literal(STORE_SUMMARY_FORMAT).meta({ title: "Định dạng" }),
    location: z.string().meta({ title: "Kho dữ liệu (thư mục hoặc máy chủ)" }),
    engine: z.enum(["pglite", "postgres"]).meta({ title: "Loại kho (nhúng PGlite, máy chủ PostgreSQL)" }),
    schemaVersion: z
      .string()
      .meta({ title: "Phiên bản cấu trúc bảng của kho (lần chuyển đổi cuối cùng đã áp dụng)" }),
    years: z
      .array(
        z
          .object({
            year: z.int().meta({ title: "Năm đánh giá" }),
            import: ImportRecordSchema.meta({ title: "Lần nhập đang dùng" }),
            assessmentRuns: z.int().nonnegative().meta({ title: "Số lần đánh giá (Thông tư 124) đã lưu" }),
            classificationRuns: z.int().nonnegative().meta({ title: "Số lần phân loại phong trào đã lưu" }),
          })
          .meta({ title: "Một năm trong kho" }),
      )
      .meta({ title: "Các năm trong kho" }),
    imports: z.array(ImportRecordSchema).meta({ title: "Lịch sử nhập (cũ trước), kể cả lần đã bị thay thế" }),
  })
  .meta({ title: "Kho dữ liệu nhiều năm (antq.store-summary/1)" });

/**
 * An `antq.store-summary/1` document.
 *
 * @example
 * ```ts
 * const doc: StoreSummaryDocument = storeSummaryDocument({ version: 1, years: [], imports: [] }, { location: "~/.antq", engine: "pglite", schemaVersion: "0010_admin_unit_import_log_scope" });
 * doc.years; //=> []
 * ```
 */
export type StoreSummaryDocument = z.infer<typeof StoreSummaryDocumentSchema>;

/**
 * The `antq.store-summary/1` document of a store's summary (`storeSummary`) and the store opened: its
 * location as shown to the officer, its engine and the version of its tables (the last migration applied).
 *
 * @example
 * ```ts
 * const doc = storeSummaryDocument({ version: 1, years: [], imports: [] }, { location: "postgres://can-bo@may-chu/antq", engine: "postgres", schemaVersion: "0010_admin_unit_import_log_scope" });
 * [doc.format, doc.engine, doc.schemaVersion]; //=> ["antq.store-summary/1", "postgres", "0010_admin_unit_import_log_scope"]
 * ```
 */
export const storeSummaryDocument = (
  summary: StoreSummary,
  store: {
    readonly location: string;
    readonly engine: "pglite" | "postgres";
    readonly schemaVersion: string;
  },
): StoreSummaryDocument => {
  const record = (i: StoreSummary["imports"][number]) => ({ ...i, counts: { ...i.counts } });
  return {
    format: STORE_SUMMARY_FORMAT,
    location: store.location,
    engine: store.engine,
    schemaVersion: store.schemaVersion,
    years: summary.years.map((y) => ({
      year: y.year,
      import: record(y.import),
      assessmentRuns: y.assessmentRuns,
      classificationRuns: y.classificationRuns,
    })),
    imports: summary.imports.map(record),
  };
};
