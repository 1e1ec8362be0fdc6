/**
 * `antq nhap`: imports a validated data set (JSON, read with @antq/domain's parseDataset) into the
 * multi-year record as one evaluation year, all or nothing.
 */
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { userInfo } from "node:os";
import { basename } from "node:path";
import { parseDataset } from "@antq/domain";
import { importYear } from "@antq/store";
import { Effect } from "effect";
import { Argument, Command, Flag } from "effect/cli";
import { InputFileError, ValidationFailedError } from "../errors.js";
import { formatNumber } from "../format.js";
import { jsonFlag, printError, printJson, printText } from "./shared.js";
import { storeFlag, withStore } from "./store.js";

/** Issues listed in full; beyond that only counted. */
const MAX_LISTED_ISSUES = 200;

const fileArgument = Argument.String("tệp").pipe(Argument.withDescription("Tệp dữ liệu JSON của một năm"));
const importYearFlag = Flag.Int("nam").pipe(Flag.withDescription("Năm đánh giá của dữ liệu (bắt buộc)"));
const replaceFlag = Flag.Boolean("thay-the").pipe(
  Flag.withDescription("Thay thế dữ liệu của năm này nếu kho đã có"),
  Flag.withDefault(false),
);

/** "dòng 3, cột 14" of a JSON syntax error, from the position Node reports. */
const jsonErrorLocation = (text: string, error: Error): string => {
  const m = /position (\d+)/.exec(error.message);
  if (m === null) return "";
  const before = text.slice(0, Number(m[1]));
  const line = before.split("\n").length;
  return ` (dòng ${formatNumber(line)}, cột ${formatNumber(before.length - before.lastIndexOf("\n"))})`;
};

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
      if (!/\.json$/i.test(file))
        return yield* new InputFileError({
          file,
          message: `Tệp ${file}: lệnh nhap hiện chỉ đọc tệp JSON theo mô hình dữ liệu (.json).`,
        });
      const text = bytes.toString("utf8");
      const input = yield* Effect.try({
        try: () => JSON.parse(text) as unknown,
        catch: (e) =>
          new InputFileError({
            file,
            message: `Tệp ${file} không phải JSON hợp lệ${jsonErrorLocation(text, e as Error)}: ${(e as Error).message}`,
          }),
      });
      const parsed = parseDataset(input);
      if (!parsed.ok) {
        const lines = parsed.issues
          .slice(0, MAX_LISTED_ISSUES)
          .map((i) => `Lỗi — ${file}, trường ${i.pathText}: ${i.message}`);
        if (parsed.issues.length > MAX_LISTED_ISSUES)
          lines.push(`… và ${formatNumber(parsed.issues.length - MAX_LISTED_ISSUES)} lỗi khác.`);
        yield* printError(lines.join("\n"));
        return yield* new ValidationFailedError({
          message: `Dữ liệu có ${formatNumber(parsed.issues.length)} lỗi; chưa nhập gì vào kho.`,
          issueCount: parsed.issues.length,
        });
      }
      const result = yield* withStore(store, async (s) => ({
        where: s.displayLocation,
        result: await importYear(s.driver, parsed.value, {
          year,
          replace,
          importedBy: process.env.ANTQ_NGUOI_NHAP || userInfo().username,
          fileName: basename(file),
          fileSha256: createHash("sha256").update(bytes).digest("hex"),
        }),
      }));
      const c = result.result.counts;
      if (json) {
        yield* printJson({ version: 1, location: result.where, ...result.result });
        return;
      }
      yield* printText(
        [
          `Đã ${result.result.replaced ? "thay thế" : "nhập"} dữ liệu năm ${year} vào kho ${result.where}:`,
          `  ${formatNumber(c.units)} đơn vị, ${formatNumber(c.annualFacts)} bản dữ kiện, ${formatNumber(c.models)} mô hình, ${formatNumber(c.securityTeams)} tổ bảo vệ ANTT, ${formatNumber(c.activities)} hoạt động, ${formatNumber(c.awards)} khen thưởng, ${formatNumber(c.plans)} kế hoạch.`,
          ...(c.otherYearRecords > 0
            ? [
                `  Bỏ qua ${formatNumber(c.otherYearRecords)} bản dữ kiện, bảng chấm điểm của năm khác ${year}.`,
              ]
            : []),
        ].join("\n"),
      );
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
