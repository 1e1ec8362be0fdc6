/**
 * Bridges from @antq/domain's data shapes (security teams, models, plans) to the inputs of this package's
 * computations, so that data parsed and validated by @antq/domain flows in without re-declaring it.
 */
import {
  type Plan as DomainPlan,
  type Model,
  type SecurityTeam,
  TARGET_PROGRAMME_LABELS_VI,
  TARGET_SUBJECT_LABELS_VI,
  type TargetProgramme,
  type TargetSubject,
} from "@antq/domain";
import { isValidDocumentNumber } from "@antq/format-vi";
import { cite, type Issue, type Result } from "./internal/engine.js";
import type { ModelSite } from "./model-count.js";
import type { CountTarget, CountTargetUnit, Plan, ShareTarget } from "./plan-targets.js";
import type { SecurityTeamInput } from "./team-rating.js";

/**
 * The rating inputs of a year from @antq/domain security teams: the proposal (or, failing that, the rating)
 * recorded for the year. Teams and members without either are left out with an issue `NO_PROPOSAL`.
 *
 * @example
 * const { teams, issues } = teamsFromDomain(parsedTeams, 2025);
 * [teams[0]?.proposed, teams[0]?.members.map((m) => m.proposed), issues]; //=> ["good", ["excellent", "good"], []]
 * rateCommuneTeams(teams, 2025).teams[0]?.rating; //=> "good"
 */
export function teamsFromDomain(
  teams: readonly SecurityTeam[],
  year: number,
): { readonly teams: SecurityTeamInput[]; readonly issues: Issue[] } {
  const issues: Issue[] = [];
  const out: SecurityTeamInput[] = [];
  teams.forEach((t, ti) => {
    const tr = t.ratings?.find((r) => r.year === year);
    const proposed = tr?.proposed ?? tr?.rating;
    if (proposed === undefined) {
      issues.push({
        code: "NO_PROPOSAL",
        message: `${t.name}: chưa có mức đề nghị xếp loại năm ${year}.`,
        path: [ti, "ratings"],
      });
      return;
    }
    const members: SecurityTeamInput["members"][number][] = [];
    t.members.forEach((m, mi) => {
      const mr = m.ratings?.find((r) => r.year === year);
      const mp = mr?.proposed ?? mr?.rating;
      if (mp === undefined) {
        issues.push({
          code: "NO_PROPOSAL",
          message: `${m.name ?? m.id} (${t.name}): chưa có mức đề nghị xếp loại năm ${year}.`,
          path: [ti, "members", mi, "ratings"],
        });
        return;
      }
      members.push({
        id: m.id,
        name: m.name,
        joinedOn: m.joinedOn,
        leftOn: m.leftOn,
        role: m.role,
        transferredOn: m.transferredOn,
        underComplaint: m.underComplaint,
        proposed: mp,
      });
    });
    out.push({
      id: t.id,
      name: t.name,
      communeId: t.communeId,
      establishedOn: t.establishedOn,
      dissolvedOn: t.dissolvedOn,
      underComplaint: t.underComplaint,
      proposed,
      members,
    });
  });
  return { teams: out, issues };
}

/**
 * The site rows of @antq/domain models for {@link countModels}: one row per site (its assessed unit or
 * administrative unit, else its name); a model without sites counts its host as its single site.
 *
 * @example
 * countModels(modelSitesFromDomain(models)).totals; //=> { models: 2, sites: 3, teams: 3 }
 */
export function modelSitesFromDomain(models: readonly Model[]): ModelSite[] {
  const rows: ModelSite[] = [];
  for (const m of models) {
    const sites = m.sites ?? [];
    if (sites.length === 0) {
      rows.push({ model: m.name, siteId: m.hostUnitId ?? m.hostAdminUnitId ?? m.id });
      continue;
    }
    for (const s of sites) {
      rows.push({
        model: m.name,
        siteId: s.assessedUnitId ?? s.adminUnitId ?? `${m.id}#${s.name}`,
        siteName: s.name,
        teams: s.teams,
      });
    }
  }
  return rows;
}

/** The count targets antq counts from registrations, by programme and subject, as criteria's unit. */
const COUNTED: Readonly<Record<string, CountTargetUnit>> = {
  "typical-unit/commune": "commune",
  "typical-unit/ward": "ward",
  "typical-unit/township": "township",
  "typical-unit/special-zone": "special-zone",
  "typical-unit/agency": "agency",
  "typical-unit/enterprise": "enterprise",
  "typical-unit/education": "education",
  "typical-unit/residential-area": "residential-area",
  "typical-unit/any": "any",
  // The only subject of the programme (MPS KH 556/KH-BCA-V05): its "any" is its ward police stations.
  "model-ward-police/ward-police": "ward-police",
  "model-ward-police/any": "ward-police",
};

/**
 * What an @antq/domain count target (programme and subject) counts in {@link planProgress}, or `undefined`
 * when the điển hình registrations cannot count it (movement models, An toàn về ANTT recognition, other
 * programmes, a subject outside its programme): typical units of one kind, residential areas, every kind
 * (`any`), or the wards whose police station reached "Công an phường điển hình, kiểu mẫu".
 *
 * @example
 * countTargetUnit("model-ward-police", "ward-police"); //=> "ward-police"
 * countTargetUnit("typical-unit", "any"); //=> "any"
 * countTargetUnit("movement-model", "model"); //=> undefined
 */
export function countTargetUnit(
  programme: TargetProgramme,
  subject: TargetSubject,
): CountTargetUnit | undefined {
  const key = `${programme}/${subject}`;
  return Object.hasOwn(COUNTED, key) ? COUNTED[key] : undefined;
}

/**
 * Options of {@link planFromDomain}.
 *
 * @example
 * const r = planFromDomain(domainPlan, { provinceId: "P89", shareScope: "each-district" });
 * r.ok && r.value.targets; //=> [{ type: "count", id: "2023.commune", unitType: "commune", year: 2023, count: 6 }]
 */
export interface PlanFromDomainOptions {
  /** The province (administrative unit id on the plan date); default the plan's `scopeId`. */
  readonly provinceId?: string;
  /** How percentage targets on ward police are measured (default: the target's `areaScope`, else `province`). */
  readonly shareScope?: "each-district" | "province";
}

/**
 * Converts an @antq/domain plan: the count targets of typical units (each kind, residential areas, every kind
 * together: `any`) and of "Công an phường điển hình, kiểu mẫu" (`ward-police`), and ward-police percentage
 * targets. Targets that registrations cannot count (movement models, An toàn về ANTT recognition, other
 * programmes, or a subject outside its programme) are reported as `UNSUPPORTED_TARGET`; a plan without a
 * province is `NO_PROVINCE`, without a date or start year `NO_DATE`.
 *
 * @example
 * const r = planFromDomain(domainPlan, { shareScope: "each-district" });
 * r.ok && planProgress(r.value, achievements).lines[1]; //=> "Chỉ tiêu số lượng: đạt 6/6 đơn vị (100,0%)."
 */
export function planFromDomain(plan: DomainPlan, options: PlanFromDomainOptions = {}): Result<Plan> {
  const issues: Issue[] = [];
  const provinceId = options.provinceId ?? plan.scopeId;
  if (provinceId === undefined) {
    return {
      ok: false,
      issues: [{ code: "NO_PROVINCE", message: "Kế hoạch chưa ghi tỉnh áp dụng.", path: ["scopeId"] }],
    };
  }
  const targets: (CountTarget | ShareTarget)[] = [];
  (plan.countTargets ?? []).forEach((t, i) => {
    const unitType = countTargetUnit(t.programme, t.subject);
    if (unitType === undefined) {
      issues.push({
        code: "UNSUPPORTED_TARGET",
        message: `Chỉ tiêu năm ${t.year} “${TARGET_PROGRAMME_LABELS_VI[t.programme]} — ${TARGET_SUBJECT_LABELS_VI[t.subject]}” chưa được antq tính tiến độ: đăng ký xây dựng điển hình không đếm được loại chỉ tiêu này.`,
        path: ["countTargets", i],
      });
      return;
    }
    targets.push({
      type: "count",
      id: t.programme === "typical-unit" ? `${t.year}.${t.subject}` : `${t.year}.${t.programme}.${t.subject}`,
      unitType,
      year: t.year,
      count: t.count,
    });
  });
  (plan.percentageTargets ?? []).forEach((t, i) => {
    if (t.subject !== "ward-police") {
      issues.push({
        code: "UNSUPPORTED_TARGET",
        message: `Chỉ tiêu tỷ lệ ${t.subject} chưa được hỗ trợ.`,
        path: ["percentageTargets", i],
      });
      return;
    }
    targets.push({
      type: "share",
      id: `${t.byYear}.${t.subject}`,
      label: "Công an phường điển hình, kiểu mẫu",
      percent: t.minimumPercent,
      by: `${t.byYear}-12-31`,
      scope: options.shareScope ?? t.areaScope ?? "province",
      ...(t.fromYear !== undefined ? { fromYear: t.fromYear } : {}),
      ...(t.minimumNewPerYear !== undefined ? { minimumNewPerYear: t.minimumNewPerYear } : {}),
    });
  });
  const doc = plan.document;
  const issuedOn = doc.date ?? (plan.fromYear !== undefined ? `${plan.fromYear}-01-01` : undefined);
  if (issuedOn === undefined) {
    issues.push({
      code: "NO_DATE",
      message: "Kế hoạch chưa có ngày ban hành hoặc năm bắt đầu.",
      path: ["document", "date"],
    });
  }
  if (issues.length > 0 || issuedOn === undefined) return { ok: false, issues };
  return {
    ok: true,
    value: {
      id: plan.id,
      label: plan.title,
      ...(isValidDocumentNumber(doc.number) ? { basis: cite(doc.number) } : { title: doc.number }),
      issuedOn,
      provinceId,
      targets,
    },
  };
}
