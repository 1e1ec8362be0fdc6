/**
 * The .xlsx input template built from the sheet specs: Vietnamese headers with notes, drop-down lists, number
 * and date formats, validation of whole numbers and dates, and a "Hướng dẫn" sheet.
 */
import type ExcelJS from "exceljs";
import { columnLetter } from "../cells.js";
import type { Column } from "../columns.js";
import { ALL_SHEETS, type SheetSpec } from "../specs.js";
import { addSafeRow, newWorkbook, styleHeader } from "./workbook.js";

/**
 * Rows prepared with validation and formats in the template.
 *
 * @example
 * ```ts
 * TEMPLATE_ROWS; //=> 1000
 * ```
 */
export const TEMPLATE_ROWS = 1000;

/**
 * Name of the hidden sheet that holds the drop-down lists.
 *
 * @example
 * ```ts
 * LISTS_SHEET; //=> "Danh mục"
 * ```
 */
export const LISTS_SHEET = "Danh mục";
/**
 * Name of the guidance sheet.
 *
 * @example
 * ```ts
 * GUIDE_SHEET; //=> "Hướng dẫn"
 * ```
 */
export const GUIDE_SHEET = "Hướng dẫn";

const TYPE_LABELS: Readonly<Record<Column["type"], string>> = {
  text: "Chữ",
  integer: "Số nguyên",
  number: "Số",
  boolean: "Có/Không",
  date: "Ngày (ngày/tháng/năm)",
  enum: "Chọn trong danh sách",
  "enum-list": "Một hoặc nhiều giá trị trong danh sách, ngăn cách bằng ;",
  "list-count": "Số trường hợp (số nguyên từ 0)",
  "keyed-list": "Danh sách mã, ngăn cách bằng ;",
  "json-list": "Danh sách các trường hợp dạng JSON [{…}, {…}]",
};

const columnNote = (column: Column): string => {
  const lines = [`${column.required ? "Bắt buộc" : "Không bắt buộc"} · ${TYPE_LABELS[column.type]}`];
  if (column.choices && column.type !== "boolean")
    lines.push(`Giá trị: ${column.choices.map((c) => c.label).join("; ")}`);
  if (column.minimum !== undefined) lines.push(`Nhỏ nhất: ${column.minimum}`);
  if (column.description) lines.push(column.description);
  return lines.join("\n");
};

/**
 * Builds the .xlsx template for the given sheets (all of antq's layouts by default).
 *
 * @example
 * ```ts
 * import { UNIT_SHEETS } from "@antq/sheets";
 * buildTemplateWorkbook(UNIT_SHEETS.slice(0, 1)).worksheets.map((s) => s.name); //=> ["Hướng dẫn", "Danh mục", "Khu dân cư"]
 * ```
 */
export const buildTemplateWorkbook = (specs: readonly SheetSpec[] = ALL_SHEETS): ExcelJS.Workbook => {
  const workbook = newWorkbook();
  const guide = workbook.addWorksheet(GUIDE_SHEET);
  const lists = workbook.addWorksheet(LISTS_SHEET, { state: "hidden" });
  const listRanges = new Map<string, string>();
  let listColumn = 0;
  const rangeFor = (column: Column): string | undefined => {
    if (!column.choices || column.choices.length === 0) return undefined;
    const key = column.choices.map((c) => c.label).join("\u0000");
    const existing = listRanges.get(key);
    if (existing) return existing;
    listColumn++;
    const letter = columnLetter(listColumn);
    lists.getCell(`${letter}1`).value = column.header;
    column.choices.forEach((choice, i) => {
      lists.getCell(`${letter}${i + 2}`).value = choice.label;
    });
    const range = `'${LISTS_SHEET}'!$${letter}$2:$${letter}$${column.choices.length + 1}`;
    listRanges.set(key, range);
    return range;
  };

  for (const spec of specs) {
    const sheet = workbook.addWorksheet(spec.sheetName);
    addSafeRow(
      sheet,
      spec.columns.map((c) => c.header),
    );
    styleHeader(
      sheet,
      spec.columns.map((c) => Math.min(40, Math.max(14, c.header.length * 0.9))),
    );
    spec.columns.forEach((column, i) => {
      const letter = columnLetter(i + 1);
      const header = sheet.getCell(`${letter}1`);
      header.note = columnNote(column);
      if (column.required) header.font = { bold: true, color: { argb: "FFC00000" } };
      const sheetColumn = sheet.getColumn(i + 1);
      if (column.type === "date") sheetColumn.numFmt = "dd/mm/yyyy";
      // A year is a label, not a quantity: "2024", never "2.024".
      if (column.type === "integer") sheetColumn.numFmt = column.path[0] === "year" ? "0" : "#,##0";
      if (column.type === "text" || column.type === "json-list") sheetColumn.numFmt = "@";
      const validation = ((): ExcelJS.DataValidation | undefined => {
        switch (column.type) {
          case "enum":
          case "boolean": {
            const range = rangeFor(column);
            return range
              ? {
                  type: "list",
                  allowBlank: true,
                  formulae: [range],
                  showErrorMessage: true,
                  errorStyle: "error",
                  errorTitle: "Giá trị không hợp lệ",
                  error: `Hãy chọn một giá trị trong danh sách của cột "${column.header}".`,
                }
              : undefined;
          }
          case "integer":
            return {
              type: "whole",
              operator: "greaterThanOrEqual",
              allowBlank: true,
              formulae: [column.minimum ?? 0],
              showErrorMessage: true,
              errorTitle: "Giá trị không hợp lệ",
              error: `Cột "${column.header}" chỉ nhận số nguyên${column.minimum !== undefined ? ` từ ${column.minimum} trở lên` : ""}.`,
            };
          case "date":
            return {
              type: "date",
              operator: "greaterThan",
              allowBlank: true,
              formulae: [new Date(Date.UTC(1990, 0, 1))],
              showErrorMessage: true,
              errorTitle: "Ngày không hợp lệ",
              error: `Cột "${column.header}" chỉ nhận ngày, dạng ngày/tháng/năm.`,
            };
          default:
            return undefined;
        }
      })();
      if (validation) {
        // One range rule instead of one rule per cell (exceljs writes ranges with the "range:" prefix).
        (
          sheet as unknown as { dataValidations: { add(a: string, v: ExcelJS.DataValidation): void } }
        ).dataValidations.add(`${letter}2:${letter}${TEMPLATE_ROWS + 1}`, validation);
      }
    });
  }

  guide.columns = [{ width: 26 }, { width: 48 }, { width: 14 }, { width: 26 }, { width: 70 }];
  addSafeRow(guide, ["HƯỚNG DẪN NHẬP LIỆU — antq"]).font = { bold: true, size: 14 };
  for (const line of [
    "Mỗi trang tính là một loại dữ liệu; dòng 1 là tiêu đề cột, không đổi tên tiêu đề. Cột chữ đỏ là bắt buộc.",
    "Ngày nhập theo dạng ngày/tháng/năm (ví dụ 25/09/2024); số nguyên không nhập dấu phân cách hoặc nhập kiểu 1.454.",
    'Các cột có danh sách: chọn giá trị trong ô thả xuống. Cột "Có/Không": chọn Có hoặc Không.',
    'Dữ kiện năm: mỗi dòng là một đơn vị trong một năm. Các trang vụ việc (Vụ phạm tội, Kỷ luật…) ghi mỗi trường hợp một dòng, gắn với đơn vị bằng "Mã đơn vị" và "Năm đánh giá".',
    ...(specs.some((spec) => spec.columns.some((c) => c.type === "json-list"))
      ? [
          'Bảng phẳng "Đơn vị và dữ kiện": mỗi loại vụ việc có cột "…: số trường hợp" và cột "…: chi tiết (JSON)". Cột chi tiết ghi các trường hợp thành một danh sách JSON, tên trường và mã giá trị như tệp JSON đầu vào, ngày dạng năm-tháng-ngày, ví dụ [{"id": "VPT-2024-01", "date": "2024-03-05", "place": {}, "forceMajeure": false}]. Ghi cả hai cột thì số trường hợp phải bằng số phần tử; chỉ ghi 0 là không có trường hợp nào; để trống cả hai là chưa báo cáo. Tiêu chí định tính và mô hình ghi mã ở cột mã; cần ghi thêm thông tin (mô hình chưa hiệu quả, người xác nhận…) thì ghi tất cả ở cột chi tiết JSON của chúng.',
        ]
      : []),
    "Kiểm tra dữ liệu của tệp trước khi đánh giá: lỗi được chỉ rõ theo trang tính, dòng và cột.",
  ]) {
    addSafeRow(guide, [line]);
  }
  addSafeRow(guide, []);
  const header = addSafeRow(guide, [
    "Trang tính",
    "Cột",
    "Bắt buộc",
    "Kiểu dữ liệu",
    "Giá trị cho phép / ghi chú",
  ]);
  header.font = { bold: true };
  for (const spec of specs) {
    addSafeRow(guide, [spec.sheetName, spec.description]).font = { italic: true };
    for (const column of spec.columns) {
      addSafeRow(guide, [
        spec.sheetName,
        column.header,
        column.required ? "Bắt buộc" : "",
        TYPE_LABELS[column.type],
        [
          column.choices && column.type !== "boolean" ? column.choices.map((c) => c.label).join("; ") : "",
          column.description ?? "",
        ]
          .filter(Boolean)
          .join(" — "),
      ]);
    }
  }
  return workbook;
};
