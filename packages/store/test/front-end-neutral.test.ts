/**
 * @antq/store speaks to every front-end (the CLI, the web app, the province's server): the texts it gives an
 * officer name the action to take ("lưu kết quả … vào kho", "nhập lại với tùy chọn thay thế", "nhập dữ liệu của
 * một năm vào kho"), never an `antq` command or a `--flag`. Each text below is produced by the package itself
 * and checked, with its stable code where it has one (a front-end adds its own command or button by that code).
 */
import type { AnnualFacts } from "@antq/domain";
import { afterAll, describe, expect, it } from "vitest";
import {
  type AssessmentRun,
  compareRuns,
  importLines,
  importYear,
  isStoreError,
  previousYearLines,
  storeSummaryLines,
  withPreviousYearCounts,
} from "../src/index.js";
import { engines } from "./helpers/engines.js";
import { sampleYear } from "./helpers/fixtures.js";

/**
 * A command of the CLI (`antq nhap`, `antq danh-gia`…) or one of its options (`--thay-the`, `--luu-kho`…); not
 * the store's own location (`~/.antq`) named before a word.
 */
const CLI_WORDS = /(?<![\w./])antq [a-z]|--[a-z]/;

const expectNeutral = (text: string | undefined) => {
  expect(text).toBeTypeOf("string");
  expect(text, text).not.toMatch(CLI_WORDS);
  expect(text?.normalize("NFC")).toBe(text);
};

const stored: AssessmentRun = {
  id: 3,
  kind: "assessment",
  year: 2024,
  createdBy: "can-bo-01",
  createdAt: "2025-01-15T02:30:00.000Z",
  ruleSetHash: "fnv1a64:5d1c0b7e2a9f4c31",
  versions: { "@antq/rules-antt": "0.1.0" },
  options: { readings: {} },
  results: [
    { unitId: "kdc-ap-my-loi", overall: "dat", criteria: {} },
    { unitId: "kdc-ap-tan-hoa", overall: "dat", criteria: {} },
  ],
};
const names = new Map([["kdc-ap-my-loi", "Ấp Mỹ Lợi"]]);
const counts = {
  units: 34,
  annualFacts: 34,
  models: 2,
  securityTeams: 3,
  activities: 5,
  awards: 1,
  plans: 1,
  scoreSheets: 0,
  adminUnits: 4,
  typicalRegistrations: 0,
  awardProposals: 0,
  otherYearRecords: 2,
};

describe("the store's texts name no CLI command or option", () => {
  it("an empty store's summary names the import to do", () => {
    const lines = storeSummaryLines(
      { version: 1, years: [], imports: [] },
      { where: "~/.antq", engine: "pglite", schemaVersion: 7 },
    );
    expect(lines[1]).toBe("Kho chưa có dữ liệu năm nào: hãy nhập dữ liệu của một năm vào kho.");
    for (const line of lines) expectNeutral(line);
  });

  it("nothing stored to compare with, never saved or removed by a new import, each with its code", () => {
    for (const kind of ["assessment", "classification"] as const) {
      const what = kind === "assessment" ? "đánh giá" : "phân loại";
      const never = compareRuns({
        kind,
        year: 2024,
        where: "~/.antq",
        stored: undefined,
        current: stored,
        names,
      });
      const removed = compareRuns({
        kind,
        year: 2024,
        where: "postgres://may-chu/antq",
        stored: undefined,
        replacedBy: { importedBy: "Nguyễn Thị Hoa", importedAt: "2025-02-01T07:00:00.000Z" },
        current: stored,
        names,
      });
      if (never.status !== "missing" || removed.status !== "missing") throw new Error("expected missing");
      expect([never.code, removed.code]).toEqual(["NO_STORED_RUN", "STORED_RUN_REMOVED"]);
      expect(never.message).toContain(`Hãy lưu kết quả ${what} năm 2024 vào kho trước.`);
      expect(removed.message).toContain("đã được nhập lại (thay thế dữ liệu cũ) bởi Nguyễn Thị Hoa");
      expect(removed.message).toContain(`Hãy lưu kết quả ${what} năm 2024 của dữ liệu mới vào kho.`);
      expectNeutral(never.message);
      expectNeutral(removed.message);
    }
  });

  it("results that differ with the same provenance point at the year's new data", () => {
    const current = {
      ...stored,
      results: stored.results.map((r) => (r.unitId === "kdc-ap-my-loi" ? { ...r, overall: "chua_dat" } : r)),
    };
    const c = compareRuns({ kind: "assessment", year: 2024, where: "~/.antq", stored, current, names });
    if (c.status !== "different") throw new Error(c.status);
    expect(c.lines.at(-1)).toBe(
      "Bộ quy tắc, phiên bản các gói và cách hiểu giống lần đã lưu: khác biệt do dữ liệu năm 2024 trong kho đã được nhập lại (thay thế dữ liệu cũ) sau lần lưu.",
    );
    for (const line of [...c.lines, c.message]) expectNeutral(line);
  });

  it("an import that removed saved results says to save them again", () => {
    const removedRunsByKind = { assessment: 2, classification: 0 };
    const lines = importLines({ replaced: true, removedRunsByKind, counts }, 2024, "~/.antq");
    expect(lines[2]).toBe(
      "  Đã xoá 2 lần đánh giá đã lưu của năm 2024 (kết quả của dữ liệu cũ, không còn đúng với dữ liệu mới). Muốn đối chiếu sau này, hãy lưu lại kết quả đánh giá năm 2024 vào kho.",
    );
    for (const line of lines) expectNeutral(line);
  });

  it("last year missing from the store names the year to import", () => {
    const { notes } = withPreviousYearCounts(
      [
        {
          unitId: "kdc-1" as AnnualFacts["unitId"],
          year: 2024,
          violationCounts: { crimes: 0, socialEvilCases: 0, otherViolationCases: 1 },
        },
      ],
      { year: 2023, stored: false, counts: new Map() },
    );
    const lines = previousYearLines(notes, 2023);
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expectNeutral(line);
  });
});

describe("the store's errors name no CLI command or option", () => {
  const [pglite] = engines();
  afterAll(async () => {
    await pglite?.cleanup();
  });

  it("a year already stored keeps code YEAR_EXISTS and says to import again with the replace option", async () => {
    if (pglite === undefined) throw new Error("PGlite engine missing");
    const store = await pglite.open();
    try {
      await importYear(store.driver, sampleYear(2024), {
        year: 2024,
        importedBy: "Trần Thị Mai",
        fileName: "du-lieu-2024.xlsx",
      });
      const error = await importYear(store.driver, sampleYear(2024, { seed: 3 }), {
        year: 2024,
        importedBy: "Lê Văn Bình",
      }).catch((e: unknown) => e);
      expect(isStoreError(error, "YEAR_EXISTS")).toBe(true);
      const message = (error as Error).message;
      expect(message).toMatch(
        /^Kho đã có dữ liệu năm 2024 \(do Trần Thị Mai nhập lúc \S+ từ tệp du-lieu-2024\.xlsx\)\. Muốn thay thế dữ liệu năm này, hãy nhập lại với tùy chọn thay thế\.$/,
      );
      expectNeutral(message);
    } finally {
      await store.close();
    }
  });
});
