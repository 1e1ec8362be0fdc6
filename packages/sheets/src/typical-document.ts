/**
 * The machine output of a điển hình selection, `antq.typical/1`: the candidates of a plan year from the
 * previous year's classification (`antq.classification/1`) and "An toàn về ANTT" results
 * (`antq.assessment/1`), with the reasons each qualifies or not (@antq/criteria's `selectTypicalCandidates`
 * under a province rule; QĐ 9745/QĐ-BCA-V05 publishes no selection threshold, so the rule is configuration
 * and flagged "cần xem xét"), and the units chosen against the plan's targets of that year by kind.
 */
import {
  CLASSIFICATION_KINDS,
  compareTypicalChoice,
  countedByRegistrations,
  countTargetUnit,
  MOVEMENT_LEVELS,
  type PreviousClassification,
  planFromDomain,
  selectTypicalCandidates,
  type TypicalEligibilityRule,
} from "@antq/criteria";
import {
  type AdminUnitIndex,
  adminUnitFullName,
  type Plan,
  TARGET_SUBJECT_LABELS_VI,
  TYPICAL_STATUS_LABELS_VI,
  type TypicalRegistration,
  TypicalStatusSchema,
  TypicalSubjectSchema,
} from "@antq/domain";
import { formatNumber } from "@antq/format-vi";
import type { Outcome } from "@antq/rules";
import * as z from "zod";
import type { ClassificationDocument } from "./classification-document.js";

/**
 * The format tag of {@link TypicalDocumentSchema}.
 *
 * @example
 * ```ts
 * TYPICAL_FORMAT; //=> "antq.typical/1"
 * ```
 */
export const TYPICAL_FORMAT = "antq.typical/1";

const NoteSchema = z
  .object({ code: z.string().meta({ title: "Mã" }), message: z.string().meta({ title: "Nội dung" }) })
  .meta({ title: "Cần xem xét" });

const OutcomeCodeSchema = z.enum(["dat", "chua_dat", "can_xem_xet", "khong_ap_dung"]);

const CandidateSchema = z
  .object({
    unitId: z.string().meta({ title: "Mã đơn vị" }),
    name: z.string().meta({ title: "Tên đơn vị" }),
    kind: z.string().meta({ title: "Loại đơn vị được phân loại (mã)" }),
    kindTitle: z.string().meta({ title: "Loại đơn vị" }),
    previousLevel: z.string().meta({ title: "Mức phân loại năm trước (mã)" }),
    previousLevelTitle: z.string().meta({ title: "Mức phân loại năm trước" }),
    previousTt124: OutcomeCodeSchema.nullable().meta({ title: "Kết quả “An toàn về ANTT” năm trước (mã)" }),
    eligible: z.boolean().meta({ title: "Đủ điều kiện" }),
    codes: z.array(z.string()).meta({ title: "Mã lý do" }),
    reasons: z.array(z.string()).meta({ title: "Lý do" }),
    review: z.array(NoteSchema).meta({ title: "Cần xem xét" }),
    nowIn: z.array(z.object({ id: z.string(), name: z.string() })).meta({
      title: "Đơn vị hành chính hiện nay (sắp xếp 2025; trống: không có dữ liệu đơn vị hành chính)",
    }),
  })
  .meta({ title: "Một đơn vị được xét" });

const ChosenSchema = z
  .object({
    registrationId: z.string().meta({ title: "Mã bản ghi đăng ký" }),
    unitId: z.string().nullable().meta({ title: "Mã đơn vị" }),
    name: z.string().meta({ title: "Tên đơn vị" }),
    subject: TypicalSubjectSchema.meta({ title: "Loại đơn vị (mã)" }),
    status: TypicalStatusSchema.meta({ title: "Tình trạng (mã)" }),
    statusTitle: z.string().meta({ title: "Tình trạng" }),
    eligible: z.boolean().nullable().meta({ title: "Đủ điều kiện (trống: không có kết quả phân loại)" }),
    formerUnits: z
      .array(z.string())
      .meta({ title: "Mã các đơn vị cũ hợp thành có kết quả phân loại (sắp xếp 2025)" }),
    review: z.array(NoteSchema).meta({ title: "Cần xem xét" }),
  })
  .meta({ title: "Một đơn vị được chọn" });

const TargetSchema = z
  .object({
    subject: z.string().meta({ title: "Loại đơn vị (mã)" }),
    subjectTitle: z.string().meta({ title: "Loại đơn vị" }),
    target: z.int().nonnegative().meta({ title: "Chỉ tiêu" }),
    chosen: z.int().nonnegative().meta({ title: "Số đơn vị được chọn" }),
    shortfall: z.int().nonnegative().meta({ title: "Còn thiếu" }),
    surplus: z.int().nonnegative().meta({ title: "Vượt" }),
  })
  .meta({ title: "Chỉ tiêu của năm theo loại đơn vị" });

/**
 * `antq.typical/1`: the candidates for điển hình of a plan year and the units chosen.
 *
 * @example
 * ```ts
 * const document = typicalDocument([], registrations, 2024, { rule: EXAMPLE_TYPICAL_RULE, plan });
 * TypicalDocumentSchema.safeParse(document).success; //=> true
 * ```
 */
export const TypicalDocumentSchema = z
  .object({
    format: z.literal(TYPICAL_FORMAT).meta({ title: "Định dạng" }),
    planYear: z.int().meta({ title: "Năm xây dựng điển hình" }),
    fromYear: z.int().meta({ title: "Năm của kết quả phân loại được dùng" }),
    rule: z
      .object({
        id: z.string().meta({ title: "Mã cấu hình" }),
        label: z.string().meta({ title: "Tên cấu hình" }),
        example: z.boolean().meta({ title: "Là cấu hình ví dụ" }),
        levels: z.array(z.string()).meta({ title: "Các mức phân loại được chọn (mã)" }),
        requireTt124: z.boolean().meta({ title: "Phải đạt “An toàn về ANTT”" }),
        kinds: z.array(z.string()).meta({ title: "Loại đơn vị được chọn (mã)" }),
        basis: z.string().meta({ title: "Căn cứ" }),
      })
      .meta({ title: "Điều kiện chọn" }),
    summary: z
      .object({
        considered: z.int().nonnegative().meta({ title: "Số đơn vị được xét" }),
        eligible: z.int().nonnegative().meta({ title: "Số đơn vị đủ điều kiện" }),
        byKind: z
          .array(
            z.object({
              kind: z.string().meta({ title: "Loại (mã)" }),
              title: z.string().meta({ title: "Loại" }),
              considered: z.int().nonnegative().meta({ title: "Được xét" }),
              eligible: z.int().nonnegative().meta({ title: "Đủ điều kiện" }),
            }),
          )
          .meta({ title: "Theo loại đơn vị" }),
      })
      .meta({ title: "Tổng hợp" }),
    candidates: z.array(CandidateSchema).meta({ title: "Các đơn vị được xét" }),
    chosen: z.array(ChosenSchema).meta({ title: "Các đơn vị được chọn xây dựng điển hình" }),
    targets: z
      .array(TargetSchema)
      .nullable()
      .meta({ title: "Chỉ tiêu của kế hoạch (trống: không có kế hoạch)" }),
    review: z.array(NoteSchema).meta({ title: "Cần xem xét" }),
  })
  .meta({ title: "Lựa chọn đơn vị xây dựng điển hình (antq.typical/1)" });

/**
 * An `antq.typical/1` document.
 *
 * @example
 * ```ts
 * const document: TypicalDocument = typicalDocument([], [], 2024, { rule: EXAMPLE_TYPICAL_RULE });
 * [document.format, document.planYear, document.targets]; //=> ["antq.typical/1", 2024, null]
 * ```
 */
export type TypicalDocument = z.infer<typeof TypicalDocumentSchema>;

/**
 * The per-unit results read from an `antq.assessment/1` document: unit id → outcome, and the year.
 *
 * @example
 * ```ts
 * const outcomes: PreviousOutcomes = { year: 2024, outcomes: new Map([["C28261", "dat"], ["C28270", "chua_dat"]]) };
 * const document = classificationDocument(classifications, { configuration: "Cấu hình ví dụ", errors: 0 });
 * previousFromDocuments(document, outcomes).map((p) => p.tt124); //=> ["dat", "chua_dat"]
 * ```
 */
export interface PreviousOutcomes {
  readonly year: number;
  readonly outcomes: ReadonlyMap<string, Outcome>;
}

/**
 * The previous classifications as the selection reads them: each classified unit with its "An toàn về
 * ANTT" outcome of the same year when `assessment` has it.
 *
 * @example
 * ```ts
 * const document = classificationDocument(classifications, { configuration: "Cấu hình ví dụ", errors: 0 });
 * const previous = previousFromDocuments(document, { year: 2024, outcomes: new Map([["C28261", "dat"]]) });
 * previous.map((p) => [p.name, p.level, p.tt124]); //=> [["Xã Mỹ Thành", "xuat_sac", "dat"], ["Phường Đạo Thạnh", "trung_binh", undefined]]
 * ```
 */
export const previousFromDocuments = (
  classification: Pick<ClassificationDocument, "units">,
  assessment?: PreviousOutcomes,
): PreviousClassification[] =>
  classification.units.map((u) => {
    const tt124 =
      assessment !== undefined && assessment.year === u.year ? assessment.outcomes.get(u.unitId) : undefined;
    return {
      unitId: u.unitId,
      ...(u.unitName !== null ? { name: u.unitName } : {}),
      kind: u.kind as PreviousClassification["kind"],
      year: u.year,
      level: u.level,
      ...(tt124 !== undefined ? { tt124 } : {}),
    };
  });

/**
 * Options of {@link typicalDocument}.
 *
 * @example
 * ```ts
 * const options: TypicalDocumentOptions = { rule: EXAMPLE_TYPICAL_RULE, plan };
 * typicalDocument([], registrations, 2024, options).targets?.map((t) => [t.subject, t.target, t.chosen]); //=> [["commune", 2, 2]]
 * ```
 */
export interface TypicalDocumentOptions {
  readonly rule: TypicalEligibilityRule;
  /** The plan whose count targets of the plan year the chosen units are counted against. */
  readonly plan?: Plan;
  /**
   * Administrative units with their 2025 lineage: a classified unit whose id is an administrative unit is
   * followed to the plan year, and a chosen unit without a classification of its own is judged on the units it
   * was formed from ("cần xem xét").
   */
  readonly lineage?: AdminUnitIndex;
}

/**
 * The `antq.typical/1` document: candidates for `planYear` from the classifications of the year before,
 * the chosen units (registrations of the plan year) and, with a plan, the targets of that year by kind.
 * A province rule (not the example) still gets a review note: its conditions are province configuration,
 * because QĐ 9745/QĐ-BCA-V05's selection conditions are not published ([NF]).
 *
 * @example
 * ```ts
 * typicalDocument([], [], 2024, { rule: EXAMPLE_TYPICAL_RULE }).fromYear; //=> 2023
 * const previous = previousFromDocuments(classificationDocument(classifications, { configuration: "Ví dụ", errors: 0 }));
 * const document = typicalDocument(previous.map((p) => ({ ...p, year: 2023, tt124: "dat" as const })), registrations, 2024, { rule: EXAMPLE_TYPICAL_RULE, plan });
 * document.candidates.map((c) => [c.name, c.eligible]); //=> [["Xã Mỹ Thành", true], ["Phường Đạo Thạnh", false]]
 * document.chosen.map((c) => [c.name, c.eligible]); //=> [["Xã Mỹ Thành", true], ["Phường Đạo Thạnh", false]]
 * document.targets?.map((t) => [t.subjectTitle, t.target, t.chosen]); //=> [["Xã", 2, 2]]
 * ```
 */
export const typicalDocument = (
  previous: readonly PreviousClassification[],
  registrations: readonly TypicalRegistration[],
  planYear: number,
  options: TypicalDocumentOptions,
): TypicalDocument => {
  const lineage = options.lineage;
  const located = lineage
    ? previous.map((p) =>
        p.adminUnitId === undefined && lineage.byId.has(p.unitId) ? { ...p, adminUnitId: p.unitId } : p,
      )
    : previous;
  const selection = selectTypicalCandidates(located, planYear, options.rule, lineage ? { lineage } : {});
  const converted = options.plan ? planFromDomain(options.plan) : undefined;
  const review = selection.review.map((n) => ({ code: n.code, message: n.message }));
  if (!options.rule.example) {
    review.push({
      code: "PROVINCE_CONFIG",
      message: `Điều kiện chọn “${options.rule.label}” là cấu hình của tỉnh: Quyết định 9745/QĐ-BCA-V05 chưa công bố điều kiện chọn đơn vị xây dựng điển hình — cần xem xét.`,
    });
  }
  if (converted && !converted.ok) {
    for (const i of converted.issues) review.push({ code: i.code, message: `Kế hoạch: ${i.message}` });
  }
  // Targets the chosen registrations cannot fill (khu dân cư: no registration names one): said, not compared.
  for (const t of options.plan?.countTargets ?? []) {
    const unit = countTargetUnit(t.programme, t.subject);
    if (t.year === planYear && unit !== undefined && !countedByRegistrations(unit))
      review.push({
        code: "UNSUPPORTED_TARGET",
        message: `Kế hoạch: chỉ tiêu năm ${t.year} “${TARGET_SUBJECT_LABELS_VI[t.subject]}” (${t.count}) không so được với các đơn vị đã chọn: đăng ký xây dựng điển hình chưa ghi được khu dân cư.`,
      });
  }
  const choice = compareTypicalChoice(selection, registrations, converted?.ok ? converted.value : undefined);
  const tt124 = new Map(
    previous.filter((p) => p.year === selection.fromYear).map((p) => [p.unitId, p.tt124]),
  );
  const all = [...selection.eligible, ...selection.ineligible].sort((a, b) =>
    a.unitId < b.unitId ? -1 : a.unitId > b.unitId ? 1 : 0,
  );
  const levelTitle = (id: string) => MOVEMENT_LEVELS.find((l) => l.id === id)?.label ?? id;
  const kindTitle = (id: string) => CLASSIFICATION_KINDS.find((k) => k.id === id)?.label ?? id;
  const kinds = [...new Set(all.map((c) => c.kind))];
  return {
    format: TYPICAL_FORMAT,
    planYear,
    fromYear: selection.fromYear,
    rule: {
      id: options.rule.id,
      label: options.rule.label,
      example: options.rule.example,
      levels: [...options.rule.levels],
      requireTt124: options.rule.requireTt124,
      kinds: [...options.rule.kinds],
      basis: options.rule.basis.document,
    },
    summary: {
      considered: all.length,
      eligible: selection.eligible.length,
      byKind: kinds.map((kind) => ({
        kind,
        title: kindTitle(kind),
        considered: all.filter((c) => c.kind === kind).length,
        eligible: all.filter((c) => c.kind === kind && c.eligible).length,
      })),
    },
    candidates: all.map((c) => ({
      unitId: c.unitId,
      name: c.name,
      kind: c.kind,
      kindTitle: kindTitle(c.kind),
      previousLevel: c.previousLevel,
      previousLevelTitle: levelTitle(c.previousLevel),
      previousTt124: tt124.get(c.unitId) ?? null,
      eligible: c.eligible,
      codes: [...c.codes],
      reasons: [...c.reasons],
      review: c.review.map((n) => ({ code: n.code, message: n.message })),
      nowIn: c.nowIn.map((a) => ({ id: a.id, name: adminUnitFullName(a) })),
    })),
    chosen: choice.units.map((u) => ({
      registrationId: u.registration.id,
      unitId: u.registration.unitId ?? null,
      name: u.registration.name,
      subject: u.registration.subject,
      status: u.registration.status,
      statusTitle: TYPICAL_STATUS_LABELS_VI[u.registration.status],
      eligible: u.eligible ?? null,
      formerUnits: u.formerUnits.map((c) => c.unitId),
      review: u.review.map((n) => ({ code: n.code, message: n.message })),
    })),
    targets:
      choice.progress === undefined
        ? null
        : choice.progress.targets.flatMap((t) =>
            t.type === "count"
              ? [
                  {
                    subject: t.target.unitType,
                    // Every unit a count target counts has a plan subject label (khu dân cư and "any" too).
                    subjectTitle: TARGET_SUBJECT_LABELS_VI[t.target.unitType],
                    target: t.target.count,
                    chosen: t.achieved,
                    shortfall: t.shortfall,
                    surplus: Math.max(0, t.achieved - t.target.count),
                  },
                ]
              : [],
          ),
    review: [
      ...review,
      ...choice.units.flatMap((u) => u.review.map((n) => ({ code: n.code, message: n.message }))),
    ],
  };
};

/**
 * The plan a điển hình selection is counted against: the one with `planId`, else the only plan given; a
 * Vietnamese message when several plans leave the choice open or `planId` names none; `undefined` when there
 * is no plan (the selection is then made without targets).
 *
 * @example
 * ```ts
 * choosePlan([plan])?.plan?.id === plan.id; //=> true
 * choosePlan([]); //=> undefined
 * choosePlan([plan], "kh-khac"); //=> { message: "Không có kế hoạch mã \"kh-khac\"." }
 * choosePlan([plan, { ...plan, id: "kh-02" }])?.message?.startsWith("Có 2 kế hoạch"); //=> true
 * ```
 */
export const choosePlan = (
  plans: readonly Plan[],
  planId?: string,
):
  | { readonly plan: Plan; readonly message?: undefined }
  | { readonly plan?: undefined; readonly message: string }
  | undefined => {
  const candidates = plans.filter((p) => planId === undefined || p.id === planId);
  if (candidates.length > 1)
    return {
      message: `Có ${candidates.length} kế hoạch (${candidates.map((p) => p.id).join(", ")}); hãy chọn một mã kế hoạch.`,
    };
  if (planId !== undefined && candidates.length === 0)
    return { message: `Không có kế hoạch mã "${planId}".` };
  const plan = candidates[0];
  return plan === undefined ? undefined : { plan };
};

/**
 * The selection as lines of text (the console of `antq dien-hinh`): heading, rule, eligible units by kind,
 * each unit considered with its reasons, the units chosen, the targets of the year, the review notes.
 *
 * @example
 * ```ts
 * const previous = previousFromDocuments(classificationDocument(classifications, { configuration: "Ví dụ", errors: 0 }));
 * const document = typicalDocument(previous.map((p) => ({ ...p, year: 2023, tt124: "dat" as const })), registrations, 2024, { rule: EXAMPLE_TYPICAL_RULE, plan });
 * const lines = typicalDocumentLines(document);
 * lines.slice(0, 3); //=> ["LỰA CHỌN ĐƠN VỊ XÂY DỰNG ĐIỂN HÌNH NĂM 2024 (căn cứ kết quả phân loại năm 2023)", "Điều kiện: Điều kiện chọn đơn vị xây dựng điển hình (cấu hình ví dụ).", "Đủ điều kiện: 1/2 đơn vị (cấp xã 1/2)."]
 * lines.includes("  Chỉ tiêu xã: 2/2, đủ."); //=> true
 * ```
 */
export const typicalDocumentLines = (document: TypicalDocument): string[] => {
  const s = document.summary;
  const rule = document.rule;
  return [
    `LỰA CHỌN ĐƠN VỊ XÂY DỰNG ĐIỂN HÌNH NĂM ${document.planYear} (căn cứ kết quả phân loại năm ${document.fromYear})`,
    `Điều kiện: ${rule.label}${rule.example && !rule.label.includes("ví dụ") ? " (cấu hình ví dụ)" : ""}.`,
    `Đủ điều kiện: ${formatNumber(s.eligible)}/${formatNumber(s.considered)} đơn vị (${s.byKind.map((k) => `${k.title.toLocaleLowerCase("vi")} ${k.eligible}/${k.considered}`).join(", ")}).`,
    ...document.candidates.map((c) => `  ${c.eligible ? "✓" : "✗"} ${c.name}: ${c.reasons.join(" ")}`),
    ...(document.chosen.length > 0
      ? [
          `Đơn vị được chọn: ${document.chosen.length}.`,
          ...document.chosen.map(
            (u) =>
              `  • ${u.name} — ${u.statusTitle}${u.eligible === true ? ", đủ điều kiện" : u.eligible === false ? ", chưa đủ điều kiện" : ", chưa có kết quả phân loại"}`,
          ),
        ]
      : []),
    ...(document.targets ?? []).map(
      (t) =>
        `  Chỉ tiêu ${t.subjectTitle.toLocaleLowerCase("vi")}: ${t.chosen}/${t.target}${t.shortfall > 0 ? `, còn thiếu ${t.shortfall}` : t.surplus > 0 ? `, vượt ${t.surplus}` : ", đủ"}.`,
    ),
    ...document.review.map((n) => `Cần xem xét: ${n.message}`),
  ];
};
