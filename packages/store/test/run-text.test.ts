/**
 * The record's messages (`compareRuns`, `previousYearLines`, `importLines`) and the run inputs
 * (`classificationRunOf`, `withPreviousYearFacts`) on the Vietnamese units of a commune in Tiền Giang.
 */
import type { AnnualFacts } from "@antq/domain";
import { describe, expect, it } from "vitest";
import {
  type AssessmentRun,
  classificationRunOf,
  compareRuns,
  importLines,
  previousYearLines,
  type StoreSummary,
  storeSummaryLines,
  withPreviousYearCounts,
  withPreviousYearFacts,
} from "../src/index.js";

const LABELS: Record<string, string> = { dat: "Đạt", chua_dat: "Chưa đạt", can_xem_xet: "Cần xem xét" };
const stored: AssessmentRun = {
  id: 4,
  kind: "assessment",
  year: 2024,
  createdBy: "can-bo-01",
  createdAt: "2025-01-15T02:30:00.000Z",
  ruleSetHash: "fnv1a64:5d1c0b7e2a9f4c31",
  versions: { "@antq/cli": "0.3.0", "@antq/rules-antt": "0.1.0" },
  options: { readings: {}, previousYear: { year: 2023, inRecord: true, importId: 2 } },
  results: [
    { unitId: "kdc-ap-my-loi", overall: "dat", criteria: { "tt124.d4.k1": "dat" } },
    { unitId: "kdc-ap-tan-hoa", overall: "dat", criteria: { "tt124.d4.k1": "dat" } },
    { unitId: "dn-cong-ty-binh-an", overall: "chua_dat", criteria: { "tt124.d4.k1": "chua_dat" } },
  ],
};
const names = new Map([
  ["kdc-ap-my-loi", "Ấp Mỹ Lợi"],
  ["kdc-ap-tan-hoa", "Ấp Tân Hòa"],
]);

describe("compareRuns", () => {
  it("names the changed unit, its criterion and the reason (a package version and last year's record)", () => {
    const current = {
      ...stored,
      versions: { ...stored.versions, "@antq/rules-antt": "0.2.0" },
      options: { readings: {}, previousYear: { year: 2023, inRecord: false } },
      results: stored.results.map((r) =>
        r.unitId === "kdc-ap-tan-hoa"
          ? { ...r, overall: "chua_dat", criteria: { "tt124.d4.k1": "chua_dat" } }
          : r,
      ),
    };
    const c = compareRuns({
      kind: "assessment",
      year: 2024,
      where: "~/.antq",
      stored,
      current,
      names,
      labelOf: (v) => LABELS[v],
    });
    expect(c.status).toBe("different");
    if (c.status !== "different") return;
    expect(c.units).toBe(1);
    expect(c.message).toBe("Kết quả đánh giá lại năm 2024 khác kết quả đã lưu ở 1 đơn vị.");
    expect(c.lines).toEqual([
      "Đối chiếu kết quả đánh giá năm 2024 trong kho ~/.antq (lần 4, lưu lúc 2025-01-15 02:30:00 UTC bởi can-bo-01) với kết quả đánh giá lại:",
      "Khác nhau ở 1/3 đơn vị:",
      '  • Ấp Tân Hòa (kdc-ap-tan-hoa): kết quả chung "Đạt" → "Chưa đạt"; tiêu chí tt124.d4.k1 "Đạt" → "Chưa đạt"',
      "Lý do (nguồn gốc khác với lần đã lưu):",
      "  • Phiên bản gói @antq/rules-antt: 0.1.0 (đã lưu) → 0.2.0 (đánh giá lại)",
      "  • Dữ liệu năm trước trong kho (số vụ cho Điều 4 khoản 4 điểm a): năm 2023, lần nhập 2 (đã lưu) → kho chưa có năm 2023 (đánh giá lại)",
    ]);
  });

  it("says the results match, and which provenance differs without changing them", () => {
    const c = compareRuns({
      kind: "assessment",
      year: 2024,
      where: "~/.antq",
      stored,
      current: { ...stored, ruleSetHash: "fnv1a64:0000000000000000" },
      names,
    });
    expect(c).toEqual({
      status: "same",
      lines: [
        expect.stringContaining("Đối chiếu kết quả đánh giá năm 2024"),
        "Trùng khớp: 3 đơn vị có cùng kết quả.",
        "Nguồn gốc khác nhau nhưng không làm thay đổi kết quả:",
        "  • Mã băm bộ quy tắc: fnv1a64:5d1c0b7e2a9f4c31 (đã lưu) → fnv1a64:0000000000000000 (đánh giá lại)",
      ],
    });
  });

  it("shows the options that differ as an officer reads them, never as raw JSON", () => {
    const c = compareRuns({
      kind: "classification",
      year: 2024,
      where: "~/.antq",
      stored: {
        ...stored,
        kind: "classification",
        options: { readings: {}, provinces: [], tt124: null, configuration: "Tỉnh Bình An" },
      },
      current: {
        ...stored,
        kind: "classification",
        options: {
          readings: { "tt124.d4.k4.a": "giam", "tt124.d6.k3.h": "vphc_hoac_tnxh" },
          provinces: ["@antq/rules-tien-giang", "./goi-tinh.mjs"],
          tt124: "kho, lần 7",
          configuration: "Tỉnh Bình An",
        },
      },
      names,
    });
    if (c.status === "missing") throw new Error(c.status);
    expect(c.lines.slice(-4)).toEqual([
      "Nguồn gốc khác nhau nhưng không làm thay đổi kết quả:",
      "  • Gói quy định của tỉnh: (không có) (đã lưu) → @antq/rules-tien-giang, ./goi-tinh.mjs (đánh giá lại)",
      "  • Cách hiểu đã chọn: (không có) (đã lưu) → tt124.d4.k4.a = giam; tt124.d6.k3.h = vphc_hoac_tnxh (đánh giá lại)",
      '  • Kết quả "An toàn về ANTT" dùng khi phân loại: (không có) (đã lưu) → kho, lần 7 (đánh giá lại)',
    ]);
    for (const line of c.lines) expect(line).not.toMatch(/null|\{\}|\[\]|"kho/);
  });

  it("lists 100 units and counts the rest", () => {
    const many = Array.from({ length: 130 }, (_, i) => ({
      unitId: `kdc-${i}`,
      overall: "dat",
      criteria: {},
    }));
    const c = compareRuns({
      kind: "classification",
      year: 2024,
      where: "kho",
      stored: { ...stored, kind: "classification", results: many },
      current: { ...stored, kind: "classification", results: many.map((r) => ({ ...r, overall: "kha" })) },
      names: new Map(),
    });
    if (c.status !== "different") throw new Error(c.status);
    expect(c.units).toBe(130);
    expect(c.lines.filter((l) => l.startsWith("  • kdc-")).length).toBe(100);
    expect(c.lines).toContain("  … và 30 đơn vị khác.");
    expect(c.message).toBe("Kết quả phân loại lại năm 2024 khác kết quả đã lưu ở 130 đơn vị.");
  });

  it("says who replaced the year when nothing is stored since", () => {
    const c = compareRuns({
      kind: "classification",
      year: 2024,
      where: "~/.antq",
      stored: undefined,
      replacedBy: { importedBy: "can-bo-02", importedAt: "2025-02-01T07:00:00.123Z" },
      current: stored,
      names,
    });
    expect(c.status).toBe("missing");
    if (c.status === "missing") {
      expect(c.code).toBe("STORED_RUN_REMOVED");
      expect(c.message).toContain("bởi can-bo-02 lúc 2025-02-01 07:00:00 UTC");
      expect(c.message).toContain("Hãy lưu kết quả phân loại năm 2024 của dữ liệu mới vào kho.");
    }
  });
});

describe("last year's counts", () => {
  const facts = (unitId: string, crimes: number): AnnualFacts => ({
    unitId: unitId as AnnualFacts["unitId"],
    year: 2024,
    violationCounts: { crimes, socialEvilCases: 0, otherViolationCases: 1 },
    previousYearCounts: { crimes: 9, socialEvilCases: 0, otherViolationCases: 0 },
  });
  const previous = {
    year: 2023,
    stored: true,
    importId: 2,
    counts: new Map([["kdc-ap-my-loi", { crimes: 2, socialEvilCases: 0, otherViolationCases: 1 }]]),
  };

  it("sets the recorded counts on this year's fact records only, keeping the records' other fields", () => {
    const rows = [
      { row: 5, facts: facts("kdc-ap-my-loi", 1) },
      { row: 6, facts: facts("kdc-ap-tan-hoa", 0) },
      { row: 7, facts: { ...facts("kdc-ap-my-loi", 3), year: 2023 } },
    ];
    const r = withPreviousYearFacts(rows, previous, 2024);
    expect(r.records.map((x) => x.row)).toEqual([5, 6, 7]);
    expect(r.records[0]?.facts.previousYearCounts).toEqual({
      crimes: 2,
      socialEvilCases: 0,
      otherViolationCases: 1,
    });
    expect(r.records[1]?.facts.previousYearCounts).toBeUndefined();
    expect(r.records[2]).toBe(rows[2]);
    expect(r.notes.map((n) => [n.unitId, n.reason])).toEqual([
      ["kdc-ap-my-loi", "replaced-typed"],
      ["kdc-ap-tan-hoa", "unit-missing"],
    ]);
    expect(previousYearLines(r.notes, 2023)).toEqual([
      '1 đơn vị chưa so sánh được số vụ với năm 2023 (Điều 4 khoản 4 điểm a), kết quả tiêu chí này là "cần xem xét":',
      `  • ${r.notes[1]?.message}`,
      "1 đơn vị có số vụ năm 2023 ghi trong tệp khác số liệu trong kho; đã dùng số liệu trong kho:",
      `  • ${r.notes[0]?.message}`,
    ]);
  });

  it("counts every unit once when last year is missing from the store", () => {
    const { notes } = withPreviousYearCounts(
      Array.from({ length: 1234 }, (_, i) => facts(`kdc-${i}`, 1)),
      { year: 2023, stored: false, counts: new Map() },
    );
    const lines = previousYearLines(notes, 2023);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^Kho chưa có dữ liệu năm 2023: 1\.234 đơn vị chưa so sánh được/);
  });
});

describe("run inputs and import lines", () => {
  it("stores a classification with each kind's classifier hash, sorted, and the rubric package version", () => {
    const unit = (unitId: string, kind: string, hash: string, level: string, total: number) => ({
      unitId,
      kind,
      level,
      status: "final",
      score: { total, scoreLevel: { id: level } },
      classifier: { hash, rubricSource: { name: "@antq/rubric-tien-giang", version: "0.2.1" } },
    });
    const run = classificationRunOf(
      2024,
      [
        unit("xa-my-tho", "commune", "h2", "kha", 82.5),
        unit("kdc-ap-my-loi", "residential-area", "h1", "tot", 91),
      ],
      { configuration: "Tỉnh Tiền Giang" },
      { "@antq/cli": "0.3.0" },
    );
    expect(run.ruleSetHash).toBe("commune:h2 residential-area:h1");
    expect(run.versions).toEqual({ "@antq/cli": "0.3.0", "@antq/rubric-tien-giang": "0.2.1" });
    expect(run.results[0]).toEqual({
      unitId: "xa-my-tho",
      overall: "kha",
      score: 82.5,
      criteria: { scoreLevel: "kha", status: "final" },
    });
  });

  it("says what a replacing import removed and left out", () => {
    const lines = importLines(
      {
        replaced: true,
        removedRunsByKind: { assessment: 2, classification: 1 },
        counts: {
          units: 1730,
          annualFacts: 1730,
          models: 61,
          securityTeams: 12,
          activities: 26,
          awards: 42,
          plans: 1,
          scoreSheets: 0,
          adminUnits: 11,
          typicalRegistrations: 3,
          awardProposals: 4,
          otherYearRecords: 5,
        },
      },
      2019,
      "postgres://can-bo@may-chu/antq",
    );
    expect(lines).toEqual([
      "Đã thay thế dữ liệu năm 2019 vào kho postgres://can-bo@may-chu/antq:",
      "  1.730 đơn vị, 1.730 bản dữ kiện, 61 mô hình, 12 tổ bảo vệ ANTT, 26 hoạt động, 42 khen thưởng, 1 kế hoạch, 3 đăng ký điển hình, 4 đề nghị khen thưởng.",
      "  Đã xoá 2 lần đánh giá và 1 lần phân loại đã lưu của năm 2019 (kết quả của dữ liệu cũ, không còn đúng với dữ liệu mới). Muốn đối chiếu sau này, hãy lưu lại kết quả đánh giá và phân loại năm 2019 vào kho.",
      "  Bỏ qua 5 bản dữ kiện, bảng chấm điểm, đăng ký điển hình, đề nghị khen thưởng của năm khác 2019.",
    ]);
  });

  it("names only the kinds of run removed, each followed by the front-end's hint", () => {
    const counts = {
      units: 34,
      annualFacts: 34,
      models: 0,
      securityTeams: 0,
      activities: 0,
      awards: 0,
      plans: 0,
      scoreSheets: 3,
      adminUnits: 2,
      typicalRegistrations: 0,
      awardProposals: 0,
      otherYearRecords: 0,
    };
    const saveRun = (kind: "assessment" | "classification", year: number) => `Lưu lại: ${kind} ${year}.`;
    const classifications = importLines(
      { replaced: true, removedRunsByKind: { assessment: 0, classification: 1 }, counts },
      2024,
      "~/.antq",
      { saveRun },
    );
    expect(classifications.slice(2)).toEqual([
      "  Đã xoá 1 lần phân loại đã lưu của năm 2024 (kết quả của dữ liệu cũ, không còn đúng với dữ liệu mới). Muốn đối chiếu sau này, hãy lưu lại kết quả phân loại năm 2024 vào kho.",
      "  Lưu lại: classification 2024.",
    ]);
    const both = importLines(
      { replaced: true, removedRunsByKind: { assessment: 1, classification: 2 }, counts },
      2024,
      "~/.antq",
      { saveRun },
    );
    expect(both.slice(3)).toEqual(["  Lưu lại: assessment 2024.", "  Lưu lại: classification 2024."]);
    // Nothing removed: no line on runs, and no hint.
    const none = importLines(
      { replaced: true, removedRunsByKind: { assessment: 0, classification: 0 }, counts },
      2024,
      "~/.antq",
      { saveRun },
    );
    expect(none).toHaveLength(2);
  });
});

describe("storeSummaryLines", () => {
  const record = (year: number, replaced: boolean) => ({
    id: year - 2020,
    year,
    importedAt: `${year + 1}-01-15T02:30:00.000Z`,
    importedBy: "can-bo-ca-tinh",
    fileName: replaced ? null : `du-lieu-${year}.xlsx`,
    fileSha256: null,
    ruleSetHash: null,
    replaced,
    counts: { units: 1234, annualFacts: 1230, models: 12, securityTeams: 40, activities: 7, awards: 3 },
  });

  it("lists every year with its counts, runs and import, on a PostgreSQL server", () => {
    const summary: StoreSummary = {
      version: 1,
      years: [
        { year: 2023, assessmentRuns: 0, classificationRuns: 1, import: record(2023, false) },
        { year: 2024, assessmentRuns: 2, classificationRuns: 0, import: record(2024, true) },
      ],
      imports: [record(2023, false), record(2024, false), record(2024, true)],
    };
    expect(
      storeSummaryLines(summary, {
        where: "postgres://may-chu/antq",
        engine: "postgres",
        schemaVersion: "0003_unit_year_outcome",
      }),
    ).toEqual([
      "Kho dữ liệu: postgres://may-chu/antq (máy chủ PostgreSQL, lược đồ 3)",
      "Có dữ liệu 2 năm:",
      "  • Năm 2023: 1.234 đơn vị, 1.230 bản dữ kiện, 12 mô hình, 40 tổ bảo vệ ANTT, 7 hoạt động, 3 khen thưởng; 0 lần đánh giá, 1 lần phân loại. Nhập lúc 2024-01-15 02:30:00 UTC bởi can-bo-ca-tinh từ tệp du-lieu-2023.xlsx.",
      "  • Năm 2024: 1.234 đơn vị, 1.230 bản dữ kiện, 12 mô hình, 40 tổ bảo vệ ANTT, 7 hoạt động, 3 khen thưởng; 2 lần đánh giá, 0 lần phân loại. Nhập lúc 2025-01-15 02:30:00 UTC bởi can-bo-ca-tinh (thay thế lần nhập trước).",
      "Lịch sử: 3 lần nhập.",
    ]);
  });

  it("tells how to import into an empty store", () => {
    expect(
      storeSummaryLines(
        { version: 1, years: [], imports: [] },
        { where: "~/.antq", engine: "pglite", schemaVersion: "3" },
      ),
    ).toEqual([
      "Kho dữ liệu: ~/.antq (lưu trên máy, lược đồ 3)",
      "Kho chưa có dữ liệu năm nào: hãy nhập dữ liệu của một năm vào kho.",
      "Lịch sử: 0 lần nhập.",
    ]);
  });

  it("puts the front-end's hint after the line on an empty store, and only there", () => {
    const hints = { importYear: "Lệnh nhập: antq nhap <tệp> --nam <năm>." };
    const store = { where: "~/.antq", engine: "pglite", schemaVersion: "0010_admin_unit_import_log_scope" };
    expect(storeSummaryLines({ version: 1, years: [], imports: [] }, store, hints)).toEqual([
      "Kho dữ liệu: ~/.antq (lưu trên máy, lược đồ 10)",
      "Kho chưa có dữ liệu năm nào: hãy nhập dữ liệu của một năm vào kho.",
      "Lệnh nhập: antq nhap <tệp> --nam <năm>.",
      "Lịch sử: 0 lần nhập.",
    ]);
    const summary: StoreSummary = {
      version: 1,
      years: [{ year: 2024, assessmentRuns: 1, classificationRuns: 1, import: record(2024, false) }],
      imports: [record(2024, false)],
    };
    expect(storeSummaryLines(summary, store, hints)).not.toContain(hints.importYear);
  });
});
