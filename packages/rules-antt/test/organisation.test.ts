/**
 * Thông tư 124/2021/TT-BCA Điều 6 (cơ quan, doanh nghiệp) and Điều 7 (cơ sở giáo dục), criterion by criterion:
 * each test names the khoản/điểm it pins and changes one fact of a unit that meets the standard (T2: Công ty TNHH
 * Cơ khí Tân Phát; T4: Trường THCS Lê Lợi), at the thresholds the law sets: Quý I (01/01–31/03), the evaluation
 * window (16/11 of the previous year – 15/11, Điều 8), "cảnh cáo" or higher, 70% of the đơn vị trực thuộc.
 */
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { AnnualFacts } from "@antq/domain";
import { type CriterionResult, cite, compile, defineOverlay, type Readings } from "@antq/rules";
import { describe, expect, it } from "vitest";
import { type SecurityOrderInput, securityOrderRuleSet } from "../src/index.js";
import { loadSuite, parseInput } from "./fixtures/golden-io.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const golden = loadSuite(join(root, "golden", "tt124.json"));
const input = (id: string): SecurityOrderInput => parseInput(golden.cases.find((c) => c.id === id)?.input);

const compiled = compile(securityOrderRuleSet, { year: 2025 });
/** Công ty TNHH Cơ khí Tân Phát, 150 lao động: đạt every criterion of Điều 6. */
const enterprise = input("T2");
/** Trường THCS Lê Lợi (cấp học phổ thông): đạt every criterion of Điều 7. */
const school = input("T4");

/** The evaluation window of 2025 for cơ quan, doanh nghiệp, cơ sở giáo dục: 16/11/2024 – 15/11/2025. */
const FIRST_DAY = "2024-11-16";
const LAST_DAY = "2025-11-15";
const DAY_BEFORE = "2024-11-15";
const DAY_AFTER = "2025-11-16";
const IN_WINDOW = "2025-05-05";

/** `base` with some facts (and unit fields) changed, validated by the domain schemas as an import would. */
function withFacts(
  base: SecurityOrderInput,
  facts: Record<string, unknown>,
  unit: Record<string, unknown> = {},
): SecurityOrderInput {
  return parseInput({ unit: { ...base.unit, ...unit }, facts: { ...base.facts, ...facts } });
}

function criterion(i: SecurityOrderInput, id: string, readings?: Readings): CriterionResult {
  const c = compiled
    .evaluate(i, readings === undefined ? { explain: true } : { explain: true, readings })
    .criteria.find((x) => x.id === id);
  if (c === undefined) throw new Error(`no criterion ${id}`);
  return c;
}
const code = (i: SecurityOrderInput, id: string, readings?: Readings): string =>
  criterion(i, id, readings).code;

type Discipline = NonNullable<AnnualFacts["disciplinaryActions"]>[number];
let serial = 0;
function discipline(
  personRole: Discipline["personRole"],
  form: Discipline["form"],
  reason: Discipline["reason"],
  date = IN_WINDOW,
  personId?: string,
): Discipline {
  serial++;
  return {
    id: `kl-${serial}`,
    date,
    personRole,
    form,
    reason,
    ...(personId === undefined ? {} : { personId }),
  } as Discipline;
}

describe("khoản 1 Điều 6 / khoản 1 Điều 7: Quý I, nội quy, phổ biến 100%, mô hình hiệu quả", () => {
  it("each of the four records missing leaves the criterion “cần xem xét” for lack of data", () => {
    for (const missing of ["quarterOne", "internalRules", "peopleInformed", "models"] as const) {
      const c = criterion(withFacts(enterprise, { [missing]: undefined }), "tt124.d6.k1");
      expect([missing, c.code, c.outcome]).toEqual([missing, "THIEU_DU_LIEU", "can_xem_xet"]);
    }
    expect(code(withFacts(school, { models: undefined }), "tt124.d7.k1")).toBe("THIEU_DU_LIEU");
  });

  it("the Party resolution is required in Quý I only “nếu có” a tổ chức Đảng", () => {
    const noResolution = { registration: { date: "2025-02-20" }, securityPlan: { date: "2025-02-01" } };
    const lateResolution = { ...noResolution, partyResolution: { date: "2025-04-01" } };
    const lastDay = { ...noResolution, partyResolution: { date: "2025-03-31" } };
    const party = (has: boolean | undefined) => ({ hasPartyOrganisation: has });
    const at = (q: object, has: boolean | undefined) =>
      code(withFacts(enterprise, { quarterOne: q }, party(has)), "tt124.d6.k1");
    expect(at(noResolution, true)).toBe("KHONG_CO_NGHI_QUYET");
    expect(at(lateResolution, true)).toBe("KHONG_CO_NGHI_QUYET");
    expect(at(lastDay, true)).toBe("DAT");
    expect(at(noResolution, undefined)).toBe("CHUA_RO_TO_CHUC_DANG");
    expect(
      criterion(withFacts(enterprise, { quarterOne: noResolution }, party(undefined)), "tt124.d6.k1").outcome,
    ).toBe("can_xem_xet");
    expect(at(lateResolution, undefined)).toBe("CHUA_RO_TO_CHUC_DANG");
    expect(at(lastDay, undefined)).toBe("DAT");
    expect(at(noResolution, false)).toBe("DAT");
    expect(code(withFacts(school, { quarterOne: noResolution }, party(true)), "tt124.d7.k1")).toBe(
      "KHONG_CO_NGHI_QUYET",
    );
  });

  it("the kế hoạch and the đăng ký must both be dated in Quý I of the year assessed", () => {
    const resolution = { partyResolution: { date: "2025-01-15" } };
    const q = (plan?: string, registration?: string) => ({
      ...resolution,
      ...(plan === undefined ? {} : { securityPlan: { date: plan } }),
      ...(registration === undefined ? {} : { registration: { date: registration } }),
    });
    const at = (x: object) => code(withFacts(enterprise, { quarterOne: x }), "tt124.d6.k1");
    expect(at(q(undefined, "2025-02-20"))).toBe("KHONG_CO_KE_HOACH");
    expect(at(q("2025-04-01", "2025-02-20"))).toBe("KHONG_CO_KE_HOACH");
    expect(at(q("2025-01-01", undefined))).toBe("KHONG_DANG_KY");
    expect(at(q("2025-01-01", "2024-12-31"))).toBe("KHONG_DANG_KY");
    expect(at(q("2025-01-01", "2025-03-31"))).toBe("DAT");
  });

  it("names the nội quy topics missing, in the order of the khoản (Điều 6: six topics; Điều 7: four)", () => {
    const some = withFacts(enterprise, {
      internalRules: {
        topics: ["unit-protection", "state-secrets", "internal-political-protection", "fire-prevention"],
      },
    });
    const c = criterion(some, "tt124.d6.k1");
    expect([c.code, c.outcome]).toEqual(["THIEU_NOI_QUY", "chua_dat"]);
    expect(c.reason).toContain("Chưa có nội quy, quy chế về: an toàn lao động, bảo vệ môi trường.");

    // A school needs no nội quy on state secrets, labour safety or the environment …
    const schoolTopics = [
      "unit-protection",
      "internal-political-protection",
      "learner-management",
      "fire-prevention",
    ];
    expect(code(withFacts(school, { internalRules: { topics: schoolTopics as never } }), "tt124.d7.k1")).toBe(
      "DAT",
    );
    // … but one on quản lý người học, which an enterprise's six topics do not include.
    const enterpriseTopics = enterprise.facts.internalRules?.topics ?? [];
    const s = criterion(withFacts(school, { internalRules: { topics: enterpriseTopics } }), "tt124.d7.k1");
    expect(s.code).toBe("THIEU_NOI_QUY");
    expect(s.reason).toContain("Chưa có nội quy, quy chế về: quản lý người học.");
  });

  it("requires 100% informed and says how many of whom were", () => {
    const d6 = criterion(
      withFacts(enterprise, { peopleInformed: { total: 1500, part: 1499 } }),
      "tt124.d6.k1",
    );
    expect(d6.code).toBe("CHUA_PHO_BIEN_DU");
    expect(d6.reason).toContain(
      "Mới phổ biến cho 1.499/1.500 cán bộ, công nhân viên, người lao động (yêu cầu 100%)",
    );
    const d7 = criterion(withFacts(school, { peopleInformed: { total: 1200, part: 0 } }), "tt124.d7.k1");
    expect(d7.reason).toContain(
      "Mới phổ biến cho 0/1.200 cán bộ, nhà giáo, người lao động và người học (yêu cầu 100%)",
    );
    expect(code(withFacts(enterprise, { peopleInformed: { total: 1500, part: 1500 } }), "tt124.d6.k1")).toBe(
      "DAT",
    );
  });

  it("needs at least one model rated “hoạt động hiệu quả”", () => {
    const at = (models: object[]) => code(withFacts(enterprise, { models }), "tt124.d6.k1");
    expect(at([])).toBe("KHONG_CO_MO_HINH_HIEU_QUA");
    expect(
      at([
        { modelId: "mh-camera-an-ninh", effectiveness: "not-effective" },
        { modelId: "mh-to-an-ninh-cong-nhan", effectiveness: "not-rated" },
      ]),
    ).toBe("KHONG_CO_MO_HINH_HIEU_QUA");
    expect(
      at([
        { modelId: "mh-camera-an-ninh", effectiveness: "not-rated" },
        { modelId: "mh-to-an-ninh-cong-nhan", effectiveness: "effective" },
      ]),
    ).toBe("DAT");
  });

  it("lists the facts it used, null where a record is missing", () => {
    expect(criterion(enterprise, "tt124.d6.k1").facts).toEqual({
      coToChucDang: true,
      nghiQuyet: "2025-01-15",
      keHoach: "2025-02-01",
      dangKy: "2025-02-20",
      noiQuy: enterprise.facts.internalRules?.topics,
      phoBien: { total: 150, part: 150 },
      moHinhHieuQua: 1,
    });
    const nothing = withFacts(
      enterprise,
      { quarterOne: undefined, internalRules: undefined, peopleInformed: undefined, models: undefined },
      { hasPartyOrganisation: undefined },
    );
    expect(criterion(nothing, "tt124.d6.k1").facts).toEqual({
      coToChucDang: null,
      nghiQuyet: null,
      keHoach: null,
      dangKy: null,
      noiQuy: null,
      phoBien: null,
      moHinhHieuQua: 0,
    });
    const emptyQuarter = criterion(
      withFacts(enterprise, { quarterOne: {} }, { hasPartyOrganisation: false }),
      "tt124.d6.k1",
    );
    expect(emptyQuarter.facts).toMatchObject({
      coToChucDang: false,
      nghiQuyet: null,
      keHoach: null,
      dangKy: null,
    });
  });
});

describe("khoản 2 Điều 6 / khoản 2 Điều 7: xác nhận của cán bộ có thẩm quyền, phối hợp với Ban đại diện cha mẹ học sinh", () => {
  const attest = (...list: [string, boolean][]) => ({
    attestations: list.map(([criterion, value]) => ({ criterion, value })),
  });

  it("no attestation is “cần xem xét”, a negative one “chưa đạt”", () => {
    expect(code(withFacts(enterprise, attest()), "tt124.d6.k2")).toBe("CHUA_XAC_NHAN");
    expect(code(withFacts(enterprise, { attestations: undefined }), "tt124.d6.k2")).toBe("CHUA_XAC_NHAN");
    expect(code(withFacts(enterprise, attest(["TT124/Đ7/k2", true])), "tt124.d6.k2")).toBe("CHUA_XAC_NHAN");
    const no = criterion(withFacts(enterprise, attest(["TT124/Đ6/k2", false])), "tt124.d6.k2");
    expect([no.code, no.outcome]).toEqual(["KHONG_DAT", "chua_dat"]);
    expect(
      code(withFacts(school, attest(["TT124/Đ7/k2", false], ["TT124/Đ7/k2/cmhs", true])), "tt124.d7.k2"),
    ).toBe("KHONG_DAT");
  });

  it("asks the parents' board coordination of cấp học phổ thông (THCS, THPT) only", () => {
    const noParents = attest(["TT124/Đ7/k2", true], ["TT124/Đ7/k2/cmhs", false]);
    const parentsUnknown = attest(["TT124/Đ7/k2", true]);
    const levels = (l: string[]) => ({ levels: l });
    expect(code(withFacts(school, noParents), "tt124.d7.k2")).toBe("KHONG_PHOI_HOP_CMHS");
    expect(code(withFacts(school, noParents, levels(["upper-secondary"])), "tt124.d7.k2")).toBe(
      "KHONG_PHOI_HOP_CMHS",
    );
    expect(code(withFacts(school, parentsUnknown, levels(["upper-secondary"])), "tt124.d7.k2")).toBe(
      "CHUA_XAC_NHAN",
    );
    // A trường đại học or cao đẳng has no cấp học phổ thông: the officer's attestation is enough.
    expect(code(withFacts(school, noParents, levels(["university"])), "tt124.d7.k2")).toBe("DAT");
    expect(code(withFacts(school, parentsUnknown, levels(["college", "vocational"])), "tt124.d7.k2")).toBe(
      "DAT",
    );
  });

  it("lists the attestations read, the parents' board for a school only", () => {
    expect(criterion(enterprise, "tt124.d6.k2").facts).toEqual({ xacNhan: true });
    expect(criterion(withFacts(enterprise, attest()), "tt124.d6.k2").facts).toEqual({ xacNhan: null });
    expect(
      criterion(withFacts(school, attest(["TT124/Đ7/k2", true], ["TT124/Đ7/k2/cmhs", false])), "tt124.d7.k2")
        .facts,
    ).toEqual({ xacNhan: true, phoiHopChaMeHocSinh: false });
    expect(criterion(withFacts(school, attest()), "tt124.d7.k2").facts).toEqual({
      xacNhan: null,
      phoiHopChaMeHocSinh: null,
    });
  });
});

describe("khoản 3 Điều 6 điểm a, b, c / khoản 3 Điều 7: vụ việc về an ninh", () => {
  const event = (kind: string, date: string) => ({
    securityEvents: [{ id: `vv-${kind}`, kind, date }] as AnnualFacts["securityEvents"],
  });
  const points = ["a", "b", "c"] as const;
  const kinds = {
    a: "illegal-religion-propagation",
    b: "exploitation-of-religion-ethnicity-complaints",
    c: "incited-mass-complaints",
  } as const;

  it("no record of security events is “cần xem xét”, an empty one “đạt”", () => {
    for (const p of points) {
      expect(code(withFacts(enterprise, { securityEvents: undefined }), `tt124.d6.k3.${p}`)).toBe(
        "THIEU_DU_LIEU",
      );
      expect(code(withFacts(school, { securityEvents: undefined }), `tt124.d7.k3.${p}`)).toBe(
        "THIEU_DU_LIEU",
      );
      expect(code(withFacts(enterprise, { securityEvents: [] }), `tt124.d6.k3.${p}`)).toBe("KHONG_CO");
    }
  });

  it("each điểm counts only its own kind of event, dated inside the window", () => {
    for (const p of points) {
      for (const [unit, article] of [
        [enterprise, 6],
        [school, 7],
      ] as const) {
        const id = `tt124.d${article}.k3.${p}`;
        for (const q of points) {
          const got = code(withFacts(unit, event(kinds[q], IN_WINDOW)), id);
          expect([id, q, got]).toEqual([id, q, p === q ? "CO_VU_VIEC" : "KHONG_CO"]);
        }
        expect(code(withFacts(unit, event(kinds[p], FIRST_DAY)), id)).toBe("CO_VU_VIEC");
        expect(code(withFacts(unit, event(kinds[p], LAST_DAY)), id)).toBe("CO_VU_VIEC");
        expect(code(withFacts(unit, event(kinds[p], DAY_BEFORE)), id)).toBe("KHONG_CO");
        expect(code(withFacts(unit, event(kinds[p], DAY_AFTER)), id)).toBe("KHONG_CO");
      }
    }
  });

  it("cites điểm … khoản 3 Điều 6 for a cơ quan, and khoản 3 Điều 7 with it for a school", () => {
    expect(criterion(enterprise, "tt124.d6.k3.a").citation).toBe(
      "điểm a khoản 3 Điều 6 Thông tư 124/2021/TT-BCA",
    );
    expect(criterion(school, "tt124.d7.k3.e").citation).toBe(
      "khoản 3 Điều 7 Thông tư 124/2021/TT-BCA; điểm e khoản 3 Điều 6 Thông tư 124/2021/TT-BCA",
    );
  });
});

describe("điểm d khoản 3 Điều 6: đình công, lãn công trái pháp luật", () => {
  const strike = (lawful: boolean, startDate: string) => ({
    strikes: [
      { id: "dc-01", kind: "strike", startDate, lawful, participants: 420 },
    ] as AnnualFacts["strikes"],
  });
  it("counts an unlawful strike begun inside the window, not a lawful one nor one outside", () => {
    expect(code(withFacts(enterprise, { strikes: undefined }), "tt124.d6.k3.d")).toBe("THIEU_DU_LIEU");
    expect(code(withFacts(enterprise, strike(false, IN_WINDOW)), "tt124.d6.k3.d")).toBe("CO_DINH_CONG");
    expect(code(withFacts(enterprise, strike(false, FIRST_DAY)), "tt124.d6.k3.d")).toBe("CO_DINH_CONG");
    expect(code(withFacts(enterprise, strike(true, IN_WINDOW)), "tt124.d6.k3.d")).toBe("KHONG_CO");
    expect(code(withFacts(enterprise, strike(false, DAY_AFTER)), "tt124.d6.k3.d")).toBe("KHONG_CO");
    expect(code(withFacts(enterprise, strike(false, DAY_BEFORE)), "tt124.d6.k3.d")).toBe("KHONG_CO");
  });
});

describe("điểm đ, e, g khoản 3 Điều 6", () => {
  it("e: a violation of state-secret rules counts inside the window only", () => {
    const leak = (date: string) => ({
      stateSecretViolations: [{ id: "lo-mat-01", date, grade: "confidential", personRole: "staff" }],
    });
    expect(code(withFacts(enterprise, { stateSecretViolations: undefined }), "tt124.d6.k3.e")).toBe(
      "THIEU_DU_LIEU",
    );
    expect(code(withFacts(school, { stateSecretViolations: undefined }), "tt124.d7.k3.e")).toBe(
      "THIEU_DU_LIEU",
    );
    expect(code(withFacts(enterprise, leak(LAST_DAY) as never), "tt124.d6.k3.e")).toBe("CO_VI_PHAM");
    expect(code(withFacts(enterprise, leak(DAY_BEFORE) as never), "tt124.d6.k3.e")).toBe("KHONG_CO");
    expect(code(withFacts(enterprise, leak(DAY_AFTER) as never), "tt124.d6.k3.e")).toBe("KHONG_CO");
  });

  it("đ and g list the facts of the crimes and accidents they read", () => {
    expect(Object.keys(criterion(enterprise, "tt124.d6.k3.dd").facts ?? {})).toEqual([
      "toiPhamNghiemTrongTroLen",
    ]);
    expect(Object.keys(criterion(school, "tt124.d7.k3.g").facts ?? {})).toEqual(["suCo"]);
  });
});

describe("điểm h khoản 3 Điều 6: xử phạt VPHC về ANTT, tệ nạn xã hội bị kỷ luật từ cảnh cáo", () => {
  const H = "tt124.d6.k3.h";
  const sanction = (over: Record<string, unknown> = {}) => ({
    id: "xp-01",
    date: IN_WINDOW,
    personRole: "staff",
    securityOrderField: true,
    description: "Đánh bạc trái phép",
    ...over,
  });
  const withSanctions = (list: object[], actions: Discipline[] = []) =>
    withFacts(enterprise, {
      administrativeSanctions: list as AnnualFacts["administrativeSanctions"],
      disciplinaryActions: actions,
    });

  it("needs both the sanctions and the disciplinary records", () => {
    expect(code(withFacts(enterprise, { administrativeSanctions: undefined }), H)).toBe("THIEU_DU_LIEU");
    expect(code(withFacts(enterprise, { disciplinaryActions: undefined }), H)).toBe("THIEU_DU_LIEU");
  });

  it("a staff member with a social evil disciplined at “cảnh cáo” or higher, in the window", () => {
    const at = (d: Discipline) => code(withSanctions([], [d]), H);
    expect(at(discipline("staff", "warning", "social-evil"))).toBe("TNXH_BI_KY_LUAT");
    expect(at(discipline("security-force-member", "forced-dismissal", "social-evil"))).toBe(
      "TNXH_BI_KY_LUAT",
    );
    expect(at(discipline("staff", "reprimand", "social-evil"))).toBe("KHONG_CO");
    expect(at(discipline("outsider", "warning", "social-evil"))).toBe("KHONG_CO");
    expect(at(discipline("staff", "warning", "other"))).toBe("KHONG_CO");
    expect(at(discipline("staff", "warning", "social-evil", DAY_BEFORE))).toBe("KHONG_CO");
  });

  it("an administrative sanction of a staff member in the field of an ninh, trật tự, in the window", () => {
    expect(code(withSanctions([sanction()]), H)).toBe("BI_XU_PHAT_ANTT");
    expect(code(withSanctions([sanction({ personRole: "teacher", date: FIRST_DAY })]), H)).toBe(
      "BI_XU_PHAT_ANTT",
    );
    expect(
      code(withSanctions([sanction({ securityOrderField: false, description: "Vượt đèn đỏ" })]), H),
    ).toBe("KHONG_CO");
    expect(code(withSanctions([sanction({ personRole: "outsider" })]), H)).toBe("KHONG_CO");
    expect(code(withSanctions([sanction({ date: DAY_BEFORE })]), H)).toBe("KHONG_CO");
    expect(code(withSanctions([sanction({ date: DAY_AFTER })]), H)).toBe("KHONG_CO");
  });

  it("under the reading “đều bị kỷ luật”, the sanctioned person must be the one disciplined", () => {
    const strict: Readings = { "tt124.d6.k3.h.cach_hieu": "deu_bi_ky_luat" };
    const at = (list: object[], actions: Discipline[]) => code(withSanctions(list, actions), H, strict);
    const an = sanction({ personId: "cb-nguyen-van-an" });
    const warned = (personId?: string) => discipline("staff", "warning", "other", IN_WINDOW, personId);
    expect(at([an], [])).toBe("KHONG_CO");
    expect(at([an], [warned("cb-nguyen-van-an")])).toBe("BI_XU_PHAT_ANTT");
    expect(at([an], [warned("cb-tran-thi-binh")])).toBe("KHONG_CO");
    expect(at([an], [warned("cb-tran-thi-binh"), warned("cb-nguyen-van-an")])).toBe("BI_XU_PHAT_ANTT");
    // Without a person id nobody can be matched.
    expect(at([sanction()], [warned()])).toBe("KHONG_CO");
    expect(at([an], [discipline("staff", "reprimand", "other", IN_WINDOW, "cb-nguyen-van-an")])).toBe(
      "KHONG_CO",
    );
  });
});

describe("khoản 4 Điều 6 / khoản 5 Điều 7: lực lượng bảo vệ", () => {
  const force = (sf: AnnualFacts["securityForce"], unit = enterprise) =>
    withFacts(unit, { securityForce: sf });
  const D6 = "tt124.d6.k4";

  it("needs the force's assessment and the disciplinary records", () => {
    expect(code(force(undefined), D6)).toBe("THIEU_DU_LIEU");
    expect(code(withFacts(enterprise, { disciplinaryActions: undefined }), D6)).toBe("THIEU_DU_LIEU");
    expect(code(force({ exists: true }), D6)).toBe("THIEU_DU_LIEU");
  });

  it("a cơ quan without a force is “cần xem xét”; a school's is required only “nếu có”", () => {
    const c = criterion(force({ exists: false }), D6);
    expect([c.code, c.outcome]).toEqual(["KHONG_CO_LUC_LUONG", "can_xem_xet"]);
    const s = criterion(force({ exists: false }, school), "tt124.d7.k5");
    expect([s.code, s.outcome]).toEqual(["KHONG_CO_LUC_LUONG", "khong_ap_dung"]);
  });

  it("“Tập thể lao động tiên tiến” (or xuất sắc) or “hoàn thành tốt nhiệm vụ” and above", () => {
    const at = (sf: Omit<NonNullable<AnnualFacts["securityForce"]>, "exists">) =>
      code(force({ exists: true, ...sf }), D6);
    expect(at({ emulationTitle: "advanced-labour-collective" })).toBe("DAT");
    expect(at({ emulationTitle: "excellent-labour-collective" })).toBe("DAT");
    expect(at({ emulationTitle: "advanced-labour-collective", rating: "not-completed" })).toBe("DAT");
    expect(at({ emulationTitle: "advanced-unit" })).toBe("XEP_LOAI_THAP");
    expect(at({ rating: "excellent" })).toBe("DAT");
    expect(at({ rating: "good" })).toBe("DAT");
    expect(at({ rating: "completed" })).toBe("XEP_LOAI_THAP");
    expect(at({ rating: "completed", eligibleForEmulation: true })).toBe("XEP_LOAI_THAP");
    expect(at({ rating: "good", eligibleForEmulation: true })).toBe("DAT");
    // Not subject to emulation: only the discipline condition applies.
    expect(at({ rating: "completed", eligibleForEmulation: false })).toBe("DAT_KHONG_BINH_XET");
    expect(at({ eligibleForEmulation: false })).toBe("DAT_KHONG_BINH_XET");
  });

  it("no member of the force disciplined at “cảnh cáo” or higher in the window", () => {
    const at = (d: Discipline, unit = enterprise, id = D6) =>
      code(withFacts(unit, { disciplinaryActions: [d] }), id);
    expect(at(discipline("security-force-member", "warning", "other"))).toBe("CO_KY_LUAT_CANH_CAO");
    expect(at(discipline("security-force-member", "warning", "other", LAST_DAY), school, "tt124.d7.k5")).toBe(
      "CO_KY_LUAT_CANH_CAO",
    );
    expect(
      code(
        withFacts(enterprise, {
          disciplinaryActions: [discipline("security-force-member", "demotion", "other")],
          securityForce: { exists: true, eligibleForEmulation: false },
        }),
        D6,
      ),
    ).toBe("CO_KY_LUAT_CANH_CAO");
    expect(at(discipline("security-force-member", "reprimand", "other"))).toBe("DAT");
    expect(at(discipline("staff", "warning", "other"))).toBe("DAT");
    expect(at(discipline("security-force-member", "warning", "other", DAY_BEFORE))).toBe("DAT");
    expect(at(discipline("security-force-member", "warning", "other", DAY_AFTER))).toBe("DAT");
  });

  it("lists the force's rating, title and the discipline of its members", () => {
    const i = withFacts(enterprise, {
      securityForce: { exists: true, rating: "good", emulationTitle: "advanced-labour-collective" },
      disciplinaryActions: [
        discipline("security-force-member", "reprimand", "other", "2025-05-05"),
        discipline("staff", "warning", "other", "2025-06-01"),
        // Before the window (16/11/2024 – 15/11/2025): not counted, so not listed.
        discipline("security-force-member", "warning", "other", DAY_BEFORE),
      ],
    });
    expect(criterion(i, D6).facts).toEqual({
      coLucLuong: true,
      xepLoai: "good",
      danhHieu: "Tập thể lao động tiên tiến",
      kyLuat: ["Khiển trách (ngày 05/05/2025)"],
    });
    expect(
      criterion(withFacts(enterprise, { securityForce: undefined, disciplinaryActions: undefined }), D6)
        .facts,
    ).toEqual({ coLucLuong: null, xepLoai: null, danhHieu: null, kyLuat: [] });
    expect(criterion(force({ exists: false }), D6).facts).toMatchObject({
      coLucLuong: false,
      danhHieu: null,
    });
  });
});

describe("khoản 5 Điều 6 / khoản 6 Điều 7: từ 70% đơn vị trực thuộc", () => {
  const sub = (name: string, over: Record<string, unknown> = {}) => ({ name, ...over });
  const units = (good: number, completed: number, extra: object[] = []) => ({
    subUnits: [
      ...Array.from({ length: good }, (_, k) => sub(`Phòng ${k + 1}`, { rating: "good" })),
      ...Array.from({ length: completed }, (_, k) => sub(`Tổ ${k + 1}`, { rating: "completed" })),
      ...extra,
    ] as AnnualFacts["subUnits"],
  });
  const D6 = "tt124.d6.k5";

  it("needs the sub-units' ratings and the disciplinary records", () => {
    expect(code(withFacts(enterprise, { subUnits: undefined }), D6)).toBe("THIEU_DU_LIEU");
    expect(code(withFacts(enterprise, { disciplinaryActions: undefined }), D6)).toBe("THIEU_DU_LIEU");
    expect(code(withFacts(school, { subUnits: undefined }), "tt124.d7.k6")).toBe("THIEU_DU_LIEU");
  });

  it("says how many of how many reached the bar, and the bar", () => {
    const ok = criterion(withFacts(enterprise, units(8, 2)), D6);
    expect(ok.code).toBe("DAT");
    expect(ok.reason).toContain(
      "8/10 đơn vị trực thuộc đạt danh hiệu hoặc hoàn thành tốt nhiệm vụ; không ai bị kỷ luật từ cảnh cáo",
    );
    expect(ok.facts).toEqual({ eligible: 10, good: 8 });
    const low = criterion(withFacts(enterprise, units(6, 4)), D6);
    expect([low.code, low.outcome]).toEqual(["DUOI_TY_LE", "chua_dat"]);
    expect(low.reason).toContain(
      "Chỉ 6/10 đơn vị trực thuộc đạt danh hiệu hoặc hoàn thành tốt nhiệm vụ (yêu cầu từ 70%)",
    );
    expect(criterion(withFacts(enterprise, { subUnits: undefined }), D6).facts).toEqual({
      eligible: 0,
      good: 0,
    });
  });

  it("counts only the sub-units subject to emulation (“thuộc diện bình xét”)", () => {
    const notEligible = [1, 2, 3].map((k) =>
      sub(`Đội ${k}`, { rating: "completed", eligibleForEmulation: false }),
    );
    const i = withFacts(enterprise, units(6, 1, notEligible));
    expect(criterion(i, D6).facts).toEqual({ eligible: 7, good: 6 });
    expect(code(i, D6)).toBe("DAT");
    const eligible = [1, 2, 3].map((k) =>
      sub(`Đội ${k}`, { rating: "completed", eligibleForEmulation: true }),
    );
    expect(code(withFacts(enterprise, units(6, 1, eligible)), D6)).toBe("DUOI_TY_LE");
    const titled = [1, 2].map((k) =>
      sub(`Đội ${k}`, { emulationTitle: "advanced-labour-collective", eligibleForEmulation: true }),
    );
    expect(criterion(withFacts(enterprise, units(5, 2, titled)), D6).facts).toEqual({ eligible: 9, good: 7 });
  });

  it("no sub-unit subject to emulation: không áp dụng", () => {
    const none = criterion(withFacts(enterprise, { subUnits: [] }), D6);
    expect([none.code, none.outcome]).toEqual(["KHONG_CO_DON_VI_TRUC_THUOC", "khong_ap_dung"]);
    expect(
      code(
        withFacts(enterprise, {
          subUnits: [sub("Phòng 1", { rating: "good", eligibleForEmulation: false })],
        }),
        D6,
      ),
    ).toBe("KHONG_CO_DON_VI_TRUC_THUOC");
  });

  it("nobody disciplined at “cảnh cáo” or higher: staff for a cơ quan, staff, teachers and learners for a school", () => {
    const at = (unit: SecurityOrderInput, id: string, d: Discipline) =>
      code(withFacts(unit, { disciplinaryActions: [d] }), id);
    expect(at(enterprise, D6, discipline("staff", "warning", "other"))).toBe("CO_KY_LUAT_CANH_CAO");
    expect(at(enterprise, D6, discipline("staff", "reprimand", "other"))).toBe("DAT");
    expect(at(enterprise, D6, discipline("staff", "warning", "other", DAY_BEFORE))).toBe("DAT");
    expect(at(enterprise, D6, discipline("outsider", "warning", "other"))).toBe("DAT");
    expect(at(school, "tt124.d7.k6", discipline("learner", "study-suspension", "other"))).toBe(
      "CO_KY_LUAT_CANH_CAO",
    );
    expect(at(school, "tt124.d7.k6", discipline("teacher", "warning", "other", FIRST_DAY))).toBe(
      "CO_KY_LUAT_CANH_CAO",
    );
  });
});

describe("khoản 4 Điều 7: bạo lực học đường; người phạm tội, mắc tệ nạn xã hội bị kỷ luật", () => {
  const K4 = "tt124.d7.k4";
  const violence = (...dates: string[]) => ({
    schoolViolence: dates.map((date, k) => ({ id: `blhd-${k}`, date, learnersInvolved: 4 })),
  });
  const crime = (date: string, roles?: string[]) => ({
    crimes: [
      {
        id: "vu-hs-01",
        date,
        place: {},
        crimeClass: "less-serious",
        forceMajeure: false,
        ...(roles === undefined ? {} : { perpetrators: roles.map((role) => ({ role })) }),
      },
    ] as AnnualFacts["crimes"],
  });
  const thpt = { levels: ["upper-secondary"] };

  it("needs the records of school violence, crimes and discipline", () => {
    for (const missing of ["schoolViolence", "crimes", "disciplinaryActions"] as const) {
      expect([missing, code(withFacts(school, { [missing]: undefined }), K4)]).toEqual([
        missing,
        "THIEU_DU_LIEU",
      ]);
    }
  });

  it("school violence inside the window, and counts it", () => {
    const c = criterion(withFacts(school, violence(FIRST_DAY, DAY_BEFORE)), K4);
    expect([c.code, c.outcome]).toEqual(["BAO_LUC_HOC_DUONG", "chua_dat"]);
    expect(c.facts).toEqual({ baoLucHocDuong: 1 });
    const before = criterion(withFacts(school, violence(DAY_BEFORE, DAY_AFTER)), K4);
    expect([before.code, before.facts]).toEqual(["KHONG_CO", { baoLucHocDuong: 0 }]);
  });

  it("a teacher or learner disciplined at “cảnh cáo” or higher for a crime or a social evil", () => {
    const at = (d: Discipline) => code(withFacts(school, { disciplinaryActions: [d] }), K4);
    expect(at(discipline("learner", "warning", "social-evil"))).toBe("CO_NGUOI_VI_PHAM");
    expect(at(discipline("teacher", "removal-from-post", "crime"))).toBe("CO_NGUOI_VI_PHAM");
    expect(at(discipline("learner", "warning", "other"))).toBe("KHONG_CO");
    expect(at(discipline("learner", "reprimand", "social-evil"))).toBe("KHONG_CO");
    expect(at(discipline("resident", "warning", "crime"))).toBe("KHONG_CO");
    expect(at(discipline("learner", "expulsion", "crime", DAY_BEFORE))).toBe("KHONG_CO");
  });

  it("a crime by a learner without discipline depends on the reading, inside the window only", () => {
    const i = withFacts(school, crime(IN_WINDOW, ["learner"]), thpt);
    expect(code(i, K4)).toBe("CAN_XEM_XET_CACH_HIEU");
    expect(code(i, K4, { "tt124.d7.k4.cach_hieu": "nghiem" })).toBe("CO_NGUOI_VI_PHAM");
    expect(code(i, K4, { "tt124.d7.k4.cach_hieu": "ky_luat" })).toBe("KHONG_CO");
    expect(code(withFacts(school, crime(DAY_BEFORE, ["learner"])), K4)).toBe("KHONG_CO");
    expect(code(withFacts(school, crime(IN_WINDOW, ["resident", "outsider"])), K4)).toBe("KHONG_CO");
    expect(code(withFacts(school, crime(IN_WINDOW, ["resident", "staff"])), K4)).toBe(
      "CAN_XEM_XET_CACH_HIEU",
    );
    expect(code(withFacts(school, crime(IN_WINDOW)), K4)).toBe("KHONG_CO");
    expect(criterion(i, K4).readings).toEqual({ "tt124.d7.k4.cach_hieu": null });
  });
});

describe("what each criterion declares it reads", () => {
  const seriousCrime = {
    crimes: [
      {
        id: "vu-01",
        date: IN_WINDOW,
        place: {},
        crimeClass: "very-serious",
        forceMajeure: false,
        promptlyDetected: false,
        consequencesMitigated: false,
        reportedImmediately: false,
      },
    ] as AnnualFacts["crimes"],
  };
  const fatalAccident = {
    accidents: [
      {
        id: "tnld-01",
        kind: "labour-accident",
        date: IN_WINDOW,
        severity: "serious",
        deaths: 1,
        forceMajeure: false,
      },
    ] as AnnualFacts["accidents"],
  };
  const warnedForce = { disciplinaryActions: [discipline("security-force-member", "warning", "other")] };
  const changes: [rule: string, base: SecurityOrderInput, path: string, changed: SecurityOrderInput][] = [
    ["tt124.d6.k1", enterprise, "facts.models", withFacts(enterprise, { models: [] })],
    [
      "tt124.d6.k1",
      withFacts(
        enterprise,
        { quarterOne: { securityPlan: { date: "2025-02-01" }, registration: { date: "2025-02-20" } } },
        { hasPartyOrganisation: false },
      ),
      "unit.hasPartyOrganisation",
      withFacts(
        enterprise,
        { quarterOne: { securityPlan: { date: "2025-02-01" }, registration: { date: "2025-02-20" } } },
        { hasPartyOrganisation: true },
      ),
    ],
    [
      "tt124.d6.k2",
      enterprise,
      "facts.attestations",
      withFacts(enterprise, { attestations: [{ criterion: "TT124/Đ6/k2", value: false }] }),
    ],
    [
      "tt124.d6.k3.a",
      enterprise,
      "facts.securityEvents",
      withFacts(enterprise, {
        securityEvents: [
          { id: "vv-01", kind: "illegal-religion-propagation", date: IN_WINDOW },
        ] as AnnualFacts["securityEvents"],
      }),
    ],
    [
      "tt124.d6.k3.d",
      enterprise,
      "facts.strikes",
      withFacts(enterprise, {
        strikes: [
          { id: "dc-01", kind: "strike", startDate: IN_WINDOW, lawful: false },
        ] as AnnualFacts["strikes"],
      }),
    ],
    ["tt124.d6.k3.dd", enterprise, "facts.crimes", withFacts(enterprise, seriousCrime)],
    [
      "tt124.d6.k3.e",
      enterprise,
      "facts.stateSecretViolations",
      withFacts(enterprise, {
        stateSecretViolations: [{ id: "lo-mat-01", date: IN_WINDOW }] as AnnualFacts["stateSecretViolations"],
      }),
    ],
    ["tt124.d6.k3.g", enterprise, "facts.accidents", withFacts(enterprise, fatalAccident)],
    [
      "tt124.d6.k3.h",
      enterprise,
      "facts.administrativeSanctions",
      withFacts(enterprise, {
        administrativeSanctions: [
          { id: "xp-01", date: IN_WINDOW, personRole: "staff", securityOrderField: true },
        ],
      }),
    ],
    [
      "tt124.d6.k4",
      enterprise,
      "facts.securityForce",
      withFacts(enterprise, { securityForce: { exists: true, rating: "completed" } }),
    ],
    [
      "tt124.d6.k5",
      enterprise,
      "facts.subUnits",
      withFacts(enterprise, { subUnits: [{ name: "Phòng 1", rating: "completed" }] }),
    ],
    ["tt124.d6.k4", enterprise, "facts.disciplinaryActions", withFacts(enterprise, warnedForce)],
    ["tt124.d7.k1", school, "facts.internalRules", withFacts(school, { internalRules: { topics: [] } })],
    [
      "tt124.d7.k2",
      school,
      "facts.attestations",
      withFacts(school, {
        attestations: [
          { criterion: "TT124/Đ7/k2", value: true },
          { criterion: "TT124/Đ7/k2/cmhs", value: false },
        ],
      }),
    ],
    [
      "tt124.d7.k2",
      withFacts(
        school,
        {
          attestations: [
            { criterion: "TT124/Đ7/k2", value: true },
            { criterion: "TT124/Đ7/k2/cmhs", value: false },
          ],
        },
        { levels: ["university"] },
      ),
      "unit.levels",
      withFacts(
        school,
        {
          attestations: [
            { criterion: "TT124/Đ7/k2", value: true },
            { criterion: "TT124/Đ7/k2/cmhs", value: false },
          ],
        },
        { levels: ["lower-secondary"] },
      ),
    ],
    ["tt124.d7.k3.dd", school, "facts.crimes", withFacts(school, seriousCrime)],
    ["tt124.d7.k3.g", school, "facts.accidents", withFacts(school, fatalAccident)],
    [
      "tt124.d7.k4",
      school,
      "facts.schoolViolence",
      withFacts(school, { schoolViolence: [{ id: "blhd-01", date: IN_WINDOW }] }),
    ],
    [
      "tt124.d7.k5",
      school,
      "facts.securityForce",
      withFacts(school, { securityForce: { exists: true, rating: "completed" } }),
    ],
    [
      "tt124.d7.k6",
      school,
      "facts.subUnits",
      withFacts(school, { subUnits: [{ name: "Tổ Toán", rating: "completed" }] }),
    ],
  ];

  it("a change to a path the criterion declares reaches it when a result is decided again", () => {
    for (const [rule, base, path, changed] of changes) {
      const before = compiled.evaluate(base);
      expect([rule, path, before.outcome]).toEqual([rule, path, "dat"]);
      expect([rule, path, criterion(changed, rule).outcome]).toEqual([rule, path, "chua_dat"]);
      expect([rule, path, compiled.redecide(changed, before, { inputs: [path] })]).toEqual([
        rule,
        path,
        "chua_dat",
      ]);
    }
  });

  it("the attestation criteria declare the attestation keys they read, and a school's cấp học", () => {
    const inputsOf = (id: string) =>
      compiled.metadata.rules.find((r) => r.id === id)?.versions.at(-1)?.inputs;
    expect(inputsOf("tt124.d6.k2")).toEqual(["facts.attestations[TT124/Đ6/k2]"]);
    expect(inputsOf("tt124.d7.k2")).toEqual([
      "facts.attestations[TT124/Đ7/k2]",
      "facts.attestations[TT124/Đ7/k2/cmhs]",
      "unit.levels",
    ]);
  });

  it("a province that flags the evaluation window or the 70% for review makes the criteria using them “cần xem xét”", () => {
    const qd = cite("01/2025/QĐ-UBND", { article: 2 });
    const review = "Cửa sổ đánh giá của tỉnh chưa đối chiếu văn bản";
    const windows = compiled.parameter("antt.cua_so_danh_gia")?.value;
    const flagged = compile(securityOrderRuleSet, {
      year: 2025,
      overlays: [
        defineOverlay<SecurityOrderInput>({
          id: "tinh-vi-du-cua-so",
          label: "Tỉnh ví dụ: cửa sổ đánh giá",
          package: { name: "@antq/rules-overlay-vi-du", version: "0.0.0" },
          basis: [qd],
          from: "2025-01-01",
          setParameters: [
            {
              id: "antt.cua_so_danh_gia",
              values: [{ from: "2025-01-01", value: windows, basis: qd, review }],
            },
          ],
        }),
      ],
    });
    for (const [unit, article] of [
      [enterprise, 6],
      [school, 7],
    ] as const) {
      const byId = new Map(flagged.evaluate(unit, { explain: true }).criteria.map((c) => [c.id, c]));
      for (const [id, c] of byId) {
        if (!id.startsWith(`tt124.d${article}.`)) continue;
        const usesWindow = !/\.k[12]$/.test(id);
        expect([id, c.outcome]).toEqual([id, usesWindow ? "can_xem_xet" : "dat"]);
        if (usesWindow) expect(c.review, id).toContain(review);
      }
    }
    const ratio = compile(securityOrderRuleSet, {
      year: 2025,
      overlays: [
        defineOverlay<SecurityOrderInput>({
          id: "tinh-vi-du-ty-le",
          label: "Tỉnh ví dụ: tỷ lệ đơn vị trực thuộc",
          package: { name: "@antq/rules-overlay-vi-du", version: "0.0.0" },
          basis: [qd],
          from: "2025-01-01",
          setParameters: [
            {
              id: "tt124.d6.k5.ty_le_toi_thieu",
              values: [{ from: "2025-01-01", value: 70, basis: qd, review }],
            },
            {
              id: "tt124.d7.k6.ty_le_toi_thieu",
              values: [{ from: "2025-01-01", value: 70, basis: qd, review }],
            },
          ],
        }),
      ],
    });
    expect(ratio.evaluate(enterprise).criteria.find((c) => c.id === "tt124.d6.k5")?.outcome).toBe(
      "can_xem_xet",
    );
    expect(ratio.evaluate(school).criteria.find((c) => c.id === "tt124.d7.k6")?.outcome).toBe("can_xem_xet");
    expect(ratio.evaluate(enterprise).criteria.find((c) => c.id === "tt124.d6.k4")?.outcome).toBe("dat");
  });
});
