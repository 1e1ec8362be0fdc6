/**
 * `antq to-bao-ve` / `teams`: the yearly ratings of the Tổ bảo vệ an ninh, trật tự and their members per
 * commune (Luật 30/2023/QH15, HD 01/HD-BCA-V05) with the 20% cap on "Hoàn thành xuất sắc" and the reasons, from
 * @antq/criteria; console, `antq.team-rating/1` (`--json`) and a print-ready workbook (`--ra`).
 */
import { rateTeamsByCommune, TEAM_CAP_READING, teamRatingWindow, teamsFromDomain } from "@antq/criteria";
import {
  parseSecurityTeam,
  SECURITY_TEAM_ROLE_LABELS_VI,
  type SecurityTeam,
  type SecurityTeamRole,
  TASK_RATING_LABELS_VI,
} from "@antq/domain";
import { readingOf } from "@antq/rules";
import {
  securityTeamsFromRows,
  TEAM_MEMBER_SHEET,
  TEAM_SHEET,
  type TeamRatingCounts,
  type TeamRatingDocument,
  teamRatingDocument,
} from "@antq/sheets";
import { Effect, Option } from "effect";
import { Argument, Command, Flag } from "effect/cli";
import { InputFileError, InvalidInputError } from "../errors.js";
import { formatDate, formatNumber } from "../format.js";
import { atomicWriteFile } from "../io/atomic-write.js";
import { readWorkbookCells } from "../io/xlsx.js";
import { readingFlag, readingsFrom } from "./assess.js";
import {
  isWorkbook,
  type LocatedIssue,
  type PrintableRow,
  type PrintableSheet,
  printableWorkbook,
  readJsonFile,
  readRecordSheet,
  rejectLocated,
  rejectSheetIssues,
} from "./awards.js";
import { jsonFlag, printJson, printText } from "./shared.js";

interface TeamsFile {
  readonly teams: SecurityTeam[];
  readonly communeNames: Map<string, string>;
  readonly issues: LocatedIssue[];
  /** Path of the teams list in the file. */
  readonly root: readonly string[];
}

/** The teams of an input file: `{ "communes": [{ "id", "name" }], "teams": [...] }` or a bare array of teams. */
const teamsOf = (data: unknown): TeamsFile => {
  const communeNames = new Map<string, string>();
  const issues: LocatedIssue[] = [];
  const obj =
    typeof data === "object" && data !== null && !Array.isArray(data)
      ? (data as Record<string, unknown>)
      : {};
  const items = Array.isArray(data) ? data : Array.isArray(obj.teams) ? (obj.teams as unknown[]) : undefined;
  const root = Array.isArray(data) ? [] : ["teams"];
  if (items === undefined)
    return {
      teams: [],
      communeNames,
      issues: [{ path: [], message: "Tệp phải là danh sách Tổ hoặc đối tượng có trường “teams”." }],
      root,
    };
  if (obj.communes !== undefined) {
    if (!Array.isArray(obj.communes))
      issues.push({ path: ["communes"], message: "Phải là danh sách xã, phường." });
    else
      obj.communes.forEach((c: unknown, i) => {
        const { id, name } = (typeof c === "object" && c !== null ? c : {}) as {
          id?: unknown;
          name?: unknown;
        };
        if (typeof id !== "string" || typeof name !== "string" || id === "" || name === "")
          issues.push({ path: ["communes", i], message: "Mỗi xã, phường cần “id” và “name” (chuỗi)." });
        else communeNames.set(id, name);
      });
  }
  const teams: SecurityTeam[] = [];
  const seen = new Set<string>();
  items.forEach((item, i) => {
    const r = parseSecurityTeam(item);
    if (!r.ok) {
      for (const issue of r.issues)
        issues.push({ path: [...root, i, ...issue.path], message: issue.message });
      return;
    }
    if (seen.has(r.value.id))
      issues.push({ path: [...root, i, "id"], message: `Mã Tổ “${r.value.id}” bị trùng.` });
    seen.add(r.value.id);
    teams.push(r.value);
  });
  if (items.length === 0) issues.push({ path: root, message: "Danh sách Tổ trống." });
  return { teams, communeNames, issues, root };
};

/** The teams of a workbook filled from `antq mau --loai to-bao-ve` (teams and members sheets). */
const teamsFromWorkbook = (file: string) =>
  Effect.gen(function* () {
    const workbook = yield* readWorkbookCells(file);
    const teams = readRecordSheet(workbook, TEAM_SHEET);
    if (teams === undefined)
      return yield* new InputFileError({
        file,
        message: `không có trang tính “${TEAM_SHEET.sheetName}” (tạo mẫu bằng antq mau --loai to-bao-ve)`,
      });
    const members = readRecordSheet(workbook, TEAM_MEMBER_SHEET) ?? { rows: [], issues: [] };
    const built = securityTeamsFromRows(teams.rows, members.rows);
    const issues = [...teams.issues, ...members.issues, ...built.issues];
    if (issues.length > 0) return yield* rejectSheetIssues(file, issues, "Tệp Tổ bảo vệ ANTT");
    return built.teams;
  });

const countsText = (c: TeamRatingCounts): string =>
  `${formatNumber(c.excellent)} hoàn thành xuất sắc, ${formatNumber(c.good)} hoàn thành tốt, ${formatNumber(c.completed)} hoàn thành, ${formatNumber(c.notCompleted)} không hoàn thành, ${formatNumber(c.notRated)} không xếp loại`;

const communeLabel = (c: TeamRatingDocument["communes"][number]) =>
  c.communeName ? `${c.communeName} (${c.communeId})` : c.communeId;

const readingText = (reading: string | null): string =>
  reading === null
    ? "chưa quyết định (hai cách hiểu khác nhau thì áp dụng cách chặt hơn và đánh dấu cần xem xét)"
    : (TEAM_CAP_READING.choices.find((c) => c.id === reading)?.label ?? reading);

const consoleLines = (doc: TeamRatingDocument, out: string | undefined): string[] => {
  const lines = [
    `XẾP LOẠI TỔ BẢO VỆ AN NINH, TRẬT TỰ NĂM ${doc.year} (từ ${formatDate(doc.window.from)} đến ${formatDate(doc.window.to)})`,
    `Cách hiểu mức 20% “Hoàn thành xuất sắc”: ${readingText(doc.reading)}${doc.enforceCap ? "; đã hạ mức cho đúng tỷ lệ" : ""}`,
  ];
  for (const c of doc.communes) {
    lines.push(
      `${communeLabel(c)}: ${formatNumber(c.teams.length)} Tổ, ${formatNumber(c.members.length)} thành viên`,
    );
    for (const x of c.caps) lines.push(`  ${x.text}`);
    for (const s of [...c.teams, ...c.members])
      for (const n of s.notes) lines.push(`  - ${s.name ?? s.id}: ${n.message}`);
  }
  lines.push(
    `Tổng: ${formatNumber(doc.summary.communes)} xã, phường; Tổ: ${countsText(doc.summary.teams)}; thành viên: ${countsText(doc.summary.members)}`,
  );
  if (doc.summary.capsExceeded > 0)
    lines.push(
      `Vượt tỷ lệ 20%: ${formatNumber(doc.summary.capsExceeded)} lần — cần hạ mức hoặc xem xét lại.`,
    );
  lines.push(
    "Lưu ý: Hướng dẫn 01/HD-BCA-V05 mới đối chiếu qua nguồn thứ cấp (báo chí) — cần đối chiếu văn bản.",
  );
  if (out) lines.push(`Đã ghi: ${out}`);
  return lines;
};

const teamSheets = (
  doc: TeamRatingDocument,
  roles: ReadonlyMap<string, SecurityTeamRole>,
): PrintableSheet[] => {
  const teamRows: PrintableRow[] = [];
  const memberRows: PrintableRow[] = [];
  const teamNames = new Map<string, string>();
  for (const c of doc.communes) {
    teamRows.push({ section: communeLabel(c) });
    c.teams.forEach((t, i) => {
      teamNames.set(t.id, t.name ?? t.id);
      teamRows.push([
        i + 1,
        t.name ?? t.id,
        TASK_RATING_LABELS_VI[t.proposed],
        t.ratingTitle,
        t.notes.map((n) => n.message).join("\n"),
      ]);
    });
    memberRows.push({ section: communeLabel(c) });
    c.members.forEach((m, i) => {
      const role = roles.get(`${m.teamId}\u0000${m.id}`);
      memberRows.push([
        i + 1,
        m.name ?? m.id,
        role ? SECURITY_TEAM_ROLE_LABELS_VI[role] : "",
        teamNames.get(m.teamId) ?? m.teamId,
        TASK_RATING_LABELS_VI[m.proposed],
        m.ratingTitle,
        m.notes.map((n) => n.message).join("\n"),
      ]);
    });
  }
  const title = `XẾP LOẠI TỔ BẢO VỆ AN NINH, TRẬT TỰ NĂM ${doc.year}`;
  const subtitle = `Thời gian đánh giá từ ${formatDate(doc.window.from)} đến ${formatDate(doc.window.to)} (Hướng dẫn 01/HD-BCA-V05; Luật 30/2023/QH15)`;
  return [
    {
      name: "Tổ bảo vệ ANTT",
      title,
      subtitle,
      headers: ["STT", "Tổ bảo vệ an ninh, trật tự", "Mức đề nghị", "Mức xếp loại", "Lý do"],
      widths: [6, 40, 22, 22, 60],
      rows: teamRows,
      after: [`Tổng số Tổ: ${countsText(doc.summary.teams)}.`],
    },
    {
      name: "Thành viên",
      title: `${title} — THÀNH VIÊN`,
      subtitle,
      headers: ["STT", "Họ tên", "Chức danh", "Tổ", "Mức đề nghị", "Mức xếp loại", "Lý do"],
      widths: [6, 26, 12, 32, 20, 20, 50],
      rows: memberRows,
      after: [`Tổng số thành viên: ${countsText(doc.summary.members)}.`],
    },
    {
      name: "Tỷ lệ 20%",
      title: "KIỂM TRA TỶ LỆ “HOÀN THÀNH XUẤT SẮC” KHÔNG QUÁ 20% “HOÀN THÀNH TỐT” TRONG XÃ",
      subtitle: `Cách hiểu: ${readingText(doc.reading)}`,
      headers: ["Xã, phường", "Đối tượng", "Xuất sắc", "Tốt", "Tối đa", "Vượt", "Cần hạ", "Ghi chú"],
      widths: [30, 12, 10, 10, 10, 8, 8, 60],
      rows: doc.communes.flatMap((c) =>
        c.caps.map((x) => [
          communeLabel(c),
          x.subject === "team" ? "Tổ" : "Thành viên",
          x.excellent,
          x.good,
          x.allowed,
          x.exceeded ? "Có" : "Không",
          x.demotions,
          x.text,
        ]),
      ),
    },
  ];
};

export const teamsCommand = Command.make(
  "to-bao-ve",
  {
    file: Argument.String("tệp").pipe(
      Argument.withDescription(
        'Các Tổ bảo vệ ANTT: tệp Excel theo mẫu (antq mau --loai to-bao-ve) hoặc JSON ({"communes": [...], "teams": [...]})',
      ),
    ),
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
  ({ file, year, reading, enforce, out, json }) =>
    Effect.gen(function* () {
      const target = Option.getOrUndefined(out);
      if (target !== undefined && !target.toLowerCase().endsWith(".xlsx"))
        return yield* new InvalidInputError({ message: `Tệp kết quả (--ra) phải có đuôi .xlsx: ${target}` });
      if (year < 2024 || year > 2100)
        return yield* new InvalidInputError({
          message: `Năm đánh giá ${year} không hợp lệ: Tổ bảo vệ an ninh, trật tự có từ 01/7/2024 (Luật 30/2023/QH15).`,
        });
      const readings = readingsFrom({}, reading);
      const choice = readings[TEAM_CAP_READING.id];
      if (choice !== undefined && choice !== null && !TEAM_CAP_READING.choices.some((c) => c.id === choice))
        return yield* new InvalidInputError({
          message: `Cách hiểu ${TEAM_CAP_READING.id} không có lựa chọn “${choice}” (chọn: ${TEAM_CAP_READING.choices.map((c) => c.id).join(", ")}).`,
        });
      const parsed: TeamsFile = isWorkbook(file)
        ? { teams: yield* teamsFromWorkbook(file), communeNames: new Map(), issues: [], root: [] }
        : teamsOf(yield* readJsonFile(file));
      if (parsed.issues.length > 0) return yield* rejectLocated(file, parsed.issues, "Tệp Tổ bảo vệ ANTT");
      const inputs = teamsFromDomain(parsed.teams, year);
      if (inputs.issues.length > 0)
        return yield* rejectLocated(
          file,
          inputs.issues.map((i) => ({ path: [...parsed.root, ...i.path], message: i.message })),
          "Tệp Tổ bảo vệ ANTT",
        );
      const communes = rateTeamsByCommune(inputs.teams, year, { readings, enforceCap: enforce });
      const doc = teamRatingDocument(communes, {
        year,
        reading: readingOf(TEAM_CAP_READING, readings, teamRatingWindow(year).to),
        enforceCap: enforce,
        communeNames: parsed.communeNames,
      });
      if (target !== undefined) {
        const roles = new Map<string, SecurityTeamRole>();
        for (const t of parsed.teams) for (const m of t.members) roles.set(`${t.id}\u0000${m.id}`, m.role);
        const bytes = yield* Effect.promise(() => printableWorkbook(teamSheets(doc, roles)));
        yield* atomicWriteFile(target, bytes, { inputs: [file] });
      }
      if (json) yield* printJson(doc);
      else yield* printText(consoleLines(doc, target).join("\n"));
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
  ]),
);
