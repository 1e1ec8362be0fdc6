/**
 * The machine output of a plan's progress, `antq.plan-progress/1`: each count target by year and kind of
 * unit (target, registered, reached, shortfall), each percentage target per city/town or province (wards,
 * reached, needed — exact, ⌈total × percent / 100⌉), and each area's roadmap (wards to add each year until the
 * last milestone), computed by @antq/criteria's `planReport` from @antq/domain plans and registrations.
 */
import {
  achievementsFromRegistrations,
  type CountProgress,
  countedByRegistrations,
  countTargetUnit,
  planFromDomain,
  planReport,
  registeredForTarget,
  type ShareProgress,
} from "@antq/criteria";
import {
  type AdminUnitIndex,
  type Plan,
  TARGET_PROGRAMME_LABELS_VI,
  TARGET_SUBJECT_LABELS_VI,
  TargetProgrammeSchema,
  TargetSubjectSchema,
  type TypicalRegistration,
} from "@antq/domain";
import * as z from "zod";
import { RatioSchema, ratio } from "./ratio.js";

/**
 * The format tag of {@link PlanProgressDocumentSchema}.
 *
 * @example
 * ```ts
 * PLAN_PROGRESS_FORMAT; //=> "antq.plan-progress/1"
 * ```
 */
export const PLAN_PROGRESS_FORMAT = "antq.plan-progress/1";

const NoteSchema = z
  .object({
    code: z.string().meta({ title: "Mã" }),
    message: z.string().meta({ title: "Nội dung" }),
  })
  .meta({ title: "Cần xem xét" });

const CountTargetJsonSchema = z
  .object({
    year: z.int().meta({ title: "Năm" }),
    programme: TargetProgrammeSchema.meta({ title: "Chương trình (mã)" }),
    subject: TargetSubjectSchema.meta({ title: "Loại đơn vị (mã)" }),
    subjectTitle: z.string().meta({ title: "Loại đơn vị" }),
    target: z.int().nonnegative().meta({ title: "Chỉ tiêu" }),
    registered: z.int().nonnegative().meta({ title: "Số đơn vị đăng ký, được chọn xây dựng" }),
    achieved: z.int().nonnegative().meta({ title: "Số đơn vị đạt" }),
    shortfall: z.int().nonnegative().meta({ title: "Còn thiếu" }),
    surplus: z.int().nonnegative().meta({ title: "Vượt" }),
    met: z.boolean().meta({ title: "Đạt chỉ tiêu" }),
  })
  .meta({ title: "Chỉ tiêu số lượng" });

const ProgrammeTotalSchema = z
  .object({
    programme: z.enum(["typical-unit", "model-ward-police"]).meta({ title: "Chương trình (mã)" }),
    programmeTitle: z.string().meta({ title: "Chương trình" }),
    target: z.int().nonnegative().meta({ title: "Tổng chỉ tiêu" }),
    reached: z.int().nonnegative().meta({ title: "Số đơn vị đạt (kể cả phần vượt)" }),
    achieved: RatioSchema.meta({ title: "Đạt (không tính phần vượt)/tổng chỉ tiêu" }),
    shortfall: z.int().nonnegative().meta({ title: "Còn thiếu" }),
    surplus: z.int().nonnegative().meta({ title: "Vượt" }),
  })
  .meta({ title: "Tổng chỉ tiêu số lượng của một chương trình" });

const AreaSchema = z
  .object({
    areaId: z.string().meta({ title: "Mã địa bàn" }),
    name: z.string().meta({ title: "Tên địa bàn" }),
    wards: RatioSchema.meta({ title: "Số phường đạt/tổng số phường" }),
    needed: z.int().nonnegative().meta({ title: "Số phường cần đạt" }),
    shortfall: z.int().nonnegative().meta({ title: "Còn thiếu" }),
    met: z.boolean().meta({ title: "Đạt" }),
  })
  .meta({ title: "Tỷ lệ của một địa bàn" });

const ShareTargetJsonSchema = z
  .object({
    byYear: z.int().meta({ title: "Đến năm" }),
    percent: z.int().min(0).max(100).meta({ title: "Tỷ lệ tối thiểu (%)" }),
    scope: z.enum(["each-district", "province"]).meta({ title: "Phạm vi tính (mã)" }),
    fromYear: z.int().nullable().meta({ title: "Nhịp độ từ năm" }),
    minimumNewPerYear: z.int().nonnegative().nullable().meta({ title: "Số đơn vị mới tối thiểu mỗi năm" }),
    met: z.boolean().meta({ title: "Đạt ở mọi địa bàn" }),
    areas: z.array(AreaSchema).meta({ title: "Theo địa bàn" }),
  })
  .meta({ title: "Chỉ tiêu tỷ lệ" });

const RoadmapSchema = z
  .object({
    areaId: z.string().meta({ title: "Mã địa bàn" }),
    name: z.string().meta({ title: "Tên địa bàn" }),
    wards: RatioSchema.meta({ title: "Số phường đã đạt/tổng số phường đến hết năm báo cáo" }),
    years: z
      .array(
        z.object({
          year: z.int().meta({ title: "Năm" }),
          newWards: z.int().nonnegative().meta({ title: "Số phường cần đạt thêm trong năm" }),
          requiredTotal: z.int().nonnegative().meta({ title: "Số phường đạt đến hết năm" }),
          overdue: z.boolean().meta({ title: "Có chỉ tiêu đã quá hạn" }),
        }),
      )
      .meta({ title: "Theo năm" }),
  })
  .meta({ title: "Lộ trình của một địa bàn" });

const PlanEntrySchema = z
  .object({
    id: z.string().meta({ title: "Mã kế hoạch" }),
    document: z.string().meta({ title: "Số, ký hiệu văn bản" }),
    date: z.string().nullable().meta({ title: "Ngày ban hành (YYYY-MM-DD)" }),
    issuer: z.string().nullable().meta({ title: "Cơ quan ban hành" }),
    title: z.string().meta({ title: "Tên kế hoạch" }),
    countTargets: z.array(CountTargetJsonSchema).meta({ title: "Chỉ tiêu số lượng" }),
    totals: z
      .object({
        target: z.int().nonnegative().meta({ title: "Tổng chỉ tiêu" }),
        achieved: RatioSchema.meta({ title: "Đạt (không tính phần vượt)/tổng chỉ tiêu" }),
      })
      .meta({ title: "Tổng chỉ tiêu số lượng đơn vị điển hình" }),
    programmeTotals: z
      .array(ProgrammeTotalSchema)
      .meta({ title: "Tổng chỉ tiêu số lượng theo chương trình" }),
    shareTargets: z.array(ShareTargetJsonSchema).meta({ title: "Chỉ tiêu tỷ lệ" }),
    roadmaps: z.array(RoadmapSchema).meta({ title: "Lộ trình từng địa bàn" }),
    lines: z.array(z.string()).meta({ title: "Tóm tắt (tiếng Việt)" }),
    review: z.array(NoteSchema).meta({ title: "Cần xem xét" }),
  })
  .meta({ title: "Tiến độ một kế hoạch" });

/**
 * `antq.plan-progress/1`: the progress of plans against their targets.
 *
 * @example
 * ```ts
 * PlanProgressDocumentSchema.safeParse(planProgressDocument([plan], registrations, { reportYear: 2023 })).success; //=> true
 * ```
 */
export const PlanProgressDocumentSchema = z
  .object({
    format: z.literal(PLAN_PROGRESS_FORMAT).meta({ title: "Định dạng" }),
    reportYear: z.int().meta({ title: "Năm báo cáo (tính kết quả đến hết năm)" }),
    plans: z.array(PlanEntrySchema).meta({ title: "Các kế hoạch" }),
  })
  .meta({ title: "Tiến độ thực hiện kế hoạch, chỉ tiêu (antq.plan-progress/1)" });

/**
 * An `antq.plan-progress/1` document.
 *
 * @example
 * ```ts
 * const document: PlanProgressDocument = planProgressDocument([plan], registrations, { reportYear: 2023 });
 * document.plans[0]?.totals; //=> { target: 8, achieved: { part: 4, total: 8 } }
 * ```
 */
export type PlanProgressDocument = z.infer<typeof PlanProgressDocumentSchema>;

/**
 * One plan of an `antq.plan-progress/1` document.
 *
 * @example
 * ```ts
 * const [entry]: PlanProgressEntry[] = planProgressDocument([plan], registrations, { reportYear: 2023 }).plans;
 * entry?.countTargets.map((t) => [t.year, t.target, t.achieved, t.shortfall]); //=> [[2023, 6, 4, 2], [2024, 2, 0, 2]]
 * ```
 */
export type PlanProgressEntry = z.infer<typeof PlanEntrySchema>;

/**
 * Options of {@link planProgressDocument}.
 *
 * @example
 * ```ts
 * const options: PlanProgressDocumentOptions = { reportYear: 2024 };
 * planProgressDocument([plan], registrations, options).plans[0]?.document; //=> "10/KH-BCĐ-CAT"
 * ```
 */
export interface PlanProgressDocumentOptions {
  /** Registrations after this year are left out; roadmaps start the year after. */
  readonly reportYear: number;
  /** Administrative units with lineage, needed for the percentage targets. */
  readonly lineage?: AdminUnitIndex;
}

const supported = (plan: Plan): { plan: Plan; notes: { code: string; message: string }[] } => {
  const notes: { code: string; message: string }[] = [];
  const countTargets = (plan.countTargets ?? []).filter((t) => {
    const unit = countTargetUnit(t.programme, t.subject);
    const ok = unit !== undefined && countedByRegistrations(unit);
    if (!ok)
      notes.push({
        code: "UNSUPPORTED_TARGET",
        message: `Chỉ tiêu năm ${t.year} “${TARGET_PROGRAMME_LABELS_VI[t.programme]} — ${TARGET_SUBJECT_LABELS_VI[t.subject]}” chưa được antq tính tiến độ: đăng ký xây dựng điển hình ${unit === undefined ? "không đếm được loại chỉ tiêu này" : "chưa ghi được khu dân cư"}.`,
      });
    return ok;
  });
  const percentageTargets = (plan.percentageTargets ?? []).filter((t) => {
    const ok = t.subject === "ward-police";
    if (!ok)
      notes.push({
        code: "UNSUPPORTED_TARGET",
        message: `Chỉ tiêu tỷ lệ đến năm ${t.byYear} “${TARGET_SUBJECT_LABELS_VI[t.subject]}” chưa được antq tính tiến độ.`,
      });
    return ok;
  });
  return { plan: { ...plan, countTargets, percentageTargets }, notes };
};

/**
 * The `antq.plan-progress/1` document of some plans: registrations count for a plan when they name it
 * (`planId`) or name no plan. Count targets are measured for typical units (each kind, every kind: `any`) and
 * for "Công an phường điển hình, kiểu mẫu" (each ward once, from its `adminUnitId`), uncapped (23 of 4 =
 * 575,0%, Bà Rịa–Vũng Tàu 2024, regulations.md §11.6 D4), with a total per programme in `programmeTotals`
 * (`totals` is the typical units'). Targets registrations cannot count (khu dân cư, movement models, An toàn
 * về ANTT recognition, other programmes) are listed as `UNSUPPORTED_TARGET` notes; a plan that cannot be
 * converted (no province, no date) gets its issues as notes and no figures.
 *
 * @example
 * ```ts
 * planProgressDocument([], [], { reportYear: 2025 }).plans; //=> []
 * ```
 */
export const planProgressDocument = (
  plans: readonly Plan[],
  registrations: readonly TypicalRegistration[],
  options: PlanProgressDocumentOptions,
): PlanProgressDocument => ({
  format: PLAN_PROGRESS_FORMAT,
  reportYear: options.reportYear,
  plans: plans.map((domainPlan): PlanProgressEntry => {
    const mine = registrations.filter(
      (r) => (r.planId === undefined || r.planId === domainPlan.id) && r.year <= options.reportYear,
    );
    const { plan, notes } = supported(domainPlan);
    const base = {
      id: domainPlan.id,
      document: domainPlan.document.number,
      date: domainPlan.document.date ?? null,
      issuer: domainPlan.document.issuer ?? null,
      title: domainPlan.title,
    };
    const converted = planFromDomain(plan);
    if (!converted.ok) {
      return {
        ...base,
        countTargets: [],
        totals: { target: 0, achieved: ratio(0, 0) },
        programmeTotals: [],
        shareTargets: [],
        roadmaps: [],
        lines: converted.issues.map((i) => i.message),
        review: [...notes, ...converted.issues.map((i) => ({ code: i.code, message: i.message }))],
      };
    }
    const report = planReport(converted.value, achievementsFromRegistrations(mine), {
      reportYear: options.reportYear,
      ...(options.lineage ? { lineage: options.lineage } : {}),
    });
    // planFromDomain keeps the count targets in their order, before the percentage targets.
    const counted = report.progress.targets.filter((p): p is CountProgress => p.type === "count");
    const countTargets = (plan.countTargets ?? []).map((t, i) => {
      const achieved = counted[i]?.achieved ?? 0;
      return {
        year: t.year,
        programme: t.programme,
        subject: t.subject,
        subjectTitle: TARGET_SUBJECT_LABELS_VI[t.subject],
        target: t.count,
        registered: registeredForTarget(t, mine),
        achieved,
        shortfall: Math.max(0, t.count - achieved),
        surplus: Math.max(0, achieved - t.count),
        met: achieved >= t.count,
      };
    });
    const shares = report.progress.targets.filter((t): t is ShareProgress => t.type === "share");
    return {
      ...base,
      countTargets,
      totals: {
        target: report.progress.totalTarget,
        achieved: ratio(report.progress.totalAchieved, report.progress.totalTarget),
      },
      programmeTotals: report.progress.countTotals.map((c) => ({
        programme: c.programme,
        programmeTitle: c.label,
        target: c.target,
        reached: c.counted + c.surplus,
        achieved: ratio(c.counted, c.target),
        shortfall: c.target - c.counted,
        surplus: c.surplus,
      })),
      shareTargets: shares.map((s) => ({
        byYear: Number(s.target.by.slice(0, 4)),
        percent: s.target.percent,
        scope: s.target.scope,
        fromYear: s.target.fromYear ?? null,
        minimumNewPerYear: s.target.minimumNewPerYear ?? null,
        met: s.met,
        areas: s.areas.map((a) => ({
          areaId: a.areaId,
          name: a.name,
          wards: ratio(a.achieved, a.total),
          needed: a.needed,
          shortfall: a.shortfall,
          met: a.met,
        })),
      })),
      roadmaps: report.roadmaps.map((r) => ({
        areaId: r.areaId,
        name: r.name,
        wards: ratio(r.roadmap.achieved, r.roadmap.total),
        years: r.roadmap.years.map((y) => ({ ...y })),
      })),
      lines: [...report.progress.lines, ...report.roadmaps.map((r) => `Lộ trình — ${r.text}`)],
      review: [...notes, ...report.progress.review.map((n) => ({ code: n.code, message: n.message }))],
    };
  }),
});
