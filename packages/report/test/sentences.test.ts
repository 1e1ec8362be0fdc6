import { unwrap } from "@antq/format-vi";
import { describe, expect, it } from "vitest";
import {
  type AwardCount,
  awardsClause,
  buildReport,
  computeReviewFigures,
  roundDownForProse,
  SentenceBuilder,
  sumActivity,
} from "../src/index.js";
import { meta, records, SEED_AWARDS, SEED_SENTENCE } from "./fixtures/seed-province.js";

const figures = unwrap(computeReviewFigures(records, { fromYear: 2014, toYear: 2019 }));
const content = buildReport(figures, meta);
const texts = content.blocks.flatMap((b) => (b.type === "paragraph" ? [b.sentence.text] : []));

describe("the seed province (sơ kết 5 năm Chỉ thị 07)", () => {
  it("reproduces the article's sentence on agencies, enterprises, schools", () => {
    expect(texts).toContain(SEED_SENTENCE);
  });

  it("reproduces the article's award sentence", () => {
    expect(texts).toContain(SEED_AWARDS);
  });

  it("counts unit-years, not units", () => {
    const org = figures.years.reduce((n, y) => n + y.safety.organisation.evaluated, 0);
    expect(org).toBe(1730);
    expect(figures.years.find((y) => y.year === 2014)?.safety.organisation.evaluated).toBe(0);
  });

  it("writes the trích yếu of a sơ kết", () => {
    expect(content.summary).toBe(
      "Sơ kết 5 năm (2014 - 2019) thực hiện Chỉ thị số 07/CT-BCA-V28 ngày 15/8/2014 của Bộ trưởng Bộ Công an về đẩy mạnh phong trào toàn dân bảo vệ an ninh Tổ quốc trong cơ quan, doanh nghiệp, nhà trường, đáp ứng yêu cầu, nhiệm vụ bảo đảm an ninh, trật tự trong tình hình mới",
    );
  });

  it("keeps the records behind each figure", () => {
    expect(figures.sources.models).toHaveLength(61);
    expect(figures.sources["models:organisation"]).toHaveLength(12);
    expect(figures.sources["safety:organisation:2019"]).toHaveLength(346);
    expect(figures.sources["activity:guardTrainingClasses:2018"]).toEqual(["th-bv-2018"]);
  });

  it("rounds only where asked: propaganda is 'trên'/'hơn', every other count exact", () => {
    expect(sumActivity(figures, "propagandaSessions")).toBe(1637);
    const propaganda = texts.find((t) => t.includes("tuyên truyền được"));
    expect(propaganda).toContain("tuyên truyền được trên 1.600 buổi với hơn 74.000 lượt người tham dự");
    for (const b of content.blocks) {
      if (b.type !== "paragraph") continue;
      for (const use of b.sentence.figures) {
        if (use.kind === "approximate") expect(use.figure.id).toMatch(/^activity:propaganda/);
      }
    }
  });

  it("marks the parts the data cannot write", () => {
    const headings = content.blocks.flatMap((b) => (b.type === "heading" && b.level === 1 ? [b.text] : []));
    expect(headings).toEqual([
      "I. KẾT QUẢ ĐẠT ĐƯỢC",
      "II. HẠN CHẾ, TỒN TẠI",
      "III. NGUYÊN NHÂN",
      "IV. PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI",
      "V. ĐỀ XUẤT, KIẾN NGHỊ",
    ]);
    expect(content.blocks.filter((b) => b.type === "placeholder").length).toBeGreaterThanOrEqual(4);
  });

  it("is NFC everywhere", () => {
    for (const t of texts) expect(t).toBe(t.normalize("NFC"));
  });
});

describe("awards sentences", () => {
  it("writes Tiền Giang's style: 'Bằng khen của UBND tỉnh cho 14 tập thể, 5 cá nhân và …'", () => {
    const counts: AwardCount[] = [
      {
        form: "certificate-of-commendation",
        issuer: "provincial-police-director",
        recipient: "individual",
        count: 13,
      },
      {
        form: "certificate-of-merit",
        issuer: "provincial-people-committee",
        recipient: "individual",
        count: 5,
      },
      {
        form: "certificate-of-merit",
        issuer: "provincial-people-committee",
        recipient: "collective",
        count: 14,
      },
      {
        form: "certificate-of-commendation",
        issuer: "provincial-police-director",
        recipient: "collective",
        count: 14,
      },
    ];
    expect(awardsClause(counts, "owner").text).toBe(
      "trao Bằng khen của UBND tỉnh cho 14 tập thể, 5 cá nhân và Giấy khen của Công an tỉnh cho 14 tập thể, 13 cá nhân",
    );
  });

  it("leaves out a recipient kind with no award", () => {
    const counts: AwardCount[] = [
      {
        form: "certificate-of-merit",
        issuer: "provincial-people-committee-chair",
        recipient: "individual",
        count: 0,
      },
      {
        form: "certificate-of-merit",
        issuer: "provincial-people-committee-chair",
        recipient: "collective",
        count: 3,
      },
    ];
    expect(awardsClause(counts, "giver").text).toBe("Chủ tịch UBND tỉnh trao tặng Bằng khen cho 3 tập thể");
  });
});

describe("rounding for prose", () => {
  it("rounds down to two significant digits and says when it did", () => {
    expect(roundDownForProse(74_215)).toEqual({ value: 74_000, rounded: true });
    expect(roundDownForProse(1_600)).toEqual({ value: 1_600, rounded: false });
    expect(roundDownForProse(545)).toEqual({ value: 540, rounded: true });
  });

  it("shows the exact count when rounding changes nothing", () => {
    const f = { id: "x", label: "x", value: 1600, unit: "buổi" };
    expect(new SentenceBuilder().approximately(f).build().text).toBe("1.600");
  });
});

describe("comparison with the previous period", () => {
  it("says how many percentage points the share rose", () => {
    // Previous period 2008–2013 (as many years as 2014–2019): the same units, 2010 much worse.
    const prevOutcomes = records.outcomes
      .map((o) => ({ ...o, year: o.year - 6 }))
      .map((o, i) => (o.year === 2010 && i % 2 === 0 ? { ...o, safe: false } : o));
    const f = unwrap(
      computeReviewFigures(
        { ...records, outcomes: [...prevOutcomes, ...records.outcomes] },
        { fromYear: 2014, toYear: 2019, previous: true },
      ),
    );
    expect(f.previous?.fromYear).toBe(2008);
    const prev = f.previous!.years.reduce(
      (a, y) => ({ e: a.e + y.safety.organisation.evaluated, s: a.s + y.safety.organisation.safe }),
      { e: 0, s: 0 },
    );
    const c = buildReport(f, meta);
    const sentence = c.blocks
      .flatMap((b) => (b.type === "paragraph" ? [b.sentence.text] : []))
      .find((t) => t.includes("(đạt 84,0%)"));
    // 1454/1730 = 84,05%; previous share prev.s/prev.e.
    const expected = Math.round(((1454 * prev.e - prev.s * 1730) * 1000) / (1730 * prev.e)) / 10;
    expect(sentence).toContain(
      `tăng ${String(expected).replace(".", ",")} điểm phần trăm so với giai đoạn 2008 - 2013`,
    );
  });
});

describe("bad input", () => {
  it("names an outcome whose unit is unknown, with its position", () => {
    const r = computeReviewFigures(
      { ...records, outcomes: [...records.outcomes, { unitId: "dn-9999", year: 2017, safe: true }] },
      { fromYear: 2014, toYear: 2019 },
    );
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.issues[0]?.code).toBe("UNKNOWN_UNIT");
      expect(r.issues[0]?.path).toEqual(["outcomes", records.outcomes.length, "unitId"]);
      expect(r.issues[0]?.message).toContain("“dn-9999”");
    }
  });

  it("refuses two outcomes of one unit in one year (a total would be wrong)", () => {
    const dup = records.outcomes[0]!;
    const r = computeReviewFigures(
      { ...records, outcomes: [...records.outcomes, dup] },
      { fromYear: 2014, toYear: 2019 },
    );
    expect(r.ok ? "" : r.issues[0]?.code).toBe("DUPLICATE_OUTCOME");
  });

  it("refuses a reversed period", () => {
    const r = computeReviewFigures(records, { fromYear: 2019, toYear: 2014 });
    expect(r.ok ? "" : r.issues[0]?.code).toBe("INVALID_PERIOD");
  });
});
