import { describe, expect, it } from "vitest";
import {
  type AnnualFacts,
  type AssessedUnit,
  checkDataset,
  type Dataset,
  parseAnnualFacts,
  parseAssessedUnit,
  parseDataset,
} from "../src/index.js";

const unit = (id: string, name: string): AssessedUnit => {
  const r = parseAssessedUnit({
    kind: "residential-area",
    id,
    name,
    areaType: "ap",
    location: { provinceId: "P82", communeId: "C28261" },
  });
  if (!r.ok) throw new Error(r.issues.map((i) => i.message).join("\n"));
  return r.value;
};
const facts = (unitId: string, year: number, extra: Record<string, unknown> = {}): AnnualFacts => {
  const r = parseAnnualFacts({ unitId, year, ...extra });
  if (!r.ok) throw new Error(r.issues.map((i) => i.message).join("\n"));
  return r.value;
};
const data = (units: AssessedUnit[], annualFacts: AnnualFacts[]): Dataset => ({
  schemaVersion: 1,
  units,
  annualFacts,
});

describe("checkDataset", () => {
  const myLoi = unit("kdc-ap-my-loi", "Ấp Mỹ Lợi");
  const longHoa = unit("kdc-ap-long-hoa", "Ấp Long Hòa");

  it("accepts a consistent data set of already-parsed records", () => {
    expect(
      checkDataset(data([myLoi, longHoa], [facts("kdc-ap-my-loi", 2025)]), { checkAdminReferences: false }),
    ).toEqual([]);
  });

  it("reports a repeated unit id at the later record, with the first one as relatedPath", () => {
    const issues = checkDataset(data([myLoi, longHoa, unit("kdc-ap-my-loi", "Ấp Mỹ Lợi (nhập lại)")], []), {
      checkAdminReferences: false,
    });
    expect(issues).toEqual([
      {
        code: "DUPLICATE_ID",
        path: ["units", 2, "id"],
        pathText: "units[2].id",
        relatedPath: ["units", 0, "id"],
        message: 'Đơn vị được đánh giá (units[2].id): mã "kdc-ap-my-loi" bị trùng (đã có ở units[0]).',
      },
    ]);
  });

  it("reports two facts records for one unit and year, not for two years", () => {
    const issues = checkDataset(
      data(
        [myLoi],
        [
          facts("kdc-ap-my-loi", 2024),
          facts("kdc-ap-my-loi", 2025),
          facts("kdc-ap-my-loi", 2025, { crimes: [] }),
        ],
      ),
      { checkAdminReferences: false },
    );
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({
      code: "DUPLICATE_ID",
      pathText: "annualFacts[2]",
      relatedPath: ["annualFacts", 1],
      message:
        'Dữ kiện năm (annualFacts[2]): đã có dữ kiện năm 2025 của đơn vị "kdc-ap-my-loi" (annualFacts[1]).',
    });
  });

  it("reports facts (and crimes) that name a unit not in the data, unless unit references are off", () => {
    const d = data(
      [myLoi],
      [
        facts("kdc-khong-co", 2025),
        facts("kdc-ap-my-loi", 2025, {
          crimes: [
            {
              id: "vu-01",
              date: "2025-03-14",
              place: { assessedUnitId: "kdc-ap-khac" },
              crimeClass: "serious",
              forceMajeure: false,
            },
          ],
        }),
      ],
    );
    const issues = checkDataset(d, { checkAdminReferences: false });
    expect(issues.map((i) => [i.code, i.pathText])).toEqual([
      ["UNKNOWN_REFERENCE", "annualFacts[0].unitId"],
      ["UNKNOWN_REFERENCE", "annualFacts[1].crimes[0].place.assessedUnitId"],
    ]);
    expect(issues[0]?.message).toBe(
      'Đơn vị được đánh giá (annualFacts[0].unitId): "kdc-khong-co" không có trong bộ dữ liệu.',
    );
    expect(checkDataset(d, { checkAdminReferences: false, checkUnitReferences: false })).toEqual([]);
  });

  it("is what parseDataset runs after the schema", () => {
    const input = { schemaVersion: 1, units: [myLoi, myLoi] };
    const r = parseDataset(input, { checkAdminReferences: false });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues).toEqual(checkDataset(input as Dataset, { checkAdminReferences: false }));
  });
});
