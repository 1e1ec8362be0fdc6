/**
 * The Vietnamese lines about undecided interpretation options (the report itself is @antq/rules'
 * `findUndecidedReadings`, with the commune roll-up of @antq/rules-antt): how many results they leave "cần xem
 * xét", which option decides them and how to set it without writing JavaScript (`--cach-hieu`, or the province
 * settings file read by `parseProvinceSettings`).
 */
import type { AssessedUnitKind } from "@antq/domain";
import { type CompiledRuleSet, type UndecidedReadingsReport, undecidedOptions } from "@antq/rules";

/**
 * The lines for an in-memory run: empty when no result depends on an undecided option.
 *
 * @example
 * ```ts
 * const report: UndecidedReadingsReport = {
 *   results: 3,
 *   decided: [0, 4, 9],
 *   byKind: { residential: 3 },
 *   options: [
 *     {
 *       id: "tt124.d4.k4.a.kiem_che_keo_giam",
 *       label: "Cách hiểu “kiềm chế, kéo giảm … so với năm trước”",
 *       choices: [
 *         { id: "giam", label: "Phải giảm so với năm trước" },
 *         { id: "khong_tang", label: "Không tăng so với năm trước" },
 *       ],
 *       decides: 3,
 *     },
 *   ],
 *   reassessed: 3,
 *   complete: true,
 * };
 * const lines = undecidedLines(report, () => "Khu dân cư");
 * lines[0]; //=> 'CÁCH HIỂU CHƯA QUYẾT ĐỊNH: 3 kết quả "cần xem xét" (khu dân cư 3) sẽ thành "đạt" hoặc "chưa đạt" khi chọn cách hiểu:'
 * lines[2]; //=> "  Chọn trên dòng lệnh: --cach-hieu tt124.d4.k4.a.kiem_che_keo_giam=giam"
 * undecidedLines({ ...report, results: 0 }, () => ""); //=> []
 * ```
 */
export const undecidedLines = (
  report: UndecidedReadingsReport,
  kindLabel: (kind: AssessedUnitKind) => string,
): string[] => {
  if (report.results === 0) return [];
  const kinds = Object.entries(report.byKind)
    .map(([kind, n]) => `${kindLabel(kind as AssessedUnitKind).toLocaleLowerCase("vi")} ${n}`)
    .join(", ");
  const example = report.options.map((o) => `--cach-hieu ${o.id}=${o.choices[0]?.id ?? ""}`).join(" ");
  const settings = JSON.stringify({
    cachHieu: Object.fromEntries(report.options.map((o) => [o.id, o.choices[0]?.id ?? null])),
  });
  return [
    `CÁCH HIỂU CHƯA QUYẾT ĐỊNH: ${report.results} kết quả "cần xem xét" (${kinds}) sẽ thành "đạt" hoặc "chưa đạt" khi chọn cách hiểu:`,
    ...report.options.map(
      (o) =>
        `  • ${o.label} — mã ${o.id}${o.decides > 0 ? ` (riêng lựa chọn này quyết định ${o.decides} kết quả)` : ""}: ${o.choices.map((c) => `${c.id} = ${c.label}`).join("; ")}`,
    ),
    `  Chọn trên dòng lệnh: ${example}`,
    `  Hoặc một lần cho cả tỉnh trong tệp cấu hình (JSON), dùng với --cau-hinh tinh.json: ${settings}`,
    ...(report.complete
      ? []
      : ["  (Có quá nhiều tổ hợp lựa chọn để thử hết: số kết quả trên có thể thấp hơn thực tế.)"]),
  ];
};

/**
 * For a CSV read as a stream, whose units are not kept for a second assessment: the undecided options in force,
 * with the number of "cần xem xét" results, some of which they may explain. Empty when there is none of either.
 *
 * @example
 * ```ts
 * const lines = streamedUndecidedLines(compiled, 12_345); // compiled with no reading: options undecided
 * lines[0].startsWith('CÁCH HIỂU CHƯA QUYẾT ĐỊNH: 12.345 kết quả "cần xem xét"'); //=> true
 * streamedUndecidedLines(compiled, 0); //=> []
 * ```
 */
export const streamedUndecidedLines = <I>(compiled: CompiledRuleSet<I>, pending: number): string[] => {
  const options = undecidedOptions(compiled);
  if (pending === 0 || options.length === 0) return [];
  return [
    `CÁCH HIỂU CHƯA QUYẾT ĐỊNH: ${pending.toLocaleString("vi-VN")} kết quả "cần xem xét"; một phần có thể do các cách hiểu chưa chọn (đánh giá tệp Excel/JSON để biết chính xác số kết quả):`,
    ...options.map(
      (o) => `  • ${o.label} — mã ${o.id}: ${o.choices.map((c) => `${c.id} = ${c.label}`).join("; ")}`,
    ),
    `  Chọn bằng --cach-hieu <mã>=<lựa chọn>, hoặc trong tệp cấu hình --cau-hinh tinh.json: {"cachHieu": {"<mã>": "<lựa chọn>"}}`,
  ];
};
