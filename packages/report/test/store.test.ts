import { reviewRecords } from "@antq/store";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  buildReport,
  computeReviewFigures,
  fromStoredReview,
  type ReportContent,
  type ReviewFigures,
} from "../src/index.js";
import { meta, records, SEED_AWARDS, SEED_SENTENCE, units } from "./fixtures/seed-province.js";
import { importRecords, memoryStore } from "./fixtures/store.js";

const texts = (c: ReportContent) =>
  c.blocks.flatMap((b) => (b.type === "paragraph" ? [b.sentence.text] : []));
/** Figures without their source lists' order (the store returns records ordered by id). */
const comparable = (f: ReviewFigures) => ({
  ...f,
  sources: Object.fromEntries(Object.entries(f.sources).map(([k, ids]) => [k, [...ids].sort()])),
});

describe("a report computed from the store's period query", () => {
  let store: Awaited<ReturnType<typeof memoryStore>>;
  let fromStore: ReportContent;
  let fromMemory: ReportContent;
  beforeAll(async () => {
    store = await memoryStore();
    await importRecords(store.driver, { ...records, units }, 2014, 2019);
    const stored = fromStoredReview(await reviewRecords(store.driver, { from: 2014, to: 2019 }));
    if (!stored.ok) throw new Error(stored.issues.map((i) => i.message).join("\n"));
    const a = computeReviewFigures(stored.value, { fromYear: 2014, toYear: 2019 });
    const b = computeReviewFigures(records, { fromYear: 2014, toYear: 2019 });
    if (!a.ok || !b.ok) throw new Error("figures");
    fromStore = buildReport(a.value, meta);
    fromMemory = buildReport(b.value, meta);
  }, 120_000);
  afterAll(() => store?.close());

  it("writes the seed article's sentences from the store", () => {
    expect(texts(fromStore)).toContain(SEED_SENTENCE);
    expect(texts(fromStore)).toContain(SEED_AWARDS);
  });

  it("gives every sentence and figure of the in-memory report", () => {
    expect(texts(fromStore)).toEqual(texts(fromMemory));
    expect(fromStore.figures).toEqual(fromMemory.figures);
    expect(comparable(fromStore.data)).toEqual(comparable(fromMemory.data));
  });

  it("counts a unit-year without a result nowhere (2014 was imported but not assessed)", async () => {
    const stored = await reviewRecords(store.driver, { from: 2014, to: 2014 });
    expect(stored.units.length).toBe(records.units.length);
    expect(stored.outcomes).toEqual([]);
  });

  it("reads the outcome codes danh-gia --luu-kho stores: cần xem xét is evaluated but not đạt, không áp dụng counts nowhere", () => {
    const r = fromStoredReview({
      units: [],
      outcomes: [
        { unitId: "kdc-ap-1", year: 2024, overall: "dat" },
        { unitId: "kdc-ap-2", year: 2024, overall: "chua_dat" },
        { unitId: "kdc-ap-3", year: 2024, overall: "can_xem_xet", classification: "average" },
        { unitId: "dn-tan-phuoc", year: 2024, overall: "khong_ap_dung" },
        { unitId: "dn-cu", year: 2019, overall: "khong-dat" },
      ],
    });
    expect(r.ok).toBe(true);
    if (r.ok)
      expect(r.value.outcomes.map((o) => [o.unitId, o.safe, o.level])).toEqual([
        ["kdc-ap-1", true, undefined],
        ["kdc-ap-2", false, undefined],
        ["kdc-ap-3", false, "average"],
        ["dn-cu", false, undefined],
      ]);
    const classified = fromStoredReview({
      units: [],
      outcomes: [{ unitId: "dn-ngoai", year: 2024, overall: "khong_ap_dung", classification: "good" }],
    });
    expect(classified.ok).toBe(false);
    if (!classified.ok) expect(classified.issues[0]?.message).toContain("không áp dụng");
  });

  it("refuses an outcome code it cannot read, naming the unit and the year", () => {
    const r = fromStoredReview({
      units: [],
      outcomes: [{ unitId: "dn-7", year: 2018, overall: "xuat-sac" }],
    });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.issues[0]?.code).toBe("UNKNOWN_OUTCOME");
      expect(r.issues[0]?.message).toContain("“dn-7”");
      expect(r.issues[0]?.message).toContain("2018");
    }
  });
});
