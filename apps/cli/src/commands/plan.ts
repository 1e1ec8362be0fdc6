/**
 * `antq ke-hoach` / `plan`: progress of plans (kế hoạch, đề án) against their targets — điển hình units by
 * year and kind, and the ward-police "điển hình, kiểu mẫu" share per city with the wards each city must add
 * each year — from the plan and registration sheets (`antq mau --loai ke-hoach`), computed by
 * @antq/sheets' `planProgressDocument` (@antq/criteria's `planReport`). Nothing is written while any input
 * row has an error.
 */

import { readFile } from "node:fs/promises";
import {
  type AdminUnit,
  type AdminUnitIndex,
  indexAdminUnits,
  type Model,
  type Plan,
  PROVINCE_UNITS,
  type TypicalRegistration,
} from "@antq/domain";
import { formatNumber } from "@antq/format-vi";
import {
  addCycleCsv,
  addCycleWorksheet,
  adminLineageFromCsv,
  cycleFileKind,
  formatIssue,
  type InputIssue,
  MODEL_GROUP,
  MODEL_SHEETS,
  matchCycleSheet,
  noCycleSheetMessage,
  PLAN_GROUP,
  PLAN_SHEETS,
  planProgressDocument,
  planProgressLines,
  planReportYear,
  type RawCell,
  readRecordGroup,
  readYearCycle,
  type SheetRows,
  type SheetSpec,
  type SourcedRecord,
  TYPICAL_GROUP,
  TYPICAL_SHEET,
  YEAR_CYCLE_SHEETS,
} from "@antq/sheets";
import { planProgressWorkbook } from "@antq/sheets/xlsx";
import { cycleRecords, type ProvinceScope, provinceScope, type SqlDriver } from "@antq/store";
import { Effect, Option } from "effect";
import { Argument, Command, Flag } from "effect/cli";
import { describeSystemError, InputFileError, InvalidInputError, ValidationFailedError } from "../errors.js";
import { CsvSyntaxError, openCsv } from "../io/csv.js";
import { readWorkbookCells } from "../io/xlsx.js";
import { emitDocument, jsonFlag, printError } from "./shared.js";
import { storeFlag, withStore } from "./store.js";

/**
 * Reads the sheets of the given layouts from .xlsx files (by worksheet name) and .csv files (one layout per
 * file: the file named after the layout id, e.g. `ke-hoach.csv`, or the layout whose required headers it
 * has). A file with none of them is an error naming what was expected.
 */
export const readCycleSheets = (
  files: readonly string[],
  specs: readonly SheetSpec[],
  options: { readonly optional?: boolean } = {},
) =>
  Effect.gen(function* () {
    const sheets = new Map<string, SheetRows>();
    for (const file of files) {
      const kind = cycleFileKind(file);
      let problem: string | undefined;
      if (typeof kind === "object") problem = kind.message;
      else if (kind === "csv") problem = addCycleCsv(sheets, specs, file, yield* readCsvTable(file));
      else {
        const workbook = yield* readWorkbookCells(
          file,
          (name) => matchCycleSheet(specs, name, []) !== undefined,
        );
        const added = [...workbook.values()].map((sheet) => addCycleWorksheet(sheets, specs, file, sheet));
        const refused = added.find((a) => typeof a === "object");
        if (refused !== undefined) problem = refused.message;
        else if (!added.includes("added") && options.optional !== true) problem = noCycleSheetMessage(specs);
      }
      if (problem !== undefined) return yield* new InputFileError({ file, message: problem });
    }
    return sheets;
  });

/** What a record reader of @antq/sheets gives: the records with their rows, and the located issues. */
type RecordRead = {
  readonly records: readonly SourcedRecord<unknown>[];
  readonly issues: readonly InputIssue[];
};

/**
 * Reads the sheets of `specs` from the files and the records of each group `read` takes from them; stops (exit
 * 2, nothing written) on any located error of any group. Each group's records come back as their values.
 */
export const fileRecords = <R extends Record<string, RecordRead>>(
  files: readonly string[],
  specs: readonly SheetSpec[],
  read: (sheets: ReadonlyMap<string, SheetRows>) => R,
) =>
  Effect.gen(function* () {
    const groups = read(yield* readCycleSheets(files, specs));
    yield* stopOnErrors(Object.values(groups).flatMap((g) => g.issues));
    return Object.fromEntries(
      Object.entries(groups).map(([key, g]) => [key, g.records.map((r) => r.value)]),
    ) as { [K in keyof R]: R[K]["records"][number]["value"][] };
  });

/** A CSV file's header row and rows (all of them: the cycle's sheets are small). */
const readCsvTable = (file: string) =>
  Effect.tryPromise({
    try: async () => {
      const table = await openCsv(file);
      const rows: { line: number; cells: RawCell[] }[] = [];
      for await (const batch of table.rows)
        for (const r of batch) rows.push({ line: r.line, cells: [...r.cells] });
      return { headers: table.headers, rows };
    },
    catch: (error) =>
      new InputFileError({
        file,
        message: error instanceof CsvSyntaxError ? error.message : describeSystemError(error),
      }),
  });

/**
 * Prints located input problems; fails with exit 2 when any is an error (nothing has been written yet).
 * `consequence` ends the message ("không ghi tệp kết quả nào", "chưa nhập gì vào kho").
 */
export const stopOnErrors = (issues: readonly InputIssue[], consequence = "không ghi tệp kết quả nào") =>
  Effect.gen(function* () {
    if (issues.length > 0) yield* printError(issues.slice(0, 100).map(formatIssue).join("\n"));
    const errors = issues.filter((i) => i.severity === "error").length;
    if (errors > 0)
      return yield* new ValidationFailedError({
        message: `Dữ liệu đầu vào có ${formatNumber(errors)} lỗi; ${consequence}.`,
        issueCount: errors,
      });
  });

/** `--tu-kho`: the cycle commands read their records from the multi-year store instead of files. */
export const fromStoreFlag = Flag.Boolean("tu-kho").pipe(
  Flag.withDescription("Đọc dữ liệu từ kho dữ liệu nhiều năm (antq nhap) thay vì từ tệp; cần --nam"),
  Flag.withDefault(false),
);

/** `--tinh`: with `--tu-kho`, one province (and the provinces it was formed from in 2025). */
export const provinceFlag = Flag.String("tinh").pipe(
  Flag.withDescription(
    "Khi đọc từ kho: mã tỉnh, thành phố (vd. P82-2025); tính cả các tỉnh cũ hợp thành (sắp xếp 2025)",
  ),
  Flag.optional,
);

/**
 * Reads records from the store of `--kho` (scoped by `--tinh`) with `read`, with the store's name for messages;
 * an InvalidInputError when files are also given (`--tu-kho` reads the store, not files).
 */
export const readStoreInstead = <T>(
  store: Option.Option<string>,
  province: Option.Option<string>,
  files: readonly string[],
  read: (driver: SqlDriver, scope: ProvinceScope | undefined) => Promise<T>,
) =>
  Effect.gen(function* () {
    if (files.length > 0)
      return yield* new InvalidInputError({
        message: `Đọc từ kho (--tu-kho) thì không dùng tệp đầu vào (${files.join(", ")}).`,
      });
    return yield* withStore(store, async (s) => ({
      where: s.displayLocation,
      records: await read(s.driver, Option.isSome(province) ? provinceScope(province.value) : undefined),
    }));
  });

/**
 * The cycle records of `period` from the store of `--kho` (scoped by `--tinh`), with the store's name for
 * messages; an InvalidInputError when the store has no year of the period, or when files are also given.
 */
export const storedCycle = (
  store: Option.Option<string>,
  province: Option.Option<string>,
  period: { readonly from: number; readonly to: number },
  files: readonly string[],
) =>
  Effect.gen(function* () {
    const stored = yield* readStoreInstead(store, province, files, (driver, scope) =>
      cycleRecords(driver, period, scope),
    );
    if (stored.records.years.length === 0)
      return yield* new InvalidInputError({
        message: `Kho ${stored.where} chưa có dữ liệu ${period.from === period.to ? `năm ${period.to}` : `năm nào từ ${period.from} đến ${period.to}`}. Nhập dữ liệu: antq nhap <tệp> --nam <năm>. Không ghi tệp kết quả nào.`,
      });
    return stored;
  });

/**
 * The cycle records of a year's workbook (plans and targets, điển hình registrations, models, Tổ bảo vệ ANTT,
 * activities, award proposals: @antq/sheets' `readYearCycle`); none when the workbook has no such sheet. Any
 * located error stops the import before anything is written.
 */
export const workbookCycleRecords = (file: string) =>
  Effect.gen(function* () {
    const read = readYearCycle(yield* readCycleSheets([file], YEAR_CYCLE_SHEETS, { optional: true }));
    yield* stopOnErrors(read.issues, "chưa nhập gì vào kho");
    return read.records;
  });

/** Reads administrative units (CSV of `antq`'s admin-unit columns) on top of the shipped provinces. */
export const readAdminUnits = (file: string) =>
  Effect.gen(function* () {
    const text = yield* Effect.tryPromise({
      try: () => readFile(file, "utf8"),
      catch: (error) => new InputFileError({ file, message: describeSystemError(error) }),
    });
    const read = adminLineageFromCsv(text, file);
    if (read.ok) return read.lineage;
    yield* stopOnErrors(read.issues);
    return yield* new InputFileError({ file, message: read.message ?? "đơn vị hành chính không hợp lệ" });
  });

/** The shipped provinces and the store's administrative units as a lineage index; none when the store has none. */
export const storedLineage = (units: readonly AdminUnit[]): AdminUnitIndex | undefined => {
  if (units.length === 0) return undefined;
  const index = indexAdminUnits([...PROVINCE_UNITS, ...units]);
  return index.ok ? index.value : undefined;
};

export const planCommand = Command.make(
  "ke-hoach",
  {
    files: Argument.String("tệp").pipe(
      Argument.withDescription(
        'Tệp kế hoạch và đăng ký điển hình (.xlsx có các trang "Kế hoạch", "Chỉ tiêu số lượng", "Chỉ tiêu tỷ lệ", "Đăng ký điển hình"; hoặc các tệp .csv tương ứng); không dùng với --tu-kho',
      ),
      Argument.atLeast(0),
    ),
    fromStore: fromStoreFlag,
    store: storeFlag,
    province: provinceFlag,
    year: Flag.Int("nam").pipe(
      Flag.withDescription("Tính kết quả đến hết năm này (mặc định: năm mới nhất trong dữ liệu đăng ký)"),
      Flag.optional,
    ),
    admin: Flag.String("don-vi-hanh-chinh").pipe(
      Flag.withDescription(
        "Tệp CSV đơn vị hành chính (thành phố, thị xã và các phường) để tính tỷ lệ Công an phường theo địa bàn",
      ),
      Flag.optional,
    ),
    out: Flag.String("ra").pipe(
      Flag.withAlias("o"),
      Flag.withDescription("Tệp kết quả Excel (mặc định ket-qua-ke-hoach.xlsx); tệp JSON cùng tên"),
      Flag.withDefault("ket-qua-ke-hoach.xlsx"),
    ),
    json: jsonFlag,
  },
  ({ files, fromStore, store, province, year, admin, out, json }) =>
    Effect.gen(function* () {
      let plans: readonly Plan[];
      let regs: readonly TypicalRegistration[];
      let models: readonly Model[];
      let lineage = Option.isSome(admin) ? yield* readAdminUnits(admin.value) : undefined;
      let reportYear: number;
      let source: string;
      if (fromStore) {
        if (Option.isNone(year))
          return yield* new InvalidInputError({
            message: "Đọc từ kho (--tu-kho) cần --nam (tính đến hết năm nào).",
          });
        reportYear = year.value;
        const stored = yield* storedCycle(store, province, { from: 2000, to: reportYear }, files);
        plans = stored.records.plans;
        regs = stored.records.typicalRegistrations;
        models = stored.records.models.filter((m) => m.year === reportYear).map((m) => m.model);
        source = `kho ${stored.where}`;
        lineage ??= storedLineage(stored.records.adminUnits);
      } else {
        if (files.length === 0)
          return yield* new InvalidInputError({
            message: "Cần tệp kế hoạch (antq mau --loai ke-hoach) hoặc --tu-kho --nam <năm> để đọc từ kho.",
          });
        const read = yield* fileRecords(
          files,
          [...PLAN_SHEETS, TYPICAL_SHEET, ...MODEL_SHEETS],
          (sheets) => ({
            plans: readRecordGroup(PLAN_GROUP, sheets),
            registrations: readRecordGroup(TYPICAL_GROUP, sheets),
            models: readRecordGroup(MODEL_GROUP, sheets),
          }),
        );
        ({ plans, models } = read);
        regs = read.registrations;
        source = files.join(", ");
        reportYear = planReportYear(plans, regs, Option.getOrUndefined(year));
      }
      if (plans.length === 0)
        return yield* new InvalidInputError({
          message: `Không có kế hoạch nào trong ${source} (trang "Kế hoạch" trống hoặc thiếu; tạo mẫu bằng antq mau --loai ke-hoach). Không ghi tệp kết quả nào.`,
        });
      const document = planProgressDocument(
        plans,
        regs.filter((r) => r.year <= reportYear),
        { reportYear, ...(lineage ? { lineage } : {}) },
      );
      yield* emitDocument({
        document,
        workbook: { target: out, bytes: planProgressWorkbook, withJson: true },
        inputs: [...files, ...Option.toArray(admin)],
        json,
        lines: (d) => planProgressLines(d, models),
      });
    }),
).pipe(
  Command.withAlias("plan"),
  Command.withDescription(
    "Tiến độ thực hiện kế hoạch, chỉ tiêu (đơn vị điển hình theo loại và năm; tỷ lệ Công an phường điển hình, kiểu mẫu theo từng thành phố, thị xã và lộ trình từng năm)",
  ),
  Command.withExamples([
    {
      command: "antq ke-hoach ke-hoach.xlsx --don-vi-hanh-chinh dvhc.csv --nam 2024",
      description: "Tiến độ đến hết năm 2024 và số phường mỗi thành phố cần đạt thêm từng năm",
    },
    {
      command: "antq ke-hoach --tu-kho --nam 2025 --tinh P82-2025",
      description: "Tiến độ đến hết năm 2025 từ kho dữ liệu nhiều năm (antq nhap)",
    },
  ]),
);
