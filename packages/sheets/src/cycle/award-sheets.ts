/**
 * The input sheet of award proposals (Danh sách đề nghị khen thưởng, one row per proposal), derived from
 * @antq/rules-awards' `AwardProposalSchema` and @antq/domain's award enums, and its conversion into validated
 * proposals with located errors. The record's yearly history is given as three years (the achievement year
 * and the two before), which covers every rule of the rule set. Read with `readRecordGroup`.
 */
import { AwardIssuerKindSchema, GenderSchema, PersonRoleSchema, TaskRatingSchema } from "@antq/domain";
import {
  type AwardProposal,
  AwardProposalSchema,
  AwardRecordSchema,
  parseAwardProposal,
} from "@antq/rules-awards";
import * as z from "zod";
import { type RecordGroup, recordSheet } from "./records.js";

const p = AwardProposalSchema.shape;
const r = AwardRecordSchema.shape;

const AwardRowSchema = z.object({
  id: p.id,
  form: p.form,
  issuer: z.object({ kind: AwardIssuerKindSchema, name: z.string().optional() }),
  recipient: z.object({
    kind: z.enum(["collective", "individual"]),
    name: z.string(),
    role: PersonRoleSchema.optional(),
    position: z.string().optional(),
  }),
  proposedOn: p.proposedOn,
  year: p.year,
  reason: p.reason,
  exemplaryCompliance: r.exemplaryCompliance,
  achievements: r.achievements,
  initiatives: r.initiatives,
  rating0: TaskRatingSchema.optional(),
  rating1: TaskRatingSchema.optional(),
  rating2: TaskRatingSchema.optional(),
  safe0: z.boolean().optional(),
  safe1: z.boolean().optional(),
  safe2: z.boolean().optional(),
  gender: GenderSchema.optional(),
  priorServiceStart: r.priorServiceStart,
  teamServiceStart: r.teamServiceStart,
  hardshipArea: r.hardshipArea,
  leadershipYears: r.leadershipYears,
  seriousIncident: r.seriousIncident,
  // Years as text, so that the template shows "2019", not "2.019".
  securityAwardYear: z
    .string()
    .regex(/^\d{4}$/)
    .optional(),
  medalYear: z
    .string()
    .regex(/^\d{4}$/)
    .optional(),
});

/**
 * Sheet `de-nghi-khen-thuong` ("Đề nghị khen thưởng"): one row per proposal.
 *
 * @example
 * ```ts
 * AWARD_PROPOSAL_SHEET.columns.find((c) => c.path.join(".") === "form")?.choices?.map((c) => c.label); //=> ["Bằng khen", "Giấy khen", "Kỷ niệm chương"]
 * ```
 */
export const AWARD_PROPOSAL_SHEET = recordSheet(
  "de-nghi-khen-thuong",
  "Đề nghị khen thưởng",
  "Mỗi dòng là một đề nghị khen thưởng (tập thể hoặc cá nhân). Các cột thành tích, xếp loại, quá trình công tác để trống nếu không có; ngày đề nghị quyết định quy định được áp dụng.",
  AwardRowSchema,
  {
    id: "Mã đề nghị",
    form: "Hình thức khen thưởng",
    "issuer.kind": "Cấp khen thưởng",
    "issuer.name": "Tên cấp khen thưởng (ví dụ Ủy ban nhân dân tỉnh Tiền Giang)",
    "recipient.kind": "Tập thể hay cá nhân",
    "recipient.name": "Tên tập thể, họ tên cá nhân",
    "recipient.role": "Vai trò của cá nhân",
    "recipient.position": "Chức vụ, đơn vị công tác",
    proposedOn: "Ngày đề nghị",
    year: "Năm thành tích",
    reason: "Tóm tắt thành tích",
    exemplaryCompliance: "Gương mẫu chấp hành pháp luật",
    achievements: "Thành tích (điểm a, b, c khoản 1 Điều 74)",
    initiatives: "Số sáng kiến được công nhận",
    rating0: "Xếp loại năm thành tích",
    rating1: "Xếp loại năm trước",
    rating2: "Xếp loại hai năm trước",
    safe0: "Đạt “An toàn về ANTT” năm thành tích",
    safe1: "Đạt “An toàn về ANTT” năm trước",
    safe2: "Đạt “An toàn về ANTT” hai năm trước",
    gender: "Giới tính",
    priorServiceStart: "Ngày bắt đầu tham gia Bảo vệ dân phố, Công an xã",
    teamServiceStart: "Ngày tham gia Tổ bảo vệ ANTT",
    hardshipArea: "Công tác ở vùng đặc biệt khó khăn, biên giới, hải đảo",
    leadershipYears: "Số năm giữ chức vụ lãnh đạo",
    seriousIncident: "Đơn vị có tụ điểm phức tạp, vụ việc nghiêm trọng về ANTT",
    securityAwardYear: "Năm được khen thưởng gần nhất về bảo vệ an ninh Tổ quốc (để trống nếu chưa)",
    medalYear: "Năm được tặng Kỷ niệm chương “Bảo vệ an ninh Tổ quốc” (để trống nếu chưa)",
  },
);

const RECORD_KEYS = [
  "exemplaryCompliance",
  "achievements",
  "initiatives",
  "gender",
  "priorServiceStart",
  "teamServiceStart",
  "hardshipArea",
  "leadershipYears",
  "seriousIncident",
] as const;

const yearOf = (cell: unknown): number | undefined =>
  typeof cell === "number"
    ? cell
    : typeof cell === "string" && /^\d{4}$/.test(cell)
      ? Number(cell)
      : undefined;

/** The proposal a row describes (before validation). */
const proposalOf = (v: Record<string, unknown>): Record<string, unknown> => {
  const year = typeof v.year === "number" ? v.year : 0;
  const record: Record<string, unknown> = {};
  for (const k of RECORD_KEYS) if (v[k] !== undefined) record[k] = v[k];
  const ratings = [0, 1, 2]
    .filter((k) => v[`rating${k}`] !== undefined)
    .map((k) => ({ year: year - k, rating: v[`rating${k}`] }));
  if (ratings.length > 0) record.ratings = ratings;
  const safe = [0, 1, 2]
    .filter((k) => v[`safe${k}`] !== undefined)
    .map((k) => ({ year: year - k, outcome: v[`safe${k}`] ? "dat" : "chua_dat" }));
  if (safe.length > 0) record.safeYears = safe;
  const prior: Record<string, unknown>[] = [];
  // The two year columns are text (a template shows "2019", not "2.019").
  const securityAwardYear = yearOf(v.securityAwardYear);
  const medalYear = yearOf(v.medalYear);
  if (securityAwardYear !== undefined)
    prior.push({ form: "other", issuerKind: "other", year: securityAwardYear, forSecurity: true });
  if (medalYear !== undefined)
    prior.push({
      form: "commemorative-medal",
      issuerKind: "minister-of-public-security",
      year: medalYear,
      forSecurity: true,
    });
  record.priorAwards = prior;
  const recipient = { ...(v.recipient as Record<string, unknown>) };
  if (recipient.kind === "collective") {
    delete recipient.role;
    delete recipient.position;
  }
  return {
    id: v.id,
    form: v.form,
    issuer: v.issuer,
    recipient,
    proposedOn: v.proposedOn,
    year: v.year,
    reason: v.reason,
    record,
  };
};

/** A parser path of a proposal back to its row's columns: `record.ratings.1` is the column `rating1`. */
const proposalColumns = (path: readonly (string | number)[]): (string | number)[] => {
  const rest = path[0] === "record" ? path.slice(1) : [...path];
  if ((rest[0] === "ratings" || rest[0] === "safeYears") && typeof rest[1] === "number")
    return [`${rest[0] === "ratings" ? "rating" : "safe"}${rest[1]}`];
  return rest;
};

/**
 * The award proposal record group: one proposal per row of "Đề nghị khen thưởng", read with
 * `readRecordGroup` into validated @antq/rules-awards proposals (duplicate codes and schema problems located on
 * their row and column).
 *
 * @example
 * ```ts
 * AWARD_GROUP.main.sheetName; //=> "Đề nghị khen thưởng"
 * ```
 */
export const AWARD_GROUP: RecordGroup<AwardProposal> = {
  main: AWARD_PROPOSAL_SHEET,
  lists: [],
  parse: parseAwardProposal,
  toRecord: proposalOf,
  rowPath: proposalColumns,
};
