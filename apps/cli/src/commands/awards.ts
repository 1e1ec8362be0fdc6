/**
 * `antq khen-thuong` / `awards`: checks the eligibility of award proposals (@antq/rules-awards, on each
 * proposal's date) and writes the Danh sách đề nghị khen thưởng (print-ready xlsx with the Nghị định 30/2020
 * heading and signature, `@antq/sheets/xlsx`'s `awardProposalWorkbook`), the tallies by form, issuer and
 * recipient kind, or `antq.award-proposal/1`.
 */
import type { Overlay, Readings } from "@antq/rules";
import { type AwardProposal, assessAwardProposals, parseProvinceConfig } from "@antq/rules-awards";
import {
  AWARD_GROUP,
  AWARD_PROPOSAL_SHEET,
  awardProposalDocument,
  awardProposalLines,
  proposalsFromJson,
  readRecordGroup,
} from "@antq/sheets";
import { awardProposalWorkbook } from "@antq/sheets/xlsx";
import { awardProposalRecords } from "@antq/store";
import { Effect, Option } from "effect";
import { Argument, Command, Flag } from "effect/cli";
import { InvalidInputError } from "../errors.js";
import { readJsonFile } from "../io/read-input.js";
import { readingFlag, readingsFrom } from "./assess.js";
import { fileRecords, fromStoreFlag, provinceFlag, readStoreInstead } from "./plan.js";
import { emitDocument, jsonFlag, nothingWritten, rejectLocated, xlsxTarget } from "./shared.js";
import { storeFlag } from "./store.js";

/** Whether an input path is a workbook or a CSV sheet (read with `readCycleSheets`), not JSON. */
export const isSheetFile = (file: string): boolean => /\.(xlsx|csv)$/i.test(file);

/** The proposals of a workbook (or CSV) filled from `antq mau --loai de-nghi-khen-thuong`. */
const proposalsFromSheets = (file: string) =>
  Effect.gen(function* () {
    const { proposals } = yield* fileRecords([file], [AWARD_PROPOSAL_SHEET], (sheets) => ({
      proposals: readRecordGroup(AWARD_GROUP, sheets),
    }));
    if (proposals.length === 0)
      return yield* new InvalidInputError({
        message: `Danh sách đề nghị trong ${file} trống (trang “${AWARD_PROPOSAL_SHEET.sheetName}”); không ghi tệp nào.`,
      });
    return proposals;
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
      return yield* rejectLocated(
        file.value,
        parsed.issues,
        nothingWritten("Tệp cấu hình khen thưởng của tỉnh"),
      );
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
      const target = yield* xlsxTarget(out, "Tệp danh sách");
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
          return yield* rejectLocated(file.value, parsed.issues, nothingWritten("Tệp đề nghị khen thưởng"));
        proposals = parsed.proposals;
      }
      const results = yield* Effect.try({
        try: () => assessAwardProposals(proposals, { overlays, readings }),
        catch: (error) =>
          new InvalidInputError({
            message: `Không xét được điều kiện: ${error instanceof Error ? error.message : String(error)}`,
          }),
      });
      yield* emitDocument({
        document: awardProposalDocument(proposals, results),
        workbook: target === undefined ? undefined : { target, bytes: awardProposalWorkbook },
        inputs: Option.toArray(file),
        json,
        lines: awardProposalLines,
      });
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
