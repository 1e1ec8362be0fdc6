/**
 * The print-ready summary of the movement's activities (`antq hoat-dong --ra`): per kind the number of
 * activities and the totals of its counts.
 */
import { formatNumber } from "@antq/format-vi";
import type { ActivitySummaryDocument } from "../cycle/activity-summary.js";
import { type PrintableRow, printableWorkbook } from "./print.js";

/**
 * The activity summary of an `antq.activity-summary/1` document as .xlsx bytes, print-ready.
 *
 * @example
 * ```ts
 * import { activitySummaryDocument } from "@antq/sheets";
 * const bytes = await activityWorkbook(activitySummaryDocument([], { year: 2024 }));
 * [bytes[0], bytes[1]]; //=> [0x50, 0x4b]
 * ```
 */
export const activityWorkbook = (doc: ActivitySummaryDocument): Promise<Uint8Array> => {
  const rows: PrintableRow[] = doc.kinds.flatMap((k, i) =>
    (k.measures.length === 0 ? [undefined] : k.measures).map((m, j) => [
      j === 0 ? i + 1 : "",
      j === 0 ? k.title : "",
      j === 0 ? k.activities : "",
      m?.unit ?? "",
      m?.total ?? "",
    ]),
  );
  return printableWorkbook([
    {
      name: "Hoạt động",
      title: `TỔNG HỢP HOẠT ĐỘNG PHONG TRÀO TOÀN DÂN BẢO VỆ AN NINH TỔ QUỐC${doc.year === null ? "" : ` NĂM ${doc.year}`}`,
      headers: ["STT", "Loại hoạt động", "Số hoạt động", "Nội dung", "Số lượng"],
      widths: [6, 40, 14, 40, 16],
      rows,
      after: [`Tổng cộng: ${formatNumber(doc.total)} hoạt động.`],
    },
  ]);
};
