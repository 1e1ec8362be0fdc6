import type { Activity, AdminUnit, AssessedUnit, Award, Model, Result, SecurityTeam } from "@antq/domain";
import {
  type ActivityTotals,
  type AwardCount,
  type ClassificationLevel,
  type CommuneSafety,
  emptyActivityTotals,
  type ModelFigures,
  type ReviewFigures,
  type TeamTotals,
  UNIT_GROUPS,
  type UnitGroup,
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
}

/**
 * The in-memory records a review is computed from: `@antq/domain` units, models, teams, activities and
 * awards, the per-unit outcomes of each year, and administrative units for commune names.
 *
 * @example
 * const records: ReviewRecords = { units: [], outcomes: [] };
 */
export interface ReviewRecords {
  readonly units: readonly AssessedUnit[];
  readonly outcomes: readonly UnitOutcome[];
  readonly models?: readonly Model[];
  readonly securityTeams?: readonly SecurityTeam[];
  readonly activities?: readonly Activity[];
  readonly awards?: readonly Award[];
  readonly adminUnits?: readonly AdminUnit[];
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
  const unitById = new Map<string, AssessedUnit>();
  for (const u of records.units) unitById.set(u.id, u);
  const issues: ReportIssue[] = [];
  const current = computeOne(records, unitById, fromYear, toYear, issues);
  if (issues.length > 0) return { ok: false, issues };
  if (period.previous === true) {
    const span = toYear - fromYear + 1;
    const prevFrom = fromYear - span;
    const prevTo = fromYear - 1;
    if (records.outcomes.some((o) => o.year >= prevFrom && o.year <= prevTo)) {
      const previous = computeOne(records, unitById, prevFrom, prevTo, issues);
      if (issues.length > 0) return { ok: false, issues };
      return { ok: true, value: { ...current, previous } };
    }
  }
  return { ok: true, value: current };
}

function computeOne(
  records: ReviewRecords,
  unitById: ReadonlyMap<string, AssessedUnit>,
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
    { communeId: string; group: UnitGroup; evaluated: number; safe: number }
  >();

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
    const communeId =
      unit.kind === "commune" ? (unit.adminUnitId ?? unit.location.communeId) : unit.location.communeId;
    if (communeId !== undefined) {
      const ck = `${communeId}\u0000${group}`;
      let c = communes.get(ck);
      if (c === undefined) {
        c = { communeId, group, evaluated: 0, safe: 0 };
        communes.set(ck, c);
      }
      c.evaluated++;
      if (o.safe) c.safe++;
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

  const communeList: CommuneSafety[] = [...communes.values()]
    .map((c) => ({ ...c, name: communeNames.get(c.communeId) ?? c.communeId }))
    .sort(
      (a, b) =>
        a.name.localeCompare(b.name, "vi") || UNIT_GROUPS.indexOf(a.group) - UNIT_GROUPS.indexOf(b.group),
    );

  return {
    fromYear,
    toYear,
    years: years.map(freezeYear),
    models,
    awards: [...awardCounts.values()].map(({ count, award }) => ({ ...award, count })),
    communes: communeList,
    sources: Object.fromEntries(sources),
  };
}
