/**
 * The walk-through a demo prints (`antq demo`): the sample province generated, the validation of its
 * workbook, the assessment's summary, the files written and the commands to try next, in Vietnamese.
 */
import { formatNumber } from "@antq/format-vi";
import type { CompiledRuleSet } from "@antq/rules";
import type { SecurityOrderInput } from "@antq/rules-antt";
import type { Dataset } from "./dataset.js";
import { formatIssue, formatValidationSummary } from "./issue-text.js";
import { resultTitle, ruleSetLines, summaryLines } from "./result-text.js";
import type { Summary } from "./summary.js";

/**
 * What {@link demoLines} tells: the run of a demo, start to end.
 *
 * @example
 * const run: DemoRun = {
 *   invocation: "antq", province: "Tỉnh Tiền Giang (mẫu)", year: 2024, seed: 138, units: 14, facts: 14,
 *   inputFiles: ["du-lieu-mau.xlsx"], dataset: new DatasetBuilder().finish(), compiled, summary, resultFiles: [],
 * };
 */
export interface DemoRun {
  /** The command that starts antq as the officer started it ("antq", "npx antq"), for the hints. */
  readonly invocation: string;
  readonly province: string;
  readonly year: number;
  readonly seed: number;
  readonly units: number;
  readonly facts: number;
  /** The sample data written: the workbook first (the hints assess it), then its JSON twin. */
  readonly inputFiles: readonly [string, ...string[]];
  /** The sample workbook as read back and validated. */
  readonly dataset: Dataset;
  readonly compiled: CompiledRuleSet<SecurityOrderInput>;
  readonly summary: Summary;
  readonly resultFiles: readonly string[];
  /** A unit rated "chưa đạt", whose explanation the hints suggest. */
  readonly firstFailing?: { readonly id: string; readonly name: string } | undefined;
}

/**
 * The lines of a demo run: "DỮ LIỆU MẪU", "BƯỚC 1 — KIỂM TRA DỮ LIỆU" (the first 10 issues and the summary),
 * "BƯỚC 2 — ĐÁNH GIÁ", "KẾT QUẢ ĐÃ GHI" and "THỬ TIẾP" (explain a failing unit, a blank template, the rules).
 *
 * @example
 * const lines = demoLines({
 *   invocation: "antq", province: "Tỉnh Tiền Giang (mẫu)", year: 2024, seed: 138, units: 14, facts: 14,
 *   inputFiles: ["antq-demo/du-lieu-mau.xlsx", "antq-demo/du-lieu-mau.json"],
 *   dataset: new DatasetBuilder().finish(), compiled, summary,
 *   resultFiles: ["antq-demo/ket-qua-danh-gia-2024.xlsx", "antq-demo/ket-qua-danh-gia-2024.json"],
 *   firstFailing: { id: "kdc-ap-my-loi", name: "Ấp Mỹ Lợi" },
 * });
 * lines[0]; //=> "DỮ LIỆU MẪU: Tỉnh Tiền Giang (mẫu) — năm 2024, hạt giống 138"
 * lines.includes("    antq danh-gia antq-demo/du-lieu-mau.xlsx --nam 2024 --giai-thich kdc-ap-my-loi"); //=> true
 */
export const demoLines = (run: DemoRun): string[] => {
  const { invocation, year } = run;
  return [
    `DỮ LIỆU MẪU: ${run.province} — năm ${year}, hạt giống ${run.seed}`,
    `Đã sinh ${formatNumber(run.units)} đơn vị và ${formatNumber(run.facts)} bộ dữ kiện năm.`,
    ...run.inputFiles.map((f) => `  • ${f}`),
    "",
    "BƯỚC 1 — KIỂM TRA DỮ LIỆU (antq kiem-tra)",
    ...run.dataset.issues.slice(0, 10).map(formatIssue),
    formatValidationSummary(run.dataset),
    "",
    `BƯỚC 2 — ĐÁNH GIÁ (antq danh-gia --nam ${year})`,
    resultTitle(year),
    ...ruleSetLines(run.compiled, {}),
    ...summaryLines(run.summary),
    "",
    "KẾT QUẢ ĐÃ GHI",
    ...run.resultFiles.map((f) => `  • ${f}`),
    "",
    "THỬ TIẾP",
    ...(run.firstFailing
      ? [
          `  Giải thích vì sao "${run.firstFailing.name}" chưa đạt:`,
          `    ${invocation} danh-gia ${run.inputFiles[0]} --nam ${year} --giai-thich ${run.firstFailing.id}`,
        ]
      : []),
    `  Tạo mẫu nhập liệu trống: ${invocation} mau --ra mau-antq.xlsx`,
    `  Quy định đang áp dụng: ${invocation} quy-dinh --nam ${year}`,
  ];
};

/**
 * Why a demo cannot build a sample workbook of `communes` communes (it is built in memory: 1 to 500), or
 * `undefined`.
 *
 * @example
 * demoCommunesProblem(12); //=> undefined
 * demoCommunesProblem(undefined); //=> undefined
 * demoCommunesProblem(0)?.startsWith("--so-xa nhận từ 1 đến 500 xã"); //=> true
 */
export const demoCommunesProblem = (communes: number | undefined): string | undefined =>
  communes !== undefined && (communes < 1 || communes > 500)
    ? "--so-xa nhận từ 1 đến 500 xã (tệp Excel mẫu được dựng trong bộ nhớ); dữ liệu rất lớn hãy dùng --csv-phang <số đơn vị>."
    : undefined;

/**
 * What a demo says once it generated a flat CSV of `rows` units (`antq demo --csv-phang`): the file, and the
 * command that assesses it.
 *
 * @example
 * demoFlatCsvText("antq", "antq-demo/don-vi-va-du-kien.csv", 100000, 2024);
 * //=> "Đã sinh 100.000 dòng: antq-demo/don-vi-va-du-kien.csv\nĐánh giá: antq danh-gia antq-demo/don-vi-va-du-kien.csv --nam 2024"
 */
export const demoFlatCsvText = (invocation: string, file: string, rows: number, year: number): string =>
  `Đã sinh ${formatNumber(rows)} dòng: ${file}\nĐánh giá: ${invocation} danh-gia ${file} --nam ${year}`;
