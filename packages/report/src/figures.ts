import type { AwardForm, AwardIssuerKind, AwardRecipientKind, ModelKind, TaskRating } from "@antq/domain";

/** The keys of a labels table, in its order: each table of labels is the one list of its fields. */
const fieldsOf = <K extends string>(labels: Readonly<Record<K, string>>): readonly K[] =>
  Object.keys(labels) as K[];

/**
 * The unit groups a review counts separately (regulations.md §6.2, family 1): khu dân cư; xã, phường, đặc khu;
 * cơ quan, doanh nghiệp, nhà trường (agencies, enterprises and education institutions together, as
 * Chỉ thị 07/CT-BCA-V28 reports them).
 *
 * @example
 * UNIT_GROUPS.length; //=> 3
 */
export const UNIT_GROUPS = ["residential-area", "commune", "organisation"] as const;

/**
 * A unit group (see {@link UNIT_GROUPS}).
 *
 * @example
 * const g: UnitGroup = "organisation";
 */
export type UnitGroup = (typeof UNIT_GROUPS)[number];

/**
 * Vietnamese names of the unit groups as they appear in sentences and tables.
 *
 * @example
 * UNIT_GROUP_LABELS_VI.organisation; //=> "cơ quan, doanh nghiệp, nhà trường"
 */
export const UNIT_GROUP_LABELS_VI: Readonly<Record<UnitGroup, string>> = {
  "residential-area": "khu dân cư",
  commune: "xã, phường, thị trấn, đặc khu",
  organisation: "cơ quan, doanh nghiệp, nhà trường",
};

/**
 * Levels of the movement classification (phân loại phong trào, QĐ 510): xuất sắc, khá, trung bình, yếu.
 *
 * @example
 * CLASSIFICATION_LEVELS[0]; //=> "excellent"
 */
export const CLASSIFICATION_LEVELS = ["excellent", "good", "average", "weak"] as const;

/**
 * A classification level (see {@link CLASSIFICATION_LEVELS}).
 *
 * @example
 * const l: ClassificationLevel = "good";
 */
export type ClassificationLevel = (typeof CLASSIFICATION_LEVELS)[number];

/**
 * Vietnamese names of the classification levels.
 *
 * @example
 * CLASSIFICATION_LEVEL_LABELS_VI.average; //=> "Trung bình"
 */
export const CLASSIFICATION_LEVEL_LABELS_VI: Readonly<Record<ClassificationLevel, string>> = {
  excellent: "Xuất sắc",
  good: "Khá",
  average: "Trung bình",
  weak: "Yếu",
};

/**
 * Units evaluated against the "An toàn về ANTT" standard and units that met it, in one year or, summed over
 * years, in "lượt" (unit-years).
 *
 * @example
 * const c: SafetyCount = { evaluated: 346, safe: 280 };
 */
export interface SafetyCount {
  readonly evaluated: number;
  readonly safe: number;
}

/**
 * Activity totals of one year (regulations.md §6.2, families 5–9 and 11).
 *
 * @example
 * const a: ActivityTotals = { ...emptyActivityTotals(), propagandaSessions: 320 };
 */
export interface ActivityTotals {
  readonly propagandaSessions: number;
  readonly propagandaAttendees: number;
  readonly trainingClasses: number;
  readonly trainingTrainees: number;
  /** Training classes held for the guards of agencies, enterprises and schools (bồi dưỡng nghiệp vụ bảo vệ). */
  readonly guardTrainingClasses: number;
  readonly guardTrainingTrainees: number;
  readonly mediationCases: number;
  readonly mediationSuccessful: number;
  readonly tipsReceived: number;
  readonly tipsValuable: number;
  readonly reintegrationReceived: number;
  readonly reintegrationProgressed: number;
  readonly guns: number;
  readonly ammunition: number;
  readonly explosivesGrams: number;
  readonly detonators: number;
  readonly fireworks: number;
  readonly primitiveWeapons: number;
  readonly supportTools: number;
  readonly festivals: number;
  readonly festivalParticipants: number;
}

/**
 * The weapons, explosives and support tools counted when handed in (regulations.md §6.2, family 7), in the
 * order of the annex table; the same names as the fields of `@antq/domain`'s weapons-handover activity.
 *
 * @example
 * WEAPON_FIELDS[0]; //=> "guns"
 */
export const WEAPON_FIELDS = [
  "guns",
  "ammunition",
  "explosivesGrams",
  "detonators",
  "fireworks",
  "primitiveWeapons",
  "supportTools",
] as const satisfies readonly (keyof ActivityTotals)[];

/**
 * Vietnamese column headings of the activity fields (with their unit of count).
 *
 * @example
 * ACTIVITY_FIELD_LABELS_VI.propagandaAttendees; //=> "Lượt người dự tuyên truyền"
 */
export const ACTIVITY_FIELD_LABELS_VI: Readonly<Record<keyof ActivityTotals, string>> = {
  propagandaSessions: "Buổi tuyên truyền",
  propagandaAttendees: "Lượt người dự tuyên truyền",
  trainingClasses: "Lớp tập huấn, bồi dưỡng",
  trainingTrainees: "Lượt học viên",
  guardTrainingClasses: "Lớp bồi dưỡng nghiệp vụ bảo vệ",
  guardTrainingTrainees: "Lượt bảo vệ được bồi dưỡng",
  mediationCases: "Vụ việc hòa giải",
  mediationSuccessful: "Vụ hòa giải thành",
  tipsReceived: "Tin báo, tố giác tiếp nhận",
  tipsValuable: "Tin có giá trị",
  reintegrationReceived: "Người được nhận quản lý, giáo dục",
  reintegrationProgressed: "Người tiến bộ",
  guns: "Súng (khẩu)",
  ammunition: "Đạn (viên)",
  explosivesGrams: "Vật liệu nổ (gam)",
  detonators: "Kíp nổ (cái)",
  fireworks: "Pháo (cái, hộp)",
  primitiveWeapons: "Vũ khí thô sơ (cái)",
  supportTools: "Công cụ hỗ trợ (cái)",
  festivals: "Ngày hội (điểm tổ chức)",
  festivalParticipants: "Lượt người dự Ngày hội",
};

/**
 * The keys of {@link ActivityTotals}, in the order of the annex table.
 *
 * @example
 * ACTIVITY_FIELDS[0]; //=> "propagandaSessions"
 */
export const ACTIVITY_FIELDS: readonly (keyof ActivityTotals)[] = fieldsOf(ACTIVITY_FIELD_LABELS_VI);

/**
 * Activity totals with every count at zero.
 *
 * @example
 * emptyActivityTotals().guns; //=> 0
 */
export function emptyActivityTotals(): ActivityTotals {
  return Object.fromEntries(ACTIVITY_FIELDS.map((f) => [f, 0])) as unknown as ActivityTotals;
}

/**
 * Tổ bảo vệ ANTT counts of one year: teams and members active in the year, and the teams' ratings.
 *
 * @example
 * const t: TeamTotals = { teams: 30, members: 90, ratings: { excellent: 5, good: 20, completed: 5, "not-completed": 0, unrated: 0 } };
 */
export interface TeamTotals {
  readonly teams: number;
  readonly members: number;
  readonly ratings: Readonly<Record<TaskRating | "unrated", number>>;
}

/**
 * The figures of one year.
 *
 * @example
 * const y = (f: ReviewFigures): YearFigures | undefined => f.years[0];
 */
export interface YearFigures {
  readonly year: number;
  readonly safety: Readonly<Record<UnitGroup, SafetyCount>>;
  readonly classification: Readonly<Record<UnitGroup, Readonly<Record<ClassificationLevel, number>>>>;
  readonly activities: ActivityTotals;
  readonly teams: TeamTotals;
  /** Models started in the year (xây dựng mới). */
  readonly newModels: number;
  /** Results from the people's information (§6.2 family 6), zero when not reported. */
  readonly information: InformationTotals;
  /** Crimes and violations (§6.2 family 13), when the year has any record of them. */
  readonly violations?: ViolationTotals;
}

/**
 * Models over the whole period: those built or consolidated during it, by kind, and how many are hosted by
 * agencies, enterprises and schools.
 *
 * @example
 * const m = (f: ReviewFigures) => `${f.models.total}/${f.models.organisationHosted}`;
 */
export interface ModelFigures {
  readonly total: number;
  readonly organisationHosted: number;
  readonly advancedExamples: number;
  readonly byKind: readonly {
    readonly kind: ModelKind;
    readonly total: number;
    readonly organisation: number;
  }[];
}

/**
 * Awards over the period, counted by form, issuer and recipient kind.
 *
 * @example
 * const a: AwardCount = { form: "certificate-of-merit", issuer: "provincial-people-committee-chair", recipient: "collective", count: 8 };
 */
export interface AwardCount {
  readonly form: AwardForm;
  readonly issuer: AwardIssuerKind;
  readonly recipient: AwardRecipientKind;
  readonly count: number;
}

/**
 * "An toàn về ANTT" over the period in one commune (per-commune breakdown).
 *
 * @example
 * const c: CommuneSafety = { communeId: "C1", name: "Xã Tân Tiến", group: "organisation", evaluated: 10, safe: 9 };
 */
export interface CommuneSafety extends SafetyCount {
  readonly communeId: string;
  readonly name: string;
  readonly group: UnitGroup;
  /**
   * True when the row adds up unit-years recorded before the 2025 reorganisation of the communes that now
   * make up this commune (the figure crosses the reform).
   */
  readonly crossesReform?: boolean;
  /** The names of the former communes whose unit-years are counted in this row (2025 lineage). */
  readonly formerNames?: readonly string[];
}

/**
 * Results obtained from the people's information in a year (§6.2 family 6, beyond the tips themselves):
 * cases solved, suspects arrested, wanted persons arrested and wanted persons who surrendered.
 *
 * @example
 * const t: InformationTotals = { casesSolved: 12, suspectsArrested: 19, wantedArrested: 3, wantedSurrendered: 2 };
 */
export interface InformationTotals {
  readonly casesSolved: number;
  readonly suspectsArrested: number;
  readonly wantedArrested: number;
  readonly wantedSurrendered: number;
}

/**
 * Vietnamese labels of {@link InformationTotals} (annex headers).
 *
 * @example
 * INFORMATION_LABELS_VI.casesSolved; //=> "Vụ án làm rõ từ nguồn tin"
 */
export const INFORMATION_LABELS_VI: Readonly<Record<keyof InformationTotals, string>> = {
  casesSolved: "Vụ án làm rõ từ nguồn tin",
  suspectsArrested: "Đối tượng bị bắt giữ",
  wantedArrested: "Đối tượng truy nã bị bắt",
  wantedSurrendered: "Đối tượng truy nã ra đầu thú",
};

/**
 * The fields of {@link InformationTotals}, in sentence order.
 *
 * @example
 * INFORMATION_FIELDS.length; //=> 4
 */
export const INFORMATION_FIELDS: readonly (keyof InformationTotals)[] = fieldsOf(INFORMATION_LABELS_VI);

/**
 * Crimes, social-evil cases and other violations of a year, summed over the units (§6.2 family 13).
 *
 * @example
 * const v: ViolationTotals = { crimes: 120, socialEvilCases: 45, otherViolationCases: 300 };
 */
export interface ViolationTotals {
  readonly crimes: number;
  readonly socialEvilCases: number;
  readonly otherViolationCases: number;
}

/**
 * Vietnamese labels of {@link ViolationTotals}.
 *
 * @example
 * VIOLATION_LABELS_VI.crimes; //=> "Vụ phạm tội"
 */
export const VIOLATION_LABELS_VI: Readonly<Record<keyof ViolationTotals, string>> = {
  crimes: "Vụ phạm tội",
  socialEvilCases: "Vụ tệ nạn xã hội",
  otherViolationCases: "Vụ vi phạm pháp luật khác",
};

/**
 * The fields of {@link ViolationTotals}.
 *
 * @example
 * VIOLATION_FIELDS[0]; //=> "crimes"
 */
export const VIOLATION_FIELDS: readonly (keyof ViolationTotals)[] = fieldsOf(VIOLATION_LABELS_VI);

/**
 * The links with the new-rural and urban programmes in a year (§6.2 family 10): communes meeting criterion
 * 19.2 (quốc phòng và an ninh — an ninh, trật tự) of the national new-rural criteria out of the communes
 * assessed, and communes taken off the list of "xã trọng điểm, phức tạp về ANTT".
 *
 * @example
 * const n: NewRuralFigures = { year: 2019, criterion192Communes: 98, communes: 120, keyPointCommunesRemoved: 3 };
 */
export interface NewRuralFigures {
  readonly year: number;
  readonly criterion192Communes: number;
  readonly communes: number;
  readonly keyPointCommunesRemoved: number;
}

/**
 * Everything a review document says in numbers, computed once from the records (or supplied by the store's
 * period queries): per-year tables, period-level models and awards, per-commune breakdown, the previous
 * period for comparison, and the record ids behind each figure (`sources`, keyed by figure id).
 *
 * @example
 * const span = (f: ReviewFigures) => `${f.fromYear}–${f.toYear}`;
 */
export interface ReviewFigures {
  readonly fromYear: number;
  readonly toYear: number;
  readonly years: readonly YearFigures[];
  readonly models: ModelFigures;
  readonly awards: readonly AwardCount[];
  readonly communes: readonly CommuneSafety[];
  /** The same figures for the previous period of the same length, when records for it exist. */
  readonly previous?: ReviewFigures;
  /** Record ids behind each figure id (`safety:organisation`, `activity:propagandaSessions`, `models`, …). */
  readonly sources: Readonly<Record<string, readonly string[]>>;
  /**
   * The years whose per-commune or per-kind figures add up unit-years recorded under communes that the 2025
   * reorganisation merged (empty when the period does not cross the reform).
   */
  readonly reformYears?: readonly number[];
  /** The new-rural links of each year that has them (§6.2 family 10). */
  readonly newRural?: readonly NewRuralFigures[];
}

/**
 * Sums the per-year "An toàn về ANTT" counts of a group over the period, in "lượt".
 *
 * @example
 * const s = (f: ReviewFigures) => sumSafety(f, "organisation").safe;
 */
export function sumSafety(figures: ReviewFigures, group: UnitGroup): SafetyCount {
  let evaluated = 0;
  let safe = 0;
  for (const y of figures.years) {
    evaluated += y.safety[group].evaluated;
    safe += y.safety[group].safe;
  }
  return { evaluated, safe };
}

/**
 * Sums one activity field over the period.
 *
 * @example
 * const n = (f: ReviewFigures) => sumActivity(f, "propagandaSessions");
 */
export function sumActivity(figures: ReviewFigures, field: keyof ActivityTotals): number {
  let total = 0;
  for (const y of figures.years) total += y.activities[field];
  return total;
}

/**
 * Sums one classification level of a group over the period, in "lượt".
 *
 * @example
 * const n = (f: ReviewFigures) => sumClassification(f, "commune", "excellent");
 */
export function sumClassification(
  figures: ReviewFigures,
  group: UnitGroup,
  level: ClassificationLevel,
): number {
  let total = 0;
  for (const y of figures.years) total += y.classification[group][level];
  return total;
}
