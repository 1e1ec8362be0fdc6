import * as z from "zod";
import { ActivitySchema } from "./activity.js";
import { type AdminUnit, AdminUnitSchema } from "./admin-unit.js";
import { AnnualFactsSchema } from "./annual-facts.js";
import { AssessedUnitSchema } from "./assessed-unit.js";
import { AwardSchema } from "./award.js";
import { CalendarDateSchema } from "./calendar-date.js";
import { text } from "./internal/id.js";
import { type DomainIssue, domainIssue, formatIssuePath, translateZodIssues } from "./issues-vi.js";
import { ModelSchema } from "./model.js";
import type { DomainResult } from "./parse.js";
import { PlanSchema } from "./plan.js";
import { PROVINCE_UNITS } from "./provinces.js";
import { ScoreSheetSchema } from "./score-sheet.js";
import { SecurityTeamSchema } from "./security-team.js";

/**
 * A whole data set as exchanged between front-ends, the CLI and the rule packages: administrative units
 * (besides the shipped provinces), assessed units, annual facts, models, security teams, activities, awards,
 * plans and score sheets. `schemaVersion` is 1.
 *
 * @example
 * ```ts
 * DatasetSchema.parse({ schemaVersion: 1, units: [], annualFacts: [] });
 * ```
 */
export const DatasetSchema = z
  .strictObject({
    schemaVersion: z.literal(1).meta({ title: "Phiên bản cấu trúc dữ liệu" }),
    name: text("Tên bộ dữ liệu", 300).optional(),
    createdOn: CalendarDateSchema.optional(),
    adminUnits: z.array(AdminUnitSchema).meta({ title: "Đơn vị hành chính (bổ sung)" }).optional(),
    units: z.array(AssessedUnitSchema).meta({ title: "Đơn vị được đánh giá" }),
    annualFacts: z.array(AnnualFactsSchema).meta({ title: "Dữ kiện năm" }).optional(),
    models: z.array(ModelSchema).meta({ title: "Mô hình" }).optional(),
    securityTeams: z.array(SecurityTeamSchema).meta({ title: "Tổ bảo vệ ANTT" }).optional(),
    activities: z.array(ActivitySchema).meta({ title: "Hoạt động" }).optional(),
    awards: z.array(AwardSchema).meta({ title: "Khen thưởng" }).optional(),
    plans: z.array(PlanSchema).meta({ title: "Kế hoạch, chỉ tiêu" }).optional(),
    scoreSheets: z.array(ScoreSheetSchema).meta({ title: "Bảng chấm điểm" }).optional(),
  })
  .meta({ id: "Dataset", title: "Bộ dữ liệu phong trào toàn dân bảo vệ ANTQ" });

/**
 * A data set (see {@link DatasetSchema}).
 *
 * @example
 * ```ts
 * const count = (d: Dataset) => d.units.length;
 * ```
 */
export type Dataset = z.infer<typeof DatasetSchema>;

/**
 * Options of {@link parseDataset}: the administrative units known besides `adminUnits` (default: the shipped
 * provinces), and whether references to administrative units are checked (default true).
 *
 * @example
 * ```ts
 * const opts: ParseDatasetOptions = { checkAdminReferences: false };
 * ```
 */
export interface ParseDatasetOptions {
  readonly adminBase?: readonly AdminUnit[];
  readonly checkAdminReferences?: boolean;
}

/**
 * Parses a data set and checks it as a whole: duplicate ids (`DUPLICATE_ID`, including two facts records for
 * the same unit and year) and references to units, models, security teams and administrative units that are
 * not in the data (`UNKNOWN_REFERENCE`).
 *
 * @example
 * ```ts
 * const r = parseDataset(JSON.parse(text));
 * if (!r.ok) for (const i of r.issues) console.error(`${i.pathText}: ${i.message}`);
 * ```
 */
export function parseDataset(input: unknown, options: ParseDatasetOptions = {}): DomainResult<Dataset> {
  const parsed = DatasetSchema.safeParse(input);
  if (!parsed.success)
    return { ok: false, issues: translateZodIssues(parsed.error.issues, DatasetSchema, input) };
  const d = parsed.data;
  const issues: DomainIssue[] = [];

  const uniq = (list: readonly { id: string }[] | undefined, name: string, label: string) => {
    const seen = new Set<string>();
    (list ?? []).forEach((x, i) => {
      if (seen.has(x.id))
        issues.push(
          domainIssue("DUPLICATE_ID", [name, i, "id"], `${label} (${name}[${i}].id): mã "${x.id}" bị trùng.`),
        );
      seen.add(x.id);
    });
    return seen;
  };
  const unitIds = uniq(d.units, "units", "Đơn vị được đánh giá");
  const modelIds = uniq(d.models, "models", "Mô hình");
  const teamIds = uniq(d.securityTeams, "securityTeams", "Tổ bảo vệ ANTT");
  uniq(d.activities, "activities", "Hoạt động");
  uniq(d.awards, "awards", "Khen thưởng");
  uniq(d.plans, "plans", "Kế hoạch");
  const adminIds = new Set<string>((options.adminBase ?? PROVINCE_UNITS).map((u) => u.id));
  (d.adminUnits ?? []).forEach((u, i) => {
    if (adminIds.has(u.id)) {
      issues.push(
        domainIssue(
          "DUPLICATE_ID",
          ["adminUnits", i, "id"],
          `Đơn vị hành chính (adminUnits[${i}].id): mã "${u.id}" bị trùng.`,
        ),
      );
    }
    adminIds.add(u.id);
  });
  const checkAdmin = options.checkAdminReferences ?? true;

  const ref = (known: Set<string>, id: string | undefined, path: (string | number)[], what: string) => {
    if (id !== undefined && !known.has(id)) {
      issues.push(
        domainIssue(
          "UNKNOWN_REFERENCE",
          path,
          `${what} (${formatIssuePath(path)}): "${id}" không có trong bộ dữ liệu.`,
        ),
      );
    }
  };
  const adminRef = (id: string | undefined, path: (string | number)[]) => {
    if (checkAdmin) ref(adminIds, id, path, "Đơn vị hành chính");
  };

  d.units.forEach((u, i) => {
    adminRef(u.location.provinceId, ["units", i, "location", "provinceId"]);
    adminRef(u.location.districtId, ["units", i, "location", "districtId"]);
    adminRef(u.location.communeId, ["units", i, "location", "communeId"]);
    if (u.kind === "commune") adminRef(u.adminUnitId, ["units", i, "adminUnitId"]);
  });
  const factKeys = new Set<string>();
  (d.annualFacts ?? []).forEach((f, i) => {
    ref(unitIds, f.unitId, ["annualFacts", i, "unitId"], "Đơn vị được đánh giá");
    const key = `${f.unitId}@${f.year}`;
    if (factKeys.has(key)) {
      issues.push(
        domainIssue(
          "DUPLICATE_ID",
          ["annualFacts", i],
          `Dữ kiện năm (annualFacts[${i}]): đã có dữ kiện năm ${f.year} của đơn vị "${f.unitId}".`,
        ),
      );
    }
    factKeys.add(key);
    if (d.models !== undefined) {
      (f.models ?? []).forEach((m, j) => {
        ref(modelIds, m.modelId, ["annualFacts", i, "models", j, "modelId"], "Mô hình");
      });
    }
    if (d.securityTeams !== undefined) {
      (f.securityForce?.teamIds ?? []).forEach((t, j) => {
        ref(teamIds, t, ["annualFacts", i, "securityForce", "teamIds", j], "Tổ bảo vệ ANTT");
      });
    }
    (f.crimes ?? []).forEach((c, j) => {
      ref(
        unitIds,
        c.place.assessedUnitId,
        ["annualFacts", i, "crimes", j, "place", "assessedUnitId"],
        "Đơn vị được đánh giá",
      );
      adminRef(c.place.adminUnitId, ["annualFacts", i, "crimes", j, "place", "adminUnitId"]);
    });
  });
  (d.models ?? []).forEach((m, i) => {
    ref(unitIds, m.hostUnitId, ["models", i, "hostUnitId"], "Đơn vị được đánh giá");
    ref(modelIds, m.replicatedFrom, ["models", i, "replicatedFrom"], "Mô hình");
  });
  (d.securityTeams ?? []).forEach((t, i) => {
    adminRef(t.communeId, ["securityTeams", i, "communeId"]);
    (t.coverage ?? []).forEach((c, j) => {
      ref(unitIds, c, ["securityTeams", i, "coverage", j], "Đơn vị được đánh giá");
    });
  });
  (d.activities ?? []).forEach((a, i) => {
    ref(unitIds, a.unitId, ["activities", i, "unitId"], "Đơn vị được đánh giá");
  });
  (d.awards ?? []).forEach((a, i) => {
    if (a.recipient.kind === "collective")
      ref(unitIds, a.recipient.unitId, ["awards", i, "recipient", "unitId"], "Đơn vị được đánh giá");
  });
  (d.plans ?? []).forEach((p, i) => {
    adminRef(p.scopeId, ["plans", i, "scopeId"]);
  });
  (d.scoreSheets ?? []).forEach((s, i) => {
    ref(unitIds, s.unitId, ["scoreSheets", i, "unitId"], "Đơn vị được đánh giá");
  });

  return issues.length > 0 ? { ok: false, issues } : { ok: true, value: d };
}
