/**
 * The composition entry points (`composeReport`, `readStoredReview`, `renderReportDocx`, `reportDigest`) on the
 * seed province (Bình An, sơ kết 5 năm Chỉ thị 07): from in-memory records, and from a PGlite store read
 * through `@antq/store`'s `reviewRecords`, as the CLI, the server and the web app call them.
 */
import { provinceScope, reviewRecords } from "@antq/store";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  composeReport,
  parseReviewSupplement,
  type ReportContent,
  readStoredReview,
  renderReportDocx,
  reportDigest,
  reportDigestLines,
  reportFiles,
  type StoredPeriodReader,
  SUMMARY_SHEET,
  writeAnnexXlsx,
} from "../src/index.js";
import { meta, records, SEED_SENTENCE, units } from "./fixtures/seed-province.js";
import { importRecords, memoryStore } from "./fixtures/store.js";
import { ooxmlParts, paragraphTexts, readAnnex } from "./helpers.js";

const { kind: _kind, topic: _topic, ...inputMeta } = meta;
const texts = (c: ReportContent) =>
  c.blocks.flatMap((b) => (b.type === "paragraph" ? [b.sentence.text] : []));
const OPTIONS = { kind: "so-ket", topic: "chi-thi-07", fromYear: 2014, toYear: 2019 } as const;

describe("composeReport", () => {
  it("writes the seed article's sentence and the officer's meta", () => {
    const r = composeReport({ meta: inputMeta, records }, OPTIONS);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(texts(r.value)).toContain(SEED_SENTENCE);
    expect(r.value.meta).toMatchObject({ kind: "so-ket", topic: "chi-thi-07", number: "125/BC-BCĐ" });
    expect(r.value.summary).toMatch(/^Sơ kết 5 năm \(2014 - 2019\) thực hiện Chỉ thị số 07\/CT-BCA-V28/);
  });

  it("refuses two outcomes of the same unit-year, with the path of the second", () => {
    const first = records.outcomes[0];
    if (first === undefined) throw new Error("fixture");
    const r = composeReport(
      { meta: inputMeta, records: { ...records, outcomes: [...records.outcomes, first] } },
      OPTIONS,
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues[0]?.code).toBe("DUPLICATE_OUTCOME");
    expect(r.issues[0]?.path).toEqual(["outcomes", records.outcomes.length]);
  });

  it("counts the lượt in the digest: 1.454 units meeting the standard over 1.730 assessed", () => {
    const r = composeReport({ meta: inputMeta, records }, OPTIONS);
    if (!r.ok) throw new Error("compose");
    const d = reportDigest(r.value);
    expect(d.summary).toBe(r.value.summary);
    expect(d.figures.length).toBe(r.value.figures.length);
    expect(d.figures.map((f) => f.value)).toContain(1454);
    expect(d.figures.map((f) => f.value)).toContain(1730);
    expect(d.placeholders).toBe(r.value.blocks.filter((b) => b.type === "placeholder").length);
    expect(d.placeholders).toBeGreaterThan(0);
    expect(d.charts).toBe(r.value.charts.length);
  });
});

describe("reportFiles and reportDigestLines", () => {
  it("names the annex beside the Word report and refuses another extension", () => {
    expect(reportFiles("So-ket-Chi-thi-07.DOCX")).toEqual({
      ok: true,
      value: { report: "So-ket-Chi-thi-07.DOCX", annex: "So-ket-Chi-thi-07-phu-luc.xlsx" },
    });
    const wrong = reportFiles("bao-cao.docx.xlsx");
    expect(wrong.ok || wrong.issues).toEqual([
      { code: "NOT_DOCX", message: "Tệp báo cáo (--ra) phải có đuôi .docx: bao-cao.docx.xlsx", path: [] },
    ]);
  });

  it("tells what the Bình An sơ kết holds and where it was written", () => {
    const r = composeReport({ meta: inputMeta, records }, OPTIONS);
    if (!r.ok) throw new Error("compose");
    const d = reportDigest(r.value);
    const lines = reportDigestLines(d, ["so-ket.docx", "so-ket-phu-luc.xlsx"]);
    expect(lines).toEqual([
      `BÁO CÁO: ${r.value.summary}`,
      `Số chỉ tiêu: ${d.figures.length}; biểu đồ: ${d.charts}; phần cần cán bộ bổ sung: ${d.placeholders}`,
      "Đã ghi: so-ket.docx, so-ket-phu-luc.xlsx",
    ]);
    expect(lines[0]).toMatch(/^BÁO CÁO: Sơ kết 5 năm \(2014 - 2019\)/);
  });
});

describe("renderReportDocx", () => {
  it("writes the DOCX with the sentences, and a chart image only when a renderer is given", async () => {
    const r = composeReport({ meta: inputMeta, records }, OPTIONS);
    if (!r.ok) throw new Error("compose");
    const plain = ooxmlParts(await renderReportDocx(r.value));
    expect(paragraphTexts(plain["word/document.xml"] ?? "")).toContain(SEED_SENTENCE);
    const drawings = (xml = "") => xml.match(/<w:drawing>/g)?.length ?? 0;
    expect(drawings(plain["word/document.xml"])).toBe(0);
    const calls: string[] = [];
    // A one-pixel PNG per chart: the renderer receives ECharts' SVG.
    const png = Uint8Array.from(
      atob(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==",
      ),
      (c) => c.charCodeAt(0),
    );
    const withCharts = ooxmlParts(
      await renderReportDocx(r.value, {
        chartRenderer: (svg) => {
          calls.push(svg);
          return png;
        },
      }),
    );
    expect(calls.length).toBe(r.value.charts.length);
    expect(calls.every((svg) => svg.startsWith("<svg"))).toBe(true);
    expect(r.value.charts.length).toBeGreaterThan(1);
    expect(drawings(withCharts["word/document.xml"])).toBe(r.value.charts.length);
  });
});

describe("readStoredReview over a PGlite store", () => {
  let store: Awaited<ReturnType<typeof memoryStore>>;
  let read: StoredPeriodReader;
  beforeAll(async () => {
    store = await memoryStore();
    await importRecords(store.driver, { ...records, units }, 2014, 2019);
    read = (period) => reviewRecords(store.driver, period);
  }, 120_000);
  afterAll(() => store?.close());

  it("gives the same sentences as the in-memory records, and an annex with the same figures", async () => {
    const input = await readStoredReview(read, { fromYear: 2014, toYear: 2019, date: "2019-08-20" });
    if (!input.ok) throw new Error(input.issues.map((i) => i.message).join("\n"));
    expect(input.value.meta).toMatchObject({ number: "……/BC-……", date: "2019-08-20" });
    const fromStore = composeReport(input.value, OPTIONS);
    const fromMemory = composeReport({ meta: inputMeta, records }, OPTIONS);
    if (!fromStore.ok || !fromMemory.ok) throw new Error("compose");
    expect(texts(fromStore.value)).toEqual(texts(fromMemory.value));
    expect(fromStore.value.figures).toEqual(fromMemory.value.figures);
    const annex = await readAnnex((await writeAnnexXlsx(fromStore.value)).bytes);
    expect(annex.getWorksheet(SUMMARY_SHEET)?.rowCount).toBeGreaterThan(fromStore.value.figures.length / 2);
  });

  it("takes the officer's meta, indicators and province violation totals from the supplement", async () => {
    const supplement = parseReviewSupplement({
      schemaVersion: 1,
      meta: { ...inputMeta },
      indicators: { violations: [{ year: 2018, crimes: 41, socialEvilCases: 12, otherViolationCases: 7 }] },
    });
    if (!supplement.ok) throw new Error(supplement.issues.map((i) => i.message).join("\n"));
    const input = await readStoredReview(read, {
      fromYear: 2014,
      toYear: 2019,
      supplement: supplement.value,
    });
    if (!input.ok) throw new Error(input.issues.map((i) => i.message).join("\n"));
    expect(input.value.meta.signer.name).toBe("Nguyễn Văn Bình");
    expect(input.value.records.violations).toContainEqual({
      year: 2018,
      crimes: 41,
      socialEvilCases: 12,
      otherViolationCases: 7,
    });
  });

  it("reads the previous period too for a comparison, each unit listed once", async () => {
    const periods: string[] = [];
    const input = await readStoredReview(
      async (p) => {
        periods.push(`${p.from}-${p.to}`);
        return read(p);
      },
      { fromYear: 2017, toYear: 2019, previous: true },
    );
    expect(periods).toEqual(["2017-2019", "2014-2016"]);
    if (!input.ok) throw new Error("read");
    const ids = input.value.records.units.map((u) => u.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBe(units.length);
    expect(new Set(input.value.records.outcomes.map((o) => o.year))).toEqual(
      new Set([2015, 2016, 2017, 2018, 2019]),
    );
    const r = composeReport(input.value, { ...OPTIONS, fromYear: 2017, previous: true });
    expect(r.ok && r.value.data.previous?.fromYear).toBe(2014);
  });

  it("refuses a period the store has no year of, naming the store and the period", async () => {
    const r = await readStoredReview((p) => reviewRecords(store.driver, p, provinceScope("P82-2025")), {
      fromYear: 2001,
      toYear: 2005,
      source: "Kho /tmp/kho-binh-an",
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues).toEqual([
      {
        code: "EMPTY_PERIOD",
        message: "Kho /tmp/kho-binh-an chưa có dữ liệu năm nào từ 2001 đến 2005.",
        path: [],
      },
    ]);
  });

  it("refuses an outcome code it cannot read instead of counting it", async () => {
    const r = await readStoredReview(
      async () => ({
        years: [2019],
        units: [
          { id: "dn-7", kind: "enterprise", name: "Công ty TNHH Hòa Bình", location: { communeId: "x-1" } },
        ],
        outcomes: [{ unitId: "dn-7", year: 2019, overall: "xuat-sac" }],
      }),
      { fromYear: 2019, toYear: 2019 },
    );
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0]?.path).toEqual(["outcomes", 0, "overall"]);
  });
});
