/**
 * Khu dân cư criteria (TT 124 Điều 4), and the Điều 4 khoản 2–4 criteria applied to communes (Điều 5
 * khoản 2) through the same factory.
 */

import {
  ACCIDENT_KIND_LABELS_VI,
  type AccidentKind,
  type AnnualFacts,
  type AssessedUnitKind,
  CRIME_CLASS_LABELS_VI,
  crimeClassRank,
  DISCIPLINE_FORM_LABELS_VI,
  SECURITY_EVENT_KIND_LABELS_VI,
  TASK_RATING_LABELS_VI,
  taskRatingRank,
} from "@antq/domain";
import { formatDate } from "@antq/format-vi";
import type { LegalBasis, Rule, RuleContext } from "@antq/rules";
import { defineSecurityRule, securityVersion } from "../internal/define.js";
import {
  attestation,
  count,
  inQuarterOne,
  inWindow,
  mapList,
  pick,
  type Window,
  windowOf,
  within,
} from "../internal/facts.js";
import { TT23_KDC_REGISTRATION } from "../tt23/rules.js";
import { tt124 } from "./basis.js";
import { labelsOf } from "./fact-labels.js";
import type { SecurityOrderInput } from "./input.js";
import { REDUCTION_READING, REDUCTION_SCOPE_READING } from "./interpretations.js";
import { EVALUATION_WINDOWS, TT124_EFFECTIVE } from "./parameters.js";

const WINDOW = [EVALUATION_WINDOWS];
const yesNo = (b: boolean | undefined) => (b === undefined ? "chưa rõ" : b ? "có" : "không");
const NO_DATA = (what: string) => ({
  outcome: "can_xem_xet" as const,
  message: `Chưa có dữ liệu về ${what}`,
});

const EMPTY_CRIMES: NonNullable<AnnualFacts["crimes"]> = [];
const EMPTY_ACCIDENTS: NonNullable<AnnualFacts["accidents"]> = [];

function win(i: SecurityOrderInput, ctx: RuleContext): Window | null {
  return windowOf(ctx, i.unit.kind, i.facts);
}

/**
 * Crimes of class "nghiêm trọng" or above, not force majeure, inside the window.
 *
 * @example
 * seriousCrimes(handledCrime.facts, ["2024-11-01", "2025-10-31"]).length; //=> 1
 */
export function seriousCrimes(facts: AnnualFacts, w: Window | null) {
  const crimes = facts.crimes;
  if (crimes === undefined || crimes.length === 0) return EMPTY_CRIMES;
  return within(crimes, (c) => c.date, w).filter(
    (c) => !c.forceMajeure && (c.crimeClass === undefined || crimeClassRank(c.crimeClass) >= 2),
  );
}

/**
 * Decides the "nghiêm trọng trở lên … hoặc phát hiện kịp thời, hạn chế hậu quả, báo cáo ngay" test.
 *
 * @example
 * decideSeriousCrimes(handledCrime.facts, ["2024-11-01", "2025-10-31"]); //=> "CO_NHUNG_XU_LY_KIP_THOI"
 */
export function decideSeriousCrimes(
  facts: AnnualFacts,
  w: Window | null,
): "THIEU_DU_LIEU" | "KHONG_CO" | "CO_TOI_PHAM_NGHIEM_TRONG" | "CHUA_RO" | "CO_NHUNG_XU_LY_KIP_THOI" {
  if (facts.crimes === undefined) return "THIEU_DU_LIEU";
  const serious = seriousCrimes(facts, w);
  if (serious.length === 0) return "KHONG_CO";
  let unknown = false;
  for (const c of serious) {
    if (c.crimeClass === undefined) {
      unknown = true;
      continue;
    }
    if (
      c.promptlyDetected === false ||
      c.consequencesMitigated === false ||
      c.reportedImmediately === false
    ) {
      return "CO_TOI_PHAM_NGHIEM_TRONG";
    }
    if (
      c.promptlyDetected === undefined ||
      c.consequencesMitigated === undefined ||
      c.reportedImmediately === undefined
    ) {
      unknown = true;
    }
  }
  return unknown ? "CHUA_RO" : "CO_NHUNG_XU_LY_KIP_THOI";
}

/**
 * Findings, decision and facts shared by the "no serious crime" criteria: Điều 4 khoản 4 điểm b (khu dân cư, and
 * the commune through Điều 5 khoản 2) and Điều 6 khoản 3 điểm đ (cơ quan, doanh nghiệp; Điều 7 khoản 3 for cơ sở
 * giáo dục): none of class "nghiêm trọng" or above (except force majeure), or each detected promptly, mitigated
 * and reported immediately.
 *
 * @example
 * seriousCrimeCriterion().decide(input, ctx); //=> "KHONG_CO"
 */
export function seriousCrimeCriterion() {
  return {
    findings: {
      KHONG_CO: {
        outcome: "dat" as const,
        message: "Không xảy ra tội phạm từ nghiêm trọng trở lên (trừ bất khả kháng)",
      },
      CO_NHUNG_XU_LY_KIP_THOI: {
        outcome: "dat" as const,
        message:
          "Có tội phạm nghiêm trọng trở lên nhưng đã phát hiện kịp thời, hạn chế hậu quả và báo cáo ngay",
      },
      CO_TOI_PHAM_NGHIEM_TRONG: {
        outcome: "chua_dat" as const,
        message:
          "Có tội phạm từ nghiêm trọng trở lên mà không phát hiện kịp thời, không hạn chế hậu quả hoặc không báo cáo ngay",
      },
      CHUA_RO: {
        outcome: "can_xem_xet" as const,
        message:
          "Có vụ phạm tội chưa xác định loại tội hoặc chưa rõ việc phát hiện, hạn chế hậu quả, báo cáo",
      },
      THIEU_DU_LIEU: NO_DATA("các vụ phạm tội"),
    },
    decide: (i: SecurityOrderInput, ctx: RuleContext) => decideSeriousCrimes(i.facts, win(i, ctx)),
    factLabels: labelsOf("toiPhamNghiemTrongTroLen"),
    facts: (i: SecurityOrderInput, ctx: RuleContext) => ({
      toiPhamNghiemTrongTroLen: mapList(
        seriousCrimes(i.facts, win(i, ctx)),
        (c) =>
          `${c.id} (ngày ${formatDate(c.date)}, ${c.crimeClass ? CRIME_CLASS_LABELS_VI[c.crimeClass].toLowerCase() : "chưa rõ loại tội"}, phát hiện kịp thời: ${yesNo(c.promptlyDetected)}, hạn chế hậu quả: ${yesNo(c.consequencesMitigated)}, báo cáo ngay: ${yesNo(c.reportedImmediately)})`,
      ),
    }),
  };
}

/**
 * Findings and decision shared by the "no serious accident" criteria: Điều 4 khoản 4 điểm d (khu dân cư, and the
 * commune through Điều 5 khoản 2) and Điều 6 khoản 3 điểm g (cơ quan, doanh nghiệp, cơ sở giáo dục), which also
 * counts environmental and food-safety violations (`withEnvironment`).
 *
 * @example
 * accidentCriterion(false, "Không xảy ra cháy, nổ nghiêm trọng").decide(input, ctx); //=> "KHONG_CO"
 */
export function accidentCriterion(withEnvironment: boolean, noneMessage: string) {
  const found = (i: SecurityOrderInput, ctx: RuleContext) =>
    disqualifyingAccidents(i.facts, win(i, ctx), withEnvironment);
  return {
    findings: {
      KHONG_CO: { outcome: "dat" as const, message: noneMessage },
      CO_SU_CO: {
        outcome: "chua_dat" as const,
        message: (i: SecurityOrderInput, ctx: RuleContext) =>
          `Xảy ra ${found(i, ctx).map(describeAccident).join(", ")} (không do bất khả kháng)`,
      },
      THIEU_DU_LIEU: NO_DATA("các vụ cháy, nổ, tai nạn, sự cố"),
    },
    decide: (i: SecurityOrderInput, ctx: RuleContext) =>
      i.facts.accidents === undefined ? "THIEU_DU_LIEU" : found(i, ctx).length > 0 ? "CO_SU_CO" : "KHONG_CO",
    factLabels: labelsOf("suCo"),
    facts: (i: SecurityOrderInput, ctx: RuleContext) => ({
      suCo: mapList(found(i, ctx), (a) => `${a.id} (${describeAccident(a)})`),
    }),
  };
}

/** "tai nạn lao động ngày 21/08/2025": an accident as an officer writes it. */
const describeAccident = (a: { kind: AccidentKind; date: string }) =>
  `${ACCIDENT_KIND_LABELS_VI[a.kind].toLowerCase()} ngày ${formatDate(a.date)}`;

/**
 * Serious fire/explosion, fatal labour accident or serious incident (not force majeure) inside the window.
 *
 * @example
 * disqualifyingAccidents(labourAccident.facts, null, false).map((a) => a.kind); //=> ["labour-accident"]
 */
export function disqualifyingAccidents(facts: AnnualFacts, w: Window | null, withEnvironment: boolean) {
  const list = facts.accidents;
  if (list === undefined || list.length === 0) return EMPTY_ACCIDENTS;
  return within(list, (a) => a.date, w).filter((a) => {
    if (a.forceMajeure) return false;
    const serious = a.severity !== "not-serious";
    switch (a.kind) {
      case "fire":
      case "explosion":
      case "other-incident":
        return serious;
      case "labour-accident":
        return a.deaths > 0;
      case "environmental-violation":
      case "food-safety-violation":
        return withEnvironment && serious;
      // Stryker disable next-line ConditionalExpression: without its statement the case returns undefined, which filter() reads as false too
      default:
        return false;
    }
  });
}

interface D4Options {
  readonly kinds: readonly AssessedUnitKind[];
  /** The rule ids, written out in full so that searching the code for a printed id finds its rule. */
  readonly ids: {
    readonly k2: string;
    readonly k3: string;
    readonly k4a: string;
    readonly k4b: string;
    readonly k4c: string;
    readonly k4d: string;
  };
  /** Extra basis (Điều 5 khoản 2 for communes). */
  readonly via?: LegalBasis;
  /** Attestation key for khoản 2 ("TT124/Đ4/k2" or "TT124/Đ5/k2"). */
  readonly attestationKey: string;
  readonly who: string;
}

type Counts = NonNullable<AnnualFacts["violationCounts"]>;

/** "giảm": fewer than last year (zero stays fine); "không tăng": not more. */
type Comparison = "DAT" | "TANG" | "KHONG_GIAM";

function compareCounts(a: number, b: number, strict: boolean): Comparison {
  if (strict) return a === 0 || a < b ? "DAT" : a > b ? "TANG" : "KHONG_GIAM";
  return a <= b ? "DAT" : "TANG";
}

function compareByCategory(now: Counts, prev: Counts, strict: boolean): Comparison {
  const r1 = compareCounts(now.crimes, prev.crimes, strict);
  const r2 = compareCounts(now.socialEvilCases, prev.socialEvilCases, strict);
  const r3 = compareCounts(now.otherViolationCases, prev.otherViolationCases, strict);
  if (r1 === "TANG" || r2 === "TANG" || r3 === "TANG") return "TANG";
  return r1 !== "DAT" || r2 !== "DAT" || r3 !== "DAT" ? "KHONG_GIAM" : "DAT";
}

function bases(via: LegalBasis | undefined, own: LegalBasis): LegalBasis[] {
  return via ? [via, own] : [own];
}

/**
 * Builds the Điều 4 khoản 2, 3, 4 rules for the given kinds (khu dân cư, or communes via Điều 5 khoản 2).
 *
 * @example
 * makeD4Rules({ kinds: ["commune"], ids: { k2: "tt124.d5.k2.d4.k2", k3: "tt124.d5.k2.d4.k3", k4a: "tt124.d5.k2.d4.k4.a", k4b: "tt124.d5.k2.d4.k4.b", k4c: "tt124.d5.k2.d4.k4.c", k4d: "tt124.d5.k2.d4.k4.d" }, via: tt124(5, 2), attestationKey: "TT124/Đ5/k2", who: "xã" }).length; //=> 6
 */
export function makeD4Rules(o: D4Options): Rule<SecurityOrderInput>[] {
  const k2 = defineSecurityRule({
    id: o.ids.k2,
    label: "Thực hiện tốt chủ trương, chính sách, pháp luật và quy định về ANTT",
    kinds: o.kinds,
    versions: [
      {
        from: TT124_EFFECTIVE,
        basis: bases(o.via, tt124(4, 2)),
        inputs: [`facts.attestations[${o.attestationKey}]`],
        findings: {
          DAT: { outcome: "dat", message: "Cán bộ có thẩm quyền xác nhận thực hiện tốt" },
          KHONG_DAT: { outcome: "chua_dat", message: "Cán bộ có thẩm quyền xác nhận chưa thực hiện tốt" },
          CHUA_XAC_NHAN: {
            outcome: "can_xem_xet",
            message: "Tiêu chí định tính chưa có xác nhận của cán bộ có thẩm quyền",
          },
        },
        decide: (i) => {
          const a = attestation(i.facts, o.attestationKey);
          return a === undefined ? "CHUA_XAC_NHAN" : a ? "DAT" : "KHONG_DAT";
        },
        factLabels: labelsOf("xacNhan"),
        facts: (i) => ({ xacNhan: attestation(i.facts, o.attestationKey) ?? null }),
      },
    ],
  });

  const k3 = defineSecurityRule({
    id: o.ids.k3,
    label: "Không để xảy ra các vụ việc về an ninh (điểm a–g khoản 3 Điều 4)",
    kinds: o.kinds,
    versions: [
      {
        from: TT124_EFFECTIVE,
        basis: bases(o.via, tt124(4, 3)),
        parameters: WINDOW,
        inputs: ["facts.securityEvents"],
        findings: {
          KHONG_CO: {
            outcome: "dat",
            message: "Không có vụ việc nào thuộc khoản 3 Điều 4 trong thời gian đánh giá",
          },
          CO_VU_VIEC: {
            outcome: "chua_dat",
            message: (i, ctx) => {
              // Stryker disable next-line ArrayDeclaration: a missing list reads as empty; a stand-in item without a date is in no window
              const list = within(i.facts.securityEvents ?? [], (e) => e.date, win(i, ctx));
              return `Có ${count(list.length)} vụ việc về an ninh trong thời gian đánh giá: ${list.map((e) => SECURITY_EVENT_KIND_LABELS_VI[e.kind]).join("; ")}`;
            },
          },
          THIEU_DU_LIEU: NO_DATA("các vụ việc về an ninh"),
        },
        decide: (i, ctx) => {
          const ev = i.facts.securityEvents;
          if (ev === undefined) return "THIEU_DU_LIEU";
          return ev.length > 0 && within(ev, (e) => e.date, win(i, ctx)).length > 0
            ? "CO_VU_VIEC"
            : "KHONG_CO";
        },
        factLabels: labelsOf("vuViecAnNinh"),
        facts: (i, ctx) => ({
          vuViecAnNinh: mapList(
            // Stryker disable next-line ArrayDeclaration: a missing list reads as empty; a stand-in item without a date is in no window
            within(i.facts.securityEvents ?? [], (e) => e.date, win(i, ctx)),
            (e) => `${e.id} (${SECURITY_EVENT_KIND_LABELS_VI[e.kind]}, ngày ${formatDate(e.date)})`,
          ),
        }),
      },
    ],
  });

  const k4a = defineSecurityRule({
    id: o.ids.k4a,
    label: "Kiềm chế, kéo giảm tội phạm, tệ nạn xã hội và vi phạm pháp luật so với năm trước",
    kinds: o.kinds,
    versions: [
      {
        from: TT124_EFFECTIVE,
        basis: bases(o.via, tt124(4, 4, "a")),
        interpretations: [REDUCTION_READING.id, REDUCTION_SCOPE_READING.id],
        inputs: ["facts.violationCounts", "facts.previousYearCounts"],
        findings: {
          DAT: {
            outcome: "dat",
            message: "Tội phạm, tệ nạn xã hội, vi phạm pháp luật được kiềm chế, kéo giảm so với năm trước",
          },
          KHONG_GIAM: { outcome: "chua_dat", message: "Số vụ không giảm so với năm trước" },
          TANG: { outcome: "chua_dat", message: "Số vụ tăng so với năm trước" },
          CAN_XEM_XET_CACH_HIEU: {
            outcome: "can_xem_xet",
            message:
              "Kết quả phụ thuộc cách hiểu “kiềm chế, kéo giảm” (phải giảm hay không tăng; theo tổng hay từng loại) chưa được quyết định",
          },
          THIEU_DU_LIEU: NO_DATA("số vụ năm nay và năm trước"),
        },
        decide: (i, ctx) => {
          const now = i.facts.violationCounts;
          const prev = i.facts.previousYearCounts;
          if (now === undefined || prev === undefined) return "THIEU_DU_LIEU";
          const giam = ctx.reading(REDUCTION_READING.id);
          const scope = ctx.reading(REDUCTION_SCOPE_READING.id);
          let result: Comparison | undefined;
          // Stryker disable next-line EqualityOperator: a third pass (g = 2) repeats the "không tăng" reading, which agrees with itself
          for (let g = 0; g < 2; g++) {
            // Stryker disable next-line EqualityOperator: the two passes swap order; both readings are still tried, or the one chosen
            const strict = g === 0;
            if (giam !== null && (giam === "giam") !== strict) continue;
            // Stryker disable next-line EqualityOperator: a third pass (s = 2) repeats the by-kind comparison, which agrees with itself
            for (let s = 0; s < 2; s++) {
              // Stryker disable next-line EqualityOperator: the two passes swap order; both scopes are still tried, or the one chosen
              const total = s === 0;
              if (scope !== null && (scope === "tong") !== total) continue;
              const r = total
                ? compareCounts(
                    now.crimes + now.socialEvilCases + now.otherViolationCases,
                    prev.crimes + prev.socialEvilCases + prev.otherViolationCases,
                    strict,
                  )
                : compareByCategory(now, prev, strict);
              if (result === undefined) result = r;
              else if (result !== r) return "CAN_XEM_XET_CACH_HIEU";
            }
          }
          return result ?? "CAN_XEM_XET_CACH_HIEU";
        },
        factLabels: labelsOf("namNay", "namTruoc", "crimes", "socialEvilCases", "otherViolationCases"),
        facts: (i) => ({
          namNay: i.facts.violationCounts ?? null,
          namTruoc: i.facts.previousYearCounts ?? null,
        }),
      },
    ],
  });

  const k4b = defineSecurityRule({
    id: o.ids.k4b,
    label:
      "Không để xảy ra tội phạm nghiêm trọng trở lên, hoặc phát hiện kịp thời, hạn chế hậu quả và báo cáo ngay",
    kinds: o.kinds,
    versions: [
      {
        from: TT124_EFFECTIVE,
        basis: bases(o.via, tt124(4, 4, "b")),
        parameters: WINDOW,
        inputs: ["facts.crimes"],
        ...seriousCrimeCriterion(),
      },
    ],
  });

  const k4c = defineSecurityRule({
    id: o.ids.k4c,
    label: "Không phát sinh tụ điểm phức tạp về trật tự xã hội, không phát sinh người mắc tệ nạn xã hội",
    kinds: o.kinds,
    versions: [
      {
        from: TT124_EFFECTIVE,
        basis: bases(o.via, tt124(4, 4, "c")),
        parameters: WINDOW,
        inputs: ["facts.newHotspots", "facts.newSocialEvilPersons", "facts.attestations[TT124/Đ4/k4/c]"],
        note: "Phần “quản lý, giáo dục đối tượng” là định tính: chỉ xét khi có xác nhận (khoá TT124/Đ4/k4/c).",
        findings: {
          DAT: {
            outcome: "dat",
            message: "Không phát sinh tụ điểm phức tạp, không phát sinh người mắc tệ nạn xã hội",
          },
          TU_DIEM_MOI: { outcome: "chua_dat", message: "Phát sinh tụ điểm phức tạp về trật tự xã hội" },
          NGUOI_MAC_TNXH_MOI: { outcome: "chua_dat", message: "Phát sinh người mắc tệ nạn xã hội" },
          QUAN_LY_KHONG_HIEU_QUA: {
            outcome: "chua_dat",
            message: "Xác nhận quản lý, giáo dục đối tượng chưa hiệu quả",
          },
          THIEU_DU_LIEU: NO_DATA("tụ điểm phức tạp và người mắc tệ nạn xã hội mới"),
        },
        decide: (i, ctx) => {
          const f = i.facts;
          if (f.newHotspots === undefined || f.newSocialEvilPersons === undefined) return "THIEU_DU_LIEU";
          const w = win(i, ctx);
          if (f.newHotspots.length > 0 && within(f.newHotspots, (h) => h.identifiedOn, w).length > 0)
            return "TU_DIEM_MOI";
          if (
            f.newSocialEvilPersons.length > 0 &&
            within(f.newSocialEvilPersons, (p) => p.identifiedOn, w).length > 0
          ) {
            return "NGUOI_MAC_TNXH_MOI";
          }
          return attestation(f, "TT124/Đ4/k4/c") === false ? "QUAN_LY_KHONG_HIEU_QUA" : "DAT";
        },
        factLabels: labelsOf("tuDiemMoi", "nguoiMacTnxhMoi"),
        facts: (i, ctx) => ({
          // Stryker disable next-line ArrayDeclaration: a missing list reads as empty; a stand-in item without a date is in no window
          tuDiemMoi: within(i.facts.newHotspots ?? [], (h) => h.identifiedOn, win(i, ctx)).length,
          // Stryker disable next-line ArrayDeclaration: a missing list reads as empty; a stand-in item without a date is in no window
          nguoiMacTnxhMoi: within(i.facts.newSocialEvilPersons ?? [], (p) => p.identifiedOn, win(i, ctx))
            .length,
        }),
      },
    ],
  });

  const k4d = defineSecurityRule({
    id: o.ids.k4d,
    label: "Không để xảy ra cháy, nổ nghiêm trọng, tai nạn lao động chết người, sự cố nghiêm trọng",
    kinds: o.kinds,
    versions: [
      {
        from: TT124_EFFECTIVE,
        basis: bases(o.via, tt124(4, 4, "d")),
        parameters: WINDOW,
        inputs: ["facts.accidents"],
        note: "Tai nạn giao thông không thuộc điểm d khoản 4 Điều 4.",
        ...accidentCriterion(
          false,
          "Không xảy ra cháy, nổ nghiêm trọng, tai nạn lao động chết người, sự cố nghiêm trọng",
        ),
      },
    ],
  });
  return [k2, k3, k4a, k4b, k4c, k4d];
}

const KDC: readonly AssessedUnitKind[] = ["residential-area"];

/**
 * Điều 4 khoản 1: Quý I chi bộ resolution, registration, 100% of resident households registered.
 *
 * @example
 * KDC_REGISTRATION.id; //=> "tt124.d4.k1"
 */
export const KDC_REGISTRATION: Rule<SecurityOrderInput> = defineSecurityRule({
  id: "tt124.d4.k1",
  label: "Nghị quyết của chi bộ, đăng ký phấn đấu trong Quý I và 100% hộ gia đình đăng ký tham gia",
  kinds: KDC,
  versions: [
    TT23_KDC_REGISTRATION,
    securityVersion({
      from: TT124_EFFECTIVE,
      basis: tt124(4, 1),
      inputs: ["facts.quarterOne.partyResolution", "facts.quarterOne.registration", "facts.households"],
      findings: {
        DAT: {
          outcome: "dat",
          message: (i) =>
            // Stryker disable next-line OptionalChaining: this finding is only decided when the households are known
            `Có nghị quyết và đăng ký trong Quý I; ${count(i.facts.households?.registered ?? 0)}/${count(i.facts.households?.resident ?? 0)} hộ gia đình đăng ký tham gia`,
        },
        KHONG_CO_NGHI_QUYET: { outcome: "chua_dat", message: "Chi bộ chưa có nghị quyết về ANTT" },
        NGHI_QUYET_NGOAI_QUY_I: {
          outcome: "chua_dat",
          message: (i) =>
            `Nghị quyết của chi bộ ban hành ngày ${formatDate(i.facts.quarterOne?.partyResolution?.date as string)}, không trong Quý I`,
        },
        KHONG_DANG_KY: { outcome: "chua_dat", message: "Khu dân cư chưa đăng ký phấn đấu đạt tiêu chuẩn" },
        DANG_KY_NGOAI_QUY_I: {
          outcome: "chua_dat",
          message: (i) =>
            `Đăng ký phấn đấu ngày ${formatDate(i.facts.quarterOne?.registration?.date as string)}, không trong Quý I`,
        },
        HO_CHUA_DANG_KY_DU: {
          outcome: "chua_dat",
          message: (i) =>
            // Stryker disable next-line OptionalChaining: this finding is only decided when the households are known
            `Mới có ${count(i.facts.households?.registered ?? 0)}/${count(i.facts.households?.resident ?? 0)} hộ gia đình đang cư trú đăng ký tham gia (yêu cầu 100%)`,
        },
        THIEU_DU_LIEU: NO_DATA("nghị quyết, đăng ký và số hộ gia đình"),
      },
      decide: (i) => {
        const q = i.facts.quarterOne;
        const h = i.facts.households;
        if (q === undefined || h === undefined) return "THIEU_DU_LIEU";
        const res = q.partyResolution;
        if (res === undefined) return "KHONG_CO_NGHI_QUYET";
        if (!inQuarterOne(res.date, i.facts.year)) return "NGHI_QUYET_NGOAI_QUY_I";
        const reg = q.registration;
        if (reg === undefined) return "KHONG_DANG_KY";
        if (!inQuarterOne(reg.date, i.facts.year)) return "DANG_KY_NGOAI_QUY_I";
        return h.registered >= h.resident ? "DAT" : "HO_CHUA_DANG_KY_DU";
      },
      factLabels: labelsOf("nghiQuyet", "dangKy", "hoCuTru", "hoDangKy"),
      facts: (i) => ({
        nghiQuyet: i.facts.quarterOne?.partyResolution?.date ?? null,
        dangKy: i.facts.quarterOne?.registration?.date ?? null,
        hoCuTru: i.facts.households?.resident ?? null,
        hoDangKy: i.facts.households?.registered ?? null,
      }),
    }),
  ],
});

/**
 * Điều 4 khoản 5: the grassroots force rated "hoàn thành nhiệm vụ" or better, no member disciplined (any form).
 *
 * @example
 * KDC_SECURITY_FORCE.id; //=> "tt124.d4.k5"
 */
export const KDC_SECURITY_FORCE: Rule<SecurityOrderInput> = defineSecurityRule({
  id: "tt124.d4.k5",
  label: "Lực lượng tham gia bảo vệ ANTT ở cơ sở hoàn thành nhiệm vụ trở lên, không có thành viên bị kỷ luật",
  kinds: KDC,
  versions: [
    {
      from: TT124_EFFECTIVE,
      basis: tt124(4, 5),
      parameters: WINDOW,
      inputs: ["facts.securityForce", "facts.disciplinaryActions"],
      findings: {
        DAT: {
          outcome: "dat",
          message: "Lực lượng được đánh giá hoàn thành nhiệm vụ trở lên, không có thành viên bị kỷ luật",
        },
        XEP_LOAI_THAP: { outcome: "chua_dat", message: "Lực lượng bị đánh giá không hoàn thành nhiệm vụ" },
        CO_THANH_VIEN_BI_KY_LUAT: {
          outcome: "chua_dat",
          message: "Có thành viên bị kỷ luật (bất kỳ hình thức nào, kể cả khiển trách)",
        },
        KHONG_CO_LUC_LUONG: {
          outcome: "can_xem_xet",
          message: "Không ghi nhận lực lượng tham gia bảo vệ ANTT ở cơ sở",
        },
        THIEU_DU_LIEU: NO_DATA("đánh giá lực lượng và kỷ luật"),
      },
      decide: (i, ctx) => {
        const sf = i.facts.securityForce;
        const d = i.facts.disciplinaryActions;
        if (sf === undefined || d === undefined) return "THIEU_DU_LIEU";
        if (d.length > 0) {
          const w = win(i, ctx);
          for (const x of d)
            if (x.personRole === "security-team-member" && inWindow(x.date, w)) {
              return "CO_THANH_VIEN_BI_KY_LUAT";
            }
        }
        if (!sf.exists) return "KHONG_CO_LUC_LUONG";
        if (sf.rating === undefined) return "THIEU_DU_LIEU";
        return taskRatingRank(sf.rating) >= 2 ? "DAT" : "XEP_LOAI_THAP";
      },
      factLabels: labelsOf("xepLoai", "kyLuat"),
      // Only the actions the decision counts: a member's, inside the window.
      facts: (i, ctx) => ({
        xepLoai: i.facts.securityForce?.rating ? TASK_RATING_LABELS_VI[i.facts.securityForce.rating] : null,
        kyLuat: pick(
          i.facts.disciplinaryActions,
          (x) => x.personRole === "security-team-member" && inWindow(x.date, win(i, ctx)),
          (x) => `${DISCIPLINE_FORM_LABELS_VI[x.form]} (ngày ${formatDate(x.date)})`,
        ),
      }),
    },
  ],
});

/**
 * All khu dân cư rules of Điều 4.
 *
 * @example
 * KDC_RULES.map((r) => r.id); //=> ["tt124.d4.k1", "tt124.d4.k2", …, "tt124.d4.k5"]
 */
export const KDC_RULES: readonly Rule<SecurityOrderInput>[] = [
  KDC_REGISTRATION,
  ...makeD4Rules({
    kinds: KDC,
    ids: {
      k2: "tt124.d4.k2",
      k3: "tt124.d4.k3",
      k4a: "tt124.d4.k4.a",
      k4b: "tt124.d4.k4.b",
      k4c: "tt124.d4.k4.c",
      k4d: "tt124.d4.k4.d",
    },
    attestationKey: "TT124/Đ4/k2",
    who: "khu dân cư",
  }),
  KDC_SECURITY_FORCE,
];
