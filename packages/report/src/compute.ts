import {
  type Activity,
  type AdminUnit,
  type AdminUnitIndex,
  type AnnualFacts,
  type AssessedUnit,
  AWARD_RECIPIENT_KIND_LABELS_VI,
  type Award,
  AwardFormSchema,
  AwardIssuerKindSchema,
  indexAdminUnits,
  type Model,
  PROVINCE_UNITS,
  type Result,
  type SecurityTeam,
  successorsOf,
} from "@antq/domain";
import {
  type ActivityTotals,
  type AwardCount,
  type ClassificationLevel,
  type CommuneSafety,
  emptyActivityTotals,
  INFORMATION_FIELDS,
  type InformationTotals,
  type ModelFigures,
  type NewRuralFigures,
  type ReviewFigures,
  type TeamTotals,
  UNIT_GROUPS,
  type UnitGroup,
  VIOLATION_FIELDS,
  type ViolationTotals,
  WEAPON_FIELDS,
  type YearFigures,
} from "./figures.js";
import type { ReportIssue } from "./issue.js";

/**
 * The result of one unit in one year, as the rules engine and the classification produced it: evaluated
 * against "An toàn về ANTT" (`safe` true or false) and, when classified, its movement classification level.
 *
 * @example
 * const o: UnitOutcome = { unitId: "dn-001", year: 2016, safe: true, level: "good" };
 */
export interface UnitOutcome {
  readonly unitId: string;
  readonly year: number;
  readonly safe: boolean;
  readonly level?: ClassificationLevel;
  /** The commune the unit was recorded under that year, when it differs over time (the 2025 reform). */
  readonly communeId?: string;
}

/**
 * What a review needs of a unit: an `@antq/domain` `AssessedUnit` fits, and so does the lighter row a
 * record store returns.
 *
 * @example
 * const u: ReviewUnit = { id: "dn-1", kind: "enterprise", name: "Công ty TNHH số 1", location: { communeId: "X-2" } };
 */
export interface ReviewUnit {
  readonly id: string;
  readonly kind: AssessedUnit["kind"];
  readonly name: string;
  readonly location: { readonly communeId?: string | undefined };
  /** For a commune unit, the administrative unit it is. */
  readonly adminUnitId?: string | undefined;
}

/**
 * Crimes and violations of one year (§6.2 family 13): of one unit (from its annual facts) or, without
 * `unitId`, the province's own yearly total. A year may have one or the other, never both.
 *
 * @example
 * const v: ViolationCount = { unitId: "kdc-1", year: 2024, crimes: 2, socialEvilCases: 1, otherViolationCases: 0 };
 */
export interface ViolationCount extends ViolationTotals {
  readonly year: number;
  readonly unitId?: string;
}

/**
 * Results from the people's information in one year (§6.2 family 6), as the police report them.
 *
 * @example
 * const i: InformationYear = { year: 2019, casesSolved: 12, suspectsArrested: 19, wantedArrested: 3, wantedSurrendered: 2 };
 */
export interface InformationYear extends InformationTotals {
  readonly year: number;
}

/**
 * Figures that are not records of `@antq/domain` and come with the review input: results from the people's
 * information (family 6) and the new-rural links (family 10), one entry per year.
 *
 * @example
 * const i: ReviewIndicators = { newRural: [{ year: 2019, criterion192Communes: 98, communes: 120, keyPointCommunesRemoved: 3 }] };
 */
export interface ReviewIndicators {
  readonly information?: readonly InformationYear[];
  readonly newRural?: readonly NewRuralFigures[];
}

/**
 * The violations of annual facts, one row per unit-year: the `violationCounts` when given, otherwise the
 * number of listed crimes (a unit-year with neither is left out: not reported).
 *
 * @example
 * violationsOfFacts([{ unitId: "kdc-1", year: 2024, crimes: [] }]); //=> [{ unitId: "kdc-1", year: 2024, crimes: 0, socialEvilCases: 0, otherViolationCases: 0 }]
 */
export function violationsOfFacts(
  facts: readonly {
    readonly unitId: string;
    readonly year: number;
    readonly violationCounts?: AnnualFacts["violationCounts"];
    readonly crimes?: readonly unknown[] | undefined;
  }[],
): ViolationCount[] {
  const out: ViolationCount[] = [];
  for (const f of facts) {
    if (f.violationCounts === undefined && f.crimes === undefined) continue;
    out.push({
      unitId: f.unitId,
      year: f.year,
      crimes: f.violationCounts?.crimes ?? f.crimes?.length ?? 0,
      socialEvilCases: f.violationCounts?.socialEvilCases ?? 0,
      otherViolationCases: f.violationCounts?.otherViolationCases ?? 0,
    });
  }
  return out;
}

/**
 * The in-memory records a review is computed from: `@antq/domain` units, models, teams, activities and
 * awards, the per-unit outcomes of each year, and administrative units for commune names.
 *
 * @example
 * const records: ReviewRecords = { units: [], outcomes: [] };
 */
export interface ReviewRecords {
  readonly units: readonly ReviewUnit[];
  readonly outcomes: readonly UnitOutcome[];
  readonly models?: readonly Model[];
  readonly securityTeams?: readonly SecurityTeam[];
  readonly activities?: readonly Activity[];
  readonly awards?: readonly Award[];
  /** Administrative units: commune names and, through their predecessors, the 2025 lineage. */
  readonly adminUnits?: readonly AdminUnit[];
  readonly violations?: readonly ViolationCount[];
  readonly indicators?: ReviewIndicators;
}

/**
 * The years a review covers, both included, and whether to compute the previous period of the same length.
 *
 * @example
 * const p: ReviewPeriod = { fromYear: 2014, toYear: 2019, previous: true };
 */
export interface ReviewPeriod {
  readonly fromYear: number;
  readonly toYear: number;
  readonly previous?: boolean;
}

const GROUP_OF_KIND: Readonly<Record<AssessedUnit["kind"], UnitGroup | undefined>> = {
  "residential-area": "residential-area",
  commune: "commune",
  agency: "organisation",
  enterprise: "organisation",
  education: "organisation",
  // Not a subject of TT 124 nor of Chỉ thị 07: counted nowhere.
  "other-organisation": undefined,
};

const RECIPIENT_ORDER = Object.keys(AWARD_RECIPIENT_KIND_LABELS_VI);

const yearOf = (date: string | undefined): number | undefined =>
  date === undefined ? undefined : Number(date.slice(0, 4));

const emptyLevels = (): Record<ClassificationLevel, number> => ({
  excellent: 0,
  good: 0,
  average: 0,
  weak: 0,
});

interface MutableYear {
  year: number;
  safety: Record<UnitGroup, { evaluated: number; safe: number }>;
  classification: Record<UnitGroup, Record<ClassificationLevel, number>>;
  activities: Record<keyof ActivityTotals, number>;
  teams: { teams: number; members: number; ratings: Record<string, number> };
  newModels: number;
  information: Record<keyof InformationTotals, number>;
  violations: Record<keyof ViolationTotals, number> | undefined;
}

function emptyYear(year: number): MutableYear {
  return {
    year,
    safety: {
      "residential-area": { evaluated: 0, safe: 0 },
      commune: { evaluated: 0, safe: 0 },
      organisation: { evaluated: 0, safe: 0 },
    },
    classification: {
      "residential-area": emptyLevels(),
      commune: emptyLevels(),
      organisation: emptyLevels(),
    },
    activities: emptyActivityTotals() as Record<keyof ActivityTotals, number>,
    teams: {
      teams: 0,
      members: 0,
      ratings: { excellent: 0, good: 0, completed: 0, "not-completed": 0, unrated: 0 },
    },
    newModels: 0,
    information: { casesSolved: 0, suspectsArrested: 0, wantedArrested: 0, wantedSurrendered: 0 },
    violations: undefined,
  };
}

/** Adds `id` to the source list of `key`. */
function cite(sources: Map<string, string[]>, key: string, id: string): void {
  const list = sources.get(key);
  if (list === undefined) sources.set(key, [id]);
  else list.push(id);
}

function addActivity(y: MutableYear, a: Activity, guard: boolean): (keyof ActivityTotals)[] {
  const t = y.activities;
  switch (a.kind) {
    case "propaganda":
      t.propagandaSessions += a.sessions;
      t.propagandaAttendees += a.attendees;
      return ["propagandaSessions", "propagandaAttendees"];
    case "training":
      t.trainingClasses += a.classes;
      t.trainingTrainees += a.trainees;
      if (!guard) return ["trainingClasses", "trainingTrainees"];
      t.guardTrainingClasses += a.classes;
      t.guardTrainingTrainees += a.trainees;
      return ["trainingClasses", "trainingTrainees", "guardTrainingClasses", "guardTrainingTrainees"];
    case "mediation":
      t.mediationCases += a.cases;
      t.mediationSuccessful += a.successful;
      return ["mediationCases", "mediationSuccessful"];
    case "tips":
      t.tipsReceived += a.received;
      t.tipsValuable += a.valuable;
      return ["tipsReceived", "tipsValuable"];
    case "reintegration":
      t.reintegrationReceived += a.received;
      t.reintegrationProgressed += a.progressed ?? 0;
      return ["reintegrationReceived", "reintegrationProgressed"];
    case "weapons-handover":
      for (const f of WEAPON_FIELDS) t[f] += a[f] ?? 0;
      return [...WEAPON_FIELDS];
    case "festival":
      t.festivals += 1;
      t.festivalParticipants += a.participants ?? 0;
      return ["festivals", "festivalParticipants"];
  }
}

function freezeYear(y: MutableYear): YearFigures {
  return {
    year: y.year,
    safety: y.safety,
    classification: y.classification,
    activities: y.activities,
    teams: y.teams as unknown as TeamTotals,
    newModels: y.newModels,
    information: y.information,
    ...(y.violations === undefined ? {} : { violations: y.violations }),
  };
}

/**
 * Computes the figures of a review (annual report, sơ kết, tổng kết) from in-memory records: per-year
 * "An toàn về ANTT" counts by unit group (in "lượt" when summed), classification levels, activities, Tổ bảo vệ
 * ANTT and their ratings, models active in the period, awards by form/issuer/recipient, a per-commune
 * breakdown, and the record ids behind every figure. With `previous: true` the previous period of the same
 * length is computed too (when it has outcomes). Outcomes naming an unknown unit, or two outcomes for the same
 * unit and year, are issues with their index: a total is never computed from doubtful data.
 *
 * @example
 * computeReviewFigures({ units: [], outcomes: [] }, { fromYear: 2015, toYear: 2019 }).ok; //=> true
 */
export function computeReviewFigures(
  records: ReviewRecords,
  period: ReviewPeriod,
): Result<ReviewFigures, ReportIssue> {
  const { fromYear, toYear } = period;
  if (!Number.isInteger(fromYear) || !Number.isInteger(toYear) || toYear < fromYear) {
    return {
      ok: false,
      issues: [
        {
          code: "INVALID_PERIOD",
          message: `Kỳ báo cáo không hợp lệ: từ năm ${fromYear} đến năm ${toYear}.`,
          path: ["period"],
        },
      ],
    };
  }
  const unitById = new Map<string, ReviewUnit>();
  for (const u of records.units) unitById.set(u.id, u);
  const issues: ReportIssue[] = [];
  const lineage = lineageOf(records.adminUnits ?? [], issues);
  checkIndicators(records, issues);
  if (issues.length > 0) return { ok: false, issues };
  const computeOne = (from: number, to: number) =>
    computePeriod(records, unitById, lineage, from, to, issues);
  const current = computeOne(fromYear, toYear);
  if (issues.length > 0) return { ok: false, issues };
  if (period.previous === true) {
    const span = toYear - fromYear + 1;
    const prevFrom = fromYear - span;
    const prevTo = fromYear - 1;
    if (records.outcomes.some((o) => o.year >= prevFrom && o.year <= prevTo)) {
      const previous = computeOne(prevFrom, prevTo);
      if (issues.length > 0) return { ok: false, issues };
      return { ok: true, value: { ...current, previous } };
    }
  }
  return { ok: true, value: current };
}

/**
 * The administrative-unit index when some unit records a predecessor (the 2025 lineage), else undefined. The
 * data's units are indexed with the shipped provinces they sit under (a record's, a dataset's `adminUnits`
 * hold the province's own units, not the 63 + 34 provinces `@antq/domain` ships).
 */
function lineageOf(adminUnits: readonly AdminUnit[], issues: ReportIssue[]): AdminUnitIndex | undefined {
  if (!adminUnits.some((a) => (a.predecessors?.length ?? 0) > 0)) return undefined;
  const own = new Set(adminUnits.map((a) => a.id));
  // The data's units first, so that an issue's index is its place in `adminUnits`.
  const index = indexAdminUnits([...adminUnits, ...PROVINCE_UNITS.filter((p) => !own.has(p.id))]);
  if (index.ok) return index.value;
  for (const i of index.issues)
    issues.push({
      code: "INVALID_LINEAGE",
      message: `Đơn vị hành chính không nhất quán, không tính được số liệu theo xã qua sắp xếp năm 2025: ${i.message}`,
      path: ["adminUnits", ...i.path],
    });
  return undefined;
}

/** One entry per year in the indicators; a year's violations either per unit or as a province total. */
function checkIndicators(records: ReviewRecords, issues: ReportIssue[]): void {
  const once = (list: readonly { year: number }[] | undefined, key: string, label: string) => {
    const seen = new Set<number>();
    list?.forEach((e, i) => {
      if (seen.has(e.year))
        issues.push({
          code: "INVALID_INDICATOR",
          message: `${label} năm ${e.year} được khai hơn một lần (mục thứ ${i + 1}); mỗi năm chỉ một số liệu.`,
          path: ["indicators", key, i, "year"],
        });
      seen.add(e.year);
    });
  };
  once(records.indicators?.information, "information", "Kết quả từ nguồn tin của Nhân dân");
  once(records.indicators?.newRural, "newRural", "Số liệu xây dựng nông thôn mới");
  const perUnit = new Set<number>();
  const total = new Set<number>();
  for (const v of records.violations ?? []) (v.unitId === undefined ? total : perUnit).add(v.year);
  for (const year of [...total].filter((y) => perUnit.has(y)).sort())
    issues.push({
      code: "DOUBLE_SOURCE",
      message: `Năm ${year} có cả số vụ phạm tội, vi phạm của từng đơn vị và số tổng của tỉnh; cộng cả hai sẽ tính trùng. Giữ một nguồn.`,
      path: ["violations"],
    });
}

/**
 * The commune a unit-year counts under at the end of the period: the recorded commune, or, when it ended
 * before then (the 2025 reorganisation), the single commune it became; `crossed` when the figure adds up
 * records of a former commune, or of a commune formed by merger in a year up to its formation.
 */
function communeAt(
  lineage: AdminUnitIndex | undefined,
  communeId: string,
  year: number,
  asOf: string,
): { id: string; crossed: boolean; formerId?: string } {
  if (lineage === undefined) return { id: communeId, crossed: false };
  const unit = lineage.byId.get(communeId);
  if (unit === undefined) return { id: communeId, crossed: false };
  if (unit.validTo !== undefined && unit.validTo < asOf) {
    const next = successorsOf(lineage, communeId, asOf);
    // A commune split between several new ones cannot be assigned without the unit's address: kept as it was.
    if (next.length !== 1) return { id: communeId, crossed: true };
    return { id: next[0]!.id, crossed: true, formerId: communeId };
  }
  const formed = unit.validFrom === undefined ? undefined : Number(unit.validFrom.slice(0, 4));
  const merged = (unit.predecessors?.length ?? 0) > 0;
  return { id: communeId, crossed: merged && formed !== undefined && year <= formed };
}

function computePeriod(
  records: ReviewRecords,
  unitById: ReadonlyMap<string, ReviewUnit>,
  lineage: AdminUnitIndex | undefined,
  fromYear: number,
  toYear: number,
  issues: ReportIssue[],
): ReviewFigures {
  const years: MutableYear[] = [];
  for (let y = fromYear; y <= toYear; y++) years.push(emptyYear(y));
  const inPeriod = (y: number | undefined): y is number => y !== undefined && y >= fromYear && y <= toYear;
  const sources = new Map<string, string[]>();
  const seen = new Set<string>();
  const communeNames = new Map<string, string>();
  for (const a of records.adminUnits ?? []) communeNames.set(a.id, a.name);
  const communes = new Map<
    string,
    {
      communeId: string;
      group: UnitGroup;
      evaluated: number;
      safe: number;
      crossesReform: boolean;
      former: Set<string>;
    }
  >();
  const asOf = `${toYear}-12-31`;
  const reformYears = new Set<number>();

  records.outcomes.forEach((o, index) => {
    if (!inPeriod(o.year)) return;
    const unit = unitById.get(o.unitId);
    if (unit === undefined) {
      issues.push({
        code: "UNKNOWN_UNIT",
        message: `Kết quả đánh giá thứ ${index + 1} (năm ${o.year}) ghi đơn vị “${o.unitId}” không có trong danh sách đơn vị.`,
        path: ["outcomes", index, "unitId"],
      });
      return;
    }
    const key = `${o.unitId}\u0000${o.year}`;
    if (seen.has(key)) {
      issues.push({
        code: "DUPLICATE_OUTCOME",
        message: `Đơn vị “${unit.name}” (${o.unitId}) có hơn một kết quả đánh giá năm ${o.year} (kết quả thứ ${index + 1}); mỗi đơn vị chỉ được tính một lượt mỗi năm.`,
        path: ["outcomes", index],
      });
      return;
    }
    seen.add(key);
    const group = GROUP_OF_KIND[unit.kind];
    if (group === undefined) return;
    const y = years[o.year - fromYear]!;
    const cell = y.safety[group];
    cell.evaluated++;
    if (o.safe) cell.safe++;
    cite(sources, `safety:${group}:${o.year}`, o.unitId);
    if (o.level !== undefined) {
      y.classification[group][o.level]++;
      cite(sources, `classification:${group}:${o.year}`, o.unitId);
    }
    const recorded =
      o.communeId ??
      (unit.kind === "commune" ? (unit.adminUnitId ?? unit.location.communeId) : unit.location.communeId);
    if (recorded !== undefined) {
      const at = communeAt(lineage, recorded, o.year, asOf);
      const ck = `${at.id}\u0000${group}`;
      let c = communes.get(ck);
      if (c === undefined) {
        c = { communeId: at.id, group, evaluated: 0, safe: 0, crossesReform: false, former: new Set() };
        communes.set(ck, c);
      }
      c.evaluated++;
      if (o.safe) c.safe++;
      if (at.crossed) {
        c.crossesReform = true;
        reformYears.add(o.year);
      }
      if (at.formerId !== undefined) c.former.add(at.formerId);
    }
  });

  for (const a of records.activities ?? []) {
    const year = yearOf(a.period.to ?? a.period.from);
    if (!inPeriod(year)) continue;
    const host = a.unitId === undefined ? undefined : unitById.get(a.unitId);
    const guard = a.kind === "training" && host !== undefined && GROUP_OF_KIND[host.kind] === "organisation";
    for (const field of addActivity(years[year - fromYear]!, a, guard)) {
      cite(sources, `activity:${field}:${year}`, a.id);
    }
  }

  for (const t of records.securityTeams ?? []) {
    for (const y of years) {
      const established = yearOf(t.establishedOn)!;
      const dissolved = yearOf(t.dissolvedOn);
      if (established > y.year || (dissolved !== undefined && dissolved < y.year)) continue;
      y.teams.teams++;
      y.teams.members += t.members.length;
      const rating = t.ratings?.find((r) => r.year === y.year)?.rating ?? "unrated";
      y.teams.ratings[rating] = (y.teams.ratings[rating] ?? 0) + 1;
      cite(sources, `teams:${y.year}`, t.id);
    }
  }

  const byKind = new Map<Model["kind"], { total: number; organisation: number }>();
  let total = 0;
  let organisationHosted = 0;
  let advancedExamples = 0;
  for (const m of records.models ?? []) {
    const start = yearOf(m.startDate)!;
    const end = yearOf(m.endDate);
    if (start > toYear || (end !== undefined && end < fromYear)) continue;
    if (inPeriod(start)) {
      years[start - fromYear]!.newModels++;
      cite(sources, `models:new:${start}`, m.id);
    }
    const host = m.hostUnitId === undefined ? undefined : unitById.get(m.hostUnitId);
    const org = host !== undefined && GROUP_OF_KIND[host.kind] === "organisation";
    total++;
    cite(sources, "models", m.id);
    if (org) {
      organisationHosted++;
      cite(sources, "models:organisation", m.id);
    }
    if (m.advancedExample === true) {
      advancedExamples++;
      cite(sources, "models:advanced", m.id);
    }
    const k = byKind.get(m.kind) ?? { total: 0, organisation: 0 };
    k.total++;
    if (org) k.organisation++;
    byKind.set(m.kind, k);
  }
  const models: ModelFigures = {
    total,
    organisationHosted,
    advancedExamples,
    byKind: [...byKind]
      .map(([kind, c]) => ({ kind, ...c }))
      .sort((a, b) => b.total - a.total || a.kind.localeCompare(b.kind)),
  };

  const awardCounts = new Map<string, { count: number; award: AwardCount }>();
  for (const a of records.awards ?? []) {
    const year = a.year ?? yearOf(a.date);
    if (!inPeriod(year)) continue;
    const key = `award:${a.form}:${a.issuer.kind}:${a.recipient.kind}`;
    const entry = awardCounts.get(key);
    if (entry === undefined) {
      awardCounts.set(key, {
        count: 1,
        award: { form: a.form, issuer: a.issuer.kind, recipient: a.recipient.kind, count: 0 },
      });
    } else entry.count++;
    cite(sources, key, a.id);
  }

  for (const info of records.indicators?.information ?? []) {
    if (!inPeriod(info.year)) continue;
    const y = years[info.year - fromYear]!;
    for (const f of INFORMATION_FIELDS) y.information[f] += info[f];
    cite(sources, `information:${info.year}`, `chi-tieu:nguon-tin:${info.year}`);
  }
  for (const [index, v] of (records.violations ?? []).entries()) {
    if (!inPeriod(v.year)) continue;
    const y = years[v.year - fromYear]!;
    y.violations ??= { crimes: 0, socialEvilCases: 0, otherViolationCases: 0 };
    for (const f of VIOLATION_FIELDS) y.violations[f] += v[f];
    cite(sources, `violations:${v.year}`, v.unitId ?? `chi-tieu:vi-pham:${v.year}#${index + 1}`);
  }
  const newRural = (records.indicators?.newRural ?? [])
    .filter((n) => inPeriod(n.year))
    .sort((a, b) => a.year - b.year);
  for (const n of newRural) cite(sources, `newRural:${n.year}`, `chi-tieu:nong-thon-moi:${n.year}`);

  const communeList: CommuneSafety[] = [...communes.values()]
    .map(({ former, crossesReform, ...c }) => ({
      ...c,
      name: communeNames.get(c.communeId) ?? c.communeId,
      ...(crossesReform ? { crossesReform } : {}),
      ...(former.size > 0
        ? {
            formerNames: [...former]
              .map((id) => communeNames.get(id) ?? id)
              .sort((a, b) => a.localeCompare(b, "vi")),
          }
        : {}),
    }))
    .sort(
      (a, b) =>
        a.name.localeCompare(b.name, "vi") || UNIT_GROUPS.indexOf(a.group) - UNIT_GROUPS.indexOf(b.group),
    );

  return {
    fromYear,
    toYear,
    years: years.map(freezeYear),
    models,
    // Highest form first, then issuer and recipient in the domain's order: the same whatever the records' order.
    awards: [...awardCounts.values()]
      .map(({ count, award }) => ({ ...award, count }))
      .sort(
        (a, b) =>
          AwardFormSchema.options.indexOf(a.form) - AwardFormSchema.options.indexOf(b.form) ||
          AwardIssuerKindSchema.options.indexOf(a.issuer) - AwardIssuerKindSchema.options.indexOf(b.issuer) ||
          RECIPIENT_ORDER.indexOf(a.recipient) - RECIPIENT_ORDER.indexOf(b.recipient),
      ),
    communes: communeList,
    sources: Object.fromEntries(sources),
    ...(reformYears.size > 0 ? { reformYears: [...reformYears].sort((a, b) => a - b) } : {}),
    ...(newRural.length > 0 ? { newRural } : {}),
  };
}
