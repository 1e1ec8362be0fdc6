/**
 * The machine output of the Tổ bảo vệ an ninh, trật tự ratings, `antq.team-rating/1`: per commune the teams and
 * members with their proposed and final levels and the reasons, the 20% checks and what needs review
 * (@antq/criteria `rateCommuneTeams`).
 */
import {
  type CommuneTeamRatings,
  type RatedSubject,
  TEAM_CAP_READING,
  teamRatingWindow,
} from "@antq/criteria";
import { TASK_RATING_LABELS_VI, type TaskRating, TaskRatingSchema } from "@antq/domain";
import { formatDate, formatNumber } from "@antq/format-vi";
import * as z from "zod";

/**
 * The format tag of {@link TeamRatingDocumentSchema}.
 *
 * @example
 * ```ts
 * TEAM_RATING_FORMAT; //=> "antq.team-rating/1"
 * ```
 */
export const TEAM_RATING_FORMAT = "antq.team-rating/1";

const CountsSchema = z
  .object({
    total: z.int().nonnegative().meta({ title: "Tổng số" }),
    excellent: z.int().nonnegative().meta({ title: "Hoàn thành xuất sắc nhiệm vụ" }),
    good: z.int().nonnegative().meta({ title: "Hoàn thành tốt nhiệm vụ" }),
    completed: z.int().nonnegative().meta({ title: "Hoàn thành nhiệm vụ" }),
    notCompleted: z.int().nonnegative().meta({ title: "Không hoàn thành nhiệm vụ" }),
    notRated: z.int().nonnegative().meta({ title: "Không xếp loại" }),
  })
  .meta({ title: "Số lượng theo mức xếp loại" });

/**
 * Counts per level.
 *
 * @example
 * ```ts
 * const counts: TeamRatingCounts = countRatings([]);
 * counts; //=> { total: 0, excellent: 0, good: 0, completed: 0, notCompleted: 0, notRated: 0 }
 * ```
 */
export type TeamRatingCounts = z.infer<typeof CountsSchema>;

const SubjectSchema = z
  .object({
    id: z.string().meta({ title: "Mã" }),
    name: z.string().nullable().meta({ title: "Tên, họ tên" }),
    teamId: z.string().meta({ title: "Mã Tổ" }),
    proposed: TaskRatingSchema.meta({ title: "Mức đề nghị" }),
    rating: TaskRatingSchema.nullable().meta({ title: "Mức xếp loại (null: không xếp loại)" }),
    ratingTitle: z.string().meta({ title: "Mức xếp loại" }),
    notes: z
      .array(z.object({ code: z.string(), message: z.string() }))
      .meta({ title: "Lý do (không xếp loại, hạ mức, cần xem xét)" }),
  })
  .meta({ title: "Một Tổ hoặc một thành viên" });

/**
 * `antq.team-rating/1`: the ratings of the teams and members of some communes for a year.
 *
 * @example
 * ```ts
 * TeamRatingDocumentSchema.safeParse(teamRatingDocument([], { year: 2025, reading: null, enforceCap: false })).success; //=> true
 * ```
 */
export const TeamRatingDocumentSchema = z
  .object({
    format: z.literal(TEAM_RATING_FORMAT).meta({ title: "Định dạng" }),
    year: z.int().meta({ title: "Năm đánh giá" }),
    window: z
      .object({ from: z.iso.date(), to: z.iso.date() })
      .meta({ title: "Thời gian đánh giá (15/11 năm trước – 14/11)" }),
    reading: z.string().nullable().meta({ title: "Cách hiểu mức 20% (null: chưa quyết định)" }),
    enforceCap: z.boolean().meta({ title: "Đã hạ mức cho đúng tỷ lệ 20%" }),
    summary: z
      .object({
        communes: z.int().nonnegative().meta({ title: "Số xã, phường" }),
        teams: CountsSchema,
        members: CountsSchema,
        capsExceeded: z.int().nonnegative().meta({ title: "Số lần vượt tỷ lệ 20%" }),
      })
      .meta({ title: "Tổng hợp" }),
    communes: z
      .array(
        z
          .object({
            communeId: z.string().meta({ title: "Mã xã, phường" }),
            communeName: z.string().nullable().meta({ title: "Tên xã, phường" }),
            teams: z.array(SubjectSchema).meta({ title: "Các Tổ" }),
            members: z.array(SubjectSchema).meta({ title: "Các thành viên" }),
            caps: z
              .array(
                z.object({
                  subject: z.enum(["team", "member"]).meta({ title: "Tổ/thành viên" }),
                  excellent: z.int().nonnegative(),
                  good: z.int().nonnegative(),
                  allowed: z.int().nonnegative().meta({ title: "Số xuất sắc tối đa" }),
                  exceeded: z.boolean(),
                  demotions: z.int().nonnegative().meta({ title: "Số cần hạ mức" }),
                  readingsDisagree: z.boolean(),
                  text: z.string(),
                }),
              )
              .meta({ title: "Kiểm tra tỷ lệ 20%" }),
            review: z.array(z.string()).meta({ title: "Cần xem xét" }),
          })
          .meta({ title: "Một xã, phường" }),
      )
      .meta({ title: "Theo xã, phường" }),
  })
  .meta({ title: "Xếp loại Tổ bảo vệ an ninh, trật tự và thành viên (antq.team-rating/1)" });

/**
 * An `antq.team-rating/1` document.
 *
 * @example
 * ```ts
 * const doc: TeamRatingDocument = teamRatingDocument([], { year: 2025, reading: null, enforceCap: false });
 * [doc.format, doc.year, doc.communes]; //=> ["antq.team-rating/1", 2025, []]
 * ```
 */
export type TeamRatingDocument = z.infer<typeof TeamRatingDocumentSchema>;

/**
 * "Hoàn thành tốt nhiệm vụ", or "Không xếp loại" for a subject left unrated.
 *
 * @example
 * ```ts
 * ratingTitle(undefined); //=> "Không xếp loại"
 * ```
 */
export const ratingTitle = (rating: TaskRating | undefined): string =>
  rating === undefined ? "Không xếp loại" : TASK_RATING_LABELS_VI[rating];

/**
 * Counts the subjects per final level.
 *
 * @example
 * ```ts
 * countRatings([]).total; //=> 0
 * ```
 */
export const countRatings = (subjects: readonly RatedSubject[]): TeamRatingCounts => {
  const c = { total: 0, excellent: 0, good: 0, completed: 0, notCompleted: 0, notRated: 0 };
  for (const s of subjects) {
    c.total++;
    if (s.rating === undefined) c.notRated++;
    else if (s.rating === "not-completed") c.notCompleted++;
    else c[s.rating]++;
  }
  return c;
};

const subjectOut = (s: RatedSubject) => ({
  id: s.id,
  name: s.name ?? null,
  teamId: s.teamId,
  proposed: s.proposed,
  rating: s.rating ?? null,
  ratingTitle: ratingTitle(s.rating),
  notes: s.notes.map((n) => ({ code: n.code, message: n.message })),
});

/**
 * The `antq.team-rating/1` document of the communes' ratings (from `rateTeamsByCommune`).
 *
 * @example
 * ```ts
 * teamRatingDocument([], { year: 2025, reading: null, enforceCap: false }).summary.communes; //=> 0
 * ```
 */
export const teamRatingDocument = (
  communes: readonly CommuneTeamRatings[],
  options: {
    readonly year: number;
    readonly reading: string | null;
    readonly enforceCap: boolean;
    readonly communeNames?: ReadonlyMap<string, string>;
  },
): TeamRatingDocument => {
  const allTeams = communes.flatMap((c) => c.teams);
  const allMembers = communes.flatMap((c) => c.members);
  return {
    format: TEAM_RATING_FORMAT,
    year: options.year,
    window: teamRatingWindow(options.year),
    reading: options.reading,
    enforceCap: options.enforceCap,
    summary: {
      communes: communes.length,
      teams: countRatings(allTeams),
      members: countRatings(allMembers),
      capsExceeded: communes.reduce((n, c) => n + c.caps.filter((x) => x.exceeded).length, 0),
    },
    communes: communes.map((c) => ({
      communeId: c.communeId,
      communeName: options.communeNames?.get(c.communeId) ?? null,
      teams: c.teams.map(subjectOut),
      members: c.members.map(subjectOut),
      caps: c.caps.map((x) => ({
        subject: x.subject,
        excellent: x.excellent,
        good: x.good,
        allowed: x.allowed,
        exceeded: x.exceeded,
        demotions: x.demotions,
        readingsDisagree: x.readingsDisagree,
        text: x.text,
      })),
      review: c.review.map((n) => n.message),
    })),
  };
};

/**
 * Counts per level as a sentence part.
 *
 * @example
 * ```ts
 * ratingCountsText({ total: 3, excellent: 1, good: 2, completed: 0, notCompleted: 0, notRated: 0 }); //=> "1 hoàn thành xuất sắc, 2 hoàn thành tốt, 0 hoàn thành, 0 không hoàn thành, 0 không xếp loại"
 * ```
 */
export const ratingCountsText = (c: TeamRatingCounts): string =>
  `${formatNumber(c.excellent)} hoàn thành xuất sắc, ${formatNumber(c.good)} hoàn thành tốt, ${formatNumber(c.completed)} hoàn thành, ${formatNumber(c.notCompleted)} không hoàn thành, ${formatNumber(c.notRated)} không xếp loại`;

/**
 * A commune of the document as "Name (id)", or its id when it has no name.
 *
 * @example
 * ```ts
 * communeLabel({ communeId: "xa-long-dinh", communeName: "Xã Long Định" }); //=> "Xã Long Định (xa-long-dinh)"
 * ```
 */
export const communeLabel = (c: {
  readonly communeId: string;
  readonly communeName?: string | null;
}): string => (c.communeName ? `${c.communeName} (${c.communeId})` : c.communeId);

/**
 * The reading of the 20% cap chosen (`hd01.ty_le_xuat_sac`), in words.
 *
 * @example
 * ```ts
 * capReadingText(null).startsWith("chưa quyết định"); //=> true
 * ```
 */
export const capReadingText = (reading: string | null): string =>
  reading === null
    ? "chưa quyết định (hai cách hiểu khác nhau thì áp dụng cách chặt hơn và đánh dấu cần xem xét)"
    : (TEAM_CAP_READING.choices.find((c) => c.id === reading)?.label ?? reading);

/**
 * The ratings as lines of text (the console of `antq to-bao-ve`): the year's window, the cap reading, each
 * commune's teams and members with the 20% cap checks and notes, the totals, and the source caveat of HD 01.
 *
 * @example
 * ```ts
 * const lines = teamRatingLines(teamRatingDocument([], { year: 2025, reading: null, enforceCap: false }));
 * lines[0]; //=> "XẾP LOẠI TỔ BẢO VỆ AN NINH, TRẬT TỰ NĂM 2025 (từ 15/11/2024 đến 14/11/2025)"
 * ```
 */
export const teamRatingLines = (doc: TeamRatingDocument): string[] => {
  const lines = [
    `XẾP LOẠI TỔ BẢO VỆ AN NINH, TRẬT TỰ NĂM ${doc.year} (từ ${formatDate(doc.window.from)} đến ${formatDate(doc.window.to)})`,
    `Cách hiểu mức 20% “Hoàn thành xuất sắc”: ${capReadingText(doc.reading)}${doc.enforceCap ? "; đã hạ mức cho đúng tỷ lệ" : ""}`,
  ];
  for (const c of doc.communes) {
    lines.push(
      `${communeLabel(c)}: ${formatNumber(c.teams.length)} Tổ, ${formatNumber(c.members.length)} thành viên`,
    );
    for (const x of c.caps) lines.push(`  ${x.text}`);
    for (const s of [...c.teams, ...c.members])
      for (const n of s.notes) lines.push(`  - ${s.name ?? s.id}: ${n.message}`);
  }
  lines.push(
    `Tổng: ${formatNumber(doc.summary.communes)} xã, phường; Tổ: ${ratingCountsText(doc.summary.teams)}; thành viên: ${ratingCountsText(doc.summary.members)}`,
  );
  if (doc.summary.capsExceeded > 0)
    lines.push(
      `Vượt tỷ lệ 20%: ${formatNumber(doc.summary.capsExceeded)} lần — cần hạ mức hoặc xem xét lại.`,
    );
  lines.push(
    "Lưu ý: Hướng dẫn 01/HD-BCA-V05 mới đối chiếu qua nguồn thứ cấp (báo chí) — cần đối chiếu văn bản.",
  );
  return lines;
};
