/**
 * What the yearly-cycle commands (ke-hoach, dien-hinh, to-bao-ve, khen-thuong, hoat-dong; `antq nhap` for a
 * year's workbook) share: their flags, the cycle sheets read from .xlsx and .csv files, the records read from
 * the multi-year store instead, and the stop on located errors before anything is written.
 */
import {
  addCycleCsv,
  addCycleWorksheet,
  adminLineageFromCsv,
  cycleFileKind,
  formatIssue,
  type InputIssue,
  matchCycleSheet,
  noCycleSheetMessage,
  readCsvTable,
  readYearCycle,
  type SheetRows,
  type SheetSpec,
  type SourcedRecord,
  YEAR_CYCLE_SHEETS,
} from "@antq/sheets";
import { cycleRecords, type ProvinceScope, provinceScope, type SqlDriver } from "@antq/store";
import { Flag } from "effect/cli";
import * as Effect from "effect/Effect";
import * as Option from "effect/Option";
import { InputFileError, InvalidInputError, ValidationFailedError } from "../errors.js";
import { COMMAND_HINTS } from "../hints.js";
import { openCsv } from "../io/csv.js";
import { readInputFile, reading } from "../io/read-input.js";
import { CYCLE_TEXT } from "./cycle-text.js";
import { switchFlag, textFlag } from "./define.js";
import { jsonFlag, printError } from "./shared.js";
import { storeFlag, withStore } from "./store.js";

/** Fails with `message` (exit 2): a command line or an input the command refuses. */
export const refuse = (message: string) => Effect.fail(new InvalidInputError({ message }));

/** `--ra`/`-o`: the result workbook, with a default (the JSON document is written beside it). */
export const resultFlag = (description: string, target: string) =>
  Flag.String("ra").pipe(Flag.withAlias("o"), Flag.withDescription(description), Flag.withDefault(target));

/**
 * A cycle command's flags in their help order: `input`, `--tu-kho` (read the records from the multi-year store
 * instead of files), `--kho`, `--tinh` (with `--tu-kho`, one province and those it was formed from in 2025), its
 * `own`, `--ra`, `--json`.
 */
export const cycleFlags = <I, O extends object, R>(input: I, own: O, out: R) => ({
  input,
  fromStore: switchFlag(
    "tu-kho",
    "Đọc dữ liệu từ kho dữ liệu nhiều năm (antq nhap) thay vì từ tệp; cần --nam",
  ),
  store: storeFlag,
  province: textFlag(
    "tinh",
    "Khi đọc từ kho: mã tỉnh, thành phố (vd. P82-2025); tính cả các tỉnh cũ hợp thành (sắp xếp 2025)",
  ),
  ...own,
  out,
  json: jsonFlag,
});

/**
 * Reads the sheets of the given layouts from .xlsx files (by worksheet name) and .csv files (one layout per
 * file: the file named after the layout id, e.g. `ke-hoach.csv`, or the layout whose required headers it
 * has). A file with none of them is an error naming what was expected (none is fine when `optional`).
 */
export const readCycleSheets = (files: readonly string[], specs: readonly SheetSpec[], optional = false) =>
  Effect.gen(function* () {
    const sheets = new Map<string, SheetRows>();
    for (const file of files) {
      const kind = cycleFileKind(file);
      let problem: string | undefined;
      if (typeof kind === "object") problem = kind.message;
      else if (kind === "csv")
        problem = addCycleCsv(
          sheets,
          specs,
          file,
          yield* reading(file, async () => readCsvTable(await openCsv(file))),
        );
      else {
        const { readWorkbookCells } = yield* Effect.promise(() => import("../io/xlsx.js"));
        const workbook = yield* readWorkbookCells(
          file,
          (name) => matchCycleSheet(specs, name, []) !== undefined,
        );
        const added = [...workbook.values()].map((sheet) => addCycleWorksheet(sheets, specs, file, sheet));
        const refused = added.find((a) => typeof a === "object");
        if (refused !== undefined) problem = refused.message;
        else if (!added.includes("added") && !optional)
          problem = `${noCycleSheetMessage(specs)}. ${COMMAND_HINTS.template}`;
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
        message: CYCLE_TEXT.errors(errors, consequence),
        issueCount: errors,
      });
  });

/** The options of `--tu-kho`, `--kho`, `--tinh` and the input files, as a cycle command receives them. */
export interface StoreChoice {
  readonly store: Option.Option<string>;
  readonly province: Option.Option<string>;
  readonly files: readonly string[];
}

/**
 * Reads records from the store of `--kho` (scoped by `--tinh`) with `read`, with the store's name for messages;
 * refused when files are also given (`--tu-kho` reads the store, not files).
 */
export const readStoreInstead = <T>(
  { store, province, files }: StoreChoice,
  read: (driver: SqlDriver, scope: ProvinceScope | undefined) => Promise<T>,
) =>
  files.length > 0
    ? refuse(CYCLE_TEXT.filesWithStore(files))
    : withStore(store, async (s) => ({
        where: s.displayLocation,
        records: await read(s.driver, Option.isSome(province) ? provinceScope(province.value) : undefined),
      }));

/** The cycle records of `period` from the store (see {@link readStoreInstead}); refused when it has no year of it. */
export const storedCycle = (choice: StoreChoice, period: { readonly from: number; readonly to: number }) =>
  Effect.gen(function* () {
    const stored = yield* readStoreInstead(choice, (driver, scope) => cycleRecords(driver, period, scope));
    if (stored.records.years.length === 0)
      return yield* refuse(CYCLE_TEXT.storeEmpty(stored.where, period, Option.getOrUndefined(choice.store)));
    return stored;
  });

/**
 * The cycle records of a year's workbook (plans and targets, điển hình registrations, models, Tổ bảo vệ ANTT,
 * activities, award proposals: @antq/sheets' `readYearCycle`); none when the workbook has no such sheet. Any
 * located error stops the import before anything is written.
 */
export const workbookCycleRecords = (file: string) =>
  Effect.gen(function* () {
    const read = readYearCycle(yield* readCycleSheets([file], YEAR_CYCLE_SHEETS, true));
    yield* stopOnErrors(read.issues, "chưa nhập gì vào kho");
    return read.records;
  });

/** `--don-vi-hanh-chinh`: administrative units (CSV of `antq`'s admin-unit columns) on top of the shipped provinces. */
export const readAdminUnits = (file: Option.Option<string>) =>
  Effect.gen(function* () {
    if (Option.isNone(file)) return undefined;
    const read = yield* readInputFile(file.value, (text) => adminLineageFromCsv(text, file.value));
    if (read.ok) return read.lineage;
    yield* stopOnErrors(read.issues);
    return yield* new InputFileError({
      file: file.value,
      message: read.message ?? "đơn vị hành chính không hợp lệ",
    });
  });
