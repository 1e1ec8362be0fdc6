/**
 * The units a steering committee chose to build "điển hình" in a year, checked against the candidates of the
 * previous year's classification ({@link selectTypicalCandidates}) and counted against the plan's targets
 * for that year by kind (Hậu Giang, 28/02/2024: five units chosen for 2024 from the 2023 classification).
 * Which province rule decides eligibility is configuration (QĐ 9745/QĐ-BCA-V05 leaves it [NF]), so a chosen
 * unit that the rule does not list is "cần xem xét", never silently dropped.
 */
import type { TypicalRegistration } from "@antq/domain";
import * as z from "zod";
import { type ClassificationKind, MOVEMENT_LEVELS, type MovementLevel } from "./classification.js";
import type { Issue, Result } from "./internal/engine.js";
import { achievementsFromRegistrations, countedByRegistrations } from "./plan-registrations.js";
import { type Plan, type PlanProgress, planProgress } from "./plan-targets.js";
import type { ReviewNote } from "./score.js";
import {
  QD9745,
  type TypicalCandidate,
  type TypicalEligibilityRule,
  type TypicalSelection,
} from "./typical-units.js";

/**
 * One chosen unit, with its candidate record when the previous year's classification has it.
 *
 * @example
 * choice.units.filter((u) => u.eligible !== true).flatMap((u) => u.review.map((n) => n.code)); //=> ["NOT_ELIGIBLE"]
 */
export interface ChosenUnit {
  readonly registration: TypicalRegistration;
  readonly candidate?: TypicalCandidate;
  /**
   * The previous year's units this unit was formed from (2025 reorganisation), found through the candidates'
   * lineage (`TypicalCandidate.nowIn`) when the unit itself has no classification of that year; empty otherwise.
   */
  readonly formerUnits: readonly TypicalCandidate[];
  /** `undefined` when the unit has no classification in the previous year. */
  readonly eligible: boolean | undefined;
  readonly review: readonly ReviewNote[];
}

/**
 * The choice of a plan year against the candidates and the plan.
 *
 * @example
 * compareTypicalChoice(selection, registrations, choicePlan).progress?.lines.at(-1); //=> "- Xã năm 2024: 2/2 đơn vị (100,0%), đạt chỉ tiêu."
 */
export interface TypicalChoice {
  readonly planYear: number;
  readonly units: readonly ChosenUnit[];
  /** Progress of the plan's count targets of the plan year, counting the chosen units; absent without a plan. */
  readonly progress?: PlanProgress;
}

const COMMUNE_SUBJECTS = new Set(["commune", "ward", "township", "special-zone"]);

const kindOf = (subject: TypicalRegistration["subject"]): ClassificationKind | undefined =>
  COMMUNE_SUBJECTS.has(subject)
    ? "commune"
    : subject === "agency" || subject === "enterprise" || subject === "education"
      ? subject
      : undefined;

/** The candidates whose administrative unit is now the registered unit (or its commune), by lineage. */
const formerCandidates = (
  candidates: readonly TypicalCandidate[],
  registration: TypicalRegistration,
): TypicalCandidate[] => {
  const ids = new Set([registration.unitId, registration.adminUnitId].filter((x) => x !== undefined));
  return candidates.filter((c) => c.nowIn.some((a) => ids.has(a.id) && a.id !== c.unitId));
};

/**
 * A chosen unit formed from units classified the year before (2025 reorganisation): eligible when every former
 * unit is, not eligible when any is not; always "cần xem xét" (`LINEAGE_FORMER_UNITS`), because no published
 * text says how a merged unit inherits its predecessors' classification (QĐ 9745/QĐ-BCA-V05, KH 612: [NF]).
 */
const throughLineage = (
  registration: TypicalRegistration,
  formerUnits: readonly TypicalCandidate[],
  fromYear: number,
): ChosenUnit => {
  const eligible = formerUnits.every((c) => c.eligible);
  const review: ReviewNote[] = [
    {
      code: "LINEAGE_FORMER_UNITS",
      message: `${registration.name}: không có kết quả phân loại năm ${fromYear} của chính đơn vị; xét theo ${formerUnits.length === 1 ? "đơn vị cũ" : "các đơn vị cũ"} hợp thành (sắp xếp đơn vị hành chính 2025): ${formerUnits.map((c) => `${c.name} (${c.eligible ? "đủ điều kiện" : "chưa đủ điều kiện"})`).join(", ")} — cần xem xét.`,
    },
  ];
  if (!eligible)
    review.push({
      code: "NOT_ELIGIBLE",
      message: `${registration.name}: đã được chọn nhưng đơn vị cũ chưa đủ điều kiện (${formerUnits
        .filter((c) => !c.eligible)
        .map((c) => `${c.name}: ${c.reasons.join(" ")}`)
        .join("; ")}) — cần xem xét.`,
    });
  return { registration, formerUnits, eligible, review };
};

/**
 * Checks the units registered for the selection's plan year (programme "typical-unit", any status but
 * withdrawn) against the candidates (matched by `unitId`) and, with a plan, counts them against the plan's
 * count targets of that year ({@link planProgress}). A unit without a classification of its own is matched
 * through lineage with the units it was formed from in the 2025 reorganisation (candidates selected with
 * `lineage`, whose `nowIn` is the registered unit or its commune). Review notes: `NOT_CLASSIFIED` (no
 * classification of the previous year, itself or through lineage), `LINEAGE_FORMER_UNITS` (judged on its
 * former units), `NOT_ELIGIBLE` (the rule rejects it; its reasons follow), `KIND_MISMATCH` (registered
 * kind differs from the classified kind).
 *
 * @example
 * const c = compareTypicalChoice(selectTypicalCandidates(rows, 2024, EXAMPLE_TYPICAL_RULE), registrations);
 * c.units.map((u) => u.eligible); //=> [true, false]
 */
export function compareTypicalChoice(
  selection: TypicalSelection,
  registrations: readonly TypicalRegistration[],
  plan?: Plan,
): TypicalChoice {
  const byId = new Map<string, TypicalCandidate>();
  for (const c of [...selection.eligible, ...selection.ineligible]) byId.set(c.unitId, c);
  const chosen = registrations.filter(
    (r) => r.year === selection.planYear && r.programme === "typical-unit" && r.status !== "withdrawn",
  );
  const all = [...selection.eligible, ...selection.ineligible];
  const units = chosen.map((registration): ChosenUnit => {
    const candidate = registration.unitId !== undefined ? byId.get(registration.unitId) : undefined;
    const review: ReviewNote[] = [];
    if (candidate === undefined) {
      const formerUnits = formerCandidates(all, registration);
      if (formerUnits.length > 0) return throughLineage(registration, formerUnits, selection.fromYear);
      review.push({
        code: "NOT_CLASSIFIED",
        message: `${registration.name}: không có kết quả phân loại năm ${selection.fromYear} — cần xem xét căn cứ lựa chọn.`,
      });
      return { registration, formerUnits: [], eligible: undefined, review };
    }
    if (!candidate.eligible) {
      review.push({
        code: "NOT_ELIGIBLE",
        message: `${registration.name}: đã được chọn nhưng chưa đủ điều kiện (${candidate.reasons.join(" ")}) — cần xem xét.`,
      });
    }
    const kind = kindOf(registration.subject);
    if (kind !== undefined && kind !== candidate.kind) {
      review.push({
        code: "KIND_MISMATCH",
        message: `${registration.name}: đăng ký là ${registration.subject}, nhưng được phân loại là ${candidate.kind} — cần xem xét.`,
      });
    }
    return { registration, candidate, formerUnits: [], eligible: candidate.eligible, review };
  });
  if (plan === undefined) return { planYear: selection.planYear, units };
  const yearPlan: Plan = {
    ...plan,
    // The chosen are the registrations' typical units: ward police targets (another programme) are not theirs,
    // nor are the targets registrations cannot count (khu dân cư).
    targets: plan.targets.filter(
      (t) =>
        t.type === "count" &&
        t.year === selection.planYear &&
        t.unitType !== "ward-police" &&
        countedByRegistrations(t.unitType),
    ),
  };
  // Chosen units count as "reached" for the selection targets of the year.
  const asReached = achievementsFromRegistrations(chosen.map((r) => ({ ...r, status: "achieved" as const })));
  return { planYear: selection.planYear, units, progress: planProgress(yearPlan, asReached) };
}

const LevelIdSchema = z.enum(MOVEMENT_LEVELS.map((l) => l.id) as [MovementLevel, ...MovementLevel[]]);

/**
 * A province's rule for typical-unit candidates, as JSON (`--cau-hinh`): its label, the qualifying levels of
 * the previous year, whether "An toàn về ANTT" is required, and the kinds that can be typical units.
 *
 * @example
 * TypicalRuleConfigSchema.parse({ label: "Điều kiện của tỉnh", levels: ["xuat_sac", "kha"], requireTt124: true, kinds: ["commune"] });
 */
export const TypicalRuleConfigSchema = z.strictObject({
  label: z.string().min(1).meta({ title: "Tên cấu hình" }),
  levels: z.array(LevelIdSchema).min(1).meta({ title: "Các mức phân loại năm trước được chọn" }),
  requireTt124: z.boolean().meta({ title: "Phải đạt “An toàn về ANTT” năm trước" }),
  kinds: z
    .array(z.enum(["residential-area", "commune", "district", "agency", "enterprise", "education"]))
    .min(1)
    .meta({ title: "Loại đơn vị được chọn" }),
});

/**
 * Reads a province rule ({@link TypicalRuleConfigSchema}). The rule is marked as not an example, but its
 * conditions stay province configuration: QĐ 9745/QĐ-BCA-V05 does not publish them ([NF]).
 *
 * @example
 * const r = typicalRuleFromConfig({ label: "Tỉnh X", levels: ["xuat_sac"], requireTt124: false, kinds: ["agency"] });
 * r.ok && r.value.requireTt124; //=> false
 */
export function typicalRuleFromConfig(config: unknown): Result<TypicalEligibilityRule> {
  const parsed = TypicalRuleConfigSchema.safeParse(config);
  if (!parsed.success) {
    const issues: Issue[] = parsed.error.issues.map((i) => ({
      code: "INVALID_CONFIG",
      message: `Cấu hình điều kiện chọn điển hình, trường ${i.path.join(".") || "(gốc)"}: ${
        i.code === "invalid_value"
          ? `giá trị không hợp lệ; chọn trong: ${(i as { values: unknown[] }).values.join(", ")}`
          : i.code === "unrecognized_keys"
            ? `trường không có trong cấu hình (${(i as { keys: string[] }).keys.join(", ")})`
            : i.code === "too_small"
              ? "cần ít nhất một giá trị"
              : "sai kiểu hoặc thiếu giá trị"
      }.`,
      path: i.path.filter((p): p is string | number => typeof p !== "symbol"),
    }));
    return { ok: false, issues };
  }
  const c = parsed.data;
  return {
    ok: true,
    value: {
      id: "tinh.dien-hinh",
      label: c.label,
      levels: c.levels,
      requireTt124: c.requireTt124,
      kinds: c.kinds,
      basis: QD9745,
      example: false,
    },
  };
}
