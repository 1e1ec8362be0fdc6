/**
 * The empty templates, the same as `antq mau` (every sheet, or those of one template kind; the flat "Đơn vị và
 * dữ kiện" CSV; the JSON schema).
 * Loaded on demand: it pulls in exceljs.
 */
import { buildCsvTemplate, buildJsonTemplate, COMBINED_SHEET, templateSheets } from "@antq/sheets";
import { buildTemplateWorkbook, workbookBytes } from "@antq/sheets/xlsx";

export type TemplateKind = "xlsx" | "csv" | "json";

/**
 * An empty template: the workbook of a template kind of @antq/sheets (`tat-ca` by default: every sheet but the
 * flat one), the flat CSV, or the JSON schema.
 */
export const templateFile = async (
  kind: TemplateKind,
  sheets = "tat-ca",
): Promise<{ name: string; blob: Blob }> => {
  if (kind === "xlsx") {
    const specs = templateSheets(sheets);
    if (specs.length === 0) throw new Error(`Không có mẫu loại "${sheets}".`);
    const bytes = await workbookBytes(buildTemplateWorkbook(specs));
    return {
      name: sheets === "tat-ca" ? "mau-antq.xlsx" : `mau-${sheets}.xlsx`,
      blob: new Blob([bytes as BlobPart], {
        type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      }),
    };
  }
  if (kind === "csv") {
    return {
      name: "mau-don-vi-va-du-kien.csv",
      blob: new Blob([buildCsvTemplate(COMBINED_SHEET)], { type: "text/csv;charset=utf-8" }),
    };
  }
  return {
    name: "mau-antq.schema.json",
    blob: new Blob([JSON.stringify(buildJsonTemplate(), null, 2)], { type: "application/json" }),
  };
};
