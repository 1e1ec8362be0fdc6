/**
 * The print-ready workbook of plan progress (`antq ke-hoach --ra`): count targets by year and kind of unit
 * against the units registered and achieved, the ward-police share per city against its target, the roadmap
 * of wards to add each year, and what needs review.
 */
import { formatNumber, formatPercentOf } from "@antq/format-vi";
import type ExcelJS from "exceljs";
import type { PlanProgressDocument } from "../plan-progress-document.js";
import { addPrintableSheet, addRow, addTableSheet, HEADER_STYLE } from "./print.js";
import { newWorkbook, workbookBytes } from "./workbook.js";

const TITLE: Partial<ExcelJS.Style> = { font: { bold: true, size: 14 } };

const ratioText = (part: number, total: number) =>
  total === 0 ? "—" : `${formatNumber(part)}/${formatNumber(total)} (${formatPercentOf(part, total)})`;

const planProgressSheets = (document: PlanProgressDocument): ExcelJS.Workbook => {
  const workbook = newWorkbook();
  const title = `TIẾN ĐỘ THỰC HIỆN KẾ HOẠCH, CHỈ TIÊU (đến hết năm ${document.reportYear})`;
  const summary = addPrintableSheet(workbook, "Chỉ tiêu số lượng", {
    title,
    widths: [8, 26, 12, 16, 12, 12, 10],
    headerRow: 4,
  });
  addRow(summary, [title], TITLE);
  const shares = addPrintableSheet(workbook, "Tỷ lệ Công an phường", {
    title,
    widths: [10, 10, 30, 12, 12, 14, 12, 12, 12],
    headerRow: 3,
  });
  addRow(shares, ["TỶ LỆ CÔNG AN PHƯỜNG ĐIỂN HÌNH, KIỂU MẪU THEO ĐỊA BÀN"], TITLE);
  addRow(shares, []);
  addRow(
    shares,
    [
      "Đến năm",
      "Tỷ lệ tối thiểu",
      "Địa bàn",
      "Số phường",
      "Đã đạt",
      "Tỷ lệ đạt",
      "Cần đạt",
      "Còn thiếu",
      "Đánh giá",
    ],
    HEADER_STYLE,
  );
  const years = [
    ...new Set(document.plans.flatMap((p) => p.roadmaps.flatMap((r) => r.years.map((y) => y.year)))),
  ];
  const roadmap = addPrintableSheet(workbook, "Lộ trình", {
    title,
    widths: [30, 14, ...years.map(() => 12)],
    headerRow: 4,
  });
  addRow(roadmap, ["LỘ TRÌNH: SỐ PHƯỜNG CẦN ĐẠT THÊM MỖI NĂM (LŨY KẾ TRONG NGOẶC)"], TITLE);
  addRow(roadmap, [`Đã tính kết quả đến hết năm ${document.reportYear}`]);
  addRow(roadmap, []);
  addRow(roadmap, ["Địa bàn", "Đã đạt/tổng số", ...years.map((y) => `Năm ${y}`)], HEADER_STYLE);
  const review = addTableSheet(workbook, "Cần xem xét", {
    title,
    widths: [24, 90],
    headers: ["Kế hoạch", "Nội dung cần xem xét"],
  });
  for (const plan of document.plans) {
    addRow(summary, [
      `${plan.document}${plan.date ? ` ngày ${plan.date.split("-").reverse().join("/")}` : ""} — ${plan.title}`,
    ]);
    addRow(summary, []);
    addRow(
      summary,
      ["Năm", "Loại đơn vị", "Chỉ tiêu", "Đăng ký, được chọn", "Đã đạt", "Còn thiếu", "Vượt"],
      HEADER_STYLE,
    );
    // Typical units and Công an phường điển hình, kiểu mẫu are added up apart (23 of 4 Công an phường in
    // Bà Rịa–Vũng Tàu 2024 are no điển hình units): one block per programme, titled when there are two.
    const programmes =
      plan.programmeTotals.length > 0
        ? plan.programmeTotals
        : [
            {
              programme: "typical-unit",
              programmeTitle: "",
              target: 0,
              reached: 0,
              shortfall: 0,
              surplus: 0,
            },
          ];
    for (const total of programmes) {
      const rows = plan.countTargets.filter((t) =>
        total.programme === "model-ward-police"
          ? t.programme === "model-ward-police"
          : t.programme !== "model-ward-police",
      );
      if (programmes.length > 1) addRow(summary, ["", total.programmeTitle], HEADER_STYLE);
      for (const t of rows)
        addRow(summary, [t.year, t.subjectTitle, t.target, t.registered, t.achieved, t.shortfall, t.surplus]);
      // The total adds up the columns above: the units reached with any surplus (11 of 4 in Bà Rịa–Vũng Tàu
      // 2024, regulations.md §11.6 D4), not the part counted towards the targets.
      addRow(
        summary,
        [
          "",
          "Tổng số",
          total.target,
          "",
          total.reached,
          total.shortfall,
          total.surplus > 0 ? total.surplus : "",
        ],
        HEADER_STYLE,
      );
    }
    addRow(summary, []);
    for (const s of plan.shareTargets)
      for (const a of s.areas)
        addRow(shares, [
          s.byYear,
          `${s.percent}%`,
          a.name,
          a.wards.total,
          a.wards.part,
          a.wards.total === 0 ? "—" : formatPercentOf(a.wards.part, a.wards.total),
          a.needed,
          a.shortfall,
          a.met ? "Đạt" : "Chưa đạt",
        ]);
    for (const r of plan.roadmaps)
      addRow(roadmap, [
        r.name,
        ratioText(r.wards.part, r.wards.total),
        ...years.map((y) => {
          const step = r.years.find((x) => x.year === y);
          return step ? `+${step.newWards} (${step.requiredTotal})${step.overdue ? " quá hạn" : ""}` : "";
        }),
      ]);
    for (const n of plan.review) addRow(review, [plan.document, n.message]);
  }
  return workbook;
};

/**
 * The plan-progress workbook of an `antq.plan-progress/1` document as .xlsx bytes, print-ready.
 *
 * @example
 * ```ts
 * import { planProgressDocument } from "@antq/sheets";
 * const bytes = await planProgressWorkbook(planProgressDocument([], [], { reportYear: 2025 }));
 * [bytes[0], bytes[1]]; //=> [0x50, 0x4b]
 * ```
 */
export const planProgressWorkbook = (document: PlanProgressDocument): Promise<Uint8Array> =>
  workbookBytes(planProgressSheets(document));
