import { mkdirSync, writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { computeReviewFigures, parseReviewInput } from "../src/index.js";
import { activities, adminUnits, awards, meta, models, outcomes, units } from "./fixtures/seed-province.js";

const { kind: _kind, topic: _topic, ...fileMeta } = meta;
export const seedInputFile = {
  schemaVersion: 1,
  meta: fileMeta,
  dataset: { schemaVersion: 1, adminUnits, units, models, activities, awards },
  outcomes,
};

describe("parseReviewInput", () => {
  it("reads the seed province back from JSON with the same figures", () => {
    const parsed = parseReviewInput(JSON.parse(JSON.stringify(seedInputFile)));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const f = computeReviewFigures(parsed.value.records, { fromYear: 2014, toYear: 2019 });
    expect(f.ok && f.value.years.reduce((n, y) => n + y.safety.organisation.safe, 0)).toBe(1454);
    if (process.env.ANTQ_WRITE_FIXTURE === "1") {
      mkdirSync("../../apps/cli/test/fixtures/bao-cao", { recursive: true });
      writeFileSync(
        "../../apps/cli/test/fixtures/bao-cao/so-ket-chi-thi-07.json",
        `${JSON.stringify(seedInputFile)}\n`,
      );
    }
  });

  it("names every bad field with its path", () => {
    const broken = JSON.parse(JSON.stringify(seedInputFile));
    broken.meta.date = "20/8/2019";
    broken.outcomes[3].safe = "có";
    broken.outcomes[5].level = "tot";
    broken.dataset.units[0].kind = "khong-ro";
    const r = parseReviewInput(broken);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const paths = r.issues.map((i) => i.path.join("."));
    expect(paths).toEqual(expect.arrayContaining(["meta.date", "outcomes.3.safe", "outcomes.5.level"]));
    expect(paths.some((p) => p.startsWith("dataset.units.0"))).toBe(true);
    expect(r.issues.find((i) => i.path.join(".") === "outcomes.3.safe")?.message).toBe(
      "Kết quả đánh giá thứ 4 (đơn vị “cq-4”): “safe” phải là true (đạt) hoặc false (không đạt).",
    );
  });

  it("refuses another schema version", () => {
    const r = parseReviewInput({ ...seedInputFile, schemaVersion: 2 });
    expect(r.ok ? "" : r.issues[0]?.code).toBe("INVALID_META");
  });
});
