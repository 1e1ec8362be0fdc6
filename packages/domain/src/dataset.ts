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
import { TypicalRegistrationSchema } from "./typical-registration.js";

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
    typicalRegistrations: z
      .array(TypicalRegistrationSchema)
      .meta({ title: "Đăng ký, lựa chọn, kết quả xây dựng điển hình" })
      .optional(),
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
 * Options of {@link parseDataset} and {@link checkDataset}: the administrative units known besides `adminUnits`
 * (default: the shipped provinces), whether references to administrative units are checked (default true),
 * and whether references to assessed units are checked (default true; turn it off for facts whose units are
 * kept elsewhere, e.g. a facts-only file).
 *
 * @example
 * ```ts
 * const opts: ParseDatasetOptions = { checkAdminReferences: false };
 * ```
 */
export interface ParseDatasetOptions {
  readonly adminBase?: readonly AdminUnit[];
  readonly checkAdminReferences?: boolean;
  readonly checkUnitReferences?: boolean;
}

/**
 * Parses a data set and checks it as a whole with {@link checkDataset}: duplicate ids (`DUPLICATE_ID`,
 * including two facts records for the same unit and year) and references to units, models, security teams
 * and administrative units that are not in the data (`UNKNOWN_REFERENCE`).
 *
 * @example
 * ```ts
 * const text = '{ "schemaVersion": 1, "units": [], "annualFacts": [{ "unitId": "kdc-ap-1", "year": 2024 }] }';
 * const r = parseDataset(JSON.parse(text));
 * r.ok || r.issues.map((i) => [i.code, i.pathText]); //=> [["UNKNOWN_REFERENCE", "annualFacts[0].unitId"]]
 * ```
 */
export function parseDataset(input: unknown, options: ParseDatasetOptions = {}): DomainResult<Dataset> {
  const parsed = DatasetSchema.safeParse(input);
  if (!parsed.success)
    return { ok: false, issues: translateZodIssues(parsed.error.issues, DatasetSchema, input) };
  const issues = checkDataset(parsed.data, options);
  return issues.length > 0 ? { ok: false, issues } : { ok: true, value: parsed.data };
}

/**
 * The checks of a whole data set whose records are already valid (e.g. parsed one by one from a spreadsheet):
 *
 * - `DUPLICATE_ID`: two units, models, security teams, activities, awards, plans or administrative units with
 *   one id, or two facts records for the same unit and year (`annualFacts[i]`). The later record is reported;
 *   `relatedPath` points to the first one (absent when an administrative unit repeats one of `adminBase`).
 * - `UNKNOWN_REFERENCE`: facts, crimes, models, teams, activities, awards and score sheets that name a unit not
 *   in `units` (unless `checkUnitReferences` is false), models and teams not in the data (checked when the data
 *   has `models` / `securityTeams`), administrative units not known (unless `checkAdminReferences` is false).
 *
 * Returns the issues, in the order of the data; an empty list means the data set is consistent.
 *
 * @example
 * ```ts
 * const area = AssessedUnitSchema.parse({
 *   kind: "residential-area", id: "kdc-ap-long-hoa", name: "Ấp Long Hòa", areaType: "ap",
 *   location: { provinceId: "P82", communeId: "C28249" },
 * });
 * const issues = checkDataset({ schemaVersion: 1, units: [area, area], annualFacts: [] }, { checkAdminReferences: false });
 * issues.find((i) => i.code === "DUPLICATE_ID")?.relatedPath; //=> ["units", 0, "id"]
 * ```
 */
export function checkDataset(d: Dataset, options: ParseDatasetOptions = {}): DomainIssue[] {
  const issues: DomainIssue[] = [];
  const duplicate = (
    path: (string | number)[],
    relatedPath: (string | number)[] | undefined,
    message: string,
  ) => {
    const issue = domainIssue("DUPLICATE_ID", path, message);
    issues.push(relatedPath === undefined ? issue : { ...issue, relatedPath });
  };

  const uniq = (list: readonly { id: string }[] | undefined, name: string, label: string) => {
    const seen = new Map<string, number>();
    (list ?? []).forEach((x, i) => {
      const first = seen.get(x.id);
      if (first !== undefined)
        duplicate(
          [name, i, "id"],
          [name, first, "id"],
          `${label} (${name}[${i}].id): mã "${x.id}" bị trùng (đã có ở ${name}[${first}]).`,
        );
      else seen.set(x.id, i);
    });
    return seen;
  };
  const unitIds = uniq(d.units, "units", "Đơn vị được đánh giá");
  const modelIds = uniq(d.models, "models", "Mô hình");
  const teamIds = uniq(d.securityTeams, "securityTeams", "Tổ bảo vệ ANTT");
  uniq(d.activities, "activities", "Hoạt động");
  uniq(d.awards, "awards", "Khen thưởng");
  uniq(d.plans, "plans", "Kế hoạch");
  uniq(d.typicalRegistrations, "typicalRegistrations", "Đăng ký điển hình");
  const adminIds = new Set<string>((options.adminBase ?? PROVINCE_UNITS).map((u) => u.id));
  const adminFirst = new Map<string, number>();
  (d.adminUnits ?? []).forEach((u, i) => {
    if (adminIds.has(u.id)) {
      const first = adminFirst.get(u.id);
      duplicate(
        ["adminUnits", i, "id"],
        first === undefined ? undefined : ["adminUnits", first, "id"],
        `Đơn vị hành chính (adminUnits[${i}].id): mã "${u.id}" bị trùng${first === undefined ? " với đơn vị hành chính có sẵn" : ` (đã có ở adminUnits[${first}])`}.`,
      );
    } else adminFirst.set(u.id, i);
    adminIds.add(u.id);
  });
  const checkAdmin = options.checkAdminReferences ?? true;
  const checkUnits = options.checkUnitReferences ?? true;

  const ref = (
    known: ReadonlyMap<string, unknown> | ReadonlySet<string>,
    id: string | undefined,
    path: (string | number)[],
    what: string,
  ) => {
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
  const unitRef = (id: string | undefined, path: (string | number)[]) => {
    if (checkUnits) ref(unitIds, id, path, "Đơn vị được đánh giá");
  };

  d.units.forEach((u, i) => {
    adminRef(u.location.provinceId, ["units", i, "location", "provinceId"]);
    adminRef(u.location.districtId, ["units", i, "location", "districtId"]);
    adminRef(u.location.communeId, ["units", i, "location", "communeId"]);
    if (u.kind === "commune") adminRef(u.adminUnitId, ["units", i, "adminUnitId"]);
  });
  const factKeys = new Map<string, number>();
  (d.annualFacts ?? []).forEach((f, i) => {
    unitRef(f.unitId, ["annualFacts", i, "unitId"]);
    const key = `${f.unitId}@${f.year}`;
    const first = factKeys.get(key);
    if (first !== undefined) {
      duplicate(
        ["annualFacts", i],
        ["annualFacts", first],
        `Dữ kiện năm (annualFacts[${i}]): đã có dữ kiện năm ${f.year} của đơn vị "${f.unitId}" (annualFacts[${first}]).`,
      );
    } else factKeys.set(key, i);
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
      unitRef(c.place.assessedUnitId, ["annualFacts", i, "crimes", j, "place", "assessedUnitId"]);
      adminRef(c.place.adminUnitId, ["annualFacts", i, "crimes", j, "place", "adminUnitId"]);
    });
  });
  (d.models ?? []).forEach((m, i) => {
    unitRef(m.hostUnitId, ["models", i, "hostUnitId"]);
    ref(modelIds, m.replicatedFrom, ["models", i, "replicatedFrom"], "Mô hình");
  });
  (d.securityTeams ?? []).forEach((t, i) => {
    adminRef(t.communeId, ["securityTeams", i, "communeId"]);
    (t.coverage ?? []).forEach((c, j) => {
      unitRef(c, ["securityTeams", i, "coverage", j]);
    });
  });
  (d.activities ?? []).forEach((a, i) => {
    unitRef(a.unitId, ["activities", i, "unitId"]);
  });
  (d.awards ?? []).forEach((a, i) => {
    if (a.recipient.kind === "collective") unitRef(a.recipient.unitId, ["awards", i, "recipient", "unitId"]);
  });
  (d.plans ?? []).forEach((p, i) => {
    adminRef(p.scopeId, ["plans", i, "scopeId"]);
  });
  (d.scoreSheets ?? []).forEach((s, i) => {
    unitRef(s.unitId, ["scoreSheets", i, "unitId"]);
  });
  return issues;
}
