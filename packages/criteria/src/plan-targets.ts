/**
 * Plan targets for typical units and their progress: counts by unit type and year (An Giang's
 * Kế hoạch 10/KH-BCĐ-CAT ngày 08/02/2023: 16 units in 2023 = 6 xã, 2 phường, 2 thị trấn, 3 cơ quan,
 * 1 doanh nghiệp, 2 cơ sở giáo dục), counts of residential areas, of every kind together and of ward police
 * stations "điển hình, kiểu mẫu" (Bà Rịa–Vũng Tàu 2024: 23 against a target of 4, regulations.md §11.6 D4;
 * programme MPS KH 556/KH-BCA-V05, §3.3), and shares within each city or town (≥ 30% of ward police stations
 * "điển hình, kiểu mẫu" by 2025, 100% by 2030). Shortfalls are computed with exact integer arithmetic and
 * explained in Vietnamese; the districts that ended on 30/6/2025 are followed with @antq/domain's lineage.
 */
import {
  type AdminUnit,
  type AdminUnitIndex,
  adminUnitFullName,
  childrenOf,
  LAST_DAY_BEFORE_REFORM_2025,
  TARGET_PROGRAMME_LABELS_VI,
  TARGET_SUBJECT_LABELS_VI,
  unitAsOf,
} from "@antq/domain";
import { formatDate, formatPercentOf, formatRatio } from "@antq/format-vi";
import { formatLegalBasis, type LegalBasis } from "./internal/engine.js";
import type { ReviewNote } from "./score.js";

/**
 * Types of typical unit a plan counts.
 *
 * @example
 * const t: TypicalUnitType = "township"; // thị trấn (until 30/6/2025)
 */
export type TypicalUnitType =
  | "commune"
  | "ward"
  | "township"
  | "special-zone"
  | "agency"
  | "enterprise"
  | "education";

/**
 * Vietnamese labels of {@link TypicalUnitType}.
 *
 * @example
 * TYPICAL_UNIT_TYPE_LABELS.ward; //=> "Phường"
 */
export const TYPICAL_UNIT_TYPE_LABELS: Readonly<Record<TypicalUnitType, string>> = Object.freeze({
  commune: "Xã",
  ward: "Phường",
  township: "Thị trấn",
  "special-zone": "Đặc khu",
  agency: "Cơ quan",
  enterprise: "Doanh nghiệp",
  education: "Cơ sở giáo dục",
});

/**
 * What a count target counts: typical units of one kind, typical residential areas (khu dân cư), typical units
 * of every kind together (`any`), or wards whose police station reached "Công an phường điển hình, kiểu mẫu"
 * (`ward-police`, programme MPS KH 556/KH-BCA-V05, regulations.md §3.3).
 *
 * @example
 * const u: CountTargetUnit = "ward-police"; // 23 against 4 in Bà Rịa–Vũng Tàu 2024
 */
export type CountTargetUnit = TypicalUnitType | "residential-area" | "any" | "ward-police";

/**
 * A count target: `count` units of `unitType` reached in `year` (see {@link CountTargetUnit}).
 *
 * @example
 * const t: CountTarget = { type: "count", id: "2023.xa", unitType: "commune", year: 2023, count: 6 };
 * const capk: CountTarget = { type: "count", id: "2024.ward-police", unitType: "ward-police", year: 2024, count: 4 };
 */
export interface CountTarget {
  readonly type: "count";
  readonly id: string;
  readonly unitType: CountTargetUnit;
  readonly year: number;
  readonly count: number;
}

/**
 * A share target: at least `percent`% of the wards (by their police stations) reach the status by `by`,
 * in each city/town of the province (`each-district`, using the districts in force on the plan date) or
 * across the province (`province`, using the wards in force on `by`).
 *
 * @example
 * const t: ShareTarget = { type: "share", id: "capk.2025", label: "Công an phường điển hình, kiểu mẫu", percent: 30, by: "2025-12-31", scope: "each-district" };
 */
export interface ShareTarget {
  readonly type: "share";
  readonly id: string;
  readonly label: string;
  readonly percent: number;
  readonly by: string;
  readonly scope: "each-district" | "province";
  /** A pace after the share: from `fromYear`, at least `minimumNewPerYear` more wards each year (until all). */
  readonly fromYear?: number;
  readonly minimumNewPerYear?: number;
}

/**
 * A plan of a provincial steering committee.
 *
 * @example
 * const p: Plan = { id: "ag-2023", label: "Xây dựng điển hình năm 2023", basis: cite("10/KH-BCĐ-CAT"), issuedOn: "2023-02-08", provinceId: "P89", targets: [] };
 */
export interface Plan {
  readonly id: string;
  readonly label: string;
  /** The plan's document, when it has a number (e.g. 10/KH-BCĐ-CAT); otherwise `title` names it. */
  readonly basis?: LegalBasis;
  readonly title?: string;
  readonly issuedOn: string;
  /** The province (administrative unit id valid on `issuedOn`). */
  readonly provinceId: string;
  readonly targets: readonly (CountTarget | ShareTarget)[];
}

/**
 * A unit built or recognised as typical ("điển hình"), or a ward whose police station reached "điển hình,
 * kiểu mẫu". (Local input type: @antq/domain does not export plan achievements yet.)
 *
 * @example
 * const a: Achievement = { unitId: "xa-my-hoa-hung", unitType: "commune", year: 2023 };
 */
export interface Achievement {
  readonly unitId: string;
  readonly name?: string;
  readonly unitType: TypicalUnitType | "residential-area";
  readonly year: number;
  /** For wards: the ward's administrative unit id (old or new), for lineage. */
  readonly adminUnitId?: string;
  /**
   * The programme reached: a typical unit counts only for the typical-unit count targets, a ward police
   * station ("model-ward-police", `unitType: "ward"`) only for share targets and `ward-police` count targets;
   * without it (older inputs) the achievement counts for both.
   */
  readonly programme?: "typical-unit" | "model-ward-police";
}

/**
 * Progress of one count target.
 *
 * @example
 * progress.targets.filter((t) => t.shortfall > 0).map((t) => t.text);
 * //=> ["Phường năm 2023: 1/2 đơn vị (50,0%), còn thiếu 1.", "Doanh nghiệp năm 2023: 0/1 đơn vị (0,0%), còn thiếu 1."]
 */
export interface CountProgress {
  readonly type: "count";
  readonly target: CountTarget;
  readonly achieved: number;
  readonly shortfall: number;
  readonly met: boolean;
  readonly text: string;
  readonly review: readonly ReviewNote[];
}

/**
 * Progress of a share target in one area (a city/town, or the province).
 *
 * @example
 * share.areas.map((a) => `${a.name}: ${a.achieved}/${a.total}`); //=> ["Thành phố Giả Lập A: 1/7", "Thị xã Giả Lập B: 1/3"]
 */
export interface ShareAreaProgress {
  readonly areaId: string;
  readonly name: string;
  readonly total: number;
  readonly achieved: number;
  /** Wards needed for the target: ⌈total × percent / 100⌉. */
  readonly needed: number;
  readonly shortfall: number;
  readonly met: boolean;
  readonly text: string;
}

/**
 * Progress of one share target.
 *
 * @example
 * share.met; //=> false
 * share.areas.every((a) => a.met); //=> false
 */
export interface ShareProgress {
  readonly type: "share";
  readonly target: ShareTarget;
  readonly areas: readonly ShareAreaProgress[];
  readonly met: boolean;
  readonly text: string;
  readonly review: readonly ReviewNote[];
}

/**
 * Progress of a plan.
 *
 * @example
 * planProgress(plan, achievements).lines.at(-1); //=> "- Cơ sở giáo dục năm 2023: 2/2 đơn vị (100,0%), đạt chỉ tiêu."
 */
export interface PlanProgress {
  readonly plan: Plan;
  readonly targets: readonly (CountProgress | ShareProgress)[];
  /** The typical-unit count targets added up (ward police count targets are in {@link PlanProgress.countTotals}). */
  readonly totalTarget: number;
  /** Units counted towards the typical-unit count targets, each at most its target (a surplus covers no other kind). */
  readonly totalAchieved: number;
  /** The count targets added up by programme: typical units, then Công an phường điển hình, kiểu mẫu. */
  readonly countTotals: readonly CountTotal[];
  readonly lines: readonly string[];
  readonly review: readonly ReviewNote[];
}

/**
 * The count targets of one programme added up: the targets, the units counted towards them (each target at
 * most its count) and the surplus beyond them. Typical units and ward police stations are never added together.
 *
 * @example
 * const capk: Plan = { ...plan, targets: [{ type: "count", id: "2024.capk", unitType: "ward-police", year: 2024, count: 4 }] };
 * const reached: Achievement[] = Array.from({ length: 23 }, (_, i) => ({ unitId: `capk-${i + 1}`, unitType: "ward", year: 2024, adminUnitId: `W${i + 1}`, programme: "model-ward-police" }));
 * planProgress(capk, reached).countTotals; //=> [{ programme: "model-ward-police", label: "Công an phường điển hình, kiểu mẫu", target: 4, counted: 4, surplus: 19 }]
 */
export interface CountTotal {
  readonly programme: "typical-unit" | "model-ward-police";
  readonly label: string;
  readonly target: number;
  readonly counted: number;
  readonly surplus: number;
}

/**
 * Options of {@link planProgress}.
 *
 * @example
 * planProgress(sharePlan, wards, { lineage: index }).targets[0]?.type; //=> "share"
 */
export interface PlanProgressOptions {
  /** Administrative units with lineage; required for share targets. */
  readonly lineage?: AdminUnitIndex;
}

/**
 * Wards needed to reach `percent`% of `total`, exactly: ⌈total × percent / 100⌉.
 *
 * @example
 * wardsNeeded(7, 30); //=> 3
 * // 2/7 = 28,6% is short; 3/7 = 42,9%
 * wardsNeeded(10, 30); //=> 3
 * // 3/10 = 30,0% is enough
 */
export function wardsNeeded(total: number, percent: number): number {
  return Math.floor((total * percent + 99) / 100);
}

const CITY_TYPES = new Set(["provincial-city", "district-level-town", "municipal-city", "urban-district"]);

/**
 * Computes the progress of a plan from the achievements: per count target achieved (uncapped: 23 of 4 is
 * 575,0%), shortfall (never negative) and a Vietnamese line, and a total line per programme (typical units and
 * ward police stations are never added together; an `any` target beside per-kind targets of its year is
 * flagged "cần xem xét"); per share target the share in each area with the wards still needed. Township targets
 * for years after the reform, and share targets whose deadline falls after 30/6/2025 (when cities/towns of
 * the district level ended) are flagged "cần xem xét"; areas are the districts in force on the plan date
 * and new wards are traced back to old ones with `unitAsOf`.
 *
 * @example
 * const p = planProgress(plan, achievements);
 * p.lines[0]; //=> "Kế hoạch 10/KH-BCĐ-CAT (ngày 08/02/2023): Xây dựng xã, phường, thị trấn, cơ quan, doanh nghiệp, cơ sở giáo dục điển hình năm 2023 (16 đơn vị)."
 * [p.totalAchieved, p.totalTarget]; //=> [14, 16]
 */
export function planProgress(
  plan: Plan,
  achievements: readonly Achievement[],
  options: PlanProgressOptions = {},
): PlanProgress {
  const targets: (CountProgress | ShareProgress)[] = [];
  const review: ReviewNote[] = [];
  const totals = new Map<CountTotal["programme"], { target: number; counted: number; surplus: number }>();
  for (const t of plan.targets) {
    if (t.type === "count") {
      const notes: ReviewNote[] = [];
      const achieved = countReached(t, achievements);
      const shortfall = Math.max(0, t.count - achieved);
      const label = countTargetLabel(t.unitType);
      if (t.unitType === "township" && `${t.year}-12-31` > LAST_DAY_BEFORE_REFORM_2025) {
        notes.push({
          code: "TOWNSHIP_ABOLISHED",
          message: `Chỉ tiêu thị trấn năm ${t.year}: thị trấn không còn từ 01/7/2025 — cần xem xét điều chỉnh chỉ tiêu.`,
        });
      }
      if (
        t.unitType === "any" &&
        plan.targets.some(
          (o) =>
            o.type === "count" && o.year === t.year && o.unitType !== "any" && o.unitType !== "ward-police",
        )
      ) {
        notes.push({
          code: "OVERLAPPING_TARGETS",
          message: `Chỉ tiêu “${label}” năm ${t.year} và chỉ tiêu từng loại đơn vị cùng năm cùng tính những đơn vị này; tổng chỉ tiêu cộng cả hai — cần xem xét.`,
        });
      }
      const programme = t.unitType === "ward-police" ? "model-ward-police" : "typical-unit";
      const total = totals.get(programme) ?? { target: 0, counted: 0, surplus: 0 };
      total.target += t.count;
      total.counted += Math.min(achieved, t.count);
      total.surplus += Math.max(0, achieved - t.count);
      totals.set(programme, total);
      const pct = t.count === 0 ? "" : ` (${formatPercentOf(achieved, t.count)})`;
      const text =
        `${label} năm ${t.year}: ${formatRatio(achieved, t.count)} đơn vị${pct}` +
        (shortfall > 0
          ? `, còn thiếu ${shortfall}.`
          : achieved > t.count
            ? `, vượt ${achieved - t.count}.`
            : ", đạt chỉ tiêu.");
      targets.push({
        type: "count",
        target: t,
        achieved,
        shortfall,
        met: shortfall === 0,
        text,
        review: notes,
      });
      review.push(...notes);
    } else {
      const sp = shareProgress(plan, t, achievements, options.lineage);
      targets.push(sp);
      review.push(...sp.review);
    }
  }
  const countTotals: CountTotal[] = (["typical-unit", "model-ward-police"] as const).flatMap((programme) => {
    const total = totals.get(programme);
    return total === undefined ? [] : [{ programme, label: TARGET_PROGRAMME_LABELS_VI[programme], ...total }];
  });
  const typical = countTotals.find((c) => c.programme === "typical-unit");
  const totalTarget = typical?.target ?? 0;
  const totalAchieved = typical?.counted ?? 0;
  const lines = [
    `${plan.basis ? formatLegalBasis(plan.basis) : (plan.title ?? plan.id)} (ngày ${formatDate(plan.issuedOn)}): ${plan.label}.`,
    ...countTotals
      .filter((c) => c.target > 0)
      .map((c) =>
        countTotalLine(
          c.programme === "typical-unit" ? "Chỉ tiêu số lượng" : `Chỉ tiêu số lượng ${c.label}`,
          c.counted,
          c.surplus,
          c.target,
        ),
      ),
    ...targets.map((t) => `- ${t.text}`),
    ...review.map((r) => `Cần xem xét: ${r.message}`),
  ];
  return { plan, targets, totalTarget, totalAchieved, countTotals, lines, review };
}

/**
 * The units a count target counts, each once: ward police stations by their ward (programme
 * "model-ward-police", or none), typical units of the target's kind or of every kind (`any`) (programme
 * "typical-unit", or none), reached in the target's year.
 */
function countReached(t: CountTarget, achievements: readonly Achievement[]): number {
  const reached = new Set<string>();
  for (const a of achievements) {
    if (a.year !== t.year) continue;
    if (t.unitType === "ward-police") {
      if (a.programme !== "typical-unit" && a.unitType === "ward") reached.add(a.adminUnitId ?? a.unitId);
    } else if (a.programme !== "model-ward-police" && (t.unitType === "any" || a.unitType === t.unitType)) {
      reached.add(a.unitId);
    }
  }
  return reached.size;
}

function countTargetLabel(unit: CountTargetUnit): string {
  switch (unit) {
    case "ward-police":
      return TARGET_PROGRAMME_LABELS_VI["model-ward-police"];
    case "residential-area":
    case "any":
      return TARGET_SUBJECT_LABELS_VI[unit];
    default:
      return TYPICAL_UNIT_TYPE_LABELS[unit];
  }
}

/**
 * The plan's count line: what was built against the total target, uncapped (11/4 = 275%, Bà Rịa–Vũng Tàu 2024,
 * regulations.md §11.6 D4); when a kind's surplus hides another kind's shortfall, also the total counted towards
 * the targets without the surplus.
 */
function countTotalLine(head: string, counted: number, surplus: number, target: number): string {
  const share = (n: number) => `${formatRatio(n, target)} đơn vị (${formatPercentOf(n, target)})`;
  const built = counted + surplus;
  if (surplus === 0) return `${head}: đạt ${share(built)}.`;
  if (counted === target) return `${head}: đạt ${share(built)}, vượt ${surplus}.`;
  return `${head}: đạt ${share(built)}; tính theo chỉ tiêu từng loại, không kể ${surplus} đơn vị vượt: ${formatRatio(counted, target)} (${formatPercentOf(counted, target)}).`;
}

function shareProgress(
  plan: Plan,
  t: ShareTarget,
  achievements: readonly Achievement[],
  index: AdminUnitIndex | undefined,
): ShareProgress {
  const review: ReviewNote[] = [];
  if (index === undefined) {
    review.push({
      code: "NO_LINEAGE",
      message: `Chỉ tiêu “${t.label}”: cần dữ liệu đơn vị hành chính để tính tỷ lệ.`,
    });
    return { type: "share", target: t, areas: [], met: false, text: `${t.label}: chưa tính được.`, review };
  }
  const byYear = Number(t.by.slice(0, 4));
  const done = achievements.filter(
    (a) =>
      a.unitType === "ward" &&
      a.year <= byYear &&
      a.adminUnitId !== undefined &&
      a.programme !== "typical-unit",
  );
  const areas: ShareAreaProgress[] = [];
  if (t.scope === "each-district") {
    const ref = plan.issuedOn;
    if (t.by > LAST_DAY_BEFORE_REFORM_2025) {
      review.push({
        code: "DISTRICT_SCOPE_AFTER_REFORM",
        message: `Chỉ tiêu “${t.label}” tính theo từng thành phố, thị xã đến ${formatDate(t.by)}, nhưng cấp huyện kết thúc ngày 30/6/2025: tính theo địa giới ngày ${formatDate(ref)} — cần xem xét.`,
      });
    }
    const districts = childrenOf(index, plan.provinceId, ref).filter((d) => CITY_TYPES.has(d.type));
    // Old wards (valid on the plan date) reached, traced back from whatever unit the achievement names.
    const reached = new Set<string>();
    for (const a of done) {
      if (!index.byId.has(a.adminUnitId as string)) {
        review.push({
          code: "UNKNOWN_ADMIN_UNIT",
          message: `Không có đơn vị hành chính “${a.adminUnitId}” trong dữ liệu.`,
        });
        continue;
      }
      const old = unitAsOf(index, a.adminUnitId as string, ref);
      if (old.length > 1) {
        review.push({
          code: "LINEAGE_MANY",
          message: `${a.name ?? a.unitId} ứng với ${old.length} phường cũ (${old.map(adminUnitFullName).join(", ")}) — đã tính cho từng phường cũ, cần xem xét.`,
        });
      }
      for (const o of old) reached.add(o.id);
    }
    for (const d of districts) {
      const wards = childrenOf(index, d.id, ref).filter((w) => w.type === "ward");
      const achieved = wards.filter((w) => reached.has(w.id)).length;
      areas.push(area(d, wards.length, achieved, t.percent));
    }
  } else {
    const provinces = unitAsOf(index, plan.provinceId, t.by);
    for (const p of provinces) {
      const wards = wardsUnder(index, p.id, t.by);
      const reached = new Set<string>();
      for (const a of done) {
        if (!index.byId.has(a.adminUnitId as string)) continue;
        for (const w of unitAsOf(index, a.adminUnitId as string, t.by)) reached.add(w.id);
      }
      areas.push(area(p, wards.length, wards.filter((w) => reached.has(w.id)).length, t.percent));
    }
  }
  const met = areas.length > 0 && areas.every((a) => a.met);
  const short = areas.filter((a) => !a.met);
  const text =
    `${t.label}: từ ${t.percent}% đến ${formatDate(t.by)} — ${met ? "đạt" : `chưa đạt (${short.length}/${areas.length} địa bàn còn thiếu)`}.` +
    (areas.length > 0 ? ` ${areas.map((a) => a.text).join(" ")}` : "");
  return { type: "share", target: t, areas, met, text, review };
}

function wardsUnder(index: AdminUnitIndex, parentId: string, date: string): AdminUnit[] {
  const out: AdminUnit[] = [];
  for (const c of childrenOf(index, parentId, date)) {
    if (c.type === "ward") out.push(c);
    else out.push(...childrenOf(index, c.id, date).filter((w) => w.type === "ward"));
  }
  return out;
}

function area(unit: AdminUnit, total: number, achieved: number, percent: number): ShareAreaProgress {
  const needed = wardsNeeded(total, percent);
  const met = total > 0 && achieved * 100 >= total * percent;
  const shortfall = Math.max(0, needed - achieved);
  const pct = total === 0 ? "không có phường" : formatPercentOf(achieved, total);
  return {
    areaId: unit.id,
    name: adminUnitFullName(unit),
    total,
    achieved,
    needed,
    shortfall,
    met,
    text: `${adminUnitFullName(unit)}: ${formatRatio(achieved, total)} phường (${pct}), cần ${needed}${shortfall > 0 ? `, còn thiếu ${shortfall}` : ""}.`,
  };
}
