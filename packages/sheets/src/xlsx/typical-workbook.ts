/**
 * The print-ready workbook of the điển hình selection (`antq dien-hinh --ra`): the units considered with the
 * reasons each qualifies or not, the units chosen, the chosen units against the plan's targets, and what needs
 * review.
 */
import type ExcelJS from "exceljs";
import type { TypicalDocument } from "../typical-document.js";
import { addPrintableSheet, addRow, addTableSheet, HEADER_STYLE } from "./print.js";
import { newWorkbook, workbookBytes } from "./workbook.js";

const TITLE: Partial<ExcelJS.Style> = { font: { bold: true, size: 14 } };

const typicalSheets = (document: TypicalDocument): ExcelJS.Workbook => {
  const workbook = newWorkbook();
  const title = `LỰA CHỌN ĐƠN VỊ XÂY DỰNG ĐIỂN HÌNH NĂM ${document.planYear}`;
  const list = addPrintableSheet(workbook, "Đơn vị được xét", {
    title,
    widths: [18, 34, 14, 14, 16, 12, 60],
    headerRow: 4,
  });
  addRow(list, [title], TITLE);
  addRow(list, [
    `Căn cứ kết quả phân loại phong trào năm ${document.fromYear}; điều kiện: ${document.rule.label}${document.rule.example && !document.rule.label.includes("ví dụ") ? " (cấu hình ví dụ)" : ""} — Quyết định ${document.rule.basis} (tiêu chí tạm thời), cần xem xét.`,
  ]);
  addRow(list, []);
  addRow(
    list,
    [
      "Mã đơn vị",
      "Tên đơn vị",
      "Loại",
      `Phân loại ${document.fromYear}`,
      "An toàn về ANTT",
      "Đủ điều kiện",
      "Lý do",
    ],
    HEADER_STYLE,
  );
  const tt124: Record<string, string> = {
    dat: "Đạt",
    chua_dat: "Chưa đạt",
    can_xem_xet: "Cần xem xét",
    khong_ap_dung: "Không áp dụng",
  };
  for (const c of document.candidates)
    addRow(list, [
      c.unitId,
      c.name,
      c.kindTitle,
      c.previousLevelTitle,
      c.previousTt124 ? tt124[c.previousTt124] : "Chưa có",
      c.eligible ? "Có" : "Không",
      c.reasons.join(" "),
    ]);
  const chosen = addTableSheet(workbook, "Đơn vị được chọn", {
    title,
    widths: [34, 18, 20, 14, 60],
    headers: ["Tên đơn vị", "Loại", "Tình trạng", "Đủ điều kiện", "Cần xem xét"],
  });
  for (const u of document.chosen)
    addRow(chosen, [
      u.name,
      u.subject,
      u.statusTitle,
      u.eligible === null ? "Chưa có kết quả phân loại" : u.eligible ? "Có" : "Không",
      u.review.map((n) => n.message).join(" "),
    ]);
  if (document.targets !== null) {
    const targets = addTableSheet(workbook, "So với chỉ tiêu", {
      title,
      widths: [26, 12, 16, 12, 10],
      headers: ["Loại đơn vị", "Chỉ tiêu", "Được chọn", "Còn thiếu", "Vượt"],
    });
    for (const t of document.targets)
      addRow(targets, [t.subjectTitle, t.target, t.chosen, t.shortfall, t.surplus]);
  }
  const review = addTableSheet(workbook, "Cần xem xét", {
    title,
    widths: [24, 90],
    headers: ["Mã", "Nội dung"],
  });
  for (const n of document.review) addRow(review, [n.code, n.message]);
  return workbook;
};

/**
 * The điển hình workbook of an `antq.typical/1` document as .xlsx bytes, print-ready.
 *
 * @example
 * ```ts
 * import { EXAMPLE_TYPICAL_RULE } from "@antq/criteria";
 * import { typicalDocument } from "@antq/sheets";
 * const doc = typicalDocument([], [], 2024, { rule: EXAMPLE_TYPICAL_RULE });
 * const bytes = await typicalWorkbook(doc);
 * [bytes[0], bytes[1]]; //=> [0x50, 0x4b]
 * ```
 */
export const typicalWorkbook = (document: TypicalDocument): Promise<Uint8Array> =>
  workbookBytes(typicalSheets(document));
