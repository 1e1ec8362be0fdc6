import * as z from "zod";
import { ManagingLevelSchema } from "./assessed-unit.js";
import { CalendarDateSchema } from "./calendar-date.js";
import { DatedActSchema } from "./document-ref.js";
import { AssessedUnitIdSchema, ModelIdSchema, SecurityTeamIdSchema } from "./ids.js";
import {
  AccidentSchema,
  CrimeIncidentSchema,
  HotspotSchema,
  SchoolViolenceIncidentSchema,
  SecurityEventSchema,
  SocialEvilPersonSchema,
  StateSecretViolationSchema,
  StrikeSchema,
} from "./incident.js";
import { count, text } from "./internal/id.js";
import { ModelEffectivenessLevelSchema } from "./model.js";
import { parser } from "./parse.js";
import { EmulationTitleSchema, TaskRatingSchema } from "./rating.js";
import { AdministrativeSanctionSchema, DisciplinaryActionSchema } from "./sanction.js";

/**
 * Forms of the Party committee's resolution on security and order (TT 124 Điều 6 khoản 1): a dedicated
 * resolution, or the annual resolution with content on security and order.
 *
 * @example
 * ```ts
 * PartyResolutionFormSchema.parse("dedicated"); // nghị quyết chuyên đề
 * ```
 */
export const PartyResolutionFormSchema = z
  .enum(["dedicated", "annual-with-security-content"])
  .meta({ title: "Hình thức nghị quyết" });

/**
 * A form of Party resolution (see {@link PartyResolutionFormSchema}).
 *
 * @example
 * ```ts
 * const f: PartyResolutionForm = "annual-with-security-content";
 * ```
 */
export type PartyResolutionForm = z.infer<typeof PartyResolutionFormSchema>;

/**
 * Vietnamese labels of {@link PartyResolutionForm}.
 *
 * @example
 * ```ts
 * PARTY_RESOLUTION_FORM_LABELS_VI.dedicated; // "Nghị quyết chuyên đề về ANTT"
 * ```
 */
export const PARTY_RESOLUTION_FORM_LABELS_VI: Readonly<Record<PartyResolutionForm, string>> = {
  dedicated: "Nghị quyết chuyên đề về ANTT",
  "annual-with-security-content": "Nghị quyết năm có nội dung về ANTT",
};

/**
 * The Party resolution on security and order adopted in Quý I: a dedicated resolution, or ANTT content in
 * the annual resolution (TT 124 Điều 6 khoản 1 allows both for cơ quan, doanh nghiệp).
 *
 * @example
 * ```ts
 * PartyResolutionSchema.parse({ date: "2025-02-14", form: "dedicated", body: "Chi bộ ấp Mỹ Lợi" });
 * ```
 */
export const PartyResolutionSchema = DatedActSchema.extend({
  form: PartyResolutionFormSchema.optional(),
  body: text("Cấp ủy ban hành", 300).optional(),
}).meta({ title: "Nghị quyết của cấp ủy về ANTT" });

/**
 * What was done in Quý I (TT 124 Điều 4 khoản 1, Điều 5 khoản 1, Điều 6 khoản 1, Điều 7 khoản 1): the Party
 * resolution, the ANTT plan (of the commune People's Committee or of the unit) and the registration to strive
 * for the standard, each with its date.
 *
 * @example
 * ```ts
 * QuarterOneActionsSchema.parse({
 *   partyResolution: { date: "2025-02-14" }, securityPlan: { date: "2025-02-20" }, registration: { date: "2025-03-03" },
 * });
 * ```
 */
export const QuarterOneActionsSchema = z
  .strictObject({
    partyResolution: PartyResolutionSchema.optional(),
    securityPlan: DatedActSchema.optional(),
    registration: DatedActSchema.optional(),
  })
  .meta({ title: "Việc thực hiện trong Quý I" });

/**
 * Quý I actions (see {@link QuarterOneActionsSchema}).
 *
 * @example
 * ```ts
 * const q: QuarterOneActions = { registration: { date: "2025-03-03" } };
 * ```
 */
export type QuarterOneActions = z.infer<typeof QuarterOneActionsSchema>;

/**
 * Topics of the internal rules a cơ quan, doanh nghiệp or cơ sở giáo dục must have (TT 124 Điều 6 khoản 1,
 * Điều 7 khoản 1).
 *
 * @example
 * ```ts
 * InternalRuleTopicSchema.parse("state-secrets");
 * ```
 */
export const InternalRuleTopicSchema = z
  .enum([
    "unit-protection",
    "state-secrets",
    "internal-political-protection",
    "labour-safety",
    "fire-prevention",
    "environment",
    "learner-management",
  ])
  .meta({ title: "Nội dung nội quy, quy chế" });

/**
 * A topic of internal rules (see {@link InternalRuleTopicSchema}).
 *
 * @example
 * ```ts
 * const t: InternalRuleTopic = "fire-prevention";
 * ```
 */
export type InternalRuleTopic = z.infer<typeof InternalRuleTopicSchema>;

/**
 * Vietnamese labels of {@link InternalRuleTopic} (TT 124 Điều 6 khoản 1, Điều 7 khoản 1).
 *
 * @example
 * ```ts
 * INTERNAL_RULE_TOPIC_LABELS_VI["state-secrets"]; // "Bảo vệ bí mật nhà nước"
 * ```
 */
export const INTERNAL_RULE_TOPIC_LABELS_VI: Readonly<Record<InternalRuleTopic, string>> = {
  "unit-protection": "Bảo vệ cơ quan, doanh nghiệp, cơ sở giáo dục",
  "state-secrets": "Bảo vệ bí mật nhà nước",
  "internal-political-protection": "Bảo vệ chính trị nội bộ",
  "labour-safety": "An toàn lao động",
  "fire-prevention": "Phòng cháy, chữa cháy",
  environment: "Bảo vệ môi trường",
  "learner-management": "Quản lý người học",
};

/**
 * Households of a khu dân cư: currently resident and registered to take part (TT 124 Điều 4 khoản 1 asks 100%).
 *
 * @example
 * ```ts
 * HouseholdCountsSchema.parse({ resident: 315, registered: 312 });
 * ```
 */
export const HouseholdCountsSchema = z
  .strictObject({
    resident: count("Số hộ gia đình đang cư trú"),
    registered: count("Số hộ gia đình đăng ký tham gia"),
  })
  .meta({ title: "Số hộ gia đình" });

/**
 * A count "x of total" (e.g. staff informed of the rules; units registered). `part` must not exceed `total`.
 *
 * @example
 * ```ts
 * PartOfTotalSchema.parse({ total: 240, part: 240 });
 * ```
 */
export const PartOfTotalSchema = z
  .strictObject({
    total: count("Tổng số"),
    part: count("Số đạt yêu cầu"),
  })
  .meta({ title: "Số lượng trên tổng số" });

/**
 * Counts of crimes, social-evil cases and other violations in one evaluation window, for the
 * "kiềm chế, kéo giảm so với năm trước" comparison (TT 124 Điều 4 khoản 4 điểm a).
 *
 * @example
 * ```ts
 * ViolationCountsSchema.parse({ crimes: 2, socialEvilCases: 1, otherViolationCases: 5 });
 * ```
 */
export const ViolationCountsSchema = z
  .strictObject({
    crimes: count("Số vụ phạm tội"),
    socialEvilCases: count("Số vụ tệ nạn xã hội"),
    otherViolationCases: count("Số vụ vi phạm pháp luật khác"),
  })
  .meta({ title: "Số vụ phạm tội, tệ nạn xã hội, vi phạm pháp luật" });

/**
 * The security force of a unit and its assessment: for a khu dân cư the grassroots force (Điều 4 khoản 5,
 * Tổ bảo vệ ANTT), for a cơ quan/doanh nghiệp/cơ sở giáo dục its protection force (Điều 6 khoản 4, Điều 7
 * khoản 5). `exists: false` records "no such force" (Điều 7 khoản 5 says "nếu có").
 *
 * @example
 * ```ts
 * SecurityForceAssessmentSchema.parse({ exists: true, rating: "completed", teamIds: ["to-bv-antt-my-loi"] });
 * ```
 */
export const SecurityForceAssessmentSchema = z
  .strictObject({
    exists: z.boolean().meta({ title: "Có lực lượng bảo vệ" }),
    rating: TaskRatingSchema.optional(),
    emulationTitle: EmulationTitleSchema.optional(),
    eligibleForEmulation: z.boolean().meta({ title: "Thuộc diện bình xét thi đua" }).optional(),
    teamIds: z.array(SecurityTeamIdSchema).meta({ title: "Các Tổ bảo vệ ANTT" }).optional(),
  })
  .meta({ title: "Đánh giá lực lượng bảo vệ" });

/**
 * Rating of one subordinate unit (phòng, ban, tổ, đội; khoa, tổ chuyên môn) for TT 124 Điều 6 khoản 5 and
 * Điều 7 khoản 6.
 *
 * @example
 * ```ts
 * SubUnitRatingSchema.parse({ name: "Phòng Hành chính – Tổng hợp", rating: "good" });
 * ```
 */
export const SubUnitRatingSchema = z
  .strictObject({
    name: text("Tên đơn vị trực thuộc", 300),
    rating: TaskRatingSchema.optional(),
    emulationTitle: EmulationTitleSchema.optional(),
    eligibleForEmulation: z.boolean().meta({ title: "Thuộc diện bình xét thi đua" }).optional(),
  })
  .meta({ title: "Xếp loại đơn vị trực thuộc" });

/**
 * Effectiveness of a movement model as rated in the year. HD 22/HD-BCA-V05 rating levels were not found
 * (regulations.md §3.2), so the provincial level name goes in `ratingLevel` and the TT 124 question
 * ("hoạt động hiệu quả"?) in `effectiveness`.
 *
 * @example
 * ```ts
 * ModelEffectivenessSchema.parse({ modelId: "mh-camera-pctp", effectiveness: "effective", ratedOn: "2025-10-20" });
 * ```
 */
export const ModelEffectivenessSchema = z
  .strictObject({
    modelId: ModelIdSchema,
    effectiveness: ModelEffectivenessLevelSchema,
    ratedOn: CalendarDateSchema.optional(),
    ratingLevel: text("Mức xếp loại theo hướng dẫn của tỉnh", 100).optional(),
  })
  .meta({ title: "Hiệu quả của mô hình" });

/**
 * An officer's attestation for a qualitative criterion (e.g. TT 124 Điều 4 khoản 2 "thực hiện tốt chủ trương,
 * chính sách …"), keyed by a criterion id such as `"TT124/Đ4/k2"`.
 *
 * @example
 * ```ts
 * AttestationSchema.parse({ criterion: "TT124/Đ4/k2", value: true, attestedBy: "Trưởng Công an xã", attestedOn: "2025-10-25" });
 * ```
 */
export const AttestationSchema = z
  .strictObject({
    criterion: text("Mã tiêu chí", 100),
    value: z.boolean().meta({ title: "Kết quả xác nhận" }),
    attestedBy: text("Người xác nhận", 200).optional(),
    attestedOn: CalendarDateSchema.optional(),
    note: text("Ghi chú", 2000).optional(),
  })
  .meta({ title: "Xác nhận tiêu chí định tính" });

/**
 * An attestation (see {@link AttestationSchema}).
 *
 * @example
 * ```ts
 * const a: Attestation = { criterion: "TT124/Đ6/k2", value: true };
 * ```
 */
export type Attestation = z.infer<typeof AttestationSchema>;

const checkPart = (
  ctx: z.core.$RefinementCtx,
  value: { total: number; part: number } | undefined,
  path: (string | number)[],
) => {
  if (value !== undefined && value.part > value.total) {
    ctx.addIssue({
      code: "custom",
      path: [...path, "part"],
      params: { domainCode: "PART_EXCEEDS_TOTAL", total: value.total },
      input: value.part,
    });
  }
};

/**
 * The facts of one assessed unit for one evaluation year: everything Thông tư 124/2021/TT-BCA asks about
 * (regulations.md §1.5–§1.9), as facts, never as verdicts. An absent list means "not reported"; an empty
 * list means "none occurred". Dated facts should fall in the unit's evaluation window (01/11–31/10 for khu
 * dân cư, 16/11–15/11 for the others, TT 124 Điều 8 khoản 2); the rules package applies the windows.
 *
 * Checks beyond the JSON Schema: registered households ≤ resident households, and every `part` ≤ `total`.
 *
 * @example
 * ```ts
 * const facts = AnnualFactsSchema.parse({
 *   unitId: "kdc-ap-my-loi", year: 2025,
 *   quarterOne: { partyResolution: { date: "2025-02-14" }, registration: { date: "2025-03-03" } },
 *   households: { resident: 315, registered: 315 },
 *   crimes: [], accidents: [], disciplinaryActions: [],
 *   securityForce: { exists: true, rating: "completed" },
 * });
 * ```
 */
export const AnnualFactsSchema = z
  .strictObject({
    unitId: AssessedUnitIdSchema,
    year: z.int().min(2000).max(2100).meta({ title: "Năm đánh giá" }),
    managingLevel: ManagingLevelSchema.optional(),
    asOf: CalendarDateSchema.optional(),
    quarterOne: QuarterOneActionsSchema.optional(),
    internalRules: z
      .strictObject({
        topics: z.array(InternalRuleTopicSchema).meta({ title: "Các nội dung đã có nội quy, quy chế" }),
        adoptedOn: CalendarDateSchema.optional(),
      })
      .meta({ title: "Nội quy, quy chế" })
      .optional(),
    peopleInformed: PartOfTotalSchema.meta({
      title: "Số cán bộ, người lao động, người học được phổ biến nội quy và tiêu chuẩn",
    }).optional(),
    households: HouseholdCountsSchema.optional(),
    coveredUnits: z
      .strictObject({
        total: count("Tổng số khu dân cư, cơ quan, doanh nghiệp, cơ sở giáo dục thuộc thẩm quyền"),
        registered: count("Số đơn vị đã đăng ký"),
        recognised: count("Số đơn vị được công nhận"),
      })
      .meta({ title: "Đơn vị thuộc thẩm quyền của cấp xã (Điều 5 khoản 4)" })
      .optional(),
    crimes: z.array(CrimeIncidentSchema).meta({ title: "Các vụ phạm tội" }).optional(),
    violationCounts: ViolationCountsSchema.optional(),
    previousYearCounts: ViolationCountsSchema.meta({ title: "Số vụ của năm trước" }).optional(),
    securityEvents: z.array(SecurityEventSchema).meta({ title: "Các vụ việc về an ninh" }).optional(),
    newSocialEvilPersons: z
      .array(SocialEvilPersonSchema)
      .meta({ title: "Người mới mắc tệ nạn xã hội" })
      .optional(),
    newHotspots: z.array(HotspotSchema).meta({ title: "Tụ điểm phức tạp phát sinh mới" }).optional(),
    accidents: z.array(AccidentSchema).meta({ title: "Các vụ cháy, nổ, tai nạn, sự cố" }).optional(),
    strikes: z.array(StrikeSchema).meta({ title: "Các vụ đình công, lãn công" }).optional(),
    stateSecretViolations: z
      .array(StateSecretViolationSchema)
      .meta({ title: "Vi phạm quy định bảo vệ bí mật nhà nước" })
      .optional(),
    schoolViolence: z
      .array(SchoolViolenceIncidentSchema)
      .meta({ title: "Các vụ bạo lực học đường" })
      .optional(),
    administrativeSanctions: z
      .array(AdministrativeSanctionSchema)
      .meta({ title: "Các trường hợp bị xử phạt vi phạm hành chính" })
      .optional(),
    disciplinaryActions: z
      .array(DisciplinaryActionSchema)
      .meta({ title: "Các trường hợp bị kỷ luật" })
      .optional(),
    securityForce: SecurityForceAssessmentSchema.optional(),
    subUnits: z.array(SubUnitRatingSchema).meta({ title: "Xếp loại các đơn vị trực thuộc" }).optional(),
    models: z.array(ModelEffectivenessSchema).meta({ title: "Các mô hình và hiệu quả" }).optional(),
    attestations: z.array(AttestationSchema).meta({ title: "Xác nhận tiêu chí định tính" }).optional(),
    extensions: z
      .record(
        z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._:/-]{0,127}$/),
        z.union([z.string(), z.number(), z.boolean()]),
      )
      .meta({ title: "Dữ kiện bổ sung theo tiêu chí của tỉnh" })
      .optional(),
  })
  .superRefine((facts, ctx) => {
    if (facts.households !== undefined && facts.households.registered > facts.households.resident) {
      ctx.addIssue({
        code: "custom",
        path: ["households", "registered"],
        params: { domainCode: "REGISTERED_EXCEEDS_RESIDENT", total: facts.households.resident },
        input: facts.households.registered,
      });
    }
    checkPart(ctx, facts.peopleInformed, ["peopleInformed"]);
    const covered = facts.coveredUnits;
    if (covered !== undefined) {
      for (const field of ["registered", "recognised"] as const) {
        if (covered[field] > covered.total) {
          ctx.addIssue({
            code: "custom",
            path: ["coveredUnits", field],
            params: { domainCode: "PART_EXCEEDS_TOTAL", total: covered.total },
            input: covered[field],
          });
        }
      }
    }
  })
  .meta({ id: "AnnualFacts", title: "Dữ kiện năm của đơn vị được đánh giá" });

/**
 * The facts of one unit for one evaluation year (see {@link AnnualFactsSchema}).
 *
 * @example
 * ```ts
 * const crimes = (f: AnnualFacts) => f.crimes ?? [];
 * ```
 */
export type AnnualFacts = z.infer<typeof AnnualFactsSchema>;

/**
 * Parses the facts of one unit for one year; returns typed facts or Vietnamese issues with paths.
 *
 * @example
 * ```ts
 * const r = parseAnnualFacts({ unitId: "kdc-01", year: 2025, crimes: [{ id: "v1", date: "2025-02-30" }] });
 * // r.ok === false; r.issues[0].pathText === "crimes[0].date", code "INVALID_DATE"
 * ```
 */
export const parseAnnualFacts = parser(AnnualFactsSchema);
