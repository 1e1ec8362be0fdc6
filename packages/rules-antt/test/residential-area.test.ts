/**
 * The khu dân cư criteria of Thông tư 124 Điều 4, one khoản and điểm at a time, on Ấp Mỹ Lợi (a khu dân cư that
 * meets every criterion in 2025, golden case X-kdc-dat) changed in one fact: each alternative of an "hoặc", each
 * boundary, a missing fact and an empty one, the facts and reasons an officer reads, and the inputs and the
 * parameter each criterion declares (what a changed fact or a province's window reaches). The same criteria
 * applied to a xã (Điều 5 khoản 2) are checked where the xã's own evaluation window makes a difference.
 */
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseAnnualFacts, unwrap } from "@antq/domain";
import { type CriterionResult, compile, defineOverlay } from "@antq/rules";
import { describe, expect, it } from "vitest";
import { EVALUATION_WINDOWS, type SecurityOrderInput, securityOrderRuleSet, tt124 } from "../src/index.js";
import { disqualifyingAccidents } from "../src/tt124/residential-area.js";
import { loadSuite, parseInput } from "./fixtures/golden-io.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const golden = loadSuite(join(root, "golden", "tt124.json"));
const rawInput = (id: string) =>
  golden.cases.find((c) => c.id === id)?.input as { unit: unknown; facts: Record<string, unknown> };

const compiled = compile(securityOrderRuleSet, { year: 2025 });

/** Ấp Mỹ Lợi in 2025 (evaluation window 01/11/2024–31/10/2025) with some facts replaced and some left out. */
function kdc(facts: Record<string, unknown>, without: readonly string[] = []): SecurityOrderInput {
  const raw = rawInput("X-kdc-dat");
  const merged: Record<string, unknown> = { ...raw.facts, ...facts };
  for (const key of without) delete merged[key];
  return parseInput({ unit: raw.unit, facts: merged });
}

/** Xã Mỹ Lợi in 2025 (evaluation window 16/11/2024–15/11/2025), from golden case T22-xa-2025. */
function xa(facts: Record<string, unknown>): SecurityOrderInput {
  const raw = rawInput("T22-xa-2025");
  return parseInput({ ...raw, facts: { ...raw.facts, ...facts } });
}

function criterion(
  input: SecurityOrderInput,
  id: string,
  readings?: Record<string, string>,
): CriterionResult {
  const result = compiled.evaluate(input, readings ? { explain: true, readings } : { explain: true });
  const c = result.criteria.find((x) => x.id === id);
  if (c === undefined) throw new Error(`${id} không có trong kết quả`);
  return c;
}
const code = (input: SecurityOrderInput, id: string, readings?: Record<string, string>) =>
  criterion(input, id, readings).code;

describe("Điều 4 khoản 1: nghị quyết của chi bộ và đăng ký trong Quý I, 100% hộ gia đình đăng ký", () => {
  const K1 = "tt124.d4.k1";
  it("met: the reason and facts give the dates and 315/315 households", () => {
    const c = criterion(kdc({}), K1);
    expect(c.code).toBe("DAT");
    expect(c.reason).toContain("Có nghị quyết và đăng ký trong Quý I; 315/315 hộ gia đình đăng ký tham gia");
    expect(c.facts).toEqual({ nghiQuyet: "2025-02-14", dangKy: "2025-03-03", hoCuTru: 315, hoDangKy: 315 });
  });
  it("no Quý I record, or no household count, is missing data (not a failure), each on its own", () => {
    const noQuarter = criterion(kdc({}, ["quarterOne"]), K1);
    expect(noQuarter.code).toBe("THIEU_DU_LIEU");
    expect(noQuarter.facts).toEqual({ nghiQuyet: null, dangKy: null, hoCuTru: 315, hoDangKy: 315 });
    const noHouseholds = criterion(kdc({}, ["households"]), K1);
    expect(noHouseholds.code).toBe("THIEU_DU_LIEU");
    expect(noHouseholds.facts).toEqual({
      nghiQuyet: "2025-02-14",
      dangKy: "2025-03-03",
      hoCuTru: null,
      hoDangKy: null,
    });
  });
  it("no resolution of the chi bộ fails as such, not as a resolution outside Quý I", () => {
    const c = criterion(kdc({ quarterOne: { registration: { date: "2025-03-03" } } }), K1);
    expect(c.code).toBe("KHONG_CO_NGHI_QUYET");
    expect(c.facts).toMatchObject({ nghiQuyet: null, dangKy: "2025-03-03" });
  });
  it("no registration fails as such, not as a registration outside Quý I", () => {
    const c = criterion(kdc({ quarterOne: { partyResolution: { date: "2025-02-14" } } }), K1);
    expect(c.code).toBe("KHONG_DANG_KY");
    expect(c.facts).toMatchObject({ nghiQuyet: "2025-02-14", dangKy: null });
  });
  it("a resolution or a registration dated 01/04 is outside Quý I, and the reason gives its date", () => {
    const lateResolution = criterion(
      kdc({ quarterOne: { partyResolution: { date: "2025-04-01" }, registration: { date: "2025-03-03" } } }),
      K1,
    );
    expect(lateResolution.code).toBe("NGHI_QUYET_NGOAI_QUY_I");
    expect(lateResolution.reason).toContain(
      "Nghị quyết của chi bộ ban hành ngày 01/04/2025, không trong Quý I",
    );
    const lateRegistration = criterion(
      kdc({ quarterOne: { partyResolution: { date: "2025-03-31" }, registration: { date: "2025-04-01" } } }),
      K1,
    );
    expect(lateRegistration.code).toBe("DANG_KY_NGOAI_QUY_I");
    expect(lateRegistration.reason).toContain("Đăng ký phấn đấu ngày 01/04/2025, không trong Quý I");
  });
});

describe("Điều 4 khoản 2: thực hiện tốt chủ trương, chính sách, pháp luật (xác nhận của cán bộ có thẩm quyền)", () => {
  const K2 = "tt124.d4.k2";
  it("the officer's yes, no and absence of an attestation are three findings, and the fact shows which", () => {
    const yes = criterion(kdc({}), K2);
    expect([yes.code, yes.facts]).toEqual(["DAT", { xacNhan: true }]);
    const no = criterion(
      kdc({ attestations: [{ criterion: "TT124/Đ4/k2", value: false, attestedBy: "Trưởng Công an xã" }] }),
      K2,
    );
    expect([no.code, no.facts]).toEqual(["KHONG_DAT", { xacNhan: false }]);
    const none = criterion(kdc({ attestations: [] }), K2);
    expect([none.code, none.facts]).toEqual(["CHUA_XAC_NHAN", { xacNhan: null }]);
  });
});

describe("Điều 4 khoản 3: không để xảy ra vụ việc về an ninh (điểm a–g)", () => {
  const K3 = "tt124.d4.k3";
  const dispute = {
    id: "ss-02",
    kind: "protracted-civil-dispute",
    date: "2025-05-02",
    description: "Tranh chấp đất kéo dài giữa hai dòng họ",
  };
  const before = { id: "ss-01", kind: "incited-mass-complaints", date: "2024-10-20" };
  it("no record of security events is missing data", () => {
    const c = criterion(kdc({}, ["securityEvents"]), K3);
    expect([c.code, c.facts]).toEqual(["THIEU_DU_LIEU", { vuViecAnNinh: [] }]);
  });
  it("an event before the window (20/10/2024 for 2025) does not count", () => {
    const c = criterion(kdc({ securityEvents: [before] }), K3);
    expect([c.code, c.facts]).toEqual(["KHONG_CO", { vuViecAnNinh: [] }]);
  });
  it("an event inside the window fails the khu dân cư; reason and facts name only the events inside it", () => {
    const c = criterion(kdc({ securityEvents: [before, dispute] }), K3);
    expect(c.code).toBe("CO_VU_VIEC");
    expect(c.reason).toContain(
      "Có 1 vụ việc về an ninh trong thời gian đánh giá: Tranh chấp phức tạp, kéo dài trong Nhân dân (Điều 4 khoản 3 điểm e)",
    );
    expect(c.facts).toEqual({
      vuViecAnNinh: [
        "ss-02 (Tranh chấp phức tạp, kéo dài trong Nhân dân (Điều 4 khoản 3 điểm e), ngày 02/05/2025)",
      ],
    });
  });
  it("a xã counts an event of 10/11/2025 in its own window (to 15/11/2025); the khu dân cư does not (to 31/10)", () => {
    const late = { ...dispute, date: "2025-11-10" };
    expect(code(xa({ securityEvents: [late] }), "tt124.d5.k2.d4.k3")).toBe("CO_VU_VIEC");
    expect(code(kdc({ securityEvents: [late] }), K3)).toBe("KHONG_CO");
  });
});

describe("Điều 4 khoản 4 điểm a: kiềm chế, kéo giảm tội phạm, tệ nạn xã hội, vi phạm pháp luật so với năm trước", () => {
  const K4A = "tt124.d4.k4.a";
  const GIAM = "tt124.d4.k4.a.kiem_che_keo_giam";
  const SCOPE = "tt124.d4.k4.a.pham_vi_so_sanh";
  const counts = (crimes: number, socialEvilCases: number, otherViolationCases: number) => ({
    crimes,
    socialEvilCases,
    otherViolationCases,
  });
  const year = (now: ReturnType<typeof counts>, prev: ReturnType<typeof counts>) =>
    kdc({ violationCounts: now, previousYearCounts: prev });
  const under = (input: SecurityOrderInput, giam?: string, scope?: string) =>
    code(input, K4A, {
      ...(giam === undefined ? {} : { [GIAM]: giam }),
      ...(scope === undefined ? {} : { [SCOPE]: scope }),
    });

  it("either year's counts missing is missing data, and the facts show what is known", () => {
    const noNow = criterion(kdc({}, ["violationCounts"]), K4A);
    expect([noNow.code, noNow.facts]).toEqual(["THIEU_DU_LIEU", { namNay: null, namTruoc: counts(3, 1, 2) }]);
    const noPrev = criterion(kdc({}, ["previousYearCounts"]), K4A);
    expect([noPrev.code, noPrev.facts]).toEqual([
      "THIEU_DU_LIEU",
      { namNay: counts(1, 0, 0), namTruoc: null },
    ]);
  });
  it("fewer cases of every kind passes under every reading, the readings left undecided", () => {
    expect(under(year(counts(1, 0, 0), counts(3, 1, 2)))).toBe("DAT");
  });
  it("the total falling while crimes rise: the scope reading decides (tổng: đạt; từng loại: tăng)", () => {
    const input = year(counts(4, 0, 1), counts(2, 2, 3)); // 5 cases against 7, crimes 4 against 2
    for (const giam of ["giam", "khong_tang"]) {
      expect(under(input, giam, "tong"), giam).toBe("DAT");
      expect(under(input, giam, "tung_loai"), giam).toBe("TANG");
      expect(under(input, giam), giam).toBe("CAN_XEM_XET_CACH_HIEU");
    }
    expect(under(input)).toBe("CAN_XEM_XET_CACH_HIEU");
  });
  it("the total is the sum of the three kinds: 1 + 1 + 6 = 8 cases against 7 is an increase", () => {
    const input = year(counts(1, 1, 6), counts(3, 2, 2));
    expect(under(input, "giam", "tong")).toBe("TANG");
    expect(under(input, "khong_tang", "tong")).toBe("TANG");
    expect(under(input, "giam", "tung_loai")).toBe("TANG");
  });
  it("the same counts as last year: “giảm” says không giảm, “không tăng” passes, undecided needs a choice", () => {
    const input = year(counts(2, 1, 3), counts(2, 1, 3));
    expect(under(input, "giam", "tong")).toBe("KHONG_GIAM");
    expect(under(input, "giam", "tung_loai")).toBe("KHONG_GIAM");
    expect(under(input, "khong_tang", "tong")).toBe("DAT");
    expect(under(input, "khong_tang", "tung_loai")).toBe("DAT");
    expect(under(input, undefined, "tong")).toBe("CAN_XEM_XET_CACH_HIEU");
  });
  it("zero cases both years passes even under “giảm”", () => {
    expect(under(year(counts(0, 0, 0), counts(0, 0, 0)), "giam", "tong")).toBe("DAT");
    expect(under(year(counts(0, 0, 0), counts(0, 0, 0)), "giam", "tung_loai")).toBe("DAT");
  });
  it("by kind, any one kind rising is an increase, whichever it is", () => {
    const prev = counts(2, 2, 2);
    for (const now of [counts(3, 1, 1), counts(1, 3, 1), counts(1, 1, 3)]) {
      expect(under(year(now, prev), "giam", "tung_loai"), JSON.stringify(now)).toBe("TANG");
      expect(under(year(now, prev), "khong_tang", "tung_loai"), JSON.stringify(now)).toBe("TANG");
    }
  });
  it("by kind under “giảm”, any one kind not falling (the others falling) is không giảm, whichever it is", () => {
    const prev = counts(2, 2, 2);
    for (const now of [counts(2, 1, 1), counts(1, 2, 1), counts(1, 1, 2)]) {
      expect(under(year(now, prev), "giam", "tung_loai"), JSON.stringify(now)).toBe("KHONG_GIAM");
      expect(under(year(now, prev), "khong_tang", "tung_loai"), JSON.stringify(now)).toBe("DAT");
    }
  });
});

describe("Điều 4 khoản 4 điểm b: không có tội phạm từ nghiêm trọng trở lên, hoặc phát hiện kịp thời, hạn chế hậu quả, báo cáo ngay", () => {
  const K4B = "tt124.d4.k4.b";
  /** A theft under Điều 173 khoản 2 Bộ luật Hình sự ("nghiêm trọng"), detected, mitigated and reported. */
  const theft = {
    id: "vu-2025-003",
    date: "2025-03-14",
    place: { assessedUnitId: "kdc-ap-my-loi" },
    crimeClass: "serious",
    penalCode: { article: 173, clause: 2 },
    forceMajeure: false,
    promptlyDetected: true,
    consequencesMitigated: true,
    reportedImmediately: true,
  };
  const FLAGS = ["promptlyDetected", "consequencesMitigated", "reportedImmediately"] as const;
  const listed = (c: CriterionResult) => (c.facts?.toiPhamNghiemTrongTroLen ?? []) as readonly string[];
  const withCrimes = (...crimes: Record<string, unknown>[]) => kdc({ crimes });
  const omit = (o: Record<string, unknown>, key: string) =>
    Object.fromEntries(Object.entries(o).filter(([k]) => k !== key));

  it("no record of crimes is missing data; an empty list is none", () => {
    const missing = criterion(kdc({}, ["crimes"]), K4B);
    expect([missing.code, missing.facts]).toEqual(["THIEU_DU_LIEU", { toiPhamNghiemTrongTroLen: [] }]);
    expect(code(withCrimes(), K4B)).toBe("KHONG_CO");
  });
  it("a serious crime detected promptly, mitigated and reported immediately passes, and the facts say so", () => {
    const c = criterion(withCrimes(theft), K4B);
    expect(c.code).toBe("CO_NHUNG_XU_LY_KIP_THOI");
    expect(c.facts).toEqual({
      toiPhamNghiemTrongTroLen: [
        "vu-2025-003 (ngày 14/03/2025, tội phạm nghiêm trọng, phát hiện kịp thời: có, hạn chế hậu quả: có, báo cáo ngay: có)",
      ],
    });
  });
  it("any one of the three not done fails, whichever it is, and the facts show which", () => {
    for (const flag of FLAGS) {
      const c = criterion(withCrimes({ ...theft, [flag]: false }), K4B);
      expect(c.code, flag).toBe("CO_TOI_PHAM_NGHIEM_TRONG");
      expect(listed(c)[0], flag).toMatch(/: không[,)]/);
    }
  });
  it("any one of the three not known needs review, whichever it is, and the facts say “chưa rõ”", () => {
    for (const flag of FLAGS) {
      const c = criterion(withCrimes(omit(theft, flag)), K4B);
      expect(c.code, flag).toBe("CHUA_RO");
      expect(listed(c)[0], flag).toMatch(/: chưa rõ[,)]/);
    }
  });
  it("a crime whose class is not known needs review even when handled, and the facts say “chưa rõ loại tội”", () => {
    const c = criterion(withCrimes(omit(theft, "crimeClass")), K4B);
    expect(c.code).toBe("CHUA_RO");
    expect(c.facts).toEqual({
      toiPhamNghiemTrongTroLen: [
        "vu-2025-003 (ngày 14/03/2025, chưa rõ loại tội, phát hiện kịp thời: có, hạn chế hậu quả: có, báo cáo ngay: có)",
      ],
    });
  });
  it("one crime not handled fails the khu dân cư even after a crime whose class is not known", () => {
    const robbery = { ...theft, id: "vu-2025-007", crimeClass: "very-serious", reportedImmediately: false };
    expect(code(withCrimes(omit(theft, "crimeClass"), robbery), K4B)).toBe("CO_TOI_PHAM_NGHIEM_TRONG");
  });
  it("a less serious crime, a force-majeure one or one before the window does not count", () => {
    const notHandled = { ...theft, promptlyDetected: false };
    expect(code(withCrimes({ ...notHandled, crimeClass: "less-serious" }), K4B)).toBe("KHONG_CO");
    expect(code(withCrimes({ ...notHandled, forceMajeure: true }), K4B)).toBe("KHONG_CO");
    expect(code(withCrimes({ ...notHandled, date: "2024-10-31" }), K4B)).toBe("KHONG_CO");
  });
});

describe("Điều 4 khoản 4 điểm c: không phát sinh tụ điểm phức tạp, không phát sinh người mắc tệ nạn xã hội", () => {
  const K4C = "tt124.d4.k4.c";
  const hotspot = {
    id: "td-01",
    kind: "gambling",
    identifiedOn: "2025-02-11",
    description: "Điểm đá gà ven kênh",
  };
  const person = { id: "tnxh-01", kind: "drug-use", identifiedOn: "2025-06-20", role: "resident" };
  it("no record of new hotspots, or of new persons, is missing data, each on its own", () => {
    const noHotspots = criterion(kdc({}, ["newHotspots"]), K4C);
    expect([noHotspots.code, noHotspots.facts]).toEqual([
      "THIEU_DU_LIEU",
      { tuDiemMoi: 0, nguoiMacTnxhMoi: 0 },
    ]);
    const noPersons = criterion(kdc({}, ["newSocialEvilPersons"]), K4C);
    expect([noPersons.code, noPersons.facts]).toEqual([
      "THIEU_DU_LIEU",
      { tuDiemMoi: 0, nguoiMacTnxhMoi: 0 },
    ]);
  });
  it("a new hotspot inside the window fails; one identified before it (31/10/2024) does not count", () => {
    const inside = criterion(kdc({ newHotspots: [hotspot] }), K4C);
    expect([inside.code, inside.facts]).toEqual(["TU_DIEM_MOI", { tuDiemMoi: 1, nguoiMacTnxhMoi: 0 }]);
    const before = criterion(kdc({ newHotspots: [{ ...hotspot, identifiedOn: "2024-10-31" }] }), K4C);
    expect([before.code, before.facts]).toEqual(["DAT", { tuDiemMoi: 0, nguoiMacTnxhMoi: 0 }]);
  });
  it("a new person with a social evil inside the window fails; one identified before it does not count", () => {
    const inside = criterion(kdc({ newSocialEvilPersons: [person] }), K4C);
    expect([inside.code, inside.facts]).toEqual(["NGUOI_MAC_TNXH_MOI", { tuDiemMoi: 0, nguoiMacTnxhMoi: 1 }]);
    const before = criterion(kdc({ newSocialEvilPersons: [{ ...person, identifiedOn: "2024-10-31" }] }), K4C);
    expect([before.code, before.facts]).toEqual(["DAT", { tuDiemMoi: 0, nguoiMacTnxhMoi: 0 }]);
  });
  it("the management of target persons attested as not effective fails; attested as effective passes", () => {
    const attest = (value: boolean) =>
      kdc({
        attestations: [
          { criterion: "TT124/Đ4/k2", value: true, attestedBy: "Trưởng Công an xã" },
          { criterion: "TT124/Đ4/k4/c", value, attestedBy: "Trưởng Công an xã" },
        ],
      });
    expect(code(attest(false), K4C)).toBe("QUAN_LY_KHONG_HIEU_QUA");
    expect(code(attest(true), K4C)).toBe("DAT");
  });
});

describe("Điều 4 khoản 4 điểm d: không để xảy ra cháy, nổ nghiêm trọng, tai nạn lao động chết người, sự cố nghiêm trọng", () => {
  const K4D = "tt124.d4.k4.d";
  const fire = {
    id: "cn-01",
    kind: "fire",
    date: "2025-01-05",
    severity: "serious",
    deaths: 0,
    injuries: 2,
    forceMajeure: false,
    description: "Cháy nhà dân ở tổ 3",
  };
  const withAccidents = (...accidents: Record<string, unknown>[]) => kdc({ accidents });
  it("no record of accidents is missing data; an empty list is none", () => {
    const missing = criterion(kdc({}, ["accidents"]), K4D);
    expect([missing.code, missing.facts]).toEqual(["THIEU_DU_LIEU", { suCo: [] }]);
    expect(code(withAccidents(), K4D)).toBe("KHONG_CO");
  });
  it("a serious fire fails; the reason and the facts name it in Vietnamese with its date", () => {
    const c = criterion(withAccidents(fire), K4D);
    expect(c.code).toBe("CO_SU_CO");
    expect(c.reason).toContain("Xảy ra cháy ngày 05/01/2025 (không do bất khả kháng)");
    expect(c.facts).toEqual({ suCo: ["cn-01 (cháy ngày 05/01/2025)"] });
  });
  it("a fire that is not serious, or due to force majeure, does not count", () => {
    expect(code(withAccidents({ ...fire, severity: "not-serious" }), K4D)).toBe("KHONG_CO");
    expect(code(withAccidents({ ...fire, forceMajeure: true }), K4D)).toBe("KHONG_CO");
  });
  it("a serious incident of another kind fails without deaths; a labour accident fails only when fatal", () => {
    expect(code(withAccidents({ ...fire, kind: "other-incident" }), K4D)).toBe("CO_SU_CO");
    const labour = { ...fire, id: "tn-01", kind: "labour-accident", date: "2025-08-21", injuries: 3 };
    expect(code(withAccidents(labour), K4D)).toBe("KHONG_CO");
    const fatal = criterion(withAccidents({ ...labour, deaths: 1 }), K4D);
    expect([fatal.code, fatal.facts]).toEqual([
      "CO_SU_CO",
      { suCo: ["tn-01 (tai nạn lao động ngày 21/08/2025)"] },
    ]);
  });
  it("environmental and food-safety violations and traffic accidents are not in điểm d for a khu dân cư", () => {
    for (const kind of ["environmental-violation", "food-safety-violation", "traffic-accident"]) {
      expect(code(withAccidents({ ...fire, kind, severity: "very-serious", deaths: 1 }), K4D), kind).toBe(
        "KHONG_CO",
      );
    }
  });
  it("Điều 6 khoản 3 điểm g counts environmental and food-safety violations, only serious ones", () => {
    const facts = (severity: string) =>
      unwrap(
        parseAnnualFacts({
          unitId: "dn-che-bien-thuy-san",
          year: 2025,
          accidents: [{ ...fire, id: "mt-01", kind: "food-safety-violation", severity }],
        }),
      );
    expect(disqualifyingAccidents(facts("serious"), null, true).map((a) => a.id)).toEqual(["mt-01"]);
    expect(disqualifyingAccidents(facts("not-serious"), null, true)).toEqual([]);
    expect(disqualifyingAccidents(facts("serious"), null, false)).toEqual([]);
  });
});

describe("Điều 4 khoản 5: lực lượng hoàn thành nhiệm vụ trở lên, không có thành viên bị kỷ luật", () => {
  const K5 = "tt124.d4.k5";
  const reprimand = {
    id: "kl-01",
    date: "2025-06-12",
    personRole: "security-team-member",
    form: "reprimand",
    reason: "other",
  };
  it("no assessment of the force, or no record of discipline, is missing data, each on its own", () => {
    const noForce = criterion(kdc({}, ["securityForce"]), K5);
    expect([noForce.code, noForce.facts]).toEqual(["THIEU_DU_LIEU", { xepLoai: null, kyLuat: [] }]);
    const noDiscipline = criterion(kdc({}, ["disciplinaryActions"]), K5);
    expect([noDiscipline.code, noDiscipline.facts]).toEqual([
      "THIEU_DU_LIEU",
      { xepLoai: "Hoàn thành nhiệm vụ", kyLuat: [] },
    ]);
  });
  it("“hoàn thành nhiệm vụ” passes, “không hoàn thành” fails, no rating is missing data, no force needs review", () => {
    expect(code(kdc({ securityForce: { exists: true, rating: "completed" } }), K5)).toBe("DAT");
    const low = criterion(kdc({ securityForce: { exists: true, rating: "not-completed" } }), K5);
    expect([low.code, low.facts?.xepLoai]).toEqual(["XEP_LOAI_THAP", "Không hoàn thành nhiệm vụ"]);
    expect(code(kdc({ securityForce: { exists: true } }), K5)).toBe("THIEU_DU_LIEU");
    expect(code(kdc({ securityForce: { exists: false } }), K5)).toBe("KHONG_CO_LUC_LUONG");
  });
  it("a member reprimanded inside the window fails (any form), and the facts name the form and date", () => {
    const c = criterion(kdc({ disciplinaryActions: [reprimand] }), K5);
    expect([c.code, c.facts]).toEqual([
      "CO_THANH_VIEN_BI_KY_LUAT",
      { xepLoai: "Hoàn thành nhiệm vụ", kyLuat: ["Khiển trách (ngày 12/06/2025)"] },
    ]);
  });
  it("a resident disciplined, or a member disciplined before the window, does not fail the force", () => {
    const resident = criterion(kdc({ disciplinaryActions: [{ ...reprimand, personRole: "resident" }] }), K5);
    expect([resident.code, resident.facts?.kyLuat]).toEqual(["DAT", []]);
    // Nor is it listed among the facts, next to an "đạt" it did not decide.
    const before = criterion(kdc({ disciplinaryActions: [{ ...reprimand, date: "2024-10-31" }] }), K5);
    expect([before.code, before.facts?.kyLuat]).toEqual(["DAT", []]);
  });
});

describe("what each Điều 4 criterion reads", () => {
  const base = kdc({});
  const before = compiled.evaluate(base);
  it("a changed fact is decided again by the criteria that declare it, and only by them", () => {
    const cases: [path: string, facts: Record<string, unknown>][] = [
      ["facts.households", { households: { resident: 315, registered: 314 } }],
      ["facts.securityEvents", { securityEvents: [{ id: "ss-03", kind: "separatism", date: "2025-07-01" }] }],
      [
        "facts.violationCounts",
        { violationCounts: { crimes: 9, socialEvilCases: 0, otherViolationCases: 0 } },
      ],
      [
        "facts.crimes",
        {
          crimes: [
            {
              id: "vu-09",
              date: "2025-07-01",
              place: { assessedUnitId: "kdc-ap-my-loi" },
              crimeClass: "serious",
              forceMajeure: false,
              promptlyDetected: false,
            },
          ],
        },
      ],
      [
        "facts.accidents",
        {
          accidents: [
            {
              id: "cn-09",
              kind: "explosion",
              date: "2025-07-01",
              severity: "serious",
              deaths: 0,
              forceMajeure: false,
            },
          ],
        },
      ],
      [
        "facts.disciplinaryActions",
        {
          disciplinaryActions: [
            {
              id: "kl-09",
              date: "2025-07-01",
              personRole: "security-team-member",
              form: "warning",
              reason: "other",
            },
          ],
        },
      ],
    ];
    expect(before.outcome).toBe("dat");
    for (const [path, facts] of cases) {
      const changed = kdc(facts);
      expect(compiled.evaluate(changed).outcome, path).toBe("chua_dat");
      expect(compiled.redecide(changed, before, { inputs: [path] }), path).toBe("chua_dat");
      expect(compiled.redecide(changed, before, { inputs: ["facts.models"] }), path).toBe("dat");
    }
  });
  it("a province window whose dates are not known from the text puts the criteria that count in it under review", () => {
    const table = compiled.parameter(EVALUATION_WINDOWS)?.value;
    const unsure = compile(securityOrderRuleSet, {
      year: 2025,
      overlays: [
        defineOverlay<SecurityOrderInput>({
          id: "vi-du-cua-so",
          label: "Ví dụ thời gian đánh giá chưa rõ văn bản",
          package: { name: "@antq/rules-vi-du", version: "0.0.0" },
          basis: [tt124(8, 2)],
          from: "2022-02-10",
          setParameters: [
            {
              id: EVALUATION_WINDOWS.id,
              values: [
                { from: "2022-02-10", value: table, basis: tt124(8, 2), review: "Chưa đối chiếu văn bản" },
              ],
            },
          ],
        }),
      ],
    });
    const result = unsure.evaluate(base, { explain: true });
    const underReview = result.criteria.filter((c) => c.review !== undefined).map((c) => c.id);
    expect(underReview).toEqual([
      "tt124.d4.k3",
      "tt124.d4.k4.b",
      "tt124.d4.k4.c",
      "tt124.d4.k4.d",
      "tt124.d4.k5",
    ]);
  });
});
