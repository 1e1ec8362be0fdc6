/**
 * Movement classification ("phân loại phong trào toàn dân bảo vệ ANTQ", Quyết định 510/QĐ-BCA-V05 ngày
 * 20/01/2022): a 100-point sheet per unit gives Xuất sắc / Khá / Trung bình / Yếu. Rubrics, cut-offs and
 * veto criteria are province configuration, held as dated parameters of an @antq/rules rule set so that
 * province overlays, provenance, conflict errors and hashing come from the engine.
 */

import { formatDate, formatPercentOf, formatRatio } from "@antq/format-vi";
import { z } from "zod";
import {
  type CompiledRuleSet,
  cite,
  compile,
  composeRuleSet,
  type Issue,
  type LegalBasis,
  type Outcome,
  type Overlay,
  type PackageRef,
  type Parameter,
  parameterValueAt,
  parameterValueIssues,
  type Result,
  type RuleSet,
  RuleSetError,
} from "./internal/engine.js";
import { checkedRubric, type Rubric, RubricSchema } from "./rubric.js";
import {
  type CompiledRubric,
  compileRubric,
  type ReviewNote,
  type ScoreSheet,
  type SheetScore,
  scoreSheet,
} from "./score.js";

/**
 * The four classification levels, best first (official reporting uses exactly these; regulations.md §2.3).
 *
 * @example
 * MOVEMENT_LEVELS[0].label; //=> "Xuất sắc"
 */
export const MOVEMENT_LEVELS = Object.freeze([
  Object.freeze({ id: "xuat_sac", label: "Xuất sắc" }),
  Object.freeze({ id: "kha", label: "Khá" }),
  Object.freeze({ id: "trung_binh", label: "Trung bình" }),
  Object.freeze({ id: "yeu", label: "Yếu" }),
] as const);

/**
 * A classification level id.
 *
 * @example
 * const l: MovementLevel = "kha";
 */
export type MovementLevel = (typeof MOVEMENT_LEVELS)[number]["id"];

/**
 * Kinds of unit classified under QĐ 510 (ids follow @antq/domain's `AssessedUnitKind`, plus `district`,
 * classified only for years before the district level ended on 01/07/2025).
 *
 * @example
 * const k: ClassificationKind = "commune";
 */
export type ClassificationKind =
  | "residential-area"
  | "commune"
  | "district"
  | "agency"
  | "enterprise"
  | "education";

/**
 * All classification kinds with their Vietnamese labels.
 *
 * @example
 * CLASSIFICATION_KINDS.find((k) => k.id === "district")?.label; //=> "Cấp huyện"
 */
export const CLASSIFICATION_KINDS: readonly { readonly id: ClassificationKind; readonly label: string }[] =
  Object.freeze([
    { id: "residential-area", label: "Khu dân cư" },
    { id: "commune", label: "Cấp xã" },
    { id: "district", label: "Cấp huyện" },
    { id: "agency", label: "Cơ quan" },
    { id: "enterprise", label: "Doanh nghiệp" },
    { id: "education", label: "Cơ sở giáo dục" },
  ]);

/**
 * The basis of QĐ 510 (known only from secondary sources, regulations.md §2.1).
 *
 * @example
 * formatLegalBasis(QD510); //=> "Quyết định 510/QĐ-BCA-V05"
 */
export const QD510: LegalBasis = cite(
  "510/QĐ-BCA-V05",
  {},
  {
    label: "Quy định Tiêu chí đánh giá, phân loại phong trào toàn dân bảo vệ an ninh Tổ quốc",
    confidence: "secondary",
  },
);

/**
 * The deadline of the classification of one kind of unit: before `month`/`day` of the evaluation year
 * (QĐ 510 Quy định Điều 11 khoản 3: khu dân cư trước 20/11; cấp xã, cơ quan, doanh nghiệp, cơ sở giáo dục
 * trước 30/11; cấp huyện trước 15/12), and the date by which the unit finishes its self-assessment.
 *
 * @example
 * const d: ClassificationDeadline = { reportBefore: { month: 11, day: 20 }, selfAssessmentBefore: { month: 11, day: 10 } };
 */
export interface ClassificationDeadline {
  readonly reportBefore: { readonly month: number; readonly day: number };
  readonly selfAssessmentBefore: { readonly month: number; readonly day: number };
}

const MonthDaySchema = z
  .object({ month: z.number().int().min(1).max(12), day: z.number().int().min(1).max(31) })
  .strict();

/**
 * Zod schema of {@link ClassificationDeadline}, carried by the deadline parameters so that @antq/rules checks
 * every configured or overlaid value (`INVALID_PARAMETER_VALUE`).
 *
 * @example
 * ClassificationDeadlineSchema.safeParse({ reportBefore: { month: 11, day: 30 }, selfAssessmentBefore: { month: 11, day: 20 } }).success; //=> true
 * ClassificationDeadlineSchema.safeParse({ reportBefore: { month: 13, day: 1 }, selfAssessmentBefore: { month: 11, day: 20 } }).success; //=> false
 */
export const ClassificationDeadlineSchema: z.ZodType<ClassificationDeadline> = z
  .object({ reportBefore: MonthDaySchema, selfAssessmentBefore: MonthDaySchema })
  .strict();

/**
 * A classification configuration: an @antq/rules configuration-only rule set (`defineParameterSet`) whose parameters
 * `qd510.bang_diem.<kind>` hold dated rubrics and `qd510.thoi_han.<kind>` dated deadlines. Province
 * configurations are @antq/rules overlays on it (see {@link withProvinceOverlays}).
 *
 * @example
 * const config: ClassificationConfig = EXAMPLE_PROVINCE_CONFIG;
 * // A rubric and a deadline for each of the six kinds of unit.
 * config.parameters.length; //=> 12
 */
export type ClassificationConfig = RuleSet<ScoreSheet>;

/**
 * The parameter id holding the rubric of a kind.
 *
 * @example
 * rubricParameterId("commune"); //=> "qd510.bang_diem.commune"
 */
export function rubricParameterId(kind: ClassificationKind): string {
  return `qd510.bang_diem.${kind}`;
}

/**
 * The parameter id holding the deadlines of a kind.
 *
 * @example
 * deadlineParameterId("district"); //=> "qd510.thoi_han.district"
 */
export function deadlineParameterId(kind: ClassificationKind): string {
  return `qd510.thoi_han.${kind}`;
}

/**
 * Applies province overlays (from @antq/rules `defineOverlay`, using `setParameters` on the rubric and
 * deadline parameters) to a configuration; conflicts and unknown ids are issues, as in @antq/rules.
 *
 * @example
 * // `overlay` sets a province's own commune rubric from 2024 (a @antq/rules `defineOverlay`).
 * const r = withProvinceOverlays(EXAMPLE_PROVINCE_CONFIG, [overlay]);
 * const c = r.ok ? createClassifier(r.value, "commune", 2024) : r;
 * c.ok && c.value.rubric.id; //=> "tinh-hau-giang.qd510.commune"
 * c.ok && c.value.rubricSource; //=> { name: "@antq/criteria-hau-giang", version: "1.0.0" }
 */
export function withProvinceOverlays(
  config: ClassificationConfig,
  overlays: readonly Overlay<ScoreSheet>[],
): Result<ClassificationConfig> {
  return composeRuleSet(config, overlays);
}

function mdDate(year: number, md: { readonly month: number; readonly day: number }): string {
  return `${year}-${String(md.month).padStart(2, "0")}-${String(md.day).padStart(2, "0")}`;
}

/**
 * The classification of one unit for one year.
 *
 * @example
 * const r = classifier.classify(sheet, { tt124: "dat" });
 * r.ok && [r.value.levelLabel, r.value.status, r.value.score.total]; //=> ["Xuất sắc", "can_xem_xet", 910]
 */
export interface ClassificationResult {
  readonly unitId: string;
  readonly year: number;
  readonly kind: ClassificationKind;
  readonly level: MovementLevel;
  readonly levelLabel: string;
  /** `final`, or `can_xem_xet` when any review note applies (always so with the example configuration). */
  readonly status: "final" | "can_xem_xet";
  readonly score: SheetScore;
  readonly review: readonly ReviewNote[];
  readonly classifier: Classifier;
}

/**
 * A classifier for one kind and year: the rubric in force, its provenance, the deadlines and the hash of
 * the configuration for replay.
 *
 * @example
 * const c = createClassifier(EXAMPLE_PROVINCE_CONFIG, "commune", 2024);
 * c.ok && [c.value.asOf, c.value.deadline.selfAssessmentBefore, c.value.rubric.id];
 * //=> ["2024-11-30", "2024-11-20", "vi-du.qd510.commune"]
 */
export interface Classifier {
  readonly kind: ClassificationKind;
  readonly year: number;
  /** The date the configuration was resolved on: the report deadline of the year. */
  readonly asOf: string;
  readonly rubric: Rubric;
  readonly compiled: CompiledRubric;
  /** The package that supplied the rubric value (the example configuration or a province overlay). */
  readonly rubricSource: PackageRef | undefined;
  readonly rubricBasis: LegalBasis;
  readonly rubricReview: string | undefined;
  readonly deadline: {
    readonly reportBefore: string;
    readonly selfAssessmentBefore: string;
    readonly basis: LegalBasis;
  };
  /** Hash of the configuration in force on `asOf`, as computed by the @antq/rules compiler (for replay). */
  readonly hash: string;
  readonly configId: string;
  classify(sheet: ScoreSheet, options?: ClassifyOptions): Result<ClassificationResult>;
}

/**
 * Options of `classify`.
 *
 * @example
 * // Xã Tân Tiến scores 91 points; not having reached "An toàn về ANTT" caps the level at Khá.
 * const dat = classifier.classify(sheet, { tt124: "dat" });
 * const chuaDat = classifier.classify(sheet, { tt124: "chua_dat" });
 * dat.ok && dat.value.level; //=> "xuat_sac"
 * chuaDat.ok && chuaDat.value.level; //=> "kha"
 */
export interface ClassifyOptions {
  /** The unit's Thông tư 124 "An toàn về ANTT" outcome for the year; becomes the sheet fact `tt124`. */
  readonly tt124?: Outcome;
}

const DISTRICT_END = "2025-06-30";

/**
 * Resolves the configuration for a kind and evaluation year (on the report deadline of that year) and
 * compiles the rubric. Failures are values: `NO_DEADLINE`, `NO_RUBRIC`, `DISTRICT_ABOLISHED` (cấp huyện for
 * a year whose deadline falls after 30/6/2025), `INVALID_RUBRIC` (with the rubric's own issues).
 *
 * @example
 * const c = createClassifier(EXAMPLE_PROVINCE_CONFIG, "district", 2025);
 * c.ok; //=> false
 * !c.ok && c.issues[0].code; //=> "DISTRICT_ABOLISHED"
 */
export function createClassifier(
  config: ClassificationConfig,
  kind: ClassificationKind,
  year: number,
): Result<Classifier> {
  if (!Number.isInteger(year) || year < 2000 || year > 9999) {
    throw new RangeError(`Năm đánh giá không hợp lệ: ${String(year)}.`);
  }
  const deadlineParam = config.parameters.find((p) => p.id === deadlineParameterId(kind)) as
    | Parameter<ClassificationDeadline>
    | undefined;
  const probe = `${year}-11-01`;
  const deadlineValue = deadlineParam ? parameterValueAt(deadlineParam, probe) : undefined;
  if (deadlineValue === undefined) {
    if (kind === "district" && probe > DISTRICT_END) return districtAbolished(year);
    return fail(
      "NO_DEADLINE",
      `Cấu hình ${config.id} không có thời hạn phân loại cho ${kindLabel(kind)} năm ${year}.`,
    );
  }
  const reportBefore = mdDate(year, deadlineValue.value.reportBefore);
  const selfAssessmentBefore = mdDate(year, deadlineValue.value.selfAssessmentBefore);
  const asOf = reportBefore;
  if (kind === "district" && asOf > DISTRICT_END) return districtAbolished(year);
  // Resolve the whole configuration on the deadline with the @antq/rules compiler: validation, the values in
  // force, the packages involved and the replay hash all come from the engine.
  let engine: CompiledRuleSet<ScoreSheet>;
  try {
    engine = compile(config, { asOf });
  } catch (error) {
    if (error instanceof RuleSetError) {
      return {
        ok: false,
        issues: [
          { code: "INVALID_CONFIG", message: `Cấu hình ${config.id} không hợp lệ.`, path: [] },
          ...error.issues,
        ],
      };
    }
    throw error;
  }
  const rubricParam = engine.ruleSet.parameters.find((p) => p.id === rubricParameterId(kind)) as
    | Parameter<Rubric>
    | undefined;
  const rubricValue = rubricParam === undefined ? undefined : engine.parameter(rubricParam);
  if (rubricParam === undefined || rubricValue === undefined) {
    return fail(
      "NO_RUBRIC",
      `Cấu hình ${config.id} không có bảng điểm cho ${kindLabel(kind)} vào ngày ${formatDate(asOf)}.`,
    );
  }
  // A rubric parameter with a schema (as in the example configuration) was checked by the @antq/rules
  // compiler; one without is checked here against the same schema, with the same issue code.
  const structural =
    rubricParam.schema === undefined
      ? parameterValueIssues({ id: rubricParam.id, schema: RubricSchema }, [rubricValue], [])
      : [];
  const parsed: Result<Rubric> =
    structural.length > 0 ? { ok: false, issues: structural } : checkedRubric(rubricValue.value);
  if (!parsed.ok) {
    return {
      ok: false,
      issues: [
        {
          code: "INVALID_RUBRIC",
          message: `Bảng điểm ${kindLabel(kind)} trong cấu hình không hợp lệ.`,
          path: [],
        },
        ...parsed.issues,
      ],
    };
  }
  const rubric = parsed.value;
  const levelIds = rubric.levels.map((l) => l.id).join(",");
  if (levelIds !== MOVEMENT_LEVELS.map((l) => l.id).join(",")) {
    return fail(
      "LEVELS_NOT_MOVEMENT",
      `Bảng điểm ${rubric.id} phải dùng đúng bốn mức Xuất sắc, Khá, Trung bình, Yếu (theo thứ tự), nhận được: ${levelIds}.`,
    );
  }
  const compiled = compileRubric(rubric);
  const hash = engine.hash;
  const rubricReview = rubricValue.review;
  const classifier: Classifier = {
    kind,
    year,
    asOf,
    rubric,
    compiled,
    rubricSource: rubricValue.source,
    rubricBasis: rubricValue.basis,
    rubricReview,
    deadline: { reportBefore, selfAssessmentBefore, basis: deadlineValue.basis },
    hash,
    configId: config.id,
    classify(sheet: ScoreSheet, options: ClassifyOptions = {}): Result<ClassificationResult> {
      if (sheet.year !== year) {
        return fail("YEAR_MISMATCH", `Phiếu chấm năm ${sheet.year}, bộ phân loại năm ${year}.`);
      }
      const input =
        options.tt124 === undefined
          ? sheet
          : { ...sheet, facts: { ...(sheet.facts ?? {}), tt124: options.tt124 } };
      const scored = scoreSheet(compiled, input);
      if (!scored.ok) return scored;
      const s = scored.value;
      let review = s.review;
      if (rubricReview !== undefined && !review.some((r) => r.message === rubricReview)) {
        review = [...review, { code: "CONFIG_REVIEW", message: rubricReview }];
      }
      if (input.facts?.tt124 === "can_xem_xet") {
        review = [
          ...review,
          {
            code: "TT124_UNDECIDED",
            message: "Kết quả “An toàn về ANTT” theo Thông tư 124 đang cần xem xét.",
          },
        ];
      }
      return {
        ok: true,
        value: {
          unitId: sheet.unitId,
          year,
          kind,
          level: s.level.id as MovementLevel,
          levelLabel: s.level.label,
          status: review.length === 0 ? "final" : "can_xem_xet",
          score: s,
          review,
          classifier,
        },
      };
    },
  };
  return { ok: true, value: Object.freeze(classifier) };
}

/**
 * The kind of unit a rubric is for: the kind whose configuration for `year` resolves to the rubric `rubricId`
 * (a score sheet records only its rubric id). `undefined` when no kind of `config` uses that rubric in `year`.
 *
 * @example
 * rubricKind(EXAMPLE_PROVINCE_CONFIG, "vi-du.qd510.commune", 2024); //=> "commune"
 * rubricKind(EXAMPLE_PROVINCE_CONFIG, "vi-du.qd510.khong-co", 2024); //=> undefined
 */
export function rubricKind(
  config: ClassificationConfig,
  rubricId: string,
  year: number,
): ClassificationKind | undefined {
  return CLASSIFICATION_KINDS.find((k) => {
    const c = createClassifier(config, k.id, year);
    return c.ok && c.value.rubric.id === rubricId;
  })?.id;
}

function kindLabel(kind: ClassificationKind): string {
  return CLASSIFICATION_KINDS.find((k) => k.id === kind)?.label ?? kind;
}

function fail(code: string, message: string): { ok: false; issues: Issue[] } {
  return { ok: false, issues: [{ code, message, path: [] }] };
}

function districtAbolished(year: number): { ok: false; issues: Issue[] } {
  return fail(
    "DISTRICT_ABOLISHED",
    `Không phân loại cấp huyện năm ${year}: cấp huyện chấm dứt hoạt động từ 01/7/2025 (Nghị quyết 60-NQ/TW); chưa có văn bản thay thế — cần xem xét.`,
  );
}

/**
 * Counts classification results per level, e.g. for a report "845/879 khu dân cư xuất sắc và khá".
 *
 * @example
 * countLevels([{ level: "kha" }, { level: "xuat_sac" }, { level: "kha" }]); //=> { xuat_sac: 1, kha: 2, trung_binh: 0, yeu: 0 }
 */
export function countLevels(
  results: readonly Pick<ClassificationResult, "level">[],
): Record<MovementLevel, number> {
  const out: Record<MovementLevel, number> = { xuat_sac: 0, kha: 0, trung_binh: 0, yeu: 0 };
  for (const r of results) out[r.level] += 1;
  return out;
}

/**
 * Vietnamese report lines of classification counts, in the style of the provincial reviews ("845/879 khu dân
 * cư xếp loại xuất sắc và khá"): one line per level and one for Xuất sắc and Khá together, with exact
 * percentages.
 *
 * @example
 * // 44 khu dân cư of one commune: 12 Xuất sắc, 30 Khá, 2 Trung bình.
 * const results = [...Array(12).fill({ level: "xuat_sac" }), ...Array(30).fill({ level: "kha" }), { level: "trung_binh" }, { level: "trung_binh" }];
 * summariseLevels(results, "khu dân cư");
 * //=> ["Xuất sắc: 12/44 khu dân cư (27,3%).", "Khá: 30/44 khu dân cư (68,2%).", "Trung bình: 2/44 khu dân cư (4,5%).", "Yếu: 0/44 khu dân cư (0,0%).", "Xuất sắc và Khá: 42/44 khu dân cư (95,5%)."]
 */
export function summariseLevels(
  results: readonly Pick<ClassificationResult, "level">[],
  unitLabel: string,
): string[] {
  const counts = countLevels(results);
  const total = results.length;
  if (total === 0) return [`Chưa có kết quả phân loại ${unitLabel}.`];
  const line = (label: string, n: number) =>
    `${label}: ${formatRatio(n, total)} ${unitLabel} (${formatPercentOf(n, total)}).`;
  return [
    ...MOVEMENT_LEVELS.map((l) => line(l.label, counts[l.id])),
    line("Xuất sắc và Khá", counts.xuat_sac + counts.kha),
  ];
}
