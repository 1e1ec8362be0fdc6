/**
 * `antq to-bao-ve` / `teams`: the yearly ratings of the Tổ bảo vệ an ninh, trật tự and their members per
 * commune (Luật 30/2023/QH15, HD 01/HD-BCA-V05) with the 20% cap on "Hoàn thành xuất sắc" and the reasons, from
 * @antq/criteria; console, `antq.team-rating/1` (`--json`) and a print-ready workbook (`--ra`).
 */
import type { SecurityTeamRole } from "@antq/domain";
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
import { teamRatingWorkbook } from "@antq/sheets/xlsx";
import { Effect, Option } from "effect";
import { Argument, Command, Flag } from "effect/cli";
import { InvalidInputError } from "../errors.js";
import { readJsonFile } from "../io/read-input.js";
import { readingFlag, readingsFrom } from "./assess.js";
import { isSheetFile } from "./awards.js";
import { fileRecords, fromStoreFlag, provinceFlag, storedCycle } from "./plan.js";
import { emitDocument, jsonFlag, nothingWritten, rejectLocated, xlsxTarget } from "./shared.js";
import { storeFlag } from "./store.js";

/** The teams of a workbook (or CSV sheets) filled from `antq mau --loai to-bao-ve` (teams and members). */
const teamsFromSheets = (file: string) =>
  Effect.gen(function* () {
    const { teams } = yield* fileRecords([file], [TEAM_SHEET, TEAM_MEMBER_SHEET], (sheets) => ({
      teams: readRecordGroup(TEAM_GROUP, sheets),
    }));
    if (teams.length === 0)
      return yield* new InvalidInputError({
        message: `Không có Tổ nào trong ${file} (trang “${TEAM_SHEET.sheetName}” trống hoặc thiếu; tạo mẫu bằng antq mau --loai to-bao-ve). Không ghi tệp nào.`,
      });
    return teams;
  });

export const teamsCommand = Command.make(
  "to-bao-ve",
  {
    file: Argument.String("tệp").pipe(
      Argument.withDescription(
        'Các Tổ bảo vệ ANTT: tệp Excel (hoặc CSV) theo mẫu (antq mau --loai to-bao-ve) hoặc JSON ({"communes": [...], "teams": [...]}); không dùng với --tu-kho',
      ),
      Argument.optional,
    ),
    fromStore: fromStoreFlag,
    store: storeFlag,
    province: provinceFlag,
    year: Flag.Int("nam").pipe(Flag.withDescription("Năm đánh giá (từ 15/11 năm trước đến 14/11)")),
    reading: readingFlag,
    enforce: Flag.Boolean("ha-muc").pipe(
      Flag.withDescription(
        "Hạ mức các Tổ, thành viên vượt tỷ lệ 20% (ưu tiên thấp, theo mã) thay vì chỉ báo",
      ),
      Flag.withDefault(false),
    ),
    out: Flag.String("ra").pipe(
      Flag.withAlias("o"),
      Flag.withDescription("Ghi kết quả xếp loại ra tệp Excel (.xlsx) để in"),
      Flag.optional,
    ),
    json: jsonFlag,
  },
  ({ file, fromStore, store, province, year, reading, enforce, out, json }) =>
    Effect.gen(function* () {
      const target = yield* xlsxTarget(out, "Tệp kết quả");
      const yearProblem = teamYearProblem(year);
      if (yearProblem !== undefined) return yield* new InvalidInputError({ message: yearProblem });
      const readings = readingsFrom({}, reading);
      const readingProblem = teamReadingProblem(readings);
      if (readingProblem !== undefined) return yield* new InvalidInputError({ message: readingProblem });
      let parsed: TeamsJson;
      let source: string;
      if (fromStore) {
        const stored = yield* storedCycle(store, province, { from: year, to: year }, Option.toArray(file));
        source = `kho ${stored.where}`;
        const teams = stored.records.securityTeams.map((t) => t.team);
        if (teams.length === 0)
          return yield* new InvalidInputError({
            message: `Kho ${stored.where} không có Tổ bảo vệ ANTT nào năm ${year}${Option.isSome(province) ? ` của ${province.value}` : ""}. Không ghi tệp nào.`,
          });
        parsed = {
          teams,
          communeNames: new Map(stored.records.adminUnits.map((a) => [a.id, a.name])),
          issues: [],
          root: [],
        };
      } else {
        if (Option.isNone(file))
          return yield* new InvalidInputError({
            message: "Cần tệp Tổ bảo vệ ANTT (antq mau --loai to-bao-ve) hoặc --tu-kho để đọc từ kho.",
          });
        source = file.value;
        parsed = isSheetFile(source)
          ? { teams: yield* teamsFromSheets(source), communeNames: new Map(), issues: [], root: [] }
          : teamsFromJson(yield* readJsonFile(source));
      }
      const rejected = nothingWritten("Tệp Tổ bảo vệ ANTT");
      if (parsed.issues.length > 0) return yield* rejectLocated(source, parsed.issues, rejected);
      const rated = rateTeamsDocument(parsed.teams, year, {
        readings,
        enforceCap: enforce,
        communeNames: parsed.communeNames,
        root: parsed.root,
      });
      if (!rated.ok) return yield* rejectLocated(source, rated.issues, rejected);
      const roles = new Map<string, SecurityTeamRole>();
      for (const t of parsed.teams) for (const m of t.members) roles.set(`${t.id}\u0000${m.id}`, m.role);
      yield* emitDocument({
        document: rated.document,
        workbook: target === undefined ? undefined : { target, bytes: (d) => teamRatingWorkbook(d, roles) },
        inputs: Option.toArray(file),
        json,
        lines: teamRatingLines,
      });
    }),
).pipe(
  Command.withAlias("teams"),
  Command.withDescription(
    "Xếp loại Tổ bảo vệ an ninh, trật tự và thành viên theo xã, phường (tỷ lệ 20% “Hoàn thành xuất sắc”)",
  ),
  Command.withExamples([
    {
      command:
        "antq to-bao-ve to-bao-ve.json --nam 2025 --cach-hieu hd01.ty_le_xuat_sac=chi_hoan_thanh_tot --ra xep-loai.xlsx",
      description: "Xếp loại năm 2025 và ghi kết quả để in",
    },
    {
      command: "antq to-bao-ve --tu-kho --nam 2025 --tinh P82-2025 --ra xep-loai.xlsx",
      description: "Xếp loại các Tổ đã nhập vào kho năm 2025 (antq nhap)",
    },
  ]),
);
