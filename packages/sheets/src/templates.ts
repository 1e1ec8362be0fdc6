/**
 * The input templates that need no workbook library: the CSV header file of a layout and the JSON Schema of
 * the JSON input (the @antq/domain dataset). The .xlsx template is `buildTemplateWorkbook` in
 * `@antq/sheets/xlsx`.
 */
import { DatasetSchema } from "@antq/domain";
import * as z from "zod";
import { toCsv } from "./csv-write.js";
import type { SheetSpec } from "./specs.js";

/**
 * The CSV template of one layout: its header row only.
 *
 * @example
 * ```ts
 * import { UNIT_SHEETS } from "@antq/sheets";
 * buildCsvTemplate(UNIT_SHEETS[0]!).startsWith("\ufeffMã đơn vị,"); //=> true
 * ```
 */
export const buildCsvTemplate = (spec: SheetSpec): string =>
  toCsv(
    spec.columns.map((c) => c.header),
    [],
  );

/**
 * JSON Schema of the JSON input: @antq/domain's dataset `{ "schemaVersion": 1, "units": [...],
 * "annualFacts": [...] }`.
 *
 * @example
 * ```ts
 * (buildJsonTemplate() as { required: string[] }).required; //=> ["schemaVersion", "units"]
 * ```
 */
export const buildJsonTemplate = (): unknown => {
  const schema = z.toJSONSchema(DatasetSchema, { io: "input", unrepresentable: "any" }) as Record<
    string,
    unknown
  >;
  // The dataset is a named definition (`$ref: #/$defs/Dataset`): it becomes the document's own schema, so that
  // editors show its fields at the top level; the definitions it refers to stay under `$defs`.
  const { $ref: _, $defs = {}, ...rest } = schema as { $ref?: string; $defs?: Record<string, unknown> };
  const { Dataset: dataset, ...definitions } = $defs;
  return {
    ...rest,
    ...(dataset as Record<string, unknown>),
    $defs: definitions,
    title: "Dữ liệu đầu vào của antq: bộ dữ liệu (đơn vị được đánh giá, dữ kiện năm, …) theo @antq/domain",
  };
};
