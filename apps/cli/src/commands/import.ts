/**
 * `antq nhap`: imports a validated data set into the multi-year record as one evaluation year, all or nothing:
 * a JSON file in @antq/domain's dataset format, or a workbook or CSV in antq's templates (read by @antq/sheets);
 * a workbook's sheets of the yearly cycle (plans, điển hình registrations, Tổ bảo vệ ANTT, activities)
 * are stored with it.
 */

import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { userInfo } from "node:os";
import { basename } from "node:path";
import { type Dataset, parseDataset } from "@antq/domain";
import { formatNumber } from "@antq/format-vi";
import { issueLines, jsonSyntaxPosition } from "@antq/sheets";
import { importCycleYear, importLines } from "@antq/store";
import { Effect } from "effect";
import { Argument, Command, Flag } from "effect/cli";
import { InputFileError } from "../errors.js";
import { readDataset } from "../sheets/read.js";
import { workbookCycleRecords } from "./plan.js";
import { failWithIssues, jsonFlag, printJson, printText } from "./shared.js";
import { storeFlag, withStore } from "./store.js";

/** Issues listed in full; beyond that only counted. */
const MAX_LISTED_ISSUES = 200;

const fileArgument = Argument.String("tệp").pipe(
  Argument.withDescription("Tệp dữ liệu của một năm: .xlsx, .csv theo mẫu của antq, hoặc .json"),
);
const importYearFlag = Flag.Int("nam").pipe(Flag.withDescription("Năm đánh giá của dữ liệu (bắt buộc)"));
const replaceFlag = Flag.Boolean("thay-the").pipe(
  Flag.withDescription(
    "Thay thế dữ liệu của năm này nếu kho đã có; các kết quả đã lưu của dữ liệu cũ bị xoá cùng dữ liệu đó",
  ),
  Flag.withDefault(false),
);

/** " (dòng 3, cột 14)" of a JSON syntax error, or "" when Node names no position. */
const jsonErrorLocation = (text: string, error: unknown): string => {
  const at = jsonSyntaxPosition(text, error);
  return at ? ` (dòng ${formatNumber(at.line)}, cột ${formatNumber(at.column)})` : "";
};

/** A JSON file in @antq/domain's dataset format, every issue listed with its field path. */
const domainDataset = (file: string, bytes: Buffer) =>
  Effect.gen(function* () {
    const text = bytes.toString("utf8");
    const input = yield* Effect.try({
      try: () => JSON.parse(text) as unknown,
      catch: (e) =>
        new InputFileError({
          file,
          message: `Tệp ${file} không phải JSON hợp lệ${jsonErrorLocation(text, e)}: ${(e as Error).message}`,
        }),
    });
    const parsed = parseDataset(input);
    if (parsed.ok) return parsed.value;
    return yield* refuse(
      parsed.issues.map((i) => `Lỗi — ${file}, trường ${i.pathText}: ${i.message}`),
      parsed.issues.length,
    );
  });

/** A workbook or CSV in antq's templates, read by @antq/sheets: nothing is imported while any row has an error. */
const workbookDataset = (file: string) =>
  Effect.gen(function* () {
    const read = yield* readDataset([file]);
    const errors = read.issues.filter((i) => i.severity === "error");
    if (errors.length > 0 || read.omittedIssues.errors > 0)
      return yield* refuse(
        issueLines({ ...read, issues: errors }),
        errors.length + read.omittedIssues.errors,
      );
    if (read.units.length === 0)
      return yield* new InputFileError({
        file,
        message: `Tệp ${file} không có đơn vị nào theo các mẫu của antq; chưa nhập gì vào kho.`,
      });
    return {
      schemaVersion: 1,
      units: read.units.map((r) => r.unit),
      annualFacts: read.facts.map((r) => r.facts),
    } satisfies Dataset;
  });

/** Lists the problems (at most {@link MAX_LISTED_ISSUES}) and fails: nothing is imported. */
const refuse = (lines: readonly string[], count: number) =>
  failWithIssues(
    lines,
    count,
    `Dữ liệu có ${formatNumber(count)} lỗi; chưa nhập gì vào kho.`,
    MAX_LISTED_ISSUES,
  );

export const importCommand = Command.make(
  "nhap",
  { file: fileArgument, year: importYearFlag, store: storeFlag, replace: replaceFlag, json: jsonFlag },
  ({ file, year, store, replace, json }) =>
    Effect.gen(function* () {
      const bytes = yield* Effect.tryPromise({
        try: () => readFile(file),
        catch: (e) =>
          new InputFileError({
            file,
            message: `Không đọc được tệp ${file}: ${(e as NodeJS.ErrnoException).code === "ENOENT" ? "tệp không tồn tại" : String(e)}.`,
          }),
      });
      // The yearly cycle's sheets of a workbook (plans, registrations, teams, activities) go with it; read
      // first, so that the workbook's bytes are released before its units are read.
      const cycle = /\.xlsx$/i.test(file) ? yield* workbookCycleRecords(file) : {};
      const dataset = /\.json$/i.test(file)
        ? yield* domainDataset(file, bytes)
        : yield* workbookDataset(file);
      const result = yield* withStore(store, async (s) => ({
        where: s.displayLocation,
        result: await importCycleYear(
          s.driver,
          { ...dataset, ...cycle },
          {
            year,
            replace,
            importedBy: process.env.ANTQ_NGUOI_NHAP || userInfo().username,
            fileName: basename(file),
            fileSha256: createHash("sha256").update(bytes).digest("hex"),
          },
        ),
      }));
      if (json) {
        yield* printJson({ version: 1, location: result.where, ...result.result });
        return;
      }
      yield* printText(importLines(result.result, year, result.where).join("\n"));
    }),
).pipe(
  Command.withAlias("import"),
  Command.withDescription(
    "Nhập dữ liệu một năm vào kho dữ liệu nhiều năm (toàn bộ hoặc không gì cả); ghi lại người nhập, thời điểm, mã băm tệp",
  ),
  Command.withExamples([
    {
      command: "antq nhap du-lieu-2024.json --nam 2024",
      description: "Nhập năm 2024 vào kho mặc định (~/.antq)",
    },
    {
      command: "antq nhap du-lieu-2024.json --nam 2024 --kho postgres://can-bo@may-chu/antq --thay-the",
      description: "Thay thế năm 2024 trong kho dùng chung",
    },
  ]),
);
