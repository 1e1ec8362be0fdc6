/**
 * `antq kiem-tra` / `validate`: checks input files against @antq/domain.
 */

import { extname } from "node:path";
import { formatNumber } from "@antq/format-vi";
import { DatasetBuilder, formatValidationSummary, issueLines, validationDocument } from "@antq/sheets";
import { Command } from "effect/cli";
import * as Effect from "effect/Effect";
import { InvalidInputError, ValidationFailedError } from "../errors.js";
import { createProgress, estimateCsvRows } from "../io/progress.js";
import { readFileInto } from "../sheets/read.js";
import { filesArgument, textFlag, withHelp } from "./define.js";
import { jsonFlag, printJson, printText } from "./shared.js";

/** Issues listed in full by `kiem-tra`; beyond that they are only counted. */
const MAX_STORED_ISSUES = 10_000;

/** Input files: .xlsx, .csv or .json, one or more. */
export const inputFilesArgument = filesArgument(
  "Tệp dữ liệu đầu vào (.xlsx, .csv, .json); có thể nhiều tệp",
  1,
);

/** `--loai` for CSV files whose headers should not be guessed. */
export const csvKindFlag = textFlag(
  "loai",
  "Loại dữ liệu của tệp CSV (vd. khu-dan-cu, du-kien); mặc định nhận từ dòng tiêu đề",
);

export const validateCommand = Command.make(
  "kiem-tra",
  { files: inputFilesArgument, kind: csvKindFlag, json: jsonFlag },
  ({ files, kind, json }) =>
    Effect.gen(function* () {
      // Rows of the flat "Đơn vị và dữ kiện" layout are checked as they stream by and not kept; at most
      // MAX_STORED_ISSUES issues are kept for the report (all are counted).
      const builder = new DatasetBuilder();
      builder.onPair = () => {};
      builder.maxStoredIssues = MAX_STORED_ISSUES;
      const csvRows = files.every((f) => extname(f).toLowerCase() === ".csv")
        ? estimateCsvRows(files)
        : undefined;
      const progress = createProgress({
        label: "Đang kiểm tra",
        quiet: json,
        ...(csvRows ? { total: csvRows, estimated: true } : {}),
      });
      for (const file of files) {
        yield* readFileInto(builder, file, {
          ...(kind._tag === "Some" ? { specId: kind.value } : {}),
          onRow: (rows) => progress.tick(rows),
        });
      }
      const dataset = builder.finish();
      progress.done();
      // A blank template, an empty file or an unrelated workbook: nothing was checked (`empty`), not "valid".
      const document = validationDocument(dataset);
      const { counts, empty } = document;
      if (json) {
        yield* printJson(document);
      } else {
        const lines = issueLines(dataset);
        if (lines.length > 0) yield* printText(lines.join("\n"));
        if (!empty) yield* printText(`${lines.length > 0 ? "\n" : ""}${formatValidationSummary(dataset)}`);
      }
      if (empty) {
        return yield* new InvalidInputError({
          message: `Không có dòng dữ liệu nào để kiểm tra trong ${files.join(", ")}: tệp trống, là mẫu chưa điền, hoặc không phải dữ liệu của antq (tạo mẫu bằng antq mau).`,
        });
      }
      if (counts.errors > 0) {
        return yield* new ValidationFailedError({
          message: `Dữ liệu có ${formatNumber(counts.errors)} lỗi.`,
          issueCount: counts.errors,
        });
      }
    }),
).pipe(
  withHelp({
    alias: "validate",
    description:
      "Kiểm tra dữ liệu đầu vào (xlsx, csv, json) theo mô hình dữ liệu; báo lỗi theo trang, dòng, cột",
    examples: [
      ["antq kiem-tra du-lieu.xlsx", "Kiểm tra một tệp Excel"],
      ["antq kiem-tra don-vi.csv du-kien.csv --json", "Kiểm tra các tệp CSV, kết quả JSON"],
    ],
  }),
);
