/**
 * `antq khen-thuong` / `awards`: checks the eligibility of award proposals (@antq/rules-awards, on each
 * proposal's date) and writes the Danh sách đề nghị khen thưởng (print-ready xlsx with the Nghị định 30/2020
 * heading and signature, `@antq/sheets/xlsx`'s `awardProposalWorkbook`), the tallies by form, issuer and
 * recipient kind, or `antq.award-proposal/1`.
 */
import { readFile } from "node:fs/promises";
import type { Overlay, Readings } from "@antq/rules";
import { type AwardProposal, assessAwardProposals, parseProvinceConfig } from "@antq/rules-awards";
import {
  AWARD_GROUP,
  AWARD_PROPOSAL_SHEET,
  awardProposalDocument,
  awardProposalLines,
  type JsonInputIssue,
  proposalsFromJson,
  readRecordGroup,
} from "@antq/sheets";
import { awardProposalWorkbook } from "@antq/sheets/xlsx";
import { awardProposalRecords } from "@antq/store";
import { Effect, Option } from "effect";
import { Argument, Command, Flag } from "effect/cli";
import { describeSystemError, InputFileError, InvalidInputError, ValidationFailedError } from "../errors.js";
import { formatNumber } from "../format.js";
import { atomicWriteFile } from "../io/atomic-write.js";
import { readingFlag, readingsFrom } from "./assess.js";
import { fromStoreFlag, provinceFlag, readCycleSheets, readStoreInstead, stopOnErrors } from "./plan.js";
import { jsonFlag, printError, printJson, printText } from "./shared.js";
import { storeFlag } from "./store.js";

/** Reads and parses a JSON input file; a missing or malformed file is an InputFileError (exit 2). */
export const readJsonFile = (file: string) =>
  Effect.tryPromise({
    try: async () => JSON.parse(await readFile(file, "utf8")) as unknown,
    catch: (error) =>
      new InputFileError({
        file,
        message:
          error instanceof SyntaxError
            ? `không phải JSON hợp lệ (${error.message})`
            : describeSystemError(error),
      }),
  });

/** One located problem of an input file. */
export type LocatedIssue = JsonInputIssue;

/** Prints the first 50 issues as "Lỗi — tệp [đường.dẫn]: …" and fails with a ValidationFailedError (exit 2). */
export const rejectLocated = (file: string, issues: readonly LocatedIssue[], what: string) =>
  Effect.gen(function* () {
    const lines = issues.slice(0, 50).map((i) => `Lỗi — ${file} [${i.path.join(".")}]: ${i.message}`);
    if (issues.length > 50) lines.push(`… và ${formatNumber(issues.length - 50)} lỗi khác.`);
    yield* printError(lines.join("\n"));
    return yield* new ValidationFailedError({
      message: `${what} có ${formatNumber(issues.length)} lỗi; không ghi tệp nào.`,
      issueCount: issues.length,
    });
  });

/** Whether an input path is a workbook or a CSV sheet (read with `readCycleSheets`), not JSON. */
export const isSheetFile = (file: string): boolean => /\.(xlsx|csv)$/i.test(file);

/** The proposals of a workbook (or CSV) filled from `antq mau --loai de-nghi-khen-thuong`. */
const proposalsFromSheets = (file: string) =>
  Effect.gen(function* () {
    const read = readRecordGroup(AWARD_GROUP, yield* readCycleSheets([file], [AWARD_PROPOSAL_SHEET]));
    yield* stopOnErrors(read.issues);
    if (read.records.length === 0)
      return yield* new InvalidInputError({
        message: `Danh sách đề nghị trong ${file} trống (trang “${AWARD_PROPOSAL_SHEET.sheetName}”); không ghi tệp nào.`,
      });
    return read.records.map((r) => r.value);
  });

/**
 * The proposals of a year's achievements from the store of `--kho` (scoped by `--tinh`); an InvalidInputError
 * when files are also given, or when the store has no such year or no proposal in it.
 */
const storedProposals = (
  store: Option.Option<string>,
  province: Option.Option<string>,
  year: number,
  files: readonly string[],
) =>
  Effect.gen(function* () {
    const stored = yield* readStoreInstead(store, province, files, (driver, scope) =>
      awardProposalRecords(driver, { from: year, to: year }, scope),
    );
    if (stored.records.proposals.length === 0)
      return yield* new InvalidInputError({
        message: `Kho ${stored.where} ${stored.records.years.length === 0 ? `chưa có dữ liệu năm ${year}` : `không có đề nghị khen thưởng nào năm ${year}${Option.isSome(province) ? ` của ${province.value}` : ""}`}. Nhập danh sách đề nghị cùng dữ liệu năm: antq nhap <tệp> --nam ${year}. Không ghi tệp nào.`,
      });
    return stored.records.proposals;
  });

/** Loads the province configuration (`--cau-hinh`) into an overlay; located issues exit 2. */
const loadProvinceConfig = (file: Option.Option<string>) =>
  Effect.gen(function* () {
    if (Option.isNone(file)) return [] as Overlay<AwardProposal>[];
    const parsed = parseProvinceConfig(yield* readJsonFile(file.value));
    if (!parsed.ok)
      return yield* rejectLocated(file.value, parsed.issues, "Tệp cấu hình khen thưởng của tỉnh");
    return [parsed.value];
  });

export const awardsCommand = Command.make(
  "khen-thuong",
  {
    file: Argument.String("tệp").pipe(
      Argument.withDescription(
        'Danh sách đề nghị khen thưởng: tệp Excel (hoặc CSV) theo mẫu (antq mau --loai de-nghi-khen-thuong) hoặc JSON ({"proposals": [...]}); không dùng với --tu-kho',
      ),
      Argument.optional,
    ),
    fromStore: fromStoreFlag,
    store: storeFlag,
    province: provinceFlag,
    year: Flag.Int("nam").pipe(
      Flag.withDescription("Khi đọc từ kho: năm thành tích của các đề nghị (antq nhap)"),
      Flag.optional,
    ),
    config: Flag.String("cau-hinh").pipe(
      Flag.withDescription(
        "Tệp cấu hình tiêu chuẩn khen thưởng của tỉnh (JSON: province, document, from, conditions) cho các điều kiện chưa có văn bản quốc gia",
      ),
      Flag.optional,
    ),
    reading: readingFlag,
    out: Flag.String("ra").pipe(
      Flag.withAlias("o"),
      Flag.withDescription("Ghi Danh sách đề nghị khen thưởng ra tệp Excel (.xlsx) để in"),
      Flag.optional,
    ),
    json: jsonFlag,
  },
  ({ file, fromStore, store, province, year, config, reading, out, json }) =>
    Effect.gen(function* () {
      const target = Option.getOrUndefined(out);
      if (target !== undefined && !target.toLowerCase().endsWith(".xlsx"))
        return yield* new InvalidInputError({
          message: `Tệp danh sách (--ra) phải có đuôi .xlsx: ${target}`,
        });
      const overlays = yield* loadProvinceConfig(config);
      const readings: Readings = readingsFrom({}, reading);
      let proposals: readonly AwardProposal[];
      if (fromStore) {
        if (Option.isNone(year))
          return yield* new InvalidInputError({
            message: "Đọc từ kho (--tu-kho) cần --nam (năm thành tích của các đề nghị).",
          });
        proposals = yield* storedProposals(store, province, year.value, Option.toArray(file));
      } else if (Option.isNone(file))
        return yield* new InvalidInputError({
          message:
            "Cần tệp danh sách đề nghị (antq mau --loai de-nghi-khen-thuong) hoặc --tu-kho --nam <năm> để đọc từ kho.",
        });
      else if (isSheetFile(file.value)) proposals = yield* proposalsFromSheets(file.value);
      else {
        const parsed = proposalsFromJson(yield* readJsonFile(file.value));
        if (parsed.issues.length > 0)
          return yield* rejectLocated(file.value, parsed.issues, "Tệp đề nghị khen thưởng");
        proposals = parsed.proposals;
      }
      const results = yield* Effect.try({
        try: () => assessAwardProposals(proposals, { overlays, readings }),
        catch: (error) =>
          new InvalidInputError({
            message: `Không xét được điều kiện: ${error instanceof Error ? error.message : String(error)}`,
          }),
      });
      const doc = awardProposalDocument(proposals, results);
      if (target !== undefined) {
        const bytes = yield* Effect.promise(() => awardProposalWorkbook(doc));
        yield* atomicWriteFile(target, bytes, { inputs: Option.toArray(file) });
      }
      if (json) yield* printJson(doc);
      else
        yield* printText([...awardProposalLines(doc), ...(target ? [`Đã ghi: ${target}`] : [])].join("\n"));
    }),
).pipe(
  Command.withAlias("awards"),
  Command.withDescription(
    "Xét điều kiện khen thưởng (Bằng khen, Giấy khen, Kỷ niệm chương) và lập Danh sách đề nghị khen thưởng",
  ),
  Command.withExamples([
    {
      command: "antq khen-thuong de-nghi.json --ra danh-sach-de-nghi.xlsx",
      description: "Xét điều kiện và ghi danh sách đề nghị để in",
    },
    {
      command: "antq khen-thuong --tu-kho --nam 2024 --tinh P82-2025 --json",
      description: "Xét các đề nghị năm 2024 đã nhập vào kho (antq nhap)",
    },
  ]),
);
