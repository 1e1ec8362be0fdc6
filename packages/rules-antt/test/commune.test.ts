/**
 * The xã criteria of Thông tư 124 Điều 5 (khoản 1, 3, 4), one behaviour per test: each finding, its reason as an
 * officer reads it and the facts it lists. Starts from golden case T1b (Xã Mỹ Lợi, 2025, every criterion đạt)
 * and changes one fact at a time.
 */
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { compile } from "@antq/rules";
import { describe, expect, it } from "vitest";
import { type SecurityOrderInput, securityOrderRuleSet } from "../src/index.js";
import { tallyCoveredUnits } from "../src/tt124/commune.js";
import { loadSuite, parseInput } from "./fixtures/golden-io.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const golden = loadSuite(join(root, "golden", "tt124.json"));
const MY_LOI = parseInput(golden.cases.find((c) => c.id === "T1b")?.input);
const compiled = compile(securityOrderRuleSet, { year: 2025 });

type Facts = SecurityOrderInput["facts"];
const withFacts = (facts: Partial<Facts>): SecurityOrderInput => ({
  ...MY_LOI,
  facts: { ...MY_LOI.facts, ...facts },
});
/** The explained result of one criterion for a changed Xã Mỹ Lợi. */
const criterion = (input: SecurityOrderInput, id: string) => {
  const c = compiled.evaluate(input, { explain: true }).criteria.find((x) => x.id === id);
  if (c === undefined) throw new Error(`no ${id}`);
  return c;
};
const unitsOf = (
  list: readonly (readonly [string, boolean])[],
): NonNullable<SecurityOrderInput["coveredUnits"]> =>
  list.map(([outcome, registered], n) => ({
    unitId: `kdc-${n + 1}`,
    kind: "residential-area" as const,
    registered,
    outcome: outcome as "dat" | "chua_dat" | "can_xem_xet" | "khong_ap_dung",
  }));
const CITE_K1 = "Căn cứ: khoản 1 Điều 5 Thông tư 124/2021/TT-BCA.";
const CITE_K3 = "Căn cứ: khoản 3 Điều 5 Thông tư 124/2021/TT-BCA.";
const CITE_K4 = "Căn cứ: khoản 4 Điều 5 Thông tư 124/2021/TT-BCA.";

describe("tt124.d5.k1: resolution, plan and registration in Quý I, one effective model", () => {
  const q = MY_LOI.facts.quarterOne;
  it("all in Quý I with an effective model: đạt, listing the dates and the effective models", () => {
    const c = criterion(MY_LOI, "tt124.d5.k1");
    expect(c.code).toBe("DAT");
    expect(c.facts).toEqual({
      nghiQuyet: "2025-01-20",
      keHoach: "2025-02-10",
      dangKy: "2025-02-25",
      moHinhHieuQua: 1,
    });
  });
  it("no Quý I data: cần xem xét, with every date null", () => {
    const c = criterion(withFacts({ quarterOne: undefined }), "tt124.d5.k1");
    expect([c.code, c.outcome]).toEqual(["THIEU_DU_LIEU", "can_xem_xet"]);
    expect(c.facts).toMatchObject({ nghiQuyet: null, keHoach: null, dangKy: null });
  });
  it("no model data: cần xem xét", () => {
    expect(criterion(withFacts({ models: undefined }), "tt124.d5.k1").code).toBe("THIEU_DU_LIEU");
  });
  it("each of the three acts after Quý I fails it, checked in order", () => {
    expect(
      criterion(withFacts({ quarterOne: { ...q, partyResolution: { date: "2025-04-01" } } }), "tt124.d5.k1")
        .code,
    ).toBe("KHONG_CO_NGHI_QUYET");
    expect(criterion(withFacts({ quarterOne: { ...q, securityPlan: undefined } }), "tt124.d5.k1").code).toBe(
      "KHONG_CO_KE_HOACH",
    );
    const late = criterion(
      withFacts({ quarterOne: { ...q, registration: { date: "2025-04-01" } } }),
      "tt124.d5.k1",
    );
    expect([late.code, late.outcome]).toEqual(["KHONG_DANG_KY", "chua_dat"]);
    expect(
      criterion(withFacts({ quarterOne: { ...q, registration: { date: "2025-03-31" } } }), "tt124.d5.k1")
        .code,
    ).toBe("DAT");
  });
  it("a Quý I record missing an act fails on that act and lists its date as null", () => {
    const { partyResolution: _p, ...noResolution } = q ?? {};
    const a = criterion(withFacts({ quarterOne: noResolution }), "tt124.d5.k1");
    expect(a.code).toBe("KHONG_CO_NGHI_QUYET");
    expect(a.facts).toEqual({
      nghiQuyet: null,
      keHoach: "2025-02-10",
      dangKy: "2025-02-25",
      moHinhHieuQua: 1,
    });
    const { registration: _r, securityPlan: _s, ...onlyResolution } = q ?? {};
    const b = criterion(withFacts({ quarterOne: onlyResolution }), "tt124.d5.k1");
    expect(b.code).toBe("KHONG_CO_KE_HOACH");
    expect(b.facts).toEqual({ nghiQuyet: "2025-01-20", keHoach: null, dangKy: null, moHinhHieuQua: 1 });
    const { registration: _d, ...noRegistration } = q ?? {};
    expect(criterion(withFacts({ quarterOne: noRegistration }), "tt124.d5.k1").code).toBe("KHONG_DANG_KY");
  });
  it("models rated but none effective: chưa đạt, counting 0 effective of 2", () => {
    const c = criterion(
      withFacts({
        models: [
          { modelId: "mh-camera-an-ninh", effectiveness: "not-effective", ratedOn: "2025-10-20" },
          { modelId: "mh-to-tu-quan", effectiveness: "not-rated", ratedOn: "2025-10-20" },
        ] as Facts["models"],
      }),
      "tt124.d5.k1",
    );
    expect([c.code, c.outcome]).toEqual(["KHONG_CO_MO_HINH_HIEU_QUA", "chua_dat"]);
    expect(c.reason).toBe(
      `Không có mô hình phong trào toàn dân bảo vệ ANTQ nào được đánh giá hoạt động hiệu quả. ${CITE_K1}`,
    );
    expect(c.facts).toMatchObject({ moHinhHieuQua: 0 });
  });
});

describe("tt124.d5.k3: commune police attested, no officer disciplined in the window", () => {
  const action = (personRole: string, date: string) => ({
    id: "kl-01",
    date,
    personRole,
    form: "warning",
    reason: "other",
  });
  it("no discipline data: cần xem xét", () => {
    const c = criterion(withFacts({ disciplinaryActions: undefined }), "tt124.d5.k3");
    expect([c.code, c.outcome]).toEqual(["THIEU_DU_LIEU", "can_xem_xet"]);
  });
  it("a commune police officer disciplined in the window fails it, named with the form and date", () => {
    const c = criterion(
      withFacts({
        disciplinaryActions: [action("commune-police-officer", "2025-06-11")] as Facts["disciplinaryActions"],
      }),
      "tt124.d5.k3",
    );
    expect([c.code, c.outcome]).toEqual(["CO_KY_LUAT", "chua_dat"]);
    expect(c.reason?.endsWith(CITE_K3)).toBe(true);
    expect(c.facts).toEqual({ kyLuatCongAnXa: ["Cảnh cáo (ngày 11/06/2025)"], xacNhan: true });
  });
  it("discipline of someone else, or before the window, does not count", () => {
    const other = criterion(
      withFacts({
        disciplinaryActions: [action("security-team-member", "2025-06-11")] as Facts["disciplinaryActions"],
      }),
      "tt124.d5.k3",
    );
    expect(other.code).toBe("DAT");
    expect(other.facts).toEqual({ kyLuatCongAnXa: [], xacNhan: true });
    const before = criterion(
      withFacts({
        disciplinaryActions: [action("commune-police-officer", "2024-03-01")] as Facts["disciplinaryActions"],
      }),
      "tt124.d5.k3",
    );
    expect(before.code).toBe("DAT");
    expect(before.facts).toEqual({ kyLuatCongAnXa: [], xacNhan: true });
  });
  it("without the attestation it is cần xem xét; attested not done, chưa đạt", () => {
    const only = (value: boolean | undefined) =>
      withFacts({
        attestations: [
          { criterion: "TT124/Đ5/k2", value: true },
          ...(value === undefined ? [] : [{ criterion: "TT124/Đ5/k3", value }]),
        ],
      });
    const missing = criterion(only(undefined), "tt124.d5.k3");
    expect([missing.code, missing.outcome]).toEqual(["CHUA_XAC_NHAN", "can_xem_xet"]);
    expect(missing.facts).toMatchObject({ xacNhan: null });
    const no = criterion(only(false), "tt124.d5.k3");
    expect([no.code, no.outcome]).toEqual(["KHONG_DAT", "chua_dat"]);
    expect(no.facts).toMatchObject({ xacNhan: false });
  });
});

describe("tt124.d5.k4: the pooled ratio of the units under the commune", () => {
  it("đạt at exactly 70%, saying the counts and the percentage", () => {
    const c = criterion(MY_LOI, "tt124.d5.k4");
    expect(c.reason).toBe(`10/10 đơn vị đã đăng ký; 7/10 đơn vị được công nhận (70%). ${CITE_K4}`);
    expect(c.facts).toEqual({
      tongSo: 10,
      daDangKy: 10,
      duocCongNhan: 7,
      canXemXet: 0,
      nguon: "ket-qua-don-vi",
    });
  });
  it("below the threshold: the share with one decimal and the threshold in force", () => {
    const units = unitsOf([
      ...Array.from({ length: 4 }, () => ["dat", true] as const),
      ...Array.from({ length: 2 }, () => ["chua_dat", true] as const),
    ]);
    const c = criterion({ ...MY_LOI, coveredUnits: units }, "tt124.d5.k4");
    expect([c.code, c.outcome]).toEqual(["DUOI_TY_LE", "chua_dat"]);
    expect(c.reason).toBe(`Chỉ 4/6 đơn vị được công nhận (66,7%), dưới 70%. ${CITE_K4}`);
  });
  it("a unit not registered fails it first, whatever the ratio", () => {
    const units = unitsOf([
      ["dat", true],
      ["dat", true],
      ["dat", false],
    ]);
    const c = criterion({ ...MY_LOI, coveredUnits: units }, "tt124.d5.k4");
    expect([c.code, c.outcome]).toEqual(["CHUA_DANG_KY_DU", "chua_dat"]);
    expect(c.reason).toBe(`Mới có 2/3 đơn vị thuộc thẩm quyền đăng ký (yêu cầu 100%). ${CITE_K4}`);
  });
  it("units under review that could tip the ratio: cần xem xét, counting them", () => {
    const units = unitsOf([
      ...Array.from({ length: 6 }, () => ["dat", true] as const),
      ["can_xem_xet", true],
      ["chua_dat", true],
      ["chua_dat", true],
      ["chua_dat", true],
    ]);
    const c = criterion({ ...MY_LOI, coveredUnits: units }, "tt124.d5.k4");
    expect([c.code, c.outcome]).toEqual(["PHU_THUOC_DON_VI_CAN_XEM_XET", "can_xem_xet"]);
    expect(c.reason).toBe(
      `6/10 đơn vị được công nhận; 1 đơn vị còn cần xem xét quyết định kết quả. ${CITE_K4}`,
    );
    expect(c.facts).toMatchObject({ canXemXet: 1 });
  });
  it("leaves out units outside the circular's scope, from the count and from registration", () => {
    const t = tallyCoveredUnits({
      ...MY_LOI,
      coveredUnits: unitsOf([
        ["dat", true],
        ["khong_ap_dung", false],
        ["can_xem_xet", true],
        ["chua_dat", false],
      ]),
    });
    expect(t).toEqual({ total: 3, registered: 2, recognised: 1, review: 1, source: "ket-qua-don-vi" });
  });
  it("without the units' results, uses the reported totals; without either, has no unit", () => {
    const { coveredUnits: _, ...noList } = MY_LOI;
    const totals = {
      ...noList,
      facts: { ...MY_LOI.facts, coveredUnits: { total: 20, registered: 20, recognised: 13 } },
    };
    const c = criterion(totals, "tt124.d5.k4");
    expect(c.code).toBe("DUOI_TY_LE");
    expect(c.reason).toBe(`Chỉ 13/20 đơn vị được công nhận (65%), dưới 70%. ${CITE_K4}`);
    expect(c.facts).toEqual({
      tongSo: 20,
      daDangKy: 20,
      duocCongNhan: 13,
      canXemXet: 0,
      nguon: "so-lieu-tong-hop",
    });
    const none = criterion({ ...noList, facts: { ...MY_LOI.facts, coveredUnits: undefined } }, "tt124.d5.k4");
    expect([none.code, none.outcome]).toEqual(["KHONG_CO_DON_VI", "can_xem_xet"]);
    expect(none.facts).toMatchObject({ tongSo: 0, nguon: "khong-co" });
  });
});
