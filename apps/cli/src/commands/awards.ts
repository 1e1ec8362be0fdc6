/**
 * `antq khen-thuong` / `awards`: checks the eligibility of award proposals (@antq/rules-awards, on each
 * proposal's date) and writes the Danh sách đề nghị khen thưởng (print-ready xlsx with the Nghị định 30/2020
 * heading and signature, `@antq/sheets/xlsx`'s `awardProposalWorkbook`), the tallies by form, issuer and
 * recipient kind, or `antq.award-proposal/1`.
 */
import { type AwardProposal, assessAwardProposals, parseProvinceConfig } from "@antq/rules-awards";
import {
  AWARD_GROUP,
  AWARD_PROPOSAL_SHEET,
  awardProposalDocument,
  awardProposalLines,
  proposalsFromJson,
  readRecordGroup,
} from "@antq/sheets";
import { awardProposalRecords } from "@antq/store";
import { Command } from "effect/cli";
import * as Effect from "effect/Effect";
import * as Option from "effect/Option";
import { InvalidInputError } from "../errors.js";
import { readJsonFile } from "../io/read-input.js";
import { readingFlag, readingsFrom } from "./assess.js";
import { cycleFlags, fileRecords, readStoreInstead, refuse, type StoreChoice } from "./cycle-input.js";
import { CYCLE_TEXT } from "./cycle-text.js";
import { fileArgument, intFlag, textFlag, withHelp } from "./define.js";
import { emitDocument, nothingWritten, rejectLocated, xlsxTarget } from "./shared.js";

/** Whether an input path is a workbook or a CSV sheet (read with `readCycleSheets`), not JSON. */
export const isSheetFile = (file: string): boolean => /\.(xlsx|csv)$/i.test(file);

/** The proposals of a file: a workbook (or CSV) filled from `antq mau --loai de-nghi-khen-thuong`, or JSON. */
const proposalsFromFile = (file: string) =>
  Effect.gen(function* () {
    if (!isSheetFile(file)) {
      const parsed = proposalsFromJson(yield* readJsonFile(file));
      if (parsed.issues.length === 0) return parsed.proposals;
      return yield* rejectLocated(file, parsed.issues, nothingWritten("Tệp đề nghị khen thưởng"));
    }
    const { proposals } = yield* fileRecords([file], [AWARD_PROPOSAL_SHEET], (sheets) => ({
      proposals: readRecordGroup(AWARD_GROUP, sheets),
    }));
    if (proposals.length > 0) return proposals;
    return yield* refuse(CYCLE_TEXT.noProposal(file, AWARD_PROPOSAL_SHEET.sheetName));
  });

/** The proposals of a year's achievements from the store; refused when it has no such year or no proposal in it. */
const storedProposals = (choice: StoreChoice, year: number) =>
  Effect.gen(function* () {
    const stored = yield* readStoreInstead(choice, (driver, scope) =>
      awardProposalRecords(driver, { from: year, to: year }, scope),
    );
    const { proposals, years } = stored.records;
    if (proposals.length > 0) return proposals;
    const province = Option.getOrUndefined(choice.province);
    const store = Option.getOrUndefined(choice.store);
    return yield* refuse(CYCLE_TEXT.noStoredProposal(stored.where, year, years.length > 0, province, store));
  });

/** Loads the province configuration (`--cau-hinh`) into an overlay; located issues exit 2. */
const loadProvinceConfig = (file: Option.Option<string>) =>
  Effect.gen(function* () {
    if (Option.isNone(file)) return [];
    const parsed = parseProvinceConfig(yield* readJsonFile(file.value));
    if (parsed.ok) return [parsed.value];
    return yield* rejectLocated(
      file.value,
      parsed.issues,
      nothingWritten("Tệp cấu hình khen thưởng của tỉnh"),
    );
  });

export const awardsCommand = Command.make(
  "khen-thuong",
  cycleFlags(
    fileArgument(
      'Danh sách đề nghị khen thưởng: tệp Excel (hoặc CSV) theo mẫu (antq mau --loai de-nghi-khen-thuong) hoặc JSON ({"proposals": [...]}); không dùng với --tu-kho',
    ),
    {
      year: intFlag("nam", "Khi đọc từ kho: năm thành tích của các đề nghị (antq nhap)"),
      config: textFlag(
        "cau-hinh",
        "Tệp cấu hình tiêu chuẩn khen thưởng của tỉnh (JSON: province, document, from, conditions) cho các điều kiện chưa có văn bản quốc gia",
      ),
      reading: readingFlag,
    },
    textFlag("ra", "Ghi Danh sách đề nghị khen thưởng ra tệp Excel (.xlsx) để in", "o"),
  ),
  ({ input: file, fromStore, store, province, year, config, reading, out, json }) =>
    Effect.gen(function* () {
      const target = yield* xlsxTarget(out, "Tệp danh sách");
      const overlays = yield* loadProvinceConfig(config);
      const readings = readingsFrom({}, reading);
      let proposals: readonly AwardProposal[];
      if (!fromStore) {
        const missing = CYCLE_TEXT.missingInput("danh sách đề nghị", "de-nghi-khen-thuong");
        proposals = Option.isSome(file) ? yield* proposalsFromFile(file.value) : yield* refuse(missing);
      } else if (Option.isSome(year))
        proposals = yield* storedProposals({ store, province, files: Option.toArray(file) }, year.value);
      else return yield* refuse(CYCLE_TEXT.needsYear("năm thành tích của các đề nghị"));
      const results = yield* Effect.try({
        try: () => assessAwardProposals(proposals, { overlays, readings }),
        catch: (error) =>
          new InvalidInputError({
            message: `Không xét được điều kiện: ${error instanceof Error ? error.message : String(error)}`,
          }),
      });
      yield* emitDocument({
        document: awardProposalDocument(proposals, results),
        workbook: target === undefined ? undefined : { target, bytes: (x, d) => x.awardProposalWorkbook(d) },
        inputs: Option.toArray(file),
        json,
        lines: awardProposalLines,
      });
    }),
).pipe(
  withHelp({
    alias: "awards",
    description:
      "Xét điều kiện khen thưởng (Bằng khen, Giấy khen, Kỷ niệm chương) và lập Danh sách đề nghị khen thưởng",
    examples: [
      [
        "antq khen-thuong de-nghi.json --ra danh-sach-de-nghi.xlsx",
        "Xét điều kiện và ghi danh sách đề nghị để in",
      ],
      [
        "antq khen-thuong --tu-kho --nam 2024 --tinh P82-2025 --json",
        "Xét các đề nghị năm 2024 đã nhập vào kho (antq nhap)",
      ],
    ],
  }),
);
