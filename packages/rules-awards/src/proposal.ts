/**
 * An award proposal (đề nghị khen thưởng) as the eligibility rules read it: the form and issuer asked for, the
 * recipient, the proposal date (the rules in force on that date apply), the achievement year and the record
 * behind it (ratings by year, "An toàn về ANTT" results, prior awards, service dates).
 */
import {
  AwardIssuerKindSchema,
  AwardRecipientSchema,
  CalendarDateSchema,
  type DomainResult,
  GenderSchema,
  parseWith,
  TaskRatingSchema,
} from "@antq/domain";
import * as z from "zod";

/**
 * The forms this rule set decides: Bằng khen (`certificate-of-merit`), Giấy khen
 * (`certificate-of-commendation`) and the Kỷ niệm chương "Bảo vệ an ninh Tổ quốc" (`commemorative-medal`).
 *
 * @example
 * ProposedFormSchema.parse("certificate-of-commendation"); //=> "certificate-of-commendation"
 */
export const ProposedFormSchema = z
  .enum(["certificate-of-merit", "certificate-of-commendation", "commemorative-medal"])
  .meta({ title: "Hình thức đề nghị" });

/**
 * A proposed form (see {@link ProposedFormSchema}).
 *
 * @example
 * const f: ProposedForm = "certificate-of-merit";
 */
export type ProposedForm = z.infer<typeof ProposedFormSchema>;

const year = z.int().min(2000).max(2100).meta({ title: "Năm" });

/**
 * The record behind a proposal. Every field is optional: a rule that needs a missing field answers
 * "cần xem xét" (thiếu dữ liệu), never "chưa đạt".
 *
 * @example
 * AwardRecordSchema.parse({ exemplaryCompliance: true, achievements: ["movement"] }).achievements; //=> ["movement"]
 */
export const AwardRecordSchema = z
  .strictObject({
    /** Gương mẫu chấp hành chủ trương, chính sách, pháp luật (Điều 74 khoản 1). */
    exemplaryCompliance: z.boolean().meta({ title: "Gương mẫu chấp hành pháp luật" }).optional(),
    /** Điều 74 khoản 1 điểm a, b, c. */
    achievements: z
      .array(z.enum(["movement", "field", "contribution"]))
      .meta({ title: "Thành tích (điểm a, b, c khoản 1 Điều 74)" })
      .optional(),
    /** Yearly task ratings (hoàn thành xuất sắc / tốt / hoàn thành / không hoàn thành nhiệm vụ). */
    ratings: z
      .array(z.strictObject({ year, rating: TaskRatingSchema }))
      .meta({ title: "Xếp loại hằng năm" })
      .optional(),
    /** Years with the title "Chiến sĩ thi đua cơ sở". */
    baseEmulationSoldierYears: z.array(year).meta({ title: "Năm đạt Chiến sĩ thi đua cơ sở" }).optional(),
    /** Initiatives recognised and applied at the base in the period (not already used for earlier titles). */
    initiatives: z.int().nonnegative().meta({ title: "Sáng kiến được công nhận" }).optional(),
    /** Yearly "An toàn về an ninh, trật tự" results of the collective (TT 124/2021/TT-BCA). */
    safeYears: z
      .array(z.strictObject({ year, outcome: z.enum(["dat", "chua_dat"]) }))
      .meta({ title: "Kết quả “An toàn về ANTT” theo năm" })
      .optional(),
    /** Awards already received. */
    priorAwards: z
      .array(
        z.strictObject({
          form: z.enum([
            "order",
            "medal",
            "state-honorary-title",
            "commemorative-medal",
            "certificate-of-merit",
            "certificate-of-commendation",
            "emulation-flag",
            "emulation-title",
            "other",
          ]),
          issuerKind: AwardIssuerKindSchema,
          year,
          /** Awarded for protecting national security (bảo vệ an ninh Tổ quốc). */
          forSecurity: z.boolean().optional(),
        }),
      )
      .meta({ title: "Khen thưởng đã nhận" })
      .optional(),
    /** Tổ bảo vệ ANTT service (Kỷ niệm chương): start, and earlier Bảo vệ dân phố / Công an xã service. */
    teamServiceStart: CalendarDateSchema.meta({ title: "Ngày tham gia Tổ bảo vệ ANTT" }).optional(),
    priorServiceStart: CalendarDateSchema.meta({
      title: "Ngày bắt đầu tham gia Bảo vệ dân phố, Công an xã (trước Tổ)",
    }).optional(),
    /** Service in especially difficult, border or island areas (coefficient 2). */
    hardshipArea: z
      .boolean()
      .meta({ title: "Công tác ở vùng đặc biệt khó khăn, biên giới, hải đảo" })
      .optional(),
    gender: GenderSchema.optional(),
    /** Years in leadership posts (Kỷ niệm chương, leaders' branch). */
    leadershipYears: z.number().nonnegative().meta({ title: "Số năm giữ chức vụ lãnh đạo" }).optional(),
    /** Complex social-evil hotspots or serious ANTT incidents in the leader's unit. */
    seriousIncident: z
      .boolean()
      .meta({ title: "Có tụ điểm phức tạp hoặc vụ việc nghiêm trọng về ANTT" })
      .optional(),
  })
  .meta({ title: "Thành tích, quá trình" });

/**
 * The record behind a proposal (see {@link AwardRecordSchema}).
 *
 * @example
 * const r: AwardRecord = { ratings: [{ year: 2024, rating: "excellent" }] };
 */
export type AwardRecord = z.infer<typeof AwardRecordSchema>;

/**
 * An award proposal: the row of the "Danh sách đề nghị khen thưởng".
 *
 * @example
 * AwardProposalSchema.parse({
 *   id: "bk-tt-01", form: "certificate-of-merit", issuer: { kind: "provincial-people-committee-chair" },
 *   recipient: { kind: "collective", name: "Công an huyện Châu Thành" }, proposedOn: "2024-09-10", year: 2024,
 *   reason: "Có thành tích xuất sắc trong 10 năm thực hiện Chỉ thị 07/CT-BCA-V28",
 * }).form; //=> "certificate-of-merit"
 */
export const AwardProposalSchema = z
  .strictObject({
    id: z
      .string()
      .regex(/^[A-Za-z0-9][A-Za-z0-9._:/-]{0,127}$/)
      .meta({ title: "Mã đề nghị" }),
    form: ProposedFormSchema,
    issuer: z
      .strictObject({
        kind: AwardIssuerKindSchema,
        name: z.string().min(1).max(300).meta({ title: "Tên cấp khen thưởng" }).optional(),
      })
      .meta({ title: "Cấp khen thưởng" }),
    recipient: AwardRecipientSchema,
    proposedOn: CalendarDateSchema.meta({ title: "Ngày đề nghị" }),
    year: year.meta({ title: "Năm thành tích" }),
    reason: z.string().min(1).max(2000).meta({ title: "Thành tích, lý do đề nghị" }),
    record: AwardRecordSchema.optional(),
  })
  .meta({ id: "AwardProposal", title: "Đề nghị khen thưởng" });

/**
 * An award proposal (see {@link AwardProposalSchema}).
 *
 * @example
 * const collective = (p: AwardProposal) => p.recipient.kind === "collective";
 */
export type AwardProposal = z.infer<typeof AwardProposalSchema>;

/**
 * Parses an award proposal; issues carry the field path and a Vietnamese message.
 *
 * @example
 * parseAwardProposal({ id: "x" }).ok; //=> false
 */
export function parseAwardProposal(input: unknown): DomainResult<AwardProposal> {
  return parseWith(AwardProposalSchema, input);
}
