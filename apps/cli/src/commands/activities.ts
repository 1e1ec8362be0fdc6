/**
 * `antq hoat-dong` / `activities`: the movement's activities of a year by kind — how many, and the totals of
 * their counts ("Tập huấn, bồi dưỡng: 26 lớp / 1.502 lượt học viên") — from the activity sheets (`antq mau
 * --loai hoat-dong`) or the store (`--tu-kho`); console, `antq.activity-summary/1` (`--json`) and a
 * print-ready workbook (`--ra`, `@antq/sheets/xlsx`'s `activityWorkbook`).
 */
import { ACTIVITY_SHEETS, activitySummaryDocument, activitySummaryLines, readActivities } from "@antq/sheets";
import { Command } from "effect/cli";
import * as Effect from "effect/Effect";
import * as Option from "effect/Option";
import { cycleFlags, fileRecords, refuse, storedCycle } from "./cycle-input.js";
import { CYCLE_TEXT } from "./cycle-text.js";
import { filesArgument, intFlag, textFlag, withHelp } from "./define.js";
import { emitDocument, xlsxTarget } from "./shared.js";

export const activitiesCommand = Command.make(
  "hoat-dong",
  cycleFlags(
    filesArgument(
      "Tệp hoạt động theo mẫu (antq mau --loai hoat-dong): .xlsx có các trang hoạt động, hoặc .csv từng loại; không dùng với --tu-kho",
    ),
    {
      year: intFlag(
        "nam",
        "Năm của các hoạt động (bắt buộc khi đọc từ kho; để ghi trên kết quả khi đọc tệp)",
      ),
    },
    textFlag("ra", "Ghi bảng tổng hợp ra tệp Excel (.xlsx) để in", "o"),
  ),
  ({ input: files, fromStore, store, province, year, out, json }) =>
    Effect.gen(function* () {
      const target = yield* xlsxTarget(out, "Tệp kết quả");
      const { activities, source } = fromStore
        ? Option.isSome(year)
          ? yield* storedCycle({ store, province, files }, { from: year.value, to: year.value }).pipe(
              Effect.map((s) => ({ activities: s.records.activities, source: `kho ${s.where}` })),
            )
          : yield* refuse(CYCLE_TEXT.needsYear("năm của các hoạt động"))
        : files.length > 0
          ? yield* fileRecords(files, ACTIVITY_SHEETS, (sheets) => ({
              activities: readActivities(sheets),
            })).pipe(Effect.map((r) => ({ ...r, source: files.join(", ") })))
          : yield* refuse(CYCLE_TEXT.missingInput("hoạt động", "hoat-dong"));
      if (activities.length === 0)
        return yield* refuse(CYCLE_TEXT.noActivity(source, Option.getOrUndefined(year)));
      yield* emitDocument({
        document: activitySummaryDocument(activities, { year: Option.getOrNull(year) }),
        workbook: target === undefined ? undefined : { target, bytes: (x, d) => x.activityWorkbook(d) },
        inputs: files,
        json,
        lines: (d) => activitySummaryLines(d, source),
      });
    }),
).pipe(
  withHelp({
    alias: "activities",
    description:
      "Tổng hợp hoạt động phong trào theo loại (số hoạt động, số lớp, lượt người, tin báo, vũ khí giao nộp…)",
    examples: [
      [
        "antq hoat-dong hoat-dong-2024.xlsx --nam 2024 --ra tong-hop-hoat-dong.xlsx",
        "Tổng hợp hoạt động năm 2024 từ tệp theo mẫu và ghi bảng để in",
      ],
      ["antq hoat-dong --tu-kho --nam 2024 --tinh P82-2025", "Tổng hợp hoạt động năm 2024 đã nhập vào kho"],
    ],
  }),
);
