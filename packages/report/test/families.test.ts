/**
 * §6.2 families 6 (results from the people's information), 10 (new-rural links) and 13 (crime and social-evil
 * trends), on the seed province with the figures a Công an tỉnh would add for 2015–2019.
 */
import { describe, expect, it } from "vitest";
import {
  buildReport,
  computeReviewFigures,
  parseReviewInput,
  type ReportContent,
  type ReviewRecords,
  violationsOfFacts,
  writeAnnexXlsx,
} from "../src/index.js";
import { meta, records } from "./fixtures/seed-province.js";
import { readAnnex } from "./helpers.js";

const YEARS = [2015, 2016, 2017, 2018, 2019] as const;
const information = YEARS.map((year, i) => ({
  year,
  casesSolved: [14, 17, 12, 19, 16][i]!,
  suspectsArrested: [21, 25, 18, 27, 22][i]!,
  wantedArrested: [3, 2, 4, 1, 2][i]!,
  wantedSurrendered: [1, 2, 0, 1, 1][i]!,
}));
const newRural = YEARS.map((year, i) => ({
  year,
  criterion192Communes: [52, 60, 71, 80, 87][i]!,
  communes: 98,
  keyPointCommunesRemoved: [1, 1, 0, 1, 0][i]!,
}));
const violations = YEARS.map((year, i) => ({
  year,
  crimes: [412, 398, 371, 350, 333][i]!,
  socialEvilCases: [96, 90, 85, 80, 71][i]!,
  otherViolationCases: [1_204, 1_188, 1_150, 1_093, 1_046][i]!,
}));
const withFamilies: ReviewRecords = { ...records, violations, indicators: { information, newRural } };

const report = (r: ReviewRecords, from: number, to: number, previous = false): ReportContent => {
  const f = computeReviewFigures(r, { fromYear: from, toYear: to, previous });
  if (!f.ok) throw new Error(f.issues.map((i) => i.message).join("\n"));
  return buildReport(f.value, { ...meta, kind: from === to ? "annual" : "so-ket" });
};
const texts = (c: ReportContent) =>
  c.blocks.flatMap((b) => (b.type === "paragraph" ? [b.sentence.text] : []));

describe("§6.2 family 6: results from the people's information", () => {
  it("adds cases solved, arrests and wanted persons to the tips sentence", () => {
    const sentence = texts(report(withFamilies, 2014, 2019)).find((t) =>
      t.includes("nguồn tin của Nhân dân"),
    );
    expect(sentence).toContain(
      "từ nguồn tin của Nhân dân, điều tra làm rõ 78 vụ án, bắt giữ 113 đối tượng, bắt 12 đối tượng truy nã, vận động 5 đối tượng truy nã ra đầu thú",
    );
  });

  it("leaves out a result with nothing to report", () => {
    const none = information.map((i) => ({ ...i, wantedSurrendered: 0 }));
    const sentence = texts(report({ ...withFamilies, indicators: { information: none } }, 2014, 2019)).find(
      (t) => t.includes("nguồn tin của Nhân dân"),
    );
    expect(sentence).not.toContain("đầu thú");
  });
});

describe("§6.2 family 10: new-rural links", () => {
  it("gives the last year's communes meeting criterion 19.2 and the communes taken off the key-point list", () => {
    expect(texts(report(withFamilies, 2014, 2019))).toContain(
      "Năm 2019, toàn tỉnh có 87/98 xã đạt tiêu chí số 19.2 về an ninh, trật tự trong Bộ tiêu chí quốc gia về xã nông thôn mới (đạt 88,8%); trong 5 năm, đã đưa 3 xã ra khỏi diện trọng điểm, phức tạp về an ninh, trật tự.",
    );
  });

  it("refuses more communes meeting the criterion than communes assessed, with the path", () => {
    const r = parseReviewInput({
      schemaVersion: 1,
      meta: {
        parentAgency: "UBND tỉnh Bình An",
        agency: "Ban Chỉ đạo 138",
        number: "125/BC-BCĐ",
        place: "Bình An",
        date: "2019-08-20",
        recipients: [],
        signer: { title: "Trưởng ban", name: "Nguyễn Văn Bình" },
      },
      dataset: { schemaVersion: 1, units: [] },
      outcomes: [],
      indicators: {
        newRural: [{ year: 2019, criterion192Communes: 99, communes: 98, keyPointCommunesRemoved: 0 }],
      },
    });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.issues[0]?.path).toEqual(["indicators", "newRural", 0]);
      expect(r.issues[0]?.message).toContain("lớn hơn số xã được đánh giá (98)");
    }
  });
});

describe("§6.2 family 13: crime and social-evil trends", () => {
  it("sums the period and compares the last year with the first", () => {
    expect(texts(report(withFamilies, 2014, 2019))).toContain(
      "Trong 5 năm, trên địa bàn toàn tỉnh xảy ra 1.864 vụ phạm tội, 422 vụ tệ nạn xã hội; năm 2019 xảy ra 333 vụ phạm tội, giảm 79 vụ (19,2%) so với năm 2015.",
    );
  });

  it("compares a year with the previous one in the annual report", () => {
    expect(texts(report(withFamilies, 2019, 2019, true))).toContain(
      "Năm 2019, trên địa bàn toàn tỉnh xảy ra 333 vụ phạm tội, 71 vụ tệ nạn xã hội, số vụ phạm tội giảm 17 vụ (4,9%) so với năm 2018.",
    );
  });

  it("takes the counts from the units' annual facts, and refuses a year given twice", () => {
    const facts = violationsOfFacts([
      {
        unitId: "kdc-1",
        year: 2019,
        violationCounts: { crimes: 2, socialEvilCases: 1, otherViolationCases: 4 },
      },
      { unitId: "kdc-2", year: 2019, crimes: [] },
      { unitId: "kdc-3", year: 2019 },
    ]);
    expect(facts.map((f) => f.crimes)).toEqual([2, 0]);
    const r = computeReviewFigures(
      { ...records, violations: [...facts, violations[4]!] },
      { fromYear: 2019, toYear: 2019 },
    );
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0]?.code).toBe("DOUBLE_SOURCE");
  });

  it("puts every year's figures of the three families in PL10, and the text's numbers in PL1", async () => {
    const content = report(withFamilies, 2014, 2019);
    const annex = await writeAnnexXlsx(content);
    const wb = await readAnnex(annex.bytes);
    const pl10 = wb.getWorksheet("PL10 Nguồn tin, tội phạm")!;
    const rows: (string | number | null)[][] = [];
    pl10.eachRow((r, n) => {
      if (n > 5) rows.push(Array.from((r.values as (string | number | null)[]).slice(1, 12)));
    });
    expect(rows.find((r) => r[0] === 2019)).toEqual([2019, 16, 22, 2, 1, 333, 71, 1_046, 87, 98, 0]);
    expect(rows.find((r) => r[0] === "Cộng")).toEqual([
      "Cộng",
      78,
      113,
      12,
      5,
      1_864,
      422,
      5_681,
      undefined,
      undefined,
      3,
    ]);
    for (const id of [
      "violations:crimes",
      "information:casesSolved",
      "newRural:criterion192",
      "trend:violations:crimes:within:percent",
    ]) {
      const at = annex.cells.get(id)!;
      expect(wb.getWorksheet(at.sheet)!.getCell(at.cell).value).toBe(
        content.figures.find((f) => f.id === id)!.value,
      );
    }
  });
});
