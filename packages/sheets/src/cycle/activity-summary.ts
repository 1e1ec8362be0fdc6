/**
 * The summary of the movement's activities (`antq hoat-dong`) and its machine output
 * `antq.activity-summary/1`: per kind of activity the number of activities and the totals of its counts, in
 * the words of the reports ("Tập huấn, bồi dưỡng: 26 lớp / 1.502 lượt học viên").
 */
import { ACTIVITY_KIND_LABELS_VI, type Activity, type ActivityKind } from "@antq/domain";
import { formatNumber } from "@antq/format-vi";
import * as z from "zod";

/**
 * The format tag of {@link ActivitySummaryDocumentSchema}.
 *
 * @example
 * ```ts
 * ACTIVITY_SUMMARY_FORMAT; //=> "antq.activity-summary/1"
 * ```
 */
export const ACTIVITY_SUMMARY_FORMAT = "antq.activity-summary/1";

/** The counts of each kind, in report order, with the unit they are told in. */
const MEASURES: Readonly<Record<ActivityKind, readonly { readonly field: string; readonly unit: string }[]>> =
  {
    propaganda: [
      { field: "sessions", unit: "buổi" },
      { field: "attendees", unit: "lượt người tham dự" },
      { field: "leaflets", unit: "tờ rơi, tài liệu" },
      { field: "mediaItems", unit: "tin, bài" },
    ],
    training: [
      { field: "classes", unit: "lớp" },
      { field: "trainees", unit: "lượt học viên" },
    ],
    mediation: [
      { field: "cases", unit: "vụ việc" },
      { field: "successful", unit: "vụ hòa giải thành" },
    ],
    tips: [
      { field: "received", unit: "tin báo, tố giác" },
      { field: "valuable", unit: "tin có giá trị" },
    ],
    "weapons-handover": [
      { field: "guns", unit: "khẩu súng" },
      { field: "ammunition", unit: "viên đạn" },
      { field: "explosivesGrams", unit: "gam vật liệu nổ" },
      { field: "detonators", unit: "kíp nổ" },
      { field: "fireworks", unit: "pháo (cái, hộp)" },
      { field: "primitiveWeapons", unit: "vũ khí thô sơ" },
      { field: "supportTools", unit: "công cụ hỗ trợ" },
    ],
    festival: [
      { field: "participants", unit: "người tham dự" },
      { field: "gifts", unit: "suất quà" },
      { field: "giftsValueVnd", unit: "đồng giá trị quà" },
    ],
    reintegration: [
      { field: "received", unit: "người được quản lý, giáo dục, giúp đỡ" },
      { field: "progressed", unit: "người tiến bộ" },
    ],
  };

const KINDS = Object.keys(MEASURES) as ActivityKind[];

const MeasureSchema = z
  .object({
    field: z.string().meta({ title: "Trường của hoạt động" }),
    unit: z.string().meta({ title: "Đơn vị tính" }),
    total: z.number().nonnegative().meta({ title: "Tổng số" }),
    reported: z.int().nonnegative().meta({ title: "Số hoạt động có ghi số liệu này" }),
  })
  .meta({ title: "Một số liệu cộng dồn" });

/**
 * `antq.activity-summary/1`: the activities by kind with their totals.
 *
 * @example
 * ```ts
 * ActivitySummaryDocumentSchema.parse(activitySummaryDocument([], { year: 2024 })).total; //=> 0
 * ```
 */
export const ActivitySummaryDocumentSchema = z
  .object({
    format: z.literal(ACTIVITY_SUMMARY_FORMAT),
    year: z.int().nullable().meta({ title: "Năm (null: theo tệp đầu vào)" }),
    total: z.int().nonnegative().meta({ title: "Tổng số hoạt động" }),
    kinds: z.array(
      z
        .object({
          kind: z.enum(KINDS as [ActivityKind, ...ActivityKind[]]).meta({ title: "Mã loại hoạt động" }),
          title: z.string().meta({ title: "Loại hoạt động" }),
          activities: z.int().nonnegative().meta({ title: "Số hoạt động" }),
          measures: z.array(MeasureSchema),
          text: z.string().meta({ title: "Câu tóm tắt" }),
        })
        .meta({ title: "Một loại hoạt động" }),
    ),
  })
  .meta({ title: "Tổng hợp hoạt động phong trào" });

/**
 * An `antq.activity-summary/1` document.
 *
 * @example
 * ```ts
 * const doc: ActivitySummaryDocument = activitySummaryDocument([], { year: 2024 });
 * [doc.format, doc.total, doc.kinds]; //=> ["antq.activity-summary/1", 0, []]
 * ```
 */
export type ActivitySummaryDocument = z.infer<typeof ActivitySummaryDocumentSchema>;

/**
 * Sums the activities by kind (kinds without activities are left out; a count an activity does not give is
 * not counted, and `reported` says how many gave it).
 *
 * @example
 * ```ts
 * const doc = activitySummaryDocument(
 *   [
 *     { kind: "training", id: "th-1", period: { from: "2024-03-01", to: "2024-03-02" }, classes: 20, trainees: 1200 },
 *     { kind: "training", id: "th-2", period: { from: "2024-09-01", to: "2024-09-02" }, classes: 6, trainees: 302 },
 *   ],
 *   { year: 2024 },
 * );
 * doc.kinds[0]?.text; //=> "Tập huấn, bồi dưỡng: 2 hoạt động; 26 lớp / 1.502 lượt học viên"
 * ```
 */
export const activitySummaryDocument = (
  activities: readonly Activity[],
  options: { readonly year: number | null },
): ActivitySummaryDocument => {
  const kinds = KINDS.flatMap((kind) => {
    const mine = activities.filter((a) => a.kind === kind);
    if (mine.length === 0) return [];
    const measures = MEASURES[kind].flatMap(({ field, unit }) => {
      const values = mine
        .map((a) => (a as unknown as Record<string, unknown>)[field])
        .filter((v): v is number => typeof v === "number");
      return values.length === 0
        ? []
        : [{ field, unit, total: values.reduce((a, b) => a + b, 0), reported: values.length }];
    });
    const title = ACTIVITY_KIND_LABELS_VI[kind];
    const counts = measures.map((m) => `${formatNumber(m.total)} ${m.unit}`).join(" / ");
    return [
      {
        kind,
        title,
        activities: mine.length,
        measures,
        text: `${title}: ${formatNumber(mine.length)} hoạt động${counts ? `; ${counts}` : ""}`,
      },
    ];
  });
  return { format: ACTIVITY_SUMMARY_FORMAT, year: options.year, total: activities.length, kinds };
};

/**
 * The console lines of an activity summary (`antq hoat-dong`): the title with the year and where the activities
 * were read from, one line per kind, and the total.
 *
 * @example
 * ```ts
 * const doc = activitySummaryDocument(
 *   [{ kind: "training", id: "th-1", period: { from: "2024-03-01", to: "2024-03-02" }, classes: 20, trainees: 1200 }],
 *   { year: 2024 },
 * );
 * activitySummaryLines(doc, "hoat-dong-2024.xlsx");
 * //=> ["HOẠT ĐỘNG PHONG TRÀO TOÀN DÂN BẢO VỆ AN NINH TỔ QUỐC NĂM 2024 (hoat-dong-2024.xlsx)", "- Tập huấn, bồi dưỡng: 1 hoạt động; 20 lớp / 1.200 lượt học viên", "Tổng cộng: 1 hoạt động."]
 * ```
 */
export const activitySummaryLines = (doc: ActivitySummaryDocument, source: string): string[] => [
  `HOẠT ĐỘNG PHONG TRÀO TOÀN DÂN BẢO VỆ AN NINH TỔ QUỐC${doc.year === null ? "" : ` NĂM ${doc.year}`} (${source})`,
  ...doc.kinds.map((k) => `- ${k.text}`),
  `Tổng cộng: ${formatNumber(doc.total)} hoạt động.`,
];
