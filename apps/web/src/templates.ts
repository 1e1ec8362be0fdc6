/**
 * The empty templates, the same as `antq mau` (all sheets; the flat "Đơn vị và dữ kiện" CSV; the JSON schema).
 * Loaded on demand: it pulls in exceljs.
 */
import { buildCsvTemplate, buildJsonTemplate, COMBINED_SHEET, templateSheets } from "@antq/sheets";
import { buildTemplateWorkbook, workbookBytes } from "@antq/sheets/xlsx";

export type TemplateKind = "xlsx" | "csv" | "json";

export const templateFile = async (kind: TemplateKind): Promise<{ name: string; blob: Blob }> => {
  if (kind === "xlsx") {
    const bytes = await workbookBytes(buildTemplateWorkbook(templateSheets("tat-ca")));
    return {
      name: "mau-antq.xlsx",
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
