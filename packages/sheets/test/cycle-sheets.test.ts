import { describe, expect, it } from "vitest";
import {
  ACTIVITY_SHEETS,
  AWARD_GROUP,
  AWARD_PROPOSAL_SHEET,
  type InputIssue,
  type RawCell,
  readActivities,
  readRecordGroup,
  type SheetRows,
  type SheetSpec,
  TEAM_GROUP,
  TEAM_MEMBER_SHEET,
  TEAM_SHEET,
} from "../src/index.js";

/** Rows given as header → text, in the order of the spec's columns that are used. */
const sheetOf = (spec: SheetSpec, rows: Record<string, RawCell>[]): [string, SheetRows] => {
  const headers = spec.columns
    .map((c) => c.header)
    .filter((h) => rows.some((r) => h in r) || spec.columns.find((c) => c.header === h)?.required);
  return [
    spec.sheetName,
    {
      file: "to-bao-ve.xlsx",
      sheet: spec.sheetName,
      headers,
      rows: rows.map((r, i) => ({ line: i + 2, cells: headers.map((h) => r[h]) })),
    },
  ];
};

/** "Trang “X”, dòng 3, cột “H”: …" — where the officer looks. */
const text = (i: InputIssue) =>
  `Trang “${i.sheet}”, dòng ${i.row}${i.header ? `, cột “${i.header}”` : ""}: ${i.message}`;

const teamRow = (id: string, extra: Record<string, RawCell> = {}) => ({
  "Mã Tổ bảo vệ ANTT": id,
  "Tên Tổ": `Tổ bảo vệ ANTT ấp ${id}`,
  "Mã xã, phường, đặc khu": "xa-long-dinh",
  "Ngày thành lập": "01/07/2024",
  "Năm đánh giá": 2025,
  "Mức đề nghị xếp loại": "Hoàn thành tốt nhiệm vụ",
  ...extra,
});
const memberRow = (teamId: string, id: string, extra: Record<string, RawCell> = {}) => ({
  "Mã Tổ bảo vệ ANTT": teamId,
  "Mã thành viên": id,
  "Họ tên": "Nguyễn Văn Bảy",
  "Chức danh trong Tổ": "Tổ trưởng",
  "Ngày tham gia Tổ": "01/07/2024",
  "Năm đánh giá": 2025,
  "Mức đề nghị xếp loại": "Hoàn thành xuất sắc nhiệm vụ",
  ...extra,
});

describe("Tổ bảo vệ ANTT sheets", () => {
  it("assemble teams and members from their rows with Vietnamese labels and dates", () => {
    const t = sheetOf(TEAM_SHEET, [teamRow("long-hoa"), teamRow("long-thanh")]);
    const m = sheetOf(TEAM_MEMBER_SHEET, [
      memberRow("long-hoa", "tv-1"),
      memberRow("long-hoa", "tv-2", { "Chức danh trong Tổ": "Tổ viên" }),
    ]);
    const r = readRecordGroup(TEAM_GROUP, new Map([t, m]));
    expect(r.issues).toEqual([]);
    expect(r.records.map(({ value: x }) => [x.id, x.members.length, x.ratings?.[0]?.proposed])).toEqual([
      ["long-hoa", 2, "good"],
      ["long-thanh", 0, "good"],
    ]);
    expect(r.records[1]?.source).toEqual({ file: "to-bao-ve.xlsx", sheet: "Tổ bảo vệ ANTT", row: 3 });
    expect(r.records[0]?.value.members[1]).toMatchObject({
      role: "member",
      joinedOn: "2024-07-01",
      ratings: [{ year: 2025, proposed: "excellent" }],
    });
  });

  it("locates bad cells, unknown teams and schema problems on their sheet, row and column", () => {
    const t = sheetOf(TEAM_SHEET, [
      teamRow("long-hoa", { "Ngày thành lập": "31/02/2024" }),
      teamRow("long-an", { "Ngày giải thể": "01/01/2024" }),
    ]);
    const m = sheetOf(TEAM_MEMBER_SHEET, [
      memberRow("khong-co", "tv-9"),
      memberRow("long-an", "tv-1", { "Năm đánh giá": 2025, "Mức đề nghị xếp loại": "" }),
      memberRow("long-an", "tv-2", { "Ngày tham gia Tổ": "01/07/2024", "Ngày thôi tham gia": "01/01/2024" }),
    ]);
    const r = readRecordGroup(TEAM_GROUP, new Map([t, m]));
    const texts = r.issues.map(text);
    expect(texts).toContain(
      'Trang “Tổ bảo vệ ANTT”, dòng 2, cột “Ngày thành lập”: "31/02/2024" không phải là ngày hợp lệ (viết theo dạng ngày/tháng/năm, ví dụ 25/09/2024).',
    );
    expect(texts).toContain(
      'Trang “Thành viên Tổ”, dòng 2, cột “Mã Tổ bảo vệ ANTT”: Mã Tổ bảo vệ ANTT "khong-co" không có trong trang "Tổ bảo vệ ANTT".',
    );
    // Dissolved before it was established: the domain's range check, on the dissolution column.
    expect(texts.some((x) => x.startsWith("Trang “Tổ bảo vệ ANTT”, dòng 3, cột “Ngày giải thể”"))).toBe(true);
    // A member's problem is on the member's own row, in its column.
    expect(texts.some((x) => x.startsWith("Trang “Thành viên Tổ”, dòng 4, cột “Ngày thôi tham gia”"))).toBe(
      true,
    );
    expect(r.records).toEqual([]);
  });

  it("reports a missing required column", () => {
    const r = readRecordGroup(
      TEAM_GROUP,
      new Map([
        [
          "Tổ bảo vệ ANTT",
          { file: "t.xlsx", sheet: "Tổ bảo vệ ANTT", headers: ["Mã Tổ bảo vệ ANTT"], rows: [] },
        ],
      ]),
    );
    expect(r.issues.map((i) => i.message)).toContain('Thiếu cột bắt buộc "Ngày thành lập".');
  });
});

describe("award proposal sheet", () => {
  const row = (extra: Record<string, RawCell> = {}) => ({
    "Mã đề nghị": "bk-cn-01",
    "Hình thức khen thưởng": "Bằng khen",
    "Cấp khen thưởng": "Ủy ban nhân dân tỉnh, thành phố",
    "Tên cấp khen thưởng (ví dụ Ủy ban nhân dân tỉnh Tiền Giang)": "Ủy ban nhân dân tỉnh Tiền Giang",
    "Tập thể hay cá nhân": "Cá nhân",
    "Tên tập thể, họ tên cá nhân": "Nguyễn Văn Hùng",
    "Ngày đề nghị": "10/09/2024",
    "Năm thành tích": 2024,
    "Tóm tắt thành tích": "Có thành tích xuất sắc trong 10 năm thực hiện Chỉ thị 07/CT-BCA-V28",
    "Gương mẫu chấp hành pháp luật": "Có",
    "Xếp loại năm thành tích": "Hoàn thành xuất sắc nhiệm vụ",
    "Xếp loại năm trước": "Hoàn thành xuất sắc nhiệm vụ",
    "Số sáng kiến được công nhận": 2,
    ...extra,
  });

  it("turns a row into a proposal whose history is dated from the achievement year", () => {
    const s = sheetOf(AWARD_PROPOSAL_SHEET, [
      row({
        "Năm được tặng Kỷ niệm chương “Bảo vệ an ninh Tổ quốc” (để trống nếu chưa)": "2019",
      }),
    ]);
    const r = readRecordGroup(AWARD_GROUP, new Map([s]));
    expect(r.issues).toEqual([]);
    expect(r.records[0]?.value).toMatchObject({
      form: "certificate-of-merit",
      issuer: { kind: "provincial-people-committee", name: "Ủy ban nhân dân tỉnh Tiền Giang" },
      recipient: { kind: "individual", name: "Nguyễn Văn Hùng" },
      proposedOn: "2024-09-10",
      record: {
        exemplaryCompliance: true,
        initiatives: 2,
        ratings: [
          { year: 2024, rating: "excellent" },
          { year: 2023, rating: "excellent" },
        ],
        priorAwards: [{ form: "commemorative-medal", year: 2019, forSecurity: true }],
      },
    });
  });

  it("locates duplicate codes and unknown list values", () => {
    const s = sheetOf(AWARD_PROPOSAL_SHEET, [
      row(),
      row(),
      row({ "Mã đề nghị": "x-3", "Hình thức khen thưởng": "Huân chương" }),
    ]);
    const r = readRecordGroup(AWARD_GROUP, new Map([s]));
    expect(r.issues.map((i) => [i.row, i.header, i.code])).toEqual([
      [4, "Hình thức khen thưởng", r.issues[0]?.code],
      [3, "Mã đề nghị", "DUPLICATE_ID"],
    ]);
    expect(r.issues[1]?.message).toBe('Mã "bk-cn-01" đã dùng ở dòng 2; mỗi mã chỉ ghi một dòng.');
    expect(r.records.map((x) => x.value.id)).toEqual(["bk-cn-01"]);
  });
});

describe("activity sheets", () => {
  it("one sheet per kind; a mediation row with more successes than cases is located", () => {
    const spec = ACTIVITY_SHEETS.find(
      (s) => s.activityKind === "mediation",
    ) as (typeof ACTIVITY_SHEETS)[number];
    expect(ACTIVITY_SHEETS).toHaveLength(7);
    const headers = spec.columns.map((c) => c.header);
    const cells = (values: Record<string, RawCell>) => headers.map((h) => values[h]);
    const base = { "Mã hoạt động": "hg-2024", "Từ ngày": "01/01/2024", "Đến ngày": "31/12/2024" };
    const caseHeader = spec.columns.find((c) => c.path.join(".") === "cases")?.header as string;
    const okHeader = spec.columns.find((c) => c.path.join(".") === "successful")?.header as string;
    const sheet: SheetRows = {
      file: "hoat-dong.xlsx",
      sheet: spec.sheetName,
      headers,
      rows: [
        { line: 2, cells: cells({ ...base, [caseHeader]: 120, [okHeader]: 104 }) },
        { line: 3, cells: cells({ ...base, "Mã hoạt động": "hg-2023", [caseHeader]: 10, [okHeader]: 12 }) },
      ],
    };
    const r = readActivities(new Map([[spec.sheetName, sheet]]));
    expect(r.records.map((a) => a.value.id)).toEqual(["hg-2024"]);
    expect(r.issues.map((i) => [i.row, i.header])).toEqual([[3, okHeader]]);
  });
});
