/**
 * `antq hoat-dong` / `activities`: the movement's activities of a year by kind — how many, and the totals of
 * their counts ("Tập huấn, bồi dưỡng: 26 lớp / 1.502 lượt học viên") — from the activity sheets (`antq mau
 * --loai hoat-dong`) or the store (`--tu-kho`); console, `antq.activity-summary/1` (`--json`) and a
 * print-ready workbook (`--ra`, `@antq/sheets/xlsx`'s `activityWorkbook`).
 */
import type { Activity } from "@antq/domain";
import { ACTIVITY_SHEETS, activitySummaryDocument, activitySummaryLines, readActivities } from "@antq/sheets";
import { activityWorkbook } from "@antq/sheets/xlsx";
import { Effect, Option } from "effect";
import { Argument, Command, Flag } from "effect/cli";
import { InvalidInputError } from "../errors.js";
import { fileRecords, fromStoreFlag, provinceFlag, storedCycle } from "./plan.js";
import { emitDocument, jsonFlag, xlsxTarget } from "./shared.js";
import { storeFlag } from "./store.js";

export const activitiesCommand = Command.make(
  "hoat-dong",
  {
    files: Argument.String("tệp").pipe(
      Argument.withDescription(
        "Tệp hoạt động theo mẫu (antq mau --loai hoat-dong): .xlsx có các trang hoạt động, hoặc .csv từng loại; không dùng với --tu-kho",
      ),
      Argument.atLeast(0),
    ),
    fromStore: fromStoreFlag,
    store: storeFlag,
    province: provinceFlag,
    year: Flag.Int("nam").pipe(
      Flag.withDescription(
        "Năm của các hoạt động (bắt buộc khi đọc từ kho; để ghi trên kết quả khi đọc tệp)",
      ),
      Flag.optional,
    ),
    out: Flag.String("ra").pipe(
      Flag.withAlias("o"),
      Flag.withDescription("Ghi bảng tổng hợp ra tệp Excel (.xlsx) để in"),
      Flag.optional,
    ),
    json: jsonFlag,
  },
  ({ files, fromStore, store, province, year, out, json }) =>
    Effect.gen(function* () {
      const target = yield* xlsxTarget(out, "Tệp kết quả");
      let activities: readonly Activity[];
      let source: string;
      if (fromStore) {
        if (Option.isNone(year))
          return yield* new InvalidInputError({
            message: "Đọc từ kho (--tu-kho) cần --nam (năm của các hoạt động).",
          });
        const stored = yield* storedCycle(store, province, { from: year.value, to: year.value }, files);
        activities = stored.records.activities;
        source = `kho ${stored.where}`;
      } else {
        if (files.length === 0)
          return yield* new InvalidInputError({
            message: "Cần tệp hoạt động (antq mau --loai hoat-dong) hoặc --tu-kho --nam <năm> để đọc từ kho.",
          });
        ({ activities } = yield* fileRecords(files, ACTIVITY_SHEETS, (sheets) => ({
          activities: readActivities(sheets),
        })));
        source = files.join(", ");
      }
      if (activities.length === 0)
        return yield* new InvalidInputError({
          message: `Không có hoạt động nào trong ${source}${Option.isSome(year) ? ` năm ${year.value}` : ""}. Không ghi tệp nào.`,
        });
      yield* emitDocument({
        document: activitySummaryDocument(activities, { year: Option.getOrNull(year) }),
        workbook: target === undefined ? undefined : { target, bytes: activityWorkbook },
        inputs: files,
        json,
        lines: (d) => activitySummaryLines(d, source),
      });
    }),
).pipe(
  Command.withAlias("activities"),
  Command.withDescription(
    "Tổng hợp hoạt động phong trào theo loại (số hoạt động, số lớp, lượt người, tin báo, vũ khí giao nộp…)",
  ),
  Command.withExamples([
    {
      command: "antq hoat-dong hoat-dong-2024.xlsx --nam 2024 --ra tong-hop-hoat-dong.xlsx",
      description: "Tổng hợp hoạt động năm 2024 từ tệp theo mẫu và ghi bảng để in",
    },
    {
      command: "antq hoat-dong --tu-kho --nam 2024 --tinh P82-2025",
      description: "Tổng hợp hoạt động năm 2024 đã nhập vào kho",
    },
  ]),
);
