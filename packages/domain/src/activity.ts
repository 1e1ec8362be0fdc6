import * as z from "zod";
import { DateIntervalSchema } from "./calendar-date.js";
import { AdminUnitIdSchema, AssessedUnitIdSchema, RecordIdSchema } from "./ids.js";
import { count, text } from "./internal/id.js";
import { parser } from "./parse.js";

const activityBase = {
  id: RecordIdSchema,
  unitId: AssessedUnitIdSchema.optional(),
  adminUnitId: AdminUnitIdSchema.optional(),
  period: DateIntervalSchema.meta({ title: "Thời gian" }),
  description: text("Mô tả", 2000).optional(),
};

/**
 * Propaganda and mobilisation: sessions ("buổi", "hội nghị") and attendees ("lượt người"), leaflets, media items.
 *
 * @example
 * ```ts
 * PropagandaActivitySchema.parse({ id: "tt-2019", kind: "propaganda", period: { from: "2014-08-15", to: "2019-08-15" }, sessions: 1600, attendees: 74000 });
 * ```
 */
export const PropagandaActivitySchema = z
  .strictObject({
    kind: z.literal("propaganda"),
    ...activityBase,
    sessions: count("Số buổi tuyên truyền"),
    attendees: count("Số lượt người tham dự"),
    leaflets: count("Số tờ rơi, tài liệu").optional(),
    mediaItems: count("Số tin, bài").optional(),
  })
  .meta({ title: "Tuyên truyền, vận động" });

/**
 * Training classes (e.g. "lớp bồi dưỡng nghiệp vụ bảo vệ") and trainees ("lượt").
 *
 * @example
 * ```ts
 * TrainingActivitySchema.parse({ id: "bd-1", kind: "training", period: {}, classes: 26, trainees: 1502 });
 * ```
 */
export const TrainingActivitySchema = z
  .strictObject({
    kind: z.literal("training"),
    ...activityBase,
    classes: count("Số lớp"),
    trainees: count("Số lượt học viên"),
  })
  .meta({ title: "Tập huấn, bồi dưỡng" });

/**
 * Mediation of disputes among the people: cases mediated and successful ("hòa giải thành").
 *
 * @example
 * ```ts
 * MediationActivitySchema.parse({ id: "hg-1", kind: "mediation", period: {}, cases: 2900, successful: 2822 });
 * ```
 */
export const MediationActivitySchema = z
  .strictObject({
    kind: z.literal("mediation"),
    ...activityBase,
    cases: count("Số vụ việc hòa giải"),
    successful: count("Số vụ hòa giải thành"),
  })
  .meta({ title: "Hòa giải" });

/**
 * Tips and reports from the people ("tin báo, tố giác"), of which valuable ("có giá trị").
 *
 * @example
 * ```ts
 * TipsActivitySchema.parse({ id: "tin-1", kind: "tips", period: {}, received: 420, valuable: 310 });
 * ```
 */
export const TipsActivitySchema = z
  .strictObject({
    kind: z.literal("tips"),
    ...activityBase,
    received: count("Số tin báo, tố giác tiếp nhận"),
    valuable: count("Số tin có giá trị"),
  })
  .meta({ title: "Tiếp nhận tin báo, tố giác" });

/**
 * Weapons, explosives and support tools handed in by the people.
 *
 * @example
 * ```ts
 * WeaponsHandoverActivitySchema.parse({ id: "vk-1", kind: "weapons-handover", period: {}, guns: 3, ammunition: 120, primitiveWeapons: 45 });
 * ```
 */
export const WeaponsHandoverActivitySchema = z
  .strictObject({
    kind: z.literal("weapons-handover"),
    ...activityBase,
    guns: count("Số súng").optional(),
    ammunition: count("Số viên đạn").optional(),
    explosivesGrams: count("Vật liệu nổ (gam)").optional(),
    detonators: count("Số kíp nổ").optional(),
    fireworks: count("Pháo (cái, hộp)").optional(),
    primitiveWeapons: count("Số vũ khí thô sơ").optional(),
    supportTools: count("Số công cụ hỗ trợ").optional(),
  })
  .meta({ title: "Vận động giao nộp vũ khí, vật liệu nổ, công cụ hỗ trợ" });

/**
 * A "Ngày hội toàn dân bảo vệ ANTQ" event (19/8, Quyết định 521/QĐ-TTg; Luật CAND 2018 Điều 6): date,
 * whether it is the province's focal site ("điểm"), participants, gifts.
 *
 * @example
 * ```ts
 * FestivalActivitySchema.parse({ id: "nh-2024", kind: "festival", period: { from: "2024-08-16", to: "2024-08-16" }, unitId: "dh-y-duoc-thai-binh", participants: 1200 });
 * ```
 */
export const FestivalActivitySchema = z
  .strictObject({
    kind: z.literal("festival"),
    ...activityBase,
    focalSite: z.boolean().meta({ title: "Là điểm chỉ đạo của tỉnh" }).optional(),
    participants: count("Số người tham dự").optional(),
    gifts: count("Số suất quà").optional(),
    giftsValueVnd: count("Giá trị quà tặng (đồng)").optional(),
  })
  .meta({ title: "Ngày hội toàn dân bảo vệ ANTQ" });

/**
 * Reintegration: persons received for management, education and help ("cảm hóa", e.g. released prisoners),
 * and how many progressed.
 *
 * @example
 * ```ts
 * ReintegrationActivitySchema.parse({ id: "th-1", kind: "reintegration", period: {}, received: 280, progressed: 250 });
 * ```
 */
export const ReintegrationActivitySchema = z
  .strictObject({
    kind: z.literal("reintegration"),
    ...activityBase,
    received: count("Số người được nhận quản lý, giáo dục, giúp đỡ"),
    progressed: count("Số người tiến bộ").optional(),
  })
  .meta({ title: "Quản lý, giáo dục, giúp đỡ người lầm lỗi" });

/**
 * Any movement activity, discriminated by `kind`. Counts are per record for the given period; checks beyond
 * the JSON Schema: successful mediations ≤ cases, valuable tips ≤ tips received.
 *
 * @example
 * ```ts
 * const a = ActivitySchema.parse({ id: "hg-1", kind: "mediation", period: { from: "2024-01-01", to: "2024-12-31" }, cases: 40, successful: 37 });
 * ```
 */
export const ActivitySchema = z
  .discriminatedUnion("kind", [
    PropagandaActivitySchema,
    TrainingActivitySchema,
    MediationActivitySchema,
    TipsActivitySchema,
    WeaponsHandoverActivitySchema,
    FestivalActivitySchema,
    ReintegrationActivitySchema,
  ])
  .superRefine((a, ctx) => {
    const pairs: [string, number, number, string][] =
      a.kind === "mediation"
        ? [["successful", a.successful, a.cases, "cases"]]
        : a.kind === "tips"
          ? [["valuable", a.valuable, a.received, "received"]]
          : a.kind === "reintegration" && a.progressed !== undefined
            ? [["progressed", a.progressed, a.received, "received"]]
            : [];
    for (const [field, part, total] of pairs) {
      if (part > total) {
        ctx.addIssue({
          code: "custom",
          path: [field],
          input: part,
          params: { domainCode: "PART_EXCEEDS_TOTAL", total },
        });
      }
    }
    if (a.period.from !== undefined && a.period.to !== undefined && a.period.to < a.period.from) {
      ctx.addIssue({
        code: "custom",
        path: ["period", "to"],
        input: a.period.to,
        params: { domainCode: "DATE_RANGE_REVERSED", start: a.period.from },
      });
    }
  })
  .meta({ id: "Activity", title: "Hoạt động của phong trào" });

/**
 * A movement activity (see {@link ActivitySchema}).
 *
 * @example
 * ```ts
 * const attendees = (a: Activity) => (a.kind === "propaganda" ? a.attendees : 0);
 * ```
 */
export type Activity = z.infer<typeof ActivitySchema>;

/**
 * Parses a movement activity.
 *
 * @example
 * ```ts
 * parseActivity({ id: "t-1", kind: "tips", period: {}, received: 5, valuable: 7 }).ok; // false (PART_EXCEEDS_TOTAL)
 * ```
 */
export const parseActivity = parser(ActivitySchema);

/**
 * Kinds of activity.
 *
 * @example
 * ```ts
 * const k: ActivityKind = "festival";
 * ```
 */
export type ActivityKind = Activity["kind"];

/**
 * Vietnamese labels of activity kinds.
 *
 * @example
 * ```ts
 * ACTIVITY_KIND_LABELS_VI.festival; // "Ngày hội toàn dân bảo vệ ANTQ"
 * ```
 */
export const ACTIVITY_KIND_LABELS_VI: Readonly<Record<ActivityKind, string>> = {
  propaganda: "Tuyên truyền, vận động",
  training: "Tập huấn, bồi dưỡng",
  mediation: "Hòa giải",
  tips: "Tiếp nhận tin báo, tố giác",
  "weapons-handover": "Vận động giao nộp vũ khí, vật liệu nổ, công cụ hỗ trợ",
  festival: "Ngày hội toàn dân bảo vệ ANTQ",
  reintegration: "Quản lý, giáo dục, giúp đỡ người lầm lỗi",
};
