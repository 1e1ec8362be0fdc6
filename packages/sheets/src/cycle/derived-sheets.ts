/**
 * The pieces the record sheets of the yearly cycle (plans, models, registrations) are made of, derived from
 * their @antq/domain schema: the main sheet's columns and a list field's columns with the sheet's own headers,
 * the key column that links a list sheet's rows to their record, the headers of a document reference, and the
 * sheet spec itself. Internal to `src/cycle/`.
 */
import { fieldLabelVi } from "@antq/domain";
import type * as z from "zod";
import { type Column, deriveColumns, jsonSchemaOf } from "../columns.js";
import type { SheetSpec } from "../specs.js";

type Headers = Readonly<Record<string, string>>;

/** The columns of `schema`'s record sheet (`columns`) and of its list fields (`list`), with Vietnamese labels. */
export const derivedRecordColumns = (
  schema: z.ZodType,
  headers: Headers,
): { readonly columns: readonly Column[]; readonly list: (field: string, headers?: Headers) => Column[] } => {
  const derived = deriveColumns(jsonSchemaOf(schema), {
    headers,
    labelFor: (path) => fieldLabelVi(schema, {}, path),
  });
  return {
    columns: derived.columns,
    list: (field, listHeaders = {}) =>
      (derived.lists.find((l) => l.field === field)?.columns ?? []).map((c) => ({
        ...c,
        header: listHeaders[c.path.join(".")] ?? c.header,
      })),
  };
};

/** "Cha: số, ký hiệu", "Cha: ngày"…: the headers of a document reference's fields under `prefix`. */
export const documentHeaders = (prefix: string, label: string): Headers => ({
  [`${prefix}.number`]: `${label}: số, ký hiệu`,
  [`${prefix}.date`]: `${label}: ngày`,
  [`${prefix}.kind`]: `${label}: loại văn bản`,
  [`${prefix}.issuer`]: `${label}: cơ quan ban hành`,
  [`${prefix}.title`]: `${label}: trích yếu`,
});

/** The key column of a list sheet: the id of the record (on the sheet `mainSheet`) the row belongs to. */
export const keyColumn = (header: string, field: string, mainSheet: string): Column => ({
  header,
  path: [field],
  type: "text",
  required: true,
  description: `${header} ghi ở trang "${mainSheet}".`,
});

/** A record sheet spec (one record, or one list item, per row). */
export const recordSheetSpec = (
  id: string,
  sheetName: string,
  description: string,
  columns: readonly Column[],
): SheetSpec => ({ id, sheetName, description, target: "record", fixed: {}, columns });
