/**
 * `antq to-bao-ve` / `teams`: the yearly ratings of the Tổ bảo vệ an ninh, trật tự and their members per
 * commune (Luật 30/2023/QH15, HD 01/HD-BCA-V05) with the 20% cap on "Hoàn thành xuất sắc" and the reasons, from
 * @antq/criteria; console, `antq.team-rating/1` (`--json`) and a print-ready workbook (`--ra`).
 */
import {
  rateTeamsDocument,
  readRecordGroup,
  TEAM_GROUP,
  TEAM_MEMBER_SHEET,
  TEAM_SHEET,
  type TeamsJson,
  teamRatingLines,
  teamReadingProblem,
  teamsFromJson,
  teamYearProblem,
} from "@antq/sheets";
import { Command } from "effect/cli";
import * as Effect from "effect/Effect";
import * as Option from "effect/Option";
import { readJsonFile } from "../io/read-input.js";
import { readingFlag, readingsFrom } from "./assess.js";
import { isSheetFile } from "./awards.js";
import { cycleFlags, fileRecords, refuse, storedCycle } from "./cycle-input.js";
import { CYCLE_TEXT } from "./cycle-text.js";
import { fileArgument, requiredIntFlag, switchFlag, textFlag, withHelp } from "./define.js";
import { emitDocument, nothingWritten, rejectLocated, xlsxTarget } from "./shared.js";

/** The teams of a workbook (or CSV sheets) filled from `antq mau --loai to-bao-ve` (teams and members). */
const teamsFromSheets = (file: string) =>
  Effect.gen(function* () {
    const { teams } = yield* fileRecords([file], [TEAM_SHEET, TEAM_MEMBER_SHEET], (sheets) => ({
      teams: readRecordGroup(TEAM_GROUP, sheets),
    }));
    if (teams.length === 0) return yield* refuse(CYCLE_TEXT.noTeam(file, TEAM_SHEET.sheetName));
    return { teams, communeNames: new Map(), issues: [], root: [] } satisfies TeamsJson;
  });

export const teamsCommand = Command.make(
  "to-bao-ve",
  cycleFlags(
    fileArgument(
      'Các Tổ bảo vệ ANTT: tệp Excel (hoặc CSV) theo mẫu (antq mau --loai to-bao-ve) hoặc JSON ({"communes": [...], "teams": [...]}); không dùng với --tu-kho',
    ),
    {
      year: requiredIntFlag("nam", "Năm đánh giá (từ 15/11 năm trước đến 14/11)"),
      reading: readingFlag,
      enforce: switchFlag(
        "ha-muc",
        "Hạ mức các Tổ, thành viên vượt tỷ lệ 20% (ưu tiên thấp, theo mã) thay vì chỉ báo",
      ),
    },
    textFlag("ra", "Ghi kết quả xếp loại ra tệp Excel (.xlsx) để in", "o"),
  ),
  ({ input: file, fromStore, store, province, year, reading, enforce, out, json }) =>
    Effect.gen(function* () {
      const target = yield* xlsxTarget(out, "Tệp kết quả");
      const readings = readingsFrom({}, reading);
      const problem = teamYearProblem(year) ?? teamReadingProblem(readings);
      if (problem !== undefined) return yield* refuse(problem);
      let parsed: TeamsJson;
      let source: string;
      if (fromStore) {
        const stored = yield* storedCycle(
          { store, province, files: Option.toArray(file) },
          { from: year, to: year },
        );
        source = `kho ${stored.where}`;
        const teams = stored.records.securityTeams.map((t) => t.team);
        if (teams.length === 0)
          return yield* refuse(CYCLE_TEXT.noStoredTeam(stored.where, year, Option.getOrUndefined(province)));
        const communeNames = new Map(stored.records.adminUnits.map((a) => [a.id, a.name]));
        parsed = { teams, communeNames, issues: [], root: [] };
      } else {
        if (Option.isNone(file))
          return yield* refuse(CYCLE_TEXT.missingInput("Tổ bảo vệ ANTT", "to-bao-ve", false));
        source = file.value;
        parsed = isSheetFile(source)
          ? yield* teamsFromSheets(source)
          : teamsFromJson(yield* readJsonFile(source));
      }
      const rejected = nothingWritten("Tệp Tổ bảo vệ ANTT");
      if (parsed.issues.length > 0) return yield* rejectLocated(source, parsed.issues, rejected);
      const { communeNames, root } = parsed;
      const rated = rateTeamsDocument(parsed.teams, year, {
        readings,
        enforceCap: enforce,
        communeNames,
        root,
      });
      if (!rated.ok) return yield* rejectLocated(source, rated.issues, rejected);
      yield* emitDocument({
        document: rated.document,
        workbook:
          target === undefined
            ? undefined
            : { target, bytes: (x, d) => x.teamRatingWorkbook(d, parsed.teams) },
        inputs: Option.toArray(file),
        json,
        lines: teamRatingLines,
      });
    }),
).pipe(
  withHelp({
    alias: "teams",
    description:
      "Xếp loại Tổ bảo vệ an ninh, trật tự và thành viên theo xã, phường (tỷ lệ 20% “Hoàn thành xuất sắc”)",
    examples: [
      [
        "antq to-bao-ve to-bao-ve.json --nam 2025 --cach-hieu hd01.ty_le_xuat_sac=chi_hoan_thanh_tot --ra xep-loai.xlsx",
        "Xếp loại năm 2025 và ghi kết quả để in",
      ],
      [
        "antq to-bao-ve --tu-kho --nam 2025 --tinh P82-2025 --ra xep-loai.xlsx",
        "Xếp loại các Tổ đã nhập vào kho năm 2025 (antq nhap)",
      ],
    ],
  }),
);
