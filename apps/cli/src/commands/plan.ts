/**
 * `antq ke-hoach` / `plan`: progress of plans (kế hoạch, đề án) against their targets — điển hình units by
 * year and kind, and the ward-police "điển hình, kiểu mẫu" share per city with the wards each city must add
 * each year — from the plan and registration sheets (`antq mau --loai ke-hoach`), computed by
 * @antq/sheets' `planProgressDocument` (@antq/criteria's `planReport`). Nothing is written while any input
 * row has an error.
 */
import { readFile } from "node:fs/promises";
import { basename, extname } from "node:path";
import { countModels, modelSitesFromDomain } from "@antq/criteria";
import {
  type AdminUnitIndex,
  importAdminUnitsCsv,
  indexAdminUnits,
  type Model,
  PROVINCE_UNITS,
  type TypicalRegistration,
} from "@antq/domain";
import {
  type InputIssue,
  MODEL_GROUP,
  MODEL_SHEETS,
  PLAN_GROUP,
  PLAN_SHEETS,
  planProgressDocument,
  type RawCell,
  readRecordGroup,
  type SheetRows,
  type SheetSpec,
  TYPICAL_GROUP,
  TYPICAL_SHEET,
} from "@antq/sheets";
import { planProgressWorkbook } from "@antq/sheets/xlsx";
import { Effect, Option } from "effect";
import { Argument, Command, Flag } from "effect/cli";
import { describeSystemError, InputFileError, InvalidInputError, ValidationFailedError } from "../errors.js";
import { formatNumber } from "../format.js";
import { atomicWriteFile } from "../io/atomic-write.js";
import { CsvSyntaxError, openCsv } from "../io/csv.js";
import { readWorkbookCells } from "../io/xlsx.js";
import { formatIssue } from "../report.js";
import { jsonFlag, printError, printJson, printText } from "./shared.js";

/**
 * Reads the sheets of the given layouts from .xlsx files (by worksheet name) and .csv files (one layout per
 * file: the file named after the layout id, e.g. `ke-hoach.csv`, or the layout whose required headers it
 * has). A file with none of them is an error naming what was expected.
 */
export const readCycleSheets = (files: readonly string[], specs: readonly SheetSpec[]) =>
  Effect.gen(function* () {
    const sheets = new Map<string, SheetRows>();
    const expected = specs.map((s) => `"${s.sheetName}" (${s.id}.csv)`).join(", ");
    for (const file of files) {
      const extension = extname(file).toLowerCase();
      if (extension === ".xlsx") {
        const workbook = yield* readWorkbookCells(file);
        let found = 0;
        for (const [name, worksheet] of workbook) {
          const spec = specs.find((s) => s.sheetName === name);
          if (!spec) continue;
          found++;
          const headers = worksheet.headers.map((h) => String(h ?? ""));
          const rows = worksheet.rows.map((row) => ({
            line: row.line,
            cells: headers.map((_, i) => row.cells[i]),
          }));
          sheets.set(spec.sheetName, {
            file,
            sheet: worksheet.name,
            headers: [...headers].map((h) => h ?? ""),
            rows,
          });
        }
        if (found === 0)
          return yield* new InputFileError({
            file,
            message: `không có trang tính nào của mẫu; cần một trong các trang ${expected} (tạo mẫu bằng antq mau)`,
          });
      } else if (extension === ".csv") {
        const table = yield* Effect.tryPromise({
          try: async () => {
            const t = await openCsv(file);
            const rows: { line: number; cells: RawCell[] }[] = [];
            for await (const batch of t.rows)
              for (const r of batch) rows.push({ line: r.line, cells: [...r.cells] });
            return { headers: t.headers, rows };
          },
          catch: (error) =>
            new InputFileError({
              file,
              message: error instanceof CsvSyntaxError ? error.message : describeSystemError(error),
            }),
        });
        const name = basename(file, extname(file)).normalize("NFC");
        const headerSet = new Set(
          table.headers.map((h) => h.normalize("NFC").trim().toLocaleLowerCase("vi")),
        );
        const spec =
          specs.find((s) => s.id === name) ??
          specs.find((s) =>
            s.columns.filter((c) => c.required).every((c) => headerSet.has(c.header.toLocaleLowerCase("vi"))),
          );
        if (!spec)
          return yield* new InputFileError({
            file,
            message: `không nhận ra loại dữ liệu của tệp CSV (đặt tên tệp hoặc dòng tiêu đề theo một trong các mẫu ${expected})`,
          });
        sheets.set(spec.sheetName, { file, sheet: spec.sheetName, headers: table.headers, rows: table.rows });
      } else {
        return yield* new InputFileError({
          file,
          message: `định dạng "${extension || "(không có đuôi)"}" chưa được hỗ trợ; dùng .xlsx hoặc .csv`,
        });
      }
    }
    return sheets;
  });

/** Prints located input problems; fails with exit 2 when any is an error (nothing has been written yet). */
export const stopOnErrors = (issues: readonly InputIssue[]) =>
  Effect.gen(function* () {
    if (issues.length > 0) yield* printError(issues.slice(0, 100).map(formatIssue).join("\n"));
    const errors = issues.filter((i) => i.severity === "error").length;
    if (errors > 0)
      return yield* new ValidationFailedError({
        message: `Dữ liệu đầu vào có ${formatNumber(errors)} lỗi; không ghi tệp kết quả nào.`,
        issueCount: errors,
      });
  });

/** Reads administrative units (CSV of `antq`'s admin-unit columns) on top of the shipped provinces. */
export const readAdminUnits = (file: string) =>
  Effect.gen(function* () {
    const text = yield* Effect.tryPromise({
      try: () => readFile(file, "utf8"),
      catch: (error) => new InputFileError({ file, message: describeSystemError(error) }),
    });
    const imported = importAdminUnitsCsv(text);
    if (!imported.ok) {
      yield* stopOnErrors(
        imported.issues.map(
          (i): InputIssue => ({
            severity: "error",
            code: i.code,
            message: i.message,
            file,
            path: i.pathText,
          }),
        ),
      );
      return undefined;
    }
    const index = indexAdminUnits([...PROVINCE_UNITS, ...imported.value]);
    if (!index.ok)
      return yield* new InputFileError({ file, message: index.issues.map((i) => i.message).join("; ") });
    return index.value as AdminUnitIndex | undefined;
  });

/** The model summary of the console (HD 22 counts; "hoạt động hiệu quả" in the report year, TT 124's question). */
const modelLines = (models: readonly Model[], year: number): string[] => {
  if (models.length === 0) return [];
  const counts = countModels(modelSitesFromDomain(models));
  const rated = models.filter((m) => m.ratings?.some((r) => r.year === year));
  const effective = models.filter((m) =>
    m.ratings?.some((r) => r.year === year && r.effectiveness === "effective"),
  );
  return [
    `Mô hình: ${formatNumber(counts.totals.models)} mô hình, ${formatNumber(counts.totals.sites)} điểm, ${formatNumber(counts.totals.teams)} tổ (cách đếm của Hướng dẫn 22/HD-BCA-V05); năm ${year}: ${formatNumber(effective.length)}/${formatNumber(rated.length)} mô hình được đánh giá hoạt động hiệu quả${rated.length < models.length ? `, ${formatNumber(models.length - rated.length)} mô hình chưa đánh giá` : ""}.`,
  ];
};

export const planCommand = Command.make(
  "ke-hoach",
  {
    files: Argument.String("tệp").pipe(
      Argument.withDescription(
        'Tệp kế hoạch và đăng ký điển hình (.xlsx có các trang "Kế hoạch", "Chỉ tiêu số lượng", "Chỉ tiêu tỷ lệ", "Đăng ký điển hình"; hoặc các tệp .csv tương ứng)',
      ),
      Argument.atLeast(1),
    ),
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
  ({ files, year, admin, out, json }) =>
    Effect.gen(function* () {
      const sheets = yield* readCycleSheets(files, [...PLAN_SHEETS, TYPICAL_SHEET, ...MODEL_SHEETS]);
      const plans = readRecordGroup(PLAN_GROUP, sheets);
      const registrations = readRecordGroup(TYPICAL_GROUP, sheets);
      const models = readRecordGroup(MODEL_GROUP, sheets);
      yield* stopOnErrors([...plans.issues, ...registrations.issues, ...models.issues]);
      if (plans.records.length === 0)
        return yield* new InvalidInputError({
          message: `Không có kế hoạch nào trong ${files.join(", ")} (trang "Kế hoạch" trống hoặc thiếu; tạo mẫu bằng antq mau --loai ke-hoach). Không ghi tệp kết quả nào.`,
        });
      const lineage = Option.isSome(admin) ? yield* readAdminUnits(admin.value) : undefined;
      const regs: TypicalRegistration[] = registrations.records.map((r) => r.value);
      const reportYear = Option.isSome(year)
        ? year.value
        : regs.length > 0
          ? Math.max(...regs.map((r) => r.year))
          : (plans.records[0]?.value.fromYear ?? new Date().getUTCFullYear());
      const document = planProgressDocument(
        plans.records.map((r) => r.value),
        regs,
        { reportYear, ...(lineage ? { lineage } : {}) },
      );
      const jsonTarget = `${out.slice(0, out.length - extname(out).length)}.json`;
      const inputs = [...files, ...(Option.isSome(admin) ? [admin.value] : [])];
      const bytes = yield* Effect.promise(() => planProgressWorkbook(document));
      yield* atomicWriteFile(out, bytes, { inputs });
      yield* atomicWriteFile(jsonTarget, `${JSON.stringify(document, null, 2)}\n`, { inputs });
      if (json) return yield* printJson(document);
      yield* printText(
        [
          `TIẾN ĐỘ THỰC HIỆN KẾ HOẠCH, CHỈ TIÊU (kết quả đến hết năm ${reportYear})`,
          ...document.plans.flatMap((p) => [
            ...p.lines,
            ...(p.countTargets.length > 0
              ? [
                  `Đăng ký, được chọn xây dựng: ${p.countTargets
                    .map(
                      (t) =>
                        `${t.subjectTitle.toLocaleLowerCase("vi")} năm ${t.year} ${t.registered}/${t.target}`,
                    )
                    .join("; ")}.`,
                ]
              : []),
          ]),
          ...modelLines(
            models.records.map((m) => m.value),
            reportYear,
          ),
          `Đã ghi: ${out}, ${jsonTarget}`,
        ].join("\n"),
      );
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
  ]),
);
