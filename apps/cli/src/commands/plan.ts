/**
 * `antq ke-hoach` / `plan`: progress of plans (kế hoạch, đề án) against their targets — điển hình units by
 * year and kind, the count of ward police stations "điển hình, kiểu mẫu", and their share per city with the wards
 * each city must add each year — from the plan and registration sheets (`antq mau --loai ke-hoach`), computed by
 * @antq/sheets' `planProgressDocument` (@antq/criteria's `planReport`). Nothing is written while any input
 * row has an error.
 */
import {
  MODEL_GROUP,
  MODEL_SHEETS,
  PLAN_GROUP,
  PLAN_SHEETS,
  planProgressDocument,
  planProgressLines,
  planReportYear,
  readRecordGroup,
  storedAdminLineage,
  TYPICAL_GROUP,
  TYPICAL_SHEET,
} from "@antq/sheets";
import { Command } from "effect/cli";
import * as Effect from "effect/Effect";
import * as Option from "effect/Option";
import {
  cycleFlags,
  fileRecords,
  readAdminUnits,
  refuse,
  resultFlag,
  type StoreChoice,
  storedCycle,
} from "./cycle-input.js";
import { CYCLE_TEXT } from "./cycle-text.js";
import { filesArgument, intFlag, textFlag, withHelp } from "./define.js";
import { emitDocument } from "./shared.js";

/** The plans, registrations and models of `--tu-kho` up to `--nam`, with the store's administrative units. */
const storedPlans = (a: StoreChoice, year: Option.Option<number>) =>
  Effect.gen(function* () {
    if (Option.isNone(year)) return yield* refuse(CYCLE_TEXT.needsYear("tính đến hết năm nào"));
    const { records, where } = yield* storedCycle(a, { from: 2000, to: year.value });
    const models = records.models.filter((m) => m.year === year.value).map((m) => m.model);
    const { plans, typicalRegistrations: registrations, adminUnits } = records;
    return { plans, registrations, models, reportYear: year.value, source: `kho ${where}`, adminUnits };
  });

/** The plans, registrations and models of the files; the report year is `--nam` or the latest registration's. */
const filePlans = (files: readonly string[], year: Option.Option<number>) =>
  Effect.gen(function* () {
    if (files.length === 0) return yield* refuse(CYCLE_TEXT.missingInput("kế hoạch", "ke-hoach"));
    const read = yield* fileRecords(files, [...PLAN_SHEETS, TYPICAL_SHEET, ...MODEL_SHEETS], (sheets) => ({
      plans: readRecordGroup(PLAN_GROUP, sheets),
      registrations: readRecordGroup(TYPICAL_GROUP, sheets),
      models: readRecordGroup(MODEL_GROUP, sheets),
    }));
    const reportYear = planReportYear(read.plans, read.registrations, Option.getOrUndefined(year));
    return { ...read, reportYear, source: files.join(", "), adminUnits: [] };
  });

export const planCommand = Command.make(
  "ke-hoach",
  cycleFlags(
    filesArgument(
      'Tệp kế hoạch và đăng ký điển hình (.xlsx có các trang "Kế hoạch", "Chỉ tiêu số lượng", "Chỉ tiêu tỷ lệ", "Đăng ký điển hình"; hoặc các tệp .csv tương ứng); không dùng với --tu-kho',
    ),
    {
      year: intFlag("nam", "Tính kết quả đến hết năm này (mặc định: năm mới nhất trong dữ liệu đăng ký)"),
      admin: textFlag(
        "don-vi-hanh-chinh",
        "Tệp CSV đơn vị hành chính (thành phố, thị xã và các phường) để tính tỷ lệ Công an phường theo địa bàn",
      ),
    },
    resultFlag(
      "Tệp kết quả Excel (mặc định ket-qua-ke-hoach.xlsx); tệp JSON cùng tên",
      "ket-qua-ke-hoach.xlsx",
    ),
  ),
  ({ input: files, fromStore, store, province, year, admin, out, json }) =>
    Effect.gen(function* () {
      const fileLineage = yield* readAdminUnits(admin);
      const read = fromStore
        ? yield* storedPlans({ store, province, files }, year)
        : yield* filePlans(files, year);
      if (read.plans.length === 0) return yield* refuse(CYCLE_TEXT.noPlan(read.source));
      const lineage = fileLineage ?? storedAdminLineage(read.adminUnits);
      yield* emitDocument({
        document: planProgressDocument(
          read.plans,
          read.registrations.filter((r) => r.year <= read.reportYear),
          { reportYear: read.reportYear, ...(lineage ? { lineage } : {}) },
        ),
        workbook: { target: out, bytes: (x, d) => x.planProgressWorkbook(d), withJson: true },
        inputs: [...files, ...Option.toArray(admin)],
        json,
        lines: (d) => planProgressLines(d, read.models),
      });
    }),
).pipe(
  withHelp({
    alias: "plan",
    description:
      "Tiến độ thực hiện kế hoạch, chỉ tiêu (đơn vị điển hình theo loại và năm; số lượng Công an phường điển hình, kiểu mẫu; tỷ lệ Công an phường điển hình, kiểu mẫu theo từng thành phố, thị xã và lộ trình từng năm)",
    examples: [
      [
        "antq ke-hoach ke-hoach.xlsx --don-vi-hanh-chinh dvhc.csv --nam 2024",
        "Tiến độ đến hết năm 2024 và số phường mỗi thành phố cần đạt thêm từng năm",
      ],
      [
        "antq ke-hoach --tu-kho --nam 2025 --tinh P82-2025",
        "Tiến độ đến hết năm 2025 từ kho dữ liệu nhiều năm (antq nhap)",
      ],
    ],
  }),
);
