/**
 * What it takes to close a ward-police share target: for each city/town (or the province), how many wards
 * must reach "Công an phường điển hình, kiểu mẫu" in each remaining year to make every milestone of the plan
 * (An Giang: ≥ 30% per city by 2025, then one more each year from 2026 and 100% by 2030), spread evenly
 * towards the next milestone. Exact integer arithmetic, as {@link wardsNeeded}.
 */
import { formatRatio } from "@antq/format-vi";
import {
  type Achievement,
  type Plan,
  type PlanProgress,
  type PlanProgressOptions,
  planProgress,
  type ShareTarget,
  wardsNeeded,
} from "./plan-targets.js";

/**
 * A milestone of a roadmap: `percent`% by the end of `byYear`, and optionally a pace of at least
 * `minimumNewPerYear` more each year from `fromYear`.
 *
 * @example
 * const m: RoadmapMilestone = { byYear: 2030, percent: 100, fromYear: 2026, minimumNewPerYear: 1 };
 */
export interface RoadmapMilestone {
  readonly byYear: number;
  readonly percent: number;
  readonly fromYear?: number;
  readonly minimumNewPerYear?: number;
}

/**
 * One year of a roadmap: wards that must have reached the status by the end of the year, and how many of
 * them are new that year. `overdue` marks a year that must also catch up a milestone already passed.
 *
 * @example
 * roadmap.years.map((y) => `${y.year}: +${y.newWards}`); //=> ["2025: +2"]
 */
export interface RoadmapYear {
  readonly year: number;
  readonly requiredTotal: number;
  readonly newWards: number;
  readonly overdue: boolean;
}

/**
 * A roadmap for one area.
 *
 * @example
 * wardRoadmap(11, 2, 2025, [{ byYear: 2025, percent: 30 }]).years[0]?.newWards; //=> 2
 */
export interface WardRoadmap {
  readonly total: number;
  readonly achieved: number;
  readonly years: readonly RoadmapYear[];
}

/**
 * The yearly roadmap of one area with `total` wards of which `achieved` have reached the status, from
 * `fromYear` to the last milestone. Each year needs the most of: the pace of the milestones (at least
 * `minimumNewPerYear` more from their `fromYear`, while wards remain), and an even spread of what is left
 * towards each later milestone (⌈left ÷ years left⌉), counted from the milestone's own `fromYear` when it has
 * one; a milestone already passed and not met is due in `fromYear` (`overdue`). Never more than `total`.
 *
 * @example
 * const r = wardRoadmap(11, 2, 2025, [
 *   { byYear: 2025, percent: 30 },
 *   { byYear: 2030, percent: 100, fromYear: 2026, minimumNewPerYear: 1 },
 * ]);
 * r.years.map((y) => y.newWards); //=> [2, 2, 2, 1, 1, 1]
 */
export function wardRoadmap(
  total: number,
  achieved: number,
  fromYear: number,
  milestones: readonly RoadmapMilestone[],
): WardRoadmap {
  const last = milestones.reduce((y, m) => Math.max(y, m.byYear), fromYear - 1);
  const years: RoadmapYear[] = [];
  let previous = Math.min(achieved, total);
  for (let year = fromYear; year <= last; year++) {
    let required = previous;
    let overdue = false;
    for (const m of milestones) {
      const need = wardsNeeded(total, m.percent);
      if (m.minimumNewPerYear !== undefined && m.fromYear !== undefined && year >= m.fromYear) {
        required = Math.max(required, previous + m.minimumNewPerYear);
      }
      // A milestone with its own period (e.g. 2026–2030) is worked towards from the start of that period.
      if (need <= previous || (m.fromYear !== undefined && year < m.fromYear)) continue;
      if (m.byYear < year) overdue = true;
      const yearsLeft = Math.max(1, m.byYear - year + 1);
      required = Math.max(required, previous + Math.ceil((need - previous) / yearsLeft));
    }
    required = Math.min(required, total);
    years.push({ year, requiredTotal: required, newWards: required - previous, overdue });
    previous = required;
  }
  return { total, achieved: Math.min(achieved, total), years };
}

/**
 * The roadmap of one area of a share target in a plan report.
 *
 * @example
 * report.roadmaps.map((r) => r.text)[0]; //=> "Thành phố Giả Lập A: 1/7 phường đến hết năm 2024; năm 2025: thêm 2 (đạt 3)."
 */
export interface AreaRoadmap {
  readonly areaId: string;
  readonly name: string;
  readonly roadmap: WardRoadmap;
  readonly text: string;
}

/**
 * A plan's progress as of the end of `reportYear`, and the ward roadmaps from the following year.
 *
 * @example
 * const r = planReport(sharePlan, wards, { reportYear: 2024, lineage: index });
 * r.roadmaps.length; //=> 2
 */
export interface PlanReport {
  readonly reportYear: number;
  readonly progress: PlanProgress;
  readonly roadmaps: readonly AreaRoadmap[];
}

/**
 * Options of {@link planReport}.
 *
 * @example
 * const o: PlanReportOptions = { reportYear: 2025 };
 */
export interface PlanReportOptions extends PlanProgressOptions {
  /** Achievements after this year are left out; the roadmap starts the year after. */
  readonly reportYear: number;
}

/**
 * Progress of the plan with the achievements up to `reportYear` ({@link planProgress}), and, for the share
 * targets, each area's roadmap from `reportYear + 1` to the last milestone ({@link wardRoadmap}). The areas
 * are those of the earliest share target; all share targets of the plan are its milestones.
 *
 * @example
 * planReport(sharePlan, wards, { reportYear: 2024, lineage: index }).roadmaps[1]?.text;
 * //=> "Thị xã Giả Lập B: 1/3 phường đến hết năm 2024; năm 2025: thêm 0 (đạt 1)."
 */
export function planReport(
  plan: Plan,
  achievements: readonly Achievement[],
  options: PlanReportOptions,
): PlanReport {
  const upTo = achievements.filter((a) => a.year <= options.reportYear);
  const progress = planProgress(plan, upTo, options);
  const shares = plan.targets
    .filter((t): t is ShareTarget => t.type === "share")
    .sort((a, b) => (a.by < b.by ? -1 : a.by > b.by ? 1 : 0));
  const first = shares[0];
  const roadmaps: AreaRoadmap[] = [];
  if (first !== undefined && options.lineage !== undefined) {
    const milestones: RoadmapMilestone[] = shares.map((t) => ({
      byYear: Number(t.by.slice(0, 4)),
      percent: t.percent,
      ...(t.fromYear !== undefined ? { fromYear: t.fromYear } : {}),
      ...(t.minimumNewPerYear !== undefined ? { minimumNewPerYear: t.minimumNewPerYear } : {}),
    }));
    // The areas and what each has reached by the report year, measured as the earliest share target does.
    const now = planProgress(
      { ...plan, targets: [{ ...first, by: `${options.reportYear}-12-31` }] },
      upTo,
      options,
    ).targets[0];
    for (const area of now?.type === "share" ? now.areas : []) {
      const roadmap = wardRoadmap(area.total, area.achieved, options.reportYear + 1, milestones);
      const steps = roadmap.years.map(
        (y) =>
          `năm ${y.year}: thêm ${y.newWards} (đạt ${y.requiredTotal})${y.overdue ? " — chỉ tiêu đã quá hạn" : ""}`,
      );
      roadmaps.push({
        areaId: area.areaId,
        name: area.name,
        roadmap,
        text: `${area.name}: ${formatRatio(area.achieved, area.total)} phường đến hết năm ${options.reportYear}${
          steps.length > 0 ? `; ${steps.join("; ")}` : ""
        }.`,
      });
    }
  }
  return { reportYear: options.reportYear, progress, roadmaps };
}
