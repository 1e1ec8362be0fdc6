/**
 * Ratings of Tổ bảo vệ an ninh, trật tự and their members (Luật 30/2023/QH15; Hướng dẫn 01/HD-BCA-V05,
 * known from secondary sources, regulations.md §4.2): four levels; window 15/11 of the previous year to
 * 14/11; no rating for teams operating or members serving under nine months, or under complaint; a leader
 * never above the team (except a recent transfer); "Hoàn thành xuất sắc" at most 20% of "Hoàn thành tốt"
 * within a commune, checked with exact integer arithmetic.
 */
import { addDays, addMonths, TASK_RATING_LABELS_VI, type TaskRating, taskRatingRank } from "@antq/domain";
import { formatDate } from "@antq/format-vi";
import {
  cite,
  defineInterpretation,
  type Interpretation,
  type LegalBasis,
  type Readings,
  readingOf,
} from "./internal/engine.js";
import type { ReviewNote } from "./score.js";

/**
 * Luật 30/2023/QH15 (Lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở), in force from 01/7/2024.
 *
 * @example
 * formatLegalBasis(LAW_30_2023); //=> "Luật 30/2023/QH15"
 */
export const LAW_30_2023: LegalBasis = cite(
  "30/2023/QH15",
  {},
  { label: "Luật Lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở", confidence: "secondary" },
);

/**
 * Hướng dẫn 01/HD-BCA-V05 on assessing Tổ bảo vệ ANTT (year of issue not confirmed; secondary sources).
 *
 * @example
 * HD01.document; //=> "01/HD-BCA-V05"
 */
export const HD01: LegalBasis = cite(
  "01/HD-BCA-V05",
  {},
  {
    label: "Hướng dẫn đánh giá, xếp loại Tổ bảo vệ an ninh, trật tự",
    confidence: "secondary",
    note: "Chỉ đọc được qua báo chí; năm ban hành chưa xác định.",
  },
);

/**
 * The open reading of the 20% cap: is the base the teams/members rated exactly "Hoàn thành tốt"
 * (`chi_hoan_thanh_tot`), or those rated "Hoàn thành tốt" or better (`tu_hoan_thanh_tot_tro_len`)?
 * Undecided by default: when the two readings disagree the result is "cần xem xét".
 *
 * @example
 * TEAM_CAP_READING.choices.map((c) => c.id); //=> ["chi_hoan_thanh_tot", "tu_hoan_thanh_tot_tro_len"]
 */
export const TEAM_CAP_READING: Interpretation = defineInterpretation({
  id: "hd01.ty_le_xuat_sac",
  label: "Cách hiểu mức 20% “Hoàn thành xuất sắc” so với “Hoàn thành tốt”",
  basis: HD01,
  choices: [
    { id: "chi_hoan_thanh_tot", label: "So với số được xếp loại đúng mức “Hoàn thành tốt”" },
    { id: "tu_hoan_thanh_tot_tro_len", label: "So với số được xếp loại từ “Hoàn thành tốt” trở lên" },
  ],
  default: null,
});

/**
 * The rating window of an evaluation year: 15/11 of the previous year to 14/11 (one day off TT 124's window).
 *
 * @example
 * teamRatingWindow(2025); //=> { from: "2024-11-15", to: "2025-11-14" }
 */
export function teamRatingWindow(year: number): { readonly from: string; readonly to: string } {
  if (!Number.isInteger(year) || year < 2000 || year > 9999)
    throw new RangeError(`Năm không hợp lệ: ${String(year)}.`);
  return { from: `${year - 1}-11-15`, to: `${year}-11-14` };
}

/**
 * True when a period starting on `start` covers at least nine full calendar months by `end` (inclusive):
 * the nine-month anniversary is no later than the day after `end`.
 *
 * @example
 * // 15/02 → 14/11 is exactly nine months
 * hasNineMonths("2025-02-15", "2025-11-14"); //=> true
 * hasNineMonths("2025-02-16", "2025-11-14"); //=> false
 */
export function hasNineMonths(start: string, end: string): boolean {
  return addMonths(start, 9) <= addDays(end, 1);
}

/**
 * A member of a team as the rating needs it. (Local input type: @antq/domain does not export security
 * teams yet.)
 *
 * @example
 * const m: TeamMemberInput = { id: "tv-01", name: "Nguyễn Văn An", joinedOn: "2024-07-01", role: "leader", proposed: "excellent" };
 */
export interface TeamMemberInput {
  readonly id: string;
  readonly name?: string | undefined;
  readonly joinedOn: string;
  /** The day the member left the team; a member who left within the window is not rated. */
  readonly leftOn?: string | undefined;
  readonly role?: "leader" | "deputy" | "member" | undefined;
  /** The day the member became leader by transfer from another team (exempts the leader rule while recent). */
  readonly transferredOn?: string | undefined;
  readonly underComplaint?: boolean | undefined;
  readonly proposed: TaskRating;
  /** Order for demotions under the 20% cap: lower is demoted first (e.g. an assessment score). */
  readonly priority?: number | undefined;
}

/**
 * A team as the rating needs it. (Local input type: @antq/domain does not export security teams yet.)
 *
 * @example
 * const t: SecurityTeamInput = { id: "to-01", communeId: "xa-a", establishedOn: "2024-07-01", proposed: "good", members: [] };
 */
export interface SecurityTeamInput {
  readonly id: string;
  readonly name?: string | undefined;
  readonly communeId: string;
  readonly establishedOn: string;
  /** The day the team was dissolved; a team dissolved within the window is not rated. */
  readonly dissolvedOn?: string | undefined;
  readonly underComplaint?: boolean | undefined;
  readonly proposed: TaskRating;
  readonly priority?: number | undefined;
  readonly members: readonly TeamMemberInput[];
}

/**
 * The rating of one team or member.
 *
 * @example
 * ratings.members.filter((m) => m.status === "not_rated").length; //=> 0
 * ratings.caps[0]?.exceeded; //=> true
 */
export interface RatedSubject {
  readonly subject: "team" | "member";
  readonly id: string;
  readonly name: string | undefined;
  readonly teamId: string;
  readonly proposed: TaskRating;
  /** The final rating, or `undefined` when not rated. */
  readonly rating: TaskRating | undefined;
  readonly status: "rated" | "not_rated";
  readonly notes: readonly ReviewNote[];
}

/**
 * The 20% check for one subject kind in a commune.
 *
 * @example
 * const c: CapCheck = { subject: "member", excellent: 3, good: 10, allowed: 2, exceeded: true, demotions: 1, reading: "chi_hoan_thanh_tot", readingsDisagree: false, text: "…" };
 */
export interface CapCheck {
  readonly subject: "team" | "member";
  /** Counts as proposed (after the nine-month, complaint and leader rules). */
  readonly excellent: number;
  readonly good: number;
  /** Largest number of "Hoàn thành xuất sắc" allowed under the reading used. */
  readonly allowed: number;
  readonly exceeded: boolean;
  /** Fewest demotions to "Hoàn thành tốt" that satisfy the cap. */
  readonly demotions: number;
  /** The reading used, or `null` when undecided (both computed, the stricter applied). */
  readonly reading: string | null;
  /** Undecided reading and the two readings disagree on whether the cap is exceeded. */
  readonly readingsDisagree: boolean;
  readonly text: string;
}

/**
 * Options of {@link rateCommuneTeams}.
 *
 * @example
 * rateCommuneTeams(teams, 2025, { readings: { "hd01.ty_le_xuat_sac": "chi_hoan_thanh_tot" }, enforceCap: true });
 */
export interface TeamRatingOptions {
  readonly readings?: Readings;
  /** Demote the lowest-priority "Hoàn thành xuất sắc" to "Hoàn thành tốt" until the cap holds (default false: report only). */
  readonly enforceCap?: boolean;
  /** A transfer within this many months before the window end exempts the leader rule (default 9). */
  readonly recentTransferMonths?: number;
}

/**
 * The ratings of the teams and members of one commune for one year.
 *
 * @example
 * const r = rateCommuneTeams(teams, 2025);
 * r.caps.map((c) => [c.subject, c.allowed, c.exceeded]); //=> [["team", 0, true], ["member", 0, false]]
 */
export interface CommuneTeamRatings {
  readonly communeId: string;
  readonly year: number;
  readonly window: { readonly from: string; readonly to: string };
  readonly teams: readonly RatedSubject[];
  readonly members: readonly RatedSubject[];
  readonly caps: readonly CapCheck[];
  readonly review: readonly ReviewNote[];
  readonly basis: readonly LegalBasis[];
}

/**
 * The largest number of "Hoàn thành xuất sắc" allowed: ⌊20% × base⌋ with the base set by the reading;
 * exact integer arithmetic (`excellent × 5 ≤ base`).
 *
 * @example
 * excellentAllowed(3, 10, "chi_hoan_thanh_tot"); //=> 2
 * excellentAllowed(3, 10, "tu_hoan_thanh_tot_tro_len"); //=> 2
 * // 2 × 5 = 10 ≤ 10: the boundary is allowed
 * excellentAllowed(2, 10, "chi_hoan_thanh_tot"); //=> 2
 */
export function excellentAllowed(excellent: number, good: number, reading: string): number {
  assertCapArgs(excellent, good, reading);
  const base = reading === "tu_hoan_thanh_tot_tro_len" ? excellent + good : good;
  return Math.floor(base / 5);
}

/**
 * The fewest demotions from "Hoàn thành xuất sắc" to "Hoàn thành tốt" after which the cap holds.
 * Under `chi_hoan_thanh_tot` each demotion also grows the base: k = ⌈(5E − G) / 6⌉.
 *
 * @example
 * // 2 × 5 ≤ 11
 * demotionsNeeded(3, 10, "chi_hoan_thanh_tot"); //=> 1
 * // 2 ≤ ⌊13 / 5⌋
 * demotionsNeeded(3, 10, "tu_hoan_thanh_tot_tro_len"); //=> 1
 */
export function demotionsNeeded(excellent: number, good: number, reading: string): number {
  assertCapArgs(excellent, good, reading);
  if (reading === "tu_hoan_thanh_tot_tro_len") {
    return Math.max(0, excellent - Math.floor((excellent + good) / 5));
  }
  const over = 5 * excellent - good;
  return over <= 0 ? 0 : Math.ceil(over / 6);
}

const LEADER_RANK_LABEL = (r: TaskRating) => TASK_RATING_LABELS_VI[r];

/**
 * Rates the teams and members of one commune for an evaluation year: applies the nine-month and complaint
 * exclusions, the 20% cap on teams, the leader rule, then the 20% cap on members. With `enforceCap` the
 * lowest-priority excellent ratings are demoted (ties by id); otherwise excesses are reported for review.
 * All teams must belong to the same commune (`RangeError` otherwise: a programmer error).
 *
 * @example
 * const r = rateCommuneTeams([{ id: "to-1", communeId: "xa-a", establishedOn: "2024-01-10", proposed: "excellent", members: [] }], 2025);
 * // the cap is reported in r.caps
 * r.teams[0].rating; //=> "excellent"
 */
export function rateCommuneTeams(
  teams: readonly SecurityTeamInput[],
  year: number,
  options: TeamRatingOptions = {},
): CommuneTeamRatings {
  const window = teamRatingWindow(year);
  const communeId = teams[0]?.communeId ?? "";
  for (const t of teams) {
    if (t.communeId !== communeId) {
      throw new RangeError(`rateCommuneTeams: các tổ phải cùng một xã (${communeId} ≠ ${t.communeId}).`);
    }
  }
  const reading = readingOf(TEAM_CAP_READING, options.readings, window.to);
  const review: ReviewNote[] = [
    {
      code: "SECONDARY_SOURCE",
      message:
        "Quy định xếp loại theo Hướng dẫn 01/HD-BCA-V05 mới đối chiếu qua nguồn thứ cấp (báo chí) — cần đối chiếu văn bản.",
    },
  ];

  const teamOut = new Map<string, { s: RatedSubject; rating: TaskRating | undefined; notes: ReviewNote[] }>();
  for (const t of [...teams].sort(byId)) {
    const notes: ReviewNote[] = [];
    if (t.establishedOn > window.to) {
      notes.push({
        code: "TEAM_NOT_YET_ESTABLISHED",
        message: `Tổ thành lập ngày ${formatDate(t.establishedOn)}, sau kỳ đánh giá.`,
      });
    } else if (!hasNineMonths(t.establishedOn, window.to)) {
      notes.push({
        code: "TEAM_UNDER_NINE_MONTHS",
        message: `Tổ hoạt động từ ${formatDate(t.establishedOn)}, chưa đủ 9 tháng đến ${formatDate(window.to)}: không xếp loại.`,
      });
    }
    if (t.dissolvedOn !== undefined && t.dissolvedOn <= window.to) {
      notes.push({
        code: "TEAM_DISSOLVED",
        message: `Tổ giải thể ngày ${formatDate(t.dissolvedOn)}: không xếp loại.`,
      });
    }
    if (t.underComplaint) {
      notes.push({
        code: "TEAM_UNDER_COMPLAINT",
        message: "Tổ đang trong quá trình giải quyết khiếu nại: không xếp loại.",
      });
    }
    const rated = notes.length === 0;
    teamOut.set(t.id, {
      s: subject("team", t.id, t.name, t.id, t.proposed),
      rating: rated ? t.proposed : undefined,
      notes,
    });
  }

  const caps: CapCheck[] = [];
  const teamsRated = [...teamOut.entries()]
    .filter(([, v]) => v.rating !== undefined)
    .map(([id, v]) => ({
      id,
      rating: v.rating as TaskRating,
      priority: teams.find((t) => t.id === id)?.priority,
    }));
  const teamCap = capCheck("team", teamsRated, reading, options.enforceCap === true);
  caps.push(teamCap.check);
  for (const id of teamCap.demoted) {
    const v = teamOut.get(id);
    if (v) {
      v.rating = "good";
      v.notes.push({
        code: "CAP_DEMOTED",
        message: "Hạ xuống “Hoàn thành tốt nhiệm vụ” do vượt tỷ lệ 20% trong xã.",
      });
    }
  }

  const memberOut: {
    s: RatedSubject;
    rating: TaskRating | undefined;
    notes: ReviewNote[];
    priority: number | undefined;
  }[] = [];
  const transferMonths = options.recentTransferMonths ?? 9;
  for (const t of [...teams].sort(byId)) {
    const teamRating = teamOut.get(t.id)?.rating;
    for (const m of [...t.members].sort(byId)) {
      const notes: ReviewNote[] = [];
      if (m.joinedOn > window.to || !hasNineMonths(m.joinedOn, window.to)) {
        notes.push({
          code: "MEMBER_UNDER_NINE_MONTHS",
          message: `Tham gia từ ${formatDate(m.joinedOn)}, chưa đủ 9 tháng đến ${formatDate(window.to)}: không xếp loại.`,
        });
      }
      if (m.leftOn !== undefined && m.leftOn <= window.to) {
        notes.push({
          code: "MEMBER_LEFT",
          message: `Thôi tham gia ngày ${formatDate(m.leftOn)}: không xếp loại.`,
        });
      }
      if (m.underComplaint) {
        notes.push({
          code: "MEMBER_UNDER_COMPLAINT",
          message: "Đang trong quá trình giải quyết khiếu nại: không xếp loại.",
        });
      }
      let rating: TaskRating | undefined = notes.length === 0 ? m.proposed : undefined;
      if (rating !== undefined && m.role === "leader") {
        const recent =
          m.transferredOn !== undefined && addMonths(m.transferredOn, transferMonths) > window.to;
        if (teamRating === undefined) {
          notes.push({
            code: "LEADER_TEAM_NOT_RATED",
            message: "Tổ không được xếp loại nên chưa đối chiếu được mức của Tổ trưởng — cần xem xét.",
          });
        } else if (taskRatingRank(rating) > taskRatingRank(teamRating)) {
          if (recent) {
            notes.push({
              code: "LEADER_RECENT_TRANSFER",
              message: `Tổ trưởng mới điều chuyển (${formatDate(m.transferredOn as string)}) nên được xếp cao hơn Tổ — cần xem xét.`,
            });
          } else {
            notes.push({
              code: "LEADER_ABOVE_TEAM",
              message: `Tổ trưởng đề nghị “${LEADER_RANK_LABEL(rating)}” cao hơn mức của Tổ; hạ xuống “${LEADER_RANK_LABEL(teamRating)}”.`,
            });
            rating = teamRating;
          }
        }
      }
      memberOut.push({
        s: subject("member", m.id, m.name, t.id, m.proposed),
        rating,
        notes,
        priority: m.priority,
      });
    }
  }
  const memberCap = capCheck(
    "member",
    memberOut
      .filter((m) => m.rating !== undefined)
      .map((m) => ({ id: m.s.id, rating: m.rating as TaskRating, priority: m.priority })),
    reading,
    options.enforceCap === true,
  );
  caps.push(memberCap.check);
  const demotedMembers = new Set(memberCap.demoted);
  for (const m of memberOut) {
    if (demotedMembers.has(m.s.id)) {
      m.rating = "good";
      m.notes.push({
        code: "CAP_DEMOTED",
        message: "Hạ xuống “Hoàn thành tốt nhiệm vụ” do vượt tỷ lệ 20% trong xã.",
      });
    }
  }
  for (const c of caps) {
    if (c.exceeded) review.push({ code: "CAP_EXCEEDED", message: c.text });
    if (c.readingsDisagree) {
      review.push({ code: "CAP_READING_UNDECIDED", message: c.text });
    }
  }
  const finish = (v: {
    s: RatedSubject;
    rating: TaskRating | undefined;
    notes: ReviewNote[];
  }): RatedSubject => ({
    ...v.s,
    rating: v.rating,
    status: v.rating === undefined ? "not_rated" : "rated",
    notes: v.notes,
  });
  return {
    communeId,
    year,
    window,
    teams: [...teamOut.values()].map(finish),
    members: memberOut.map(finish),
    caps,
    review,
    basis: [LAW_30_2023, HD01],
  };
}

function subject(
  kind: "team" | "member",
  id: string,
  name: string | undefined,
  teamId: string,
  proposed: TaskRating,
): RatedSubject {
  return { subject: kind, id, name, teamId, proposed, rating: undefined, status: "not_rated", notes: [] };
}

function byId(a: { readonly id: string }, b: { readonly id: string }): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

function capCheck(
  kind: "team" | "member",
  rated: readonly {
    readonly id: string;
    readonly rating: TaskRating;
    readonly priority: number | undefined;
  }[],
  reading: string | null,
  enforce: boolean,
): { check: CapCheck; demoted: string[] } {
  let excellent = 0;
  let good = 0;
  for (const r of rated) {
    if (r.rating === "excellent") excellent++;
    else if (r.rating === "good") good++;
  }
  const who = kind === "team" ? "Tổ" : "thành viên";
  const readings = reading === null ? ["chi_hoan_thanh_tot", "tu_hoan_thanh_tot_tro_len"] : [reading];
  const results = readings.map((rd) => ({
    rd,
    allowed: excellentAllowed(excellent, good, rd),
    demotions: demotionsNeeded(excellent, good, rd),
  }));
  // Undecided: use the stricter reading (more demotions) and say when the readings disagree.
  const chosen = results.reduce((a, b) => (b.demotions > a.demotions ? b : a));
  const exceeded = chosen.demotions > 0;
  const disagree = results.some((r) => r.demotions > 0 !== exceeded);
  let text = `${excellent} ${who} “Hoàn thành xuất sắc”, ${good} ${who} “Hoàn thành tốt”: tối đa ${chosen.allowed} ${who} xuất sắc (20%, ${
    chosen.rd === "chi_hoan_thanh_tot" ? "so với số Hoàn thành tốt" : "so với số từ Hoàn thành tốt trở lên"
  })`;
  text += exceeded ? `; vượt, cần hạ ít nhất ${chosen.demotions} ${who}.` : "; không vượt.";
  if (disagree) text += " Hai cách hiểu về mức 20% cho kết quả khác nhau — cần xem xét.";
  const demoted: string[] = [];
  if (enforce && exceeded) {
    const candidates = rated
      .filter((r) => r.rating === "excellent")
      .sort((a, b) => (a.priority ?? 0) - (b.priority ?? 0) || byId(a, b));
    for (let i = 0; i < chosen.demotions; i++) demoted.push((candidates[i] as { id: string }).id);
  }
  return {
    check: {
      subject: kind,
      excellent,
      good,
      allowed: chosen.allowed,
      exceeded,
      demotions: chosen.demotions,
      reading,
      readingsDisagree: disagree,
      text,
    },
    demoted,
  };
}

function assertCapArgs(excellent: number, good: number, reading: string): void {
  if (!Number.isSafeInteger(excellent) || excellent < 0 || !Number.isSafeInteger(good) || good < 0) {
    throw new RangeError("Số lượng xếp loại phải là số nguyên không âm.");
  }
  if (reading !== "chi_hoan_thanh_tot" && reading !== "tu_hoan_thanh_tot_tro_len") {
    throw new RangeError(`Cách hiểu “${TEAM_CAP_READING.id}” không có lựa chọn “${reading}”.`);
  }
}
