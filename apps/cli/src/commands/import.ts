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
import { importableJson, importableRead, importRefusedMessage } from "@antq/sheets";
import { importCycleYear, importDocument, importLines, type RunKind } from "@antq/store";
import { Argument, Command } from "effect/cli";
import * as Effect from "effect/Effect";
import * as Option from "effect/Option";
import { InputFileError } from "../errors.js";
import { COMMAND_HINTS } from "../hints.js";
import { readDataset } from "../sheets/read.js";
import { workbookCycleRecords } from "./cycle-input.js";
import { requiredIntFlag, switchFlag, withHelp } from "./define.js";
import { failWithIssues, jsonFlag, printJson, printText } from "./shared.js";
import { storeFlag, withStore } from "./store.js";

export const importCommand = Command.make(
  "nhap",
  {
    file: Argument.String("tệp").pipe(
      Argument.withDescription("Tệp dữ liệu của một năm: .xlsx, .csv theo mẫu của antq, hoặc .json"),
    ),
    year: requiredIntFlag("nam", "Năm đánh giá của dữ liệu (bắt buộc)"),
    store: storeFlag,
    replace: switchFlag(
      "thay-the",
      "Thay thế dữ liệu của năm này nếu kho đã có; các kết quả đã lưu của dữ liệu cũ bị xoá cùng dữ liệu đó",
    ),
    json: jsonFlag,
  },
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
      // A JSON file in @antq/domain's format, else a workbook or CSV read by @antq/sheets: all valid, or nothing.
      const importable = /\.json$/i.test(file)
        ? importableJson(bytes.toString("utf8"), file)
        : importableRead(yield* readDataset([file]), file);
      if (!importable.ok && "file" in importable)
        return yield* new InputFileError({ file, message: importable.file });
      if (!importable.ok)
        return yield* failWithIssues(
          importable.lines,
          importable.count,
          importRefusedMessage(importable.count),
        );
      const fileSha256 = createHash("sha256").update(bytes).digest("hex");
      const options = { year, replace, fileName: basename(file), fileSha256 };
      const importedBy = process.env.ANTQ_NGUOI_NHAP || userInfo().username;
      const { where, result } = yield* withStore(
        store,
        async (s) => ({
          where: s.displayLocation,
          result: await importCycleYear(
            s.driver,
            { ...importable.dataset, ...cycle },
            { ...options, importedBy },
          ),
        }),
        { YEAR_EXISTS: COMMAND_HINTS.replaceYear(year, Option.getOrUndefined(store)) },
      );
      // Saved results removed with the replaced data: the command that saves each kind again, in this store.
      const saveRun = (kind: RunKind, y: number) =>
        COMMAND_HINTS.saveRun(kind, y, Option.getOrUndefined(store));
      const lines = importLines(result, year, where, { saveRun });
      yield* json ? printJson(importDocument(result, where)) : printText(lines.join("\n"));
    }),
).pipe(
  withHelp({
    alias: "import",
    description:
      "Nhập dữ liệu một năm vào kho dữ liệu nhiều năm (toàn bộ hoặc không gì cả); ghi lại người nhập, thời điểm, mã băm tệp",
    examples: [
      ["antq nhap du-lieu-2024.json --nam 2024", "Nhập năm 2024 vào kho mặc định (~/.antq)"],
      [
        "antq nhap du-lieu-2024.json --nam 2024 --kho postgres://can-bo@may-chu/antq --thay-the",
        "Thay thế năm 2024 trong kho dùng chung",
      ],
    ],
  }),
);
