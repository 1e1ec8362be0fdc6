import * as z from "zod";
import { CalendarDateSchema } from "./calendar-date.js";
import { CrimeClassSchema } from "./crime-class.js";
import { AdminUnitIdSchema, AssessedUnitIdSchema, PersonIdSchema, RecordIdSchema } from "./ids.js";
import { count, text } from "./internal/id.js";
import { checkRange } from "./internal/range.js";
import { PersonRoleSchema } from "./person-role.js";

/**
 * Where something happened: the administrative unit and/or the assessed unit, plus free text.
 *
 * @example
 * ```ts
 * PlaceSchema.parse({ assessedUnitId: "kdc-ap-my-loi", description: "Đường liên ấp Mỹ Lợi" });
 * ```
 */
export const PlaceSchema = z
  .strictObject({
    adminUnitId: AdminUnitIdSchema.optional(),
    assessedUnitId: AssessedUnitIdSchema.optional(),
    description: text("Mô tả nơi xảy ra", 500).optional(),
  })
  .meta({ title: "Nơi xảy ra" });

/**
 * A place (see {@link PlaceSchema}).
 *
 * @example
 * ```ts
 * const p: Place = { description: "Chợ xã" };
 * ```
 */
export type Place = z.infer<typeof PlaceSchema>;

/**
 * Reference to a provision of Bộ luật Hình sự 2015: Điều (article), khoản (clause), điểm (point letter).
 *
 * @example
 * ```ts
 * PenalCodeRefSchema.parse({ article: 173, clause: 2 }); // trộm cắp tài sản, khoản 2
 * ```
 */
export const PenalCodeRefSchema = z
  .strictObject({
    article: z.int().min(1).max(426).meta({ title: "Điều (BLHS)" }),
    clause: z.int().min(1).max(10).meta({ title: "Khoản" }).optional(),
    point: z
      .string()
      .regex(/^[a-zđ]$/)
      .meta({ title: "Điểm" })
      .optional(),
  })
  .meta({ title: "Điều, khoản Bộ luật Hình sự" });

/**
 * A Bộ luật Hình sự reference (see {@link PenalCodeRefSchema}).
 *
 * @example
 * ```ts
 * const ref: PenalCodeRef = { article: 173, clause: 2 };
 * ```
 */
export type PenalCodeRef = z.infer<typeof PenalCodeRefSchema>;

/**
 * Who committed or took part in an incident, by role (resident, staff, learner …).
 *
 * @example
 * ```ts
 * PerpetratorSchema.parse({ role: "resident" });
 * ```
 */
export const PerpetratorSchema = z
  .strictObject({
    role: PersonRoleSchema,
    personId: PersonIdSchema.optional(),
    name: text("Họ tên", 200).optional(),
  })
  .meta({ title: "Người thực hiện" });

/**
 * A perpetrator (see {@link PerpetratorSchema}).
 *
 * @example
 * ```ts
 * const p: Perpetrator = { role: "learner" };
 * ```
 */
export type Perpetrator = z.infer<typeof PerpetratorSchema>;

/**
 * A crime (vụ phạm tội) with what TT 124 Điều 4 khoản 4 điểm b and Điều 6 khoản 3 điểm đ need: date,
 * place, crime class and/or the Bộ luật Hình sự article and clause, force majeure, and whether it was
 * detected promptly, its consequences limited and it was reported immediately. Either `crimeClass` or
 * `penalCode` (or both) should be given; when only `penalCode` is given the class comes from the
 * penalty bracket (see `crimeClassFromPenalty`).
 *
 * @example
 * ```ts
 * CrimeIncidentSchema.parse({
 *   id: "vu-2025-003", date: "2025-03-14", place: { assessedUnitId: "kdc-ap-my-loi" },
 *   crimeClass: "serious", penalCode: { article: 173, clause: 2 }, forceMajeure: false,
 *   promptlyDetected: true, consequencesMitigated: true, reportedImmediately: true,
 *   perpetrators: [{ role: "outsider" }],
 * });
 * ```
 */
export const CrimeIncidentSchema = z
  .strictObject({
    id: RecordIdSchema,
    date: CalendarDateSchema,
    place: PlaceSchema,
    description: text("Tóm tắt vụ việc", 2000).optional(),
    crimeClass: CrimeClassSchema.optional(),
    penalCode: PenalCodeRefSchema.optional(),
    forceMajeure: z.boolean().meta({ title: "Do nguyên nhân bất khả kháng" }),
    promptlyDetected: z.boolean().meta({ title: "Được phát hiện kịp thời" }).optional(),
    consequencesMitigated: z.boolean().meta({ title: "Đã áp dụng mọi biện pháp hạn chế hậu quả" }).optional(),
    reportedImmediately: z.boolean().meta({ title: "Đã báo cáo ngay cấp có thẩm quyền" }).optional(),
    reportedOn: CalendarDateSchema.optional(),
    perpetrators: z.array(PerpetratorSchema).meta({ title: "Người thực hiện" }).optional(),
  })
  .superRefine((c, ctx) => checkRange(ctx, c.date, c.reportedOn, ["reportedOn"]))
  .meta({ title: "Vụ phạm tội" });

/**
 * A crime incident (see {@link CrimeIncidentSchema}).
 *
 * @example
 * ```ts
 * const serious = (c: CrimeIncident) => c.crimeClass === "serious";
 * ```
 */
export type CrimeIncident = z.infer<typeof CrimeIncidentSchema>;

/**
 * The seven kinds of security event of TT 124 Điều 4 khoản 3 (points a–g), which Điều 6 khoản 3 points a–c
 * partly repeat for cơ quan, doanh nghiệp and cơ sở giáo dục.
 *
 * @example
 * ```ts
 * SecurityEventKindSchema.parse("protracted-civil-dispute"); // Điều 4 khoản 3 điểm e
 * ```
 */
export const SecurityEventKindSchema = z
  .enum([
    "anti-state-activity",
    "sabotage-of-key-targets",
    "illegal-religion-propagation",
    "exploitation-of-religion-ethnicity-complaints",
    "separatism",
    "protracted-civil-dispute",
    "incited-mass-complaints",
  ])
  .meta({ title: "Loại vụ việc về an ninh (Điều 4 khoản 3)" });

/**
 * A security-event kind (see {@link SecurityEventKindSchema}).
 *
 * @example
 * ```ts
 * const k: SecurityEventKind = "separatism";
 * ```
 */
export type SecurityEventKind = z.infer<typeof SecurityEventKindSchema>;

/**
 * Vietnamese labels of {@link SecurityEventKind}, with the TT 124 point they come from.
 *
 * @example
 * ```ts
 * SECURITY_EVENT_KIND_LABELS_VI.separatism; // "Hoạt động ly khai, tự trị (Điều 4 khoản 3 điểm đ)"
 * ```
 */
export const SECURITY_EVENT_KIND_LABELS_VI: Readonly<Record<SecurityEventKind, string>> = {
  "anti-state-activity":
    "Hoạt động chống Đảng, chống chính quyền, phá hoại khối đại đoàn kết toàn dân tộc (Điều 4 khoản 3 điểm a)",
  "sabotage-of-key-targets":
    "Phá hoại mục tiêu, công trình trọng điểm về kinh tế, văn hóa, xã hội, an ninh, quốc phòng (Điều 4 khoản 3 điểm b)",
  "illegal-religion-propagation": "Tuyên truyền, phát triển đạo trái pháp luật (Điều 4 khoản 3 điểm c)",
  "exploitation-of-religion-ethnicity-complaints":
    "Lợi dụng tín ngưỡng, tôn giáo, dân tộc, tranh chấp, khiếu nại để gây mất ANTT (Điều 4 khoản 3 điểm d)",
  separatism: "Hoạt động ly khai, tự trị (Điều 4 khoản 3 điểm đ)",
  "protracted-civil-dispute": "Tranh chấp phức tạp, kéo dài trong Nhân dân (Điều 4 khoản 3 điểm e)",
  "incited-mass-complaints":
    "Kích động, lôi kéo tụ tập đông người khiếu kiện, gây rối trật tự công cộng (Điều 4 khoản 3 điểm g)",
};

/**
 * A security event of one of the kinds in {@link SecurityEventKindSchema}.
 *
 * @example
 * ```ts
 * SecurityEventSchema.parse({ id: "ss-01", kind: "protracted-civil-dispute", date: "2025-05-02", description: "Tranh chấp đất kéo dài giữa hai dòng họ" });
 * ```
 */
export const SecurityEventSchema = z
  .strictObject({
    id: RecordIdSchema,
    kind: SecurityEventKindSchema,
    date: CalendarDateSchema,
    endDate: CalendarDateSchema.optional(),
    place: PlaceSchema.optional(),
    description: text("Tóm tắt vụ việc", 2000).optional(),
  })
  .superRefine((e, ctx) => checkRange(ctx, e.date, e.endDate, ["endDate"]))
  .meta({ title: "Vụ việc về an ninh" });

/**
 * A security event (see {@link SecurityEventSchema}).
 *
 * @example
 * ```ts
 * const k = (e: SecurityEvent) => e.kind;
 * ```
 */
export type SecurityEvent = z.infer<typeof SecurityEventSchema>;

/**
 * Kinds of social evil (tệ nạn xã hội).
 *
 * @example
 * ```ts
 * SocialEvilKindSchema.parse("drug-use"); // nghiện, sử dụng trái phép chất ma túy
 * ```
 */
export const SocialEvilKindSchema = z
  .enum(["drug-use", "prostitution", "gambling", "other"])
  .meta({ title: "Loại tệ nạn xã hội" });

/**
 * A social-evil kind (see {@link SocialEvilKindSchema}).
 *
 * @example
 * ```ts
 * const k: SocialEvilKind = "gambling";
 * ```
 */
export type SocialEvilKind = z.infer<typeof SocialEvilKindSchema>;

/**
 * Vietnamese labels of {@link SocialEvilKind}.
 *
 * @example
 * ```ts
 * SOCIAL_EVIL_KIND_LABELS_VI["drug-use"]; // "Nghiện, sử dụng trái phép chất ma túy"
 * ```
 */
export const SOCIAL_EVIL_KIND_LABELS_VI: Readonly<Record<SocialEvilKind, string>> = {
  "drug-use": "Nghiện, sử dụng trái phép chất ma túy",
  prostitution: "Mại dâm",
  gambling: "Cờ bạc",
  other: "Tệ nạn xã hội khác",
};

/**
 * A person newly found to be involved in a social evil during the window ("phát sinh người mắc tệ nạn xã hội",
 * TT 124 Điều 4 khoản 4 điểm c; also used with disciplinary actions for Điều 6 khoản 3 điểm h, Điều 7 khoản 4).
 *
 * @example
 * ```ts
 * SocialEvilPersonSchema.parse({ id: "tnxh-01", kind: "drug-use", identifiedOn: "2025-06-20", role: "resident" });
 * ```
 */
export const SocialEvilPersonSchema = z
  .strictObject({
    id: RecordIdSchema,
    kind: SocialEvilKindSchema,
    identifiedOn: CalendarDateSchema,
    role: PersonRoleSchema,
    personId: PersonIdSchema.optional(),
    description: text("Ghi chú", 1000).optional(),
  })
  .meta({ title: "Người mới mắc tệ nạn xã hội" });

/**
 * A person newly involved in a social evil (see {@link SocialEvilPersonSchema}).
 *
 * @example
 * ```ts
 * const isResident = (p: SocialEvilPerson) => p.role === "resident";
 * ```
 */
export type SocialEvilPerson = z.infer<typeof SocialEvilPersonSchema>;

/**
 * Kinds of hotspot of social-order problems: drugs, gambling, prostitution, other.
 *
 * @example
 * ```ts
 * HotspotKindSchema.parse("gambling"); // tụ điểm cờ bạc
 * ```
 */
export const HotspotKindSchema = z
  .enum(["drug", "gambling", "prostitution", "other"])
  .meta({ title: "Loại tụ điểm" });

/**
 * A hotspot kind (see {@link HotspotKindSchema}).
 *
 * @example
 * ```ts
 * const k: HotspotKind = "drug";
 * ```
 */
export type HotspotKind = z.infer<typeof HotspotKindSchema>;

/**
 * Vietnamese labels of {@link HotspotKind}.
 *
 * @example
 * ```ts
 * HOTSPOT_KIND_LABELS_VI.drug; // "Tụ điểm về ma túy"
 * ```
 */
export const HOTSPOT_KIND_LABELS_VI: Readonly<Record<HotspotKind, string>> = {
  drug: "Tụ điểm về ma túy",
  gambling: "Tụ điểm về cờ bạc",
  prostitution: "Tụ điểm về mại dâm",
  other: "Tụ điểm phức tạp khác",
};

/**
 * A new hotspot of social-order problems ("tụ điểm phức tạp về trật tự xã hội", TT 124 Điều 4 khoản 4 điểm c).
 *
 * @example
 * ```ts
 * HotspotSchema.parse({ id: "td-01", kind: "gambling", identifiedOn: "2025-02-11", description: "Điểm đá gà ven kênh" });
 * ```
 */
export const HotspotSchema = z
  .strictObject({
    id: RecordIdSchema,
    kind: HotspotKindSchema,
    identifiedOn: CalendarDateSchema,
    place: PlaceSchema.optional(),
    description: text("Mô tả", 1000).optional(),
  })
  .meta({ title: "Tụ điểm phức tạp về trật tự xã hội phát sinh mới" });

/**
 * A new hotspot (see {@link HotspotSchema}).
 *
 * @example
 * ```ts
 * const when = (h: Hotspot) => h.identifiedOn;
 * ```
 */
export type Hotspot = z.infer<typeof HotspotSchema>;

/**
 * Kinds of accident or incident other than crime: fire, explosion, labour accident, environmental or
 * food-safety violation, traffic accident (not a TT 124 disqualifier, kept for statistics), other incident.
 *
 * @example
 * ```ts
 * AccidentKindSchema.parse("labour-accident");
 * ```
 */
export const AccidentKindSchema = z
  .enum([
    "fire",
    "explosion",
    "labour-accident",
    "environmental-violation",
    "food-safety-violation",
    "traffic-accident",
    "other-incident",
  ])
  .meta({ title: "Loại vụ cháy, nổ, tai nạn, sự cố" });

/**
 * An accident kind (see {@link AccidentKindSchema}).
 *
 * @example
 * ```ts
 * const k: AccidentKind = "fire";
 * ```
 */
export type AccidentKind = z.infer<typeof AccidentKindSchema>;

/**
 * Vietnamese labels of {@link AccidentKind}.
 *
 * @example
 * ```ts
 * ACCIDENT_KIND_LABELS_VI["labour-accident"]; // "Tai nạn lao động"
 * ```
 */
export const ACCIDENT_KIND_LABELS_VI: Readonly<Record<AccidentKind, string>> = {
  fire: "Cháy",
  explosion: "Nổ",
  "labour-accident": "Tai nạn lao động",
  "environmental-violation": "Vi phạm quy định về bảo vệ môi trường",
  "food-safety-violation": "Vi phạm quy định về an toàn thực phẩm",
  "traffic-accident": "Tai nạn giao thông",
  "other-incident": "Sự cố khác",
};

/**
 * Severity of consequences, as declared by the competent body (TT 124 uses "nghiêm trọng" and
 * "nghiêm trọng trở lên"); ordered from least to most severe.
 *
 * @example
 * ```ts
 * SeveritySchema.parse("serious");
 * ```
 */
export const SeveritySchema = z
  .enum(["not-serious", "serious", "very-serious", "especially-serious"])
  .meta({ title: "Mức độ hậu quả" });

/**
 * A severity (see {@link SeveritySchema}).
 *
 * @example
 * ```ts
 * const s: Severity = "very-serious";
 * ```
 */
export type Severity = z.infer<typeof SeveritySchema>;

/**
 * Vietnamese labels of {@link Severity}.
 *
 * @example
 * ```ts
 * SEVERITY_LABELS_VI["especially-serious"]; // "Đặc biệt nghiêm trọng"
 * ```
 */
export const SEVERITY_LABELS_VI: Readonly<Record<Severity, string>> = {
  "not-serious": "Không nghiêm trọng",
  serious: "Nghiêm trọng",
  "very-serious": "Rất nghiêm trọng",
  "especially-serious": "Đặc biệt nghiêm trọng",
};

/**
 * A fire, explosion, labour accident, environmental or food-safety violation or other incident
 * (TT 124 Điều 4 khoản 4 điểm d, Điều 6 khoản 3 điểm g), with severity, deaths and force majeure.
 *
 * @example
 * ```ts
 * AccidentSchema.parse({
 *   id: "tn-01", kind: "labour-accident", date: "2025-08-09", severity: "serious", deaths: 1, injuries: 0,
 *   forceMajeure: false, description: "Tai nạn tại xưởng mộc gia đình",
 * });
 * ```
 */
export const AccidentSchema = z
  .strictObject({
    id: RecordIdSchema,
    kind: AccidentKindSchema,
    date: CalendarDateSchema,
    place: PlaceSchema.optional(),
    severity: SeveritySchema,
    deaths: count("Số người chết"),
    injuries: count("Số người bị thương").optional(),
    damageVnd: count("Thiệt hại (đồng)").optional(),
    forceMajeure: z.boolean().meta({ title: "Do nguyên nhân bất khả kháng" }),
    description: text("Tóm tắt vụ việc", 2000).optional(),
  })
  .meta({ title: "Vụ cháy, nổ, tai nạn, sự cố" });

/**
 * An accident or incident (see {@link AccidentSchema}).
 *
 * @example
 * ```ts
 * const fatal = (a: Accident) => a.deaths > 0;
 * ```
 */
export type Accident = z.infer<typeof AccidentSchema>;

/**
 * Forms of collective work stoppage: strike (đình công) or go-slow (lãn công).
 *
 * @example
 * ```ts
 * StrikeKindSchema.parse("go-slow"); // lãn công
 * ```
 */
export const StrikeKindSchema = z.enum(["strike", "go-slow"]).meta({ title: "Hình thức" });

/**
 * A strike form (see {@link StrikeKindSchema}).
 *
 * @example
 * ```ts
 * const k: StrikeKind = "strike";
 * ```
 */
export type StrikeKind = z.infer<typeof StrikeKindSchema>;

/**
 * Vietnamese labels of {@link StrikeKind}.
 *
 * @example
 * ```ts
 * STRIKE_KIND_LABELS_VI["go-slow"]; // "Lãn công"
 * ```
 */
export const STRIKE_KIND_LABELS_VI: Readonly<Record<StrikeKind, string>> = {
  strike: "Đình công",
  "go-slow": "Lãn công",
};

/**
 * A strike or go-slow (đình công, lãn công), with whether it was lawful (TT 124 Điều 6 khoản 3 điểm d).
 *
 * @example
 * ```ts
 * StrikeSchema.parse({ id: "dc-01", kind: "strike", startDate: "2025-04-03", lawful: false, participants: 420 });
 * ```
 */
export const StrikeSchema = z
  .strictObject({
    id: RecordIdSchema,
    kind: StrikeKindSchema,
    startDate: CalendarDateSchema,
    endDate: CalendarDateSchema.optional(),
    lawful: z.boolean().meta({ title: "Đúng quy định pháp luật" }),
    participants: count("Số người tham gia").optional(),
    description: text("Tóm tắt vụ việc", 2000).optional(),
  })
  .superRefine((s, ctx) => checkRange(ctx, s.startDate, s.endDate, ["endDate"]))
  .meta({ title: "Đình công, lãn công" });

/**
 * A strike or go-slow (see {@link StrikeSchema}).
 *
 * @example
 * ```ts
 * const illegal = (s: Strike) => !s.lawful;
 * ```
 */
export type Strike = z.infer<typeof StrikeSchema>;

/**
 * Secrecy grades of state secrets (Luật Bảo vệ bí mật nhà nước 29/2018/QH14 Điều 8): mật ("confidential"),
 * tối mật ("secret"), tuyệt mật ("top-secret").
 *
 * @example
 * ```ts
 * StateSecretGradeSchema.parse("top-secret"); // tuyệt mật
 * ```
 */
export const StateSecretGradeSchema = z
  .enum(["confidential", "secret", "top-secret"])
  .meta({ title: "Độ mật" });

/**
 * A secrecy grade (see {@link StateSecretGradeSchema}).
 *
 * @example
 * ```ts
 * const g: StateSecretGrade = "secret";
 * ```
 */
export type StateSecretGrade = z.infer<typeof StateSecretGradeSchema>;

/**
 * Vietnamese labels of {@link StateSecretGrade}, as in Luật Bảo vệ bí mật nhà nước 29/2018/QH14 Điều 8.
 *
 * @example
 * ```ts
 * STATE_SECRET_GRADE_LABELS_VI.secret; // "Tối mật"
 * ```
 */
export const STATE_SECRET_GRADE_LABELS_VI: Readonly<Record<StateSecretGrade, string>> = {
  confidential: "Mật",
  secret: "Tối mật",
  "top-secret": "Tuyệt mật",
};

/**
 * A violation of the rules on protecting state secrets (TT 124 Điều 6 khoản 3 điểm e), with the secrecy
 * grade of the document (mật, tối mật, tuyệt mật) when known.
 *
 * @example
 * ```ts
 * StateSecretViolationSchema.parse({ id: "bm-01", date: "2025-09-18", grade: "confidential", description: "Làm lộ tài liệu mật" });
 * ```
 */
export const StateSecretViolationSchema = z
  .strictObject({
    id: RecordIdSchema,
    date: CalendarDateSchema,
    grade: StateSecretGradeSchema.optional(),
    personRole: PersonRoleSchema.optional(),
    description: text("Tóm tắt vụ việc", 2000).optional(),
  })
  .meta({ title: "Vi phạm quy định bảo vệ bí mật nhà nước" });

/**
 * A state-secret violation (see {@link StateSecretViolationSchema}).
 *
 * @example
 * ```ts
 * const d = (v: StateSecretViolation) => v.date;
 * ```
 */
export type StateSecretViolation = z.infer<typeof StateSecretViolationSchema>;

/**
 * An incident of school violence ("bạo lực học đường", TT 124 Điều 7 khoản 4).
 *
 * @example
 * ```ts
 * SchoolViolenceIncidentSchema.parse({ id: "blhd-01", date: "2025-10-02", learnersInvolved: 4 });
 * ```
 */
export const SchoolViolenceIncidentSchema = z
  .strictObject({
    id: RecordIdSchema,
    date: CalendarDateSchema,
    learnersInvolved: count("Số người học liên quan").optional(),
    description: text("Tóm tắt vụ việc", 2000).optional(),
  })
  .meta({ title: "Vụ bạo lực học đường" });

/**
 * A school-violence incident (see {@link SchoolViolenceIncidentSchema}).
 *
 * @example
 * ```ts
 * const n = (v: SchoolViolenceIncident) => v.learnersInvolved ?? 0;
 * ```
 */
export type SchoolViolenceIncident = z.infer<typeof SchoolViolenceIncidentSchema>;
