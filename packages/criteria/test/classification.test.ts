import { describe, expect, it } from "vitest";
import {
  countLevels,
  createClassifier,
  EXAMPLE_PROVINCE_CONFIG,
  explainClassification,
  printExplanation,
  type ScoreSheet,
} from "../src/index.js";

export const XA_TAN_TIEN_2024: ScoreSheet = {
  unitId: "xa-tan-tien",
  unitName: "Xã Tân Tiến, thành phố Vị Thanh",
  year: 2024,
  rubricId: "vi-du.qd510.commune",
  entries: [
    { item: "I.1", self: 100, verified: 100, evidence: "Nghị quyết số 02-NQ/ĐU ngày 15/01/2024" },
    { item: "I.2", self: 100, verified: 90 },
    { item: "II.1", self: 70, verified: 70 },
    { item: "II.2", self: 80, verified: 80 },
    { item: "III.1.a", self: 60, verified: 60 },
    { item: "III.1.b", self: 60, verified: 55 },
    { item: "III.2", self: 100, verified: 95 },
    { item: "IV.1", selfEvents: 0, verifiedEvents: 0 },
    { item: "IV.2", selfEvents: 0, verifiedEvents: 1 },
    { item: "V.1", self: 150, verified: 140 },
  ],
};

describe("classification with the example configuration", () => {
  it("classifies a commune and explains it", () => {
    const c = createClassifier(EXAMPLE_PROVINCE_CONFIG, "commune", 2024);
    expect(c.ok).toBe(true);
    if (!c.ok) return;
    const safe = c.value.classify(XA_TAN_TIEN_2024, { tt124: "dat" });
    expect(safe.ok && safe.value.level).toBe("xuat_sac");
    const r = c.value.classify(XA_TAN_TIEN_2024, { tt124: "chua_dat" });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.score.total).toBe(915);
    expect(r.value.score.scoreLevel.id).toBe("xuat_sac");
    expect(r.value.level).toBe("kha");
    expect(r.value.status).toBe("can_xem_xet");
    const text = printExplanation(explainClassification(r.value));
    console.log(text);
    expect(text).toContain("cấu hình ví dụ");
    expect(countLevels([r.value])).toEqual({ xuat_sac: 0, kha: 1, trung_binh: 0, yeu: 0 });
  });

  it("has no district classification after the 2025 reform", () => {
    const c = createClassifier(EXAMPLE_PROVINCE_CONFIG, "district", 2025);
    expect(c.ok).toBe(false);
    if (!c.ok) expect(c.issues[0]?.code).toBe("DISTRICT_ABOLISHED");
    expect(createClassifier(EXAMPLE_PROVINCE_CONFIG, "district", 2024).ok).toBe(true);
  });
});
