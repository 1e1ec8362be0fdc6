/**
 * The `antq.plan-progress/1` document, its lines and its workbook for the count targets beyond the điển hình
 * kinds: every kind together ("any"), khu dân cư, Công an phường điển hình, kiểu mẫu nobody reached yet, and
 * registrations of another year or programme that must not count. Pure: runs in the browser tests too.
 */
import { type Plan, type TypicalRegistration, TypicalRegistrationSchema } from "@antq/domain";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { PlanProgressDocumentSchema, planProgressDocument, planProgressLines } from "../src/index.js";
import { planProgressWorkbook } from "../src/xlsx/index.js";

const plan = (countTargets: Plan["countTargets"]): Plan =>
  ({
    id: "kh-brvt-2025",
    document: { number: "25/KH-BCĐ", date: "2025-02-10", issuer: "Ban Chỉ đạo 138 tỉnh Bà Rịa - Vũng Tàu" },
    title: "Xây dựng đơn vị điển hình, Công an phường điển hình, kiểu mẫu năm 2025",
    scopeId: "P77",
    countTargets,
  }) as Plan;

const reg = (r: Record<string, unknown>): TypicalRegistration =>
  TypicalRegistrationSchema.parse({
    planId: "kh-brvt-2025",
    year: 2025,
    programme: "typical-unit",
    status: "achieved",
    ...r,
  });

const registrations = [
  reg({ id: "r1", subject: "commune", name: "Xã Long Sơn", unitId: "xa-long-son" }),
  reg({ id: "r2", subject: "commune", name: "Xã Hòa Long", unitId: "xa-hoa-long" }),
  reg({ id: "r3", subject: "agency", name: "Sở Tư pháp tỉnh Bà Rịa - Vũng Tàu", unitId: "so-tu-phap" }),
  reg({ id: "r4", subject: "education", name: "Trường THPT Châu Thành", unitId: "thpt-chau-thanh" }),
  // Registered but not reached: listed as registered, not counted as reached.
  reg({
    id: "r5",
    subject: "enterprise",
    name: "Công ty Cổ phần Cảng Phú Mỹ",
    unitId: "dn-cang-pm",
    status: "selected",
  }),
  // Another year, and another programme: neither counts for the 2025 điển hình targets.
  reg({ id: "r6", year: 2024, subject: "commune", name: "Xã Tân Hưng", unitId: "xa-tan-hung" }),
  reg({
    id: "r7",
    programme: "model-ward-police",
    subject: "ward-police",
    name: "Công an phường Long Hương",
    adminUnitId: "brvt-w-long-huong",
    year: 2024,
  }),
];

const workbookRows = async (document: ReturnType<typeof planProgressDocument>): Promise<unknown[][]> => {
  const bytes = await planProgressWorkbook(document);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
  );
  const rows: unknown[][] = [];
  (workbook.getWorksheet("Chỉ tiêu số lượng") as ExcelJS.Worksheet).eachRow((row) => {
    rows.push((row.values as unknown[]).slice(1));
  });
  return rows.slice(rows.findIndex((r) => r[0] === "Năm") + 1);
};

describe("antq.plan-progress/1: count targets of every kind, khu dân cư and Công an phường", () => {
  const document = planProgressDocument(
    [
      plan([
        { year: 2025, programme: "typical-unit", subject: "any", count: 6 },
        { year: 2025, programme: "model-ward-police", subject: "ward-police", count: 4 },
        { year: 2025, programme: "movement-model", subject: "model", count: 10 },
      ]),
    ],
    registrations,
    { reportYear: 2025 },
  );
  const entry = document.plans[0];

  it("counts every kind reached in the year for 'any' (4/6), and no Công an phường yet (0/4, shortfall 4)", () => {
    expect(PlanProgressDocumentSchema.safeParse(document).success).toBe(true);
    expect(entry?.countTargets).toEqual([
      {
        year: 2025,
        programme: "typical-unit",
        subject: "any",
        subjectTitle: "Mọi loại đơn vị",
        target: 6,
        registered: 5,
        achieved: 4,
        shortfall: 2,
        surplus: 0,
        met: false,
      },
      {
        year: 2025,
        programme: "model-ward-police",
        subject: "ward-police",
        subjectTitle: "Công an phường",
        target: 4,
        registered: 0,
        achieved: 0,
        shortfall: 4,
        surplus: 0,
        met: false,
      },
    ]);
    expect(entry?.totals).toEqual({ target: 6, achieved: { part: 4, total: 6 } });
    expect(
      entry?.programmeTotals.map((t) => [t.programme, t.target, t.reached, t.shortfall, t.surplus]),
    ).toEqual([
      ["typical-unit", 6, 4, 2, 0],
      ["model-ward-police", 4, 0, 4, 0],
    ]);
  });

  it("prints the lines: a total per programme, 0/4 (0,0%), and the movement models left unmeasured", () => {
    expect(entry?.lines).toEqual([
      "Kế hoạch 25/KH-BCĐ (ngày 10/02/2025): Xây dựng đơn vị điển hình, Công an phường điển hình, kiểu mẫu năm 2025.",
      "Chỉ tiêu số lượng: đạt 4/6 đơn vị (66,7%).",
      "Chỉ tiêu số lượng Công an phường điển hình, kiểu mẫu: đạt 0/4 đơn vị (0,0%).",
      "- Mọi loại đơn vị năm 2025: 4/6 đơn vị (66,7%), còn thiếu 2.",
      "- Công an phường điển hình, kiểu mẫu năm 2025: 0/4 đơn vị (0,0%), còn thiếu 4.",
    ]);
    expect(entry?.review).toEqual([
      {
        code: "UNSUPPORTED_TARGET",
        message:
          "Chỉ tiêu năm 2025 “Mô hình phong trào toàn dân bảo vệ ANTQ — Mô hình” chưa được antq tính tiến độ: đăng ký xây dựng điển hình không đếm được loại chỉ tiêu này.",
      },
    ]);
  });

  it("prints the console lines with the registered units of each target", () => {
    const lines = planProgressLines(document, []);
    expect(lines[0]).toBe("TIẾN ĐỘ THỰC HIỆN KẾ HOẠCH, CHỈ TIÊU (kết quả đến hết năm 2025)");
    expect(lines.at(-1)).toBe(
      "Đăng ký, được chọn xây dựng: mọi loại đơn vị năm 2025 5/6; công an phường năm 2025 0/4.",
    );
  });

  it("prints each programme's rows and total in the workbook, never a negative shortfall", async () => {
    expect((await workbookRows(document)).slice(0, 6)).toEqual([
      ["", "Đơn vị điển hình về phong trào toàn dân bảo vệ ANTQ"],
      [2025, "Mọi loại đơn vị", 6, 5, 4, 2, 0],
      ["", "Tổng số", 6, "", 4, 2, ""],
      ["", "Công an phường điển hình, kiểu mẫu"],
      [2025, "Công an phường", 4, 0, 0, 4, 0],
      ["", "Tổng số", 4, "", 0, 4, ""],
    ]);
  });
});

describe("antq.plan-progress/1: a khu dân cư target", () => {
  const document = planProgressDocument(
    [
      plan([
        { year: 2025, programme: "typical-unit", subject: "commune", count: 2 },
        { year: 2025, programme: "typical-unit", subject: "residential-area", count: 3 },
      ]),
    ],
    registrations,
    { reportYear: 2025 },
  );
  const entry = document.plans[0];

  it("leaves it unmeasured (registrations cannot name a khu dân cư): no 0/3 that nobody counted", () => {
    expect(
      entry?.countTargets.map((t) => [t.subjectTitle, t.target, t.achieved, t.shortfall, t.surplus, t.met]),
    ).toEqual([["Xã", 2, 2, 0, 0, true]]);
    expect(entry?.lines.slice(1, 3)).toEqual([
      "Chỉ tiêu số lượng: đạt 2/2 đơn vị (100,0%).",
      "- Xã năm 2025: 2/2 đơn vị (100,0%), đạt chỉ tiêu.",
    ]);
    expect(entry?.lines.join("\n")).not.toContain("Khu dân cư năm 2025");
    expect(entry?.review).toEqual([
      {
        code: "UNSUPPORTED_TARGET",
        message:
          "Chỉ tiêu năm 2025 “Đơn vị điển hình về phong trào toàn dân bảo vệ ANTQ — Khu dân cư” chưa được antq tính tiến độ: đăng ký xây dựng điển hình chưa ghi được khu dân cư.",
      },
    ]);
  });

  it("prints only the measured targets and their total in the workbook", async () => {
    expect((await workbookRows(document)).slice(0, 2)).toEqual([
      [2025, "Xã", 2, 2, 2, 0, 0],
      ["", "Tổng số", 2, "", 2, 0, ""],
    ]);
  });
});

describe("antq.plan-progress/1: registrations of another year or programme", () => {
  it("do not count for the Công an phường target of 2025, nor do the reports after the report year", () => {
    const document = planProgressDocument(
      [plan([{ year: 2025, programme: "model-ward-police", subject: "ward-police", count: 2 }])],
      [
        ...registrations,
        // A ward reached as điển hình unit (the other programme), and a Công an phường of 2025 reported after 2024.
        reg({
          id: "r8",
          subject: "ward",
          name: "Phường Thắng Tam",
          unitId: "p-thang-tam",
          adminUnitId: "brvt-w-tt",
        }),
        reg({
          id: "r9",
          programme: "model-ward-police",
          subject: "ward-police",
          name: "Công an phường Rạch Dừa",
          adminUnitId: "brvt-w-rach-dua",
        }),
      ],
      { reportYear: 2024 },
    );
    expect(document.plans[0]?.countTargets.map((t) => [t.registered, t.achieved, t.shortfall])).toEqual([
      [0, 0, 2],
    ]);
  });

  it("counts the Công an phường of its year, each ward once", () => {
    const document = planProgressDocument(
      [plan([{ year: 2025, programme: "model-ward-police", subject: "ward-police", count: 2 }])],
      [
        reg({
          id: "r9",
          programme: "model-ward-police",
          subject: "ward-police",
          name: "Công an phường Rạch Dừa",
          adminUnitId: "brvt-w-rach-dua",
        }),
        reg({
          id: "r10",
          programme: "model-ward-police",
          subject: "ward-police",
          name: "Công an phường Rạch Dừa (hồ sơ bổ sung)",
          adminUnitId: "brvt-w-rach-dua",
        }),
        reg({
          id: "r11",
          programme: "model-ward-police",
          subject: "ward-police",
          name: "Công an phường Thắng Nhất",
          adminUnitId: "brvt-w-thang-nhat",
        }),
      ],
      { reportYear: 2025 },
    );
    expect(
      document.plans[0]?.countTargets.map((t) => [t.registered, t.achieved, t.shortfall, t.met]),
    ).toEqual([[2, 2, 0, true]]);
  });
});
