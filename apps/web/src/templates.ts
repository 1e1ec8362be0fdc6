/**
 * The empty templates, the same as `antq mau` (every sheet, or those of one template kind; the flat "Đơn vị và
 * dữ kiện" CSV; the JSON schema), and how the app's messages point to them: by the kind's Vietnamese label in the
 * data screen's list ("Mẫu Excel theo loại"), never by a command. The workbook writer (exceljs) is loaded on
 * demand, when a workbook is made.
 */
import {
  buildCsvTemplate,
  buildJsonTemplate,
  COMBINED_SHEET,
  TEMPLATE_KIND_LABELS,
  templateSheets,
} from "@antq/sheets";

export type TemplateKind = "xlsx" | "csv" | "json";

/** The navigation label of the data screen, where the templates are downloaded (App.tsx). */
export const DATA_SCREEN_LABEL = "1. Dữ liệu";

/**
 * A template kind's label as the data screen's list shows it: @antq/sheets' `TEMPLATE_KIND_LABELS`, first
 * letter capitalised ("Tổ bảo vệ ANTT và thành viên", "Kế hoạch, chỉ tiêu và đăng ký điển hình").
 */
export const templateKindLabel = (kind: string): string => {
  const label = TEMPLATE_KIND_LABELS[kind] ?? kind;
  return label.charAt(0).toLocaleUpperCase("vi") + label.slice(1);
};

/**
 * Where the officer gets the empty template of `kind`, for a message: `mẫu “Tổ bảo vệ ANTT và thành viên” ở màn
 * hình “1. Dữ liệu”, mục “Mẫu Excel theo loại”`.
 */
export const templateOfKind = (kind: string): string =>
  `mẫu “${templateKindLabel(kind)}” ở màn hình “${DATA_SCREEN_LABEL}”, mục “Mẫu Excel theo loại”`;

/**
 * An empty template: the workbook of a template kind of @antq/sheets (`tat-ca` by default: every sheet but the
 * flat one), the flat CSV, or the JSON schema.
 */
export const templateFile = async (
  kind: TemplateKind,
  sheets = "tat-ca",
): Promise<{ name: string; blob: Blob }> => {
  if (kind === "xlsx") {
    const { buildTemplateWorkbook, workbookBytes } = await import("@antq/sheets/xlsx");
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
