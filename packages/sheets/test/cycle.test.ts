/**
 * The cycle sheets (plans and targets, điển hình registrations, models and ratings): headers derived from the
 * domain schemas, records read across their sheets with located errors, and the two output documents.
 */
import { EXAMPLE_TYPICAL_RULE } from "@antq/criteria";
import type { Plan, TypicalRegistration } from "@antq/domain";
import { describe, expect, it } from "vitest";
import {
  MODEL_GROUP,
  PLAN_GROUP,
  PlanProgressDocumentSchema,
  planProgressDocument,
  previousFromDocuments,
  readRecordGroup,
  type SheetRows,
  TYPICAL_GROUP,
  TypicalDocumentSchema,
  typicalDocument,
} from "../src/index.js";

const sheet = (
  name: string,
  headers: string[],
  rows: (string | number | undefined)[][],
): [string, SheetRows] => [
  name,
  { file: "ke-hoach.xlsx", sheet: name, headers, rows: rows.map((cells, i) => ({ line: i + 2, cells })) },
];

describe("plan sheets", () => {
  const plan = sheet(
    "Kế hoạch",
    ["Mã kế hoạch", "Số, ký hiệu văn bản", "Ngày ban hành", "Tên kế hoạch", "Mã tỉnh áp dụng"],
    [["kh-10", "10/KH-BCĐ-CAT", "08/02/2023", "Xây dựng điển hình năm 2023", "P89"]],
  );
  const counts = sheet(
    "Chỉ tiêu số lượng",
    ["Mã kế hoạch", "Năm", "Chương trình, nội dung chỉ tiêu", "Đối tượng của chỉ tiêu", "Số lượng"],
    [
      ["kh-10", 2023, "Đơn vị điển hình về phong trào toàn dân bảo vệ ANTQ", "Xã", 6],
      ["kh-10", 2023, "Đơn vị điển hình về phong trào toàn dân bảo vệ ANTQ", "Cơ quan", "ba"],
      ["kh-99", 2023, "Đơn vị điển hình về phong trào toàn dân bảo vệ ANTQ", "Doanh nghiệp", 1],
      ["kh-10", 2023, "Đơn vị điển hình về phong trào toàn dân bảo vệ ANTQ", "Cơ sở giáo dục", -2],
    ],
  );

  it("reads a plan with its targets from two sheets, by label or code", () => {
    const { records, issues } = readRecordGroup(
      PLAN_GROUP,
      new Map([plan, counts].map(([n, s]) => [n, { ...s, rows: s.rows.slice(0, 1) }])),
    );
    expect(issues).toEqual([]);
    expect(records[0]?.value).toMatchObject({
      id: "kh-10",
      document: { number: "10/KH-BCĐ-CAT", date: "2023-02-08" },
      countTargets: [{ year: 2023, programme: "typical-unit", subject: "commune", count: 6 }],
    });
  });

  it("locates every problem at its sheet, row and column, and leaves the plan out", () => {
    const { records, issues } = readRecordGroup(PLAN_GROUP, new Map([plan, counts]));
    expect(records).toEqual([]);
    expect(issues.map((i) => [i.sheet, i.row, i.column, i.code])).toEqual([
      ["Chỉ tiêu số lượng", 3, "E", "CELL_NOT_A_NUMBER"],
      ["Chỉ tiêu số lượng", 4, undefined, "UNKNOWN_REFERENCE"],
      ["Chỉ tiêu số lượng", 5, "E", "TOO_SMALL"],
    ]);
    expect(issues[1]?.message).toBe('Mã kế hoạch "kh-99" không có trong trang "Kế hoạch".');
    expect(issues[2]?.path).toBe("countTargets[2].count");
  });

  it("reports a missing required column and a repeated plan id", () => {
    const [name, rows] = plan;
    const { issues } = readRecordGroup(
      PLAN_GROUP,
      new Map([
        [
          name,
          {
            ...rows,
            headers: rows.headers.slice(0, 3),
            rows: [...rows.rows, { line: 3, cells: rows.rows[0]?.cells ?? [] }],
          },
        ],
      ]),
    );
    expect(issues.map((i) => i.code)).toContain("MISSING_COLUMN");
    expect(issues.find((i) => i.code === "DUPLICATE_ID")).toMatchObject({ row: 3, column: "A" });
  });
});

describe("models with their ratings", () => {
  it("joins sites and ratings to their model; a wrong effectiveness is located", () => {
    const models = sheet(
      "Danh sách mô hình",
      ["Mã mô hình", "Tên mô hình", "Loại mô hình", "Ngày bắt đầu"],
      [
        [
          "mh-1",
          "Camera phòng, chống tội phạm",
          "Camera an ninh, camera phòng, chống tội phạm",
          "26/03/2022",
        ],
      ],
    );
    const sites = sheet(
      "Điểm áp dụng mô hình",
      ["Mã mô hình", "Tên điểm", "Số tổ"],
      [
        ["mh-1", "Ấp 1", 2],
        ["mh-1", "Ấp 2", 1],
      ],
    );
    const ok = sheet(
      "Đánh giá mô hình",
      ["Mã mô hình", "Năm đánh giá", "Hiệu quả hoạt động"],
      [["mh-1", 2024, "Hoạt động hiệu quả"]],
    );
    const good = readRecordGroup(MODEL_GROUP, new Map([models, sites, ok]));
    expect(good.issues).toEqual([]);
    expect(good.records[0]?.value.sites?.map((s) => s.teams)).toEqual([2, 1]);
    expect(good.records[0]?.value.ratings).toEqual([{ year: 2024, effectiveness: "effective" }]);
    const bad = sheet(
      "Đánh giá mô hình",
      ["Mã mô hình", "Năm đánh giá", "Hiệu quả hoạt động"],
      [["mh-1", 2024, "Tốt"]],
    );
    const r = readRecordGroup(MODEL_GROUP, new Map([models, sites, bad]));
    expect(r.records).toEqual([]);
    expect(r.issues[0]).toMatchObject({
      sheet: "Đánh giá mô hình",
      row: 2,
      column: "C",
      code: "CELL_NOT_IN_LIST",
    });
  });
});

const reg = (r: Partial<TypicalRegistration>): TypicalRegistration =>
  ({
    id: "r",
    year: 2023,
    programme: "typical-unit",
    subject: "commune",
    name: "Xã A",
    status: "achieved",
    ...r,
  }) as TypicalRegistration;

describe("documents", () => {
  it("antq.plan-progress/1: targets by kind with registered and reached units; unsupported targets noted", () => {
    const plan = {
      id: "kh-10",
      document: { number: "10/KH-BCĐ-CAT", date: "2023-02-08" },
      title: "Xây dựng điển hình",
      scopeId: "P89",
      countTargets: [
        { year: 2023, programme: "typical-unit", subject: "commune", count: 2 },
        { year: 2023, programme: "movement-model", subject: "model", count: 10 },
      ],
    } as Plan;
    const doc = planProgressDocument(
      [plan],
      [
        reg({ id: "a" as never, unitId: "xa-a" as never }),
        reg({ id: "b" as never, unitId: "xa-b" as never, status: "selected" }),
        reg({ id: "c" as never, unitId: "xa-c" as never, year: 2024 }),
      ],
      { reportYear: 2023 },
    );
    PlanProgressDocumentSchema.parse(doc);
    expect(doc.plans[0]?.countTargets).toEqual([
      {
        year: 2023,
        programme: "typical-unit",
        subject: "commune",
        subjectTitle: "Xã",
        target: 2,
        registered: 2,
        achieved: 1,
        shortfall: 1,
        surplus: 0,
        met: false,
      },
    ]);
    expect(doc.plans[0]?.review.map((n) => n.code)).toEqual(["UNSUPPORTED_TARGET"]);
  });

  it("antq.typical/1: candidates from a classification and its TT 124 results of the same year only", () => {
    const previous = previousFromDocuments(
      {
        units: [
          { unitId: "xa-a", unitName: "Xã A", kind: "commune", year: 2023, level: "xuat_sac" },
          { unitId: "xa-b", unitName: null, kind: "commune", year: 2023, level: "xuat_sac" },
        ],
      } as never,
      { year: 2023, outcomes: new Map([["xa-a", "dat"]]) },
    );
    expect(previous.map((p) => p.tt124)).toEqual(["dat", undefined]);
    expect(
      previousFromDocuments(
        { units: [{ unitId: "x", kind: "commune", year: 2023, level: "kha", unitName: null }] } as never,
        { year: 2022, outcomes: new Map([["x", "dat"]]) },
      )[0]?.tt124,
    ).toBeUndefined();
    const doc = typicalDocument(
      previous,
      [reg({ year: 2024, unitId: "xa-b" as never, status: "selected" })],
      2024,
      {
        rule: EXAMPLE_TYPICAL_RULE,
      },
    );
    TypicalDocumentSchema.parse(doc);
    expect(doc.candidates.map((c) => [c.unitId, c.eligible, c.codes])).toEqual([
      ["xa-a", true, ["ELIGIBLE"]],
      ["xa-b", false, ["TT124_UNKNOWN"]],
    ]);
    expect(doc.chosen[0]).toMatchObject({ eligible: false, review: [{ code: "NOT_ELIGIBLE" }] });
    expect(doc.summary).toEqual({
      considered: 2,
      eligible: 1,
      byKind: [{ kind: "commune", title: "Cấp xã", considered: 2, eligible: 1 }],
    });
  });

  it("antq.typical/1: a khu dân cư target of the plan year is said, not compared (no registration names one)", () => {
    const previous = previousFromDocuments(
      {
        units: [{ unitId: "xa-a", unitName: "Xã A", kind: "commune", year: 2023, level: "xuat_sac" }],
      } as never,
      { year: 2023, outcomes: new Map([["xa-a", "dat"]]) },
    );
    const plan = {
      id: "kh-2024",
      document: { number: "12/KH-BCĐ", date: "2024-02-20" },
      title: "Xây dựng điển hình năm 2024",
      scopeId: "P89",
      countTargets: [
        { year: 2024, programme: "typical-unit", subject: "commune", count: 1 },
        { year: 2024, programme: "typical-unit", subject: "residential-area", count: 5 },
      ],
    } as Plan;
    const doc = typicalDocument(
      previous,
      [reg({ year: 2024, unitId: "xa-a" as never, status: "selected" })],
      2024,
      { rule: EXAMPLE_TYPICAL_RULE, plan },
    );
    TypicalDocumentSchema.parse(doc);
    expect(doc.targets?.map((t) => [t.subjectTitle, t.target, t.chosen, t.shortfall])).toEqual([
      ["Xã", 1, 1, 0],
    ]);
    expect(doc.review).toContainEqual({
      code: "UNSUPPORTED_TARGET",
      message:
        "Kế hoạch: chỉ tiêu năm 2024 “Khu dân cư” (5) không so được với các đơn vị đã chọn: đăng ký xây dựng điển hình chưa ghi được khu dân cư.",
    });
  });
});

describe("registrations", () => {
  it("a ward police row needs its ward; criteria met cannot exceed the total", () => {
    const s = sheet(
      "Đăng ký điển hình",
      [
        "Mã bản ghi",
        "Năm",
        "Chương trình",
        "Loại đơn vị",
        "Tên đơn vị",
        "Tình trạng xây dựng điển hình",
        "Số tiêu chí đạt",
        "Tổng số tiêu chí",
      ],
      [
        [
          "r1",
          2024,
          "Công an phường điển hình, kiểu mẫu",
          "Công an phường",
          "Công an phường Mỹ Long",
          "Đạt tiêu chí điển hình",
        ],
        [
          "r2",
          2025,
          "Đơn vị điển hình về phong trào toàn dân bảo vệ ANTQ",
          "Xã",
          "Xã Sùng Phài",
          "Đăng ký xây dựng",
          35,
          34,
        ],
      ],
    );
    const r = readRecordGroup(TYPICAL_GROUP, new Map([s]));
    expect(r.issues.map((i) => [i.row, i.column, i.code, i.message])).toEqual([
      [
        2,
        undefined,
        "REQUIRED",
        "Mã định danh đơn vị hành chính (adminUnitId): Công an phường cần ghi mã phường (đơn vị hành chính) để tính tỷ lệ theo từng thành phố, thị xã.",
      ],
      [
        3,
        "G",
        "PART_EXCEEDS_TOTAL",
        "Số tiêu chí đạt (criteriaMet): số tiêu chí đạt (35) lớn hơn tổng số tiêu chí (34).",
      ],
    ]);
  });
});
