/**
 * The award proposal list (Danh sách đề nghị khen thưởng) and its machine output `antq.award-proposal/1`:
 * each proposal with its eligibility (@antq/rules-awards) and reasons, and the tallies by form, issuer and
 * recipient kind ("14 tập thể, 5 cá nhân").
 */
import {
  AWARD_FORM_LABELS_VI,
  AWARD_ISSUER_KIND_LABELS_VI,
  type AwardIssuerKind,
  AwardIssuerKindSchema,
} from "@antq/domain";
import { formatNumber } from "@antq/format-vi";
import { type EvaluationResult, type Outcome, OutcomeSchema } from "@antq/rules";
import { type AwardProposal, ProposedFormSchema } from "@antq/rules-awards";
import * as z from "zod";

/**
 * The format tag of {@link AwardProposalDocumentSchema}.
 *
 * @example
 * ```ts
 * AWARD_PROPOSAL_FORMAT; //=> "antq.award-proposal/1"
 * ```
 */
export const AWARD_PROPOSAL_FORMAT = "antq.award-proposal/1";

const OutcomeCountsSchema = z
  .object({
    dat: z.int().nonnegative().meta({ title: "Đủ điều kiện" }),
    chua_dat: z.int().nonnegative().meta({ title: "Chưa đủ điều kiện" }),
    can_xem_xet: z.int().nonnegative().meta({ title: "Cần xem xét" }),
    khong_ap_dung: z.int().nonnegative().meta({ title: "Không áp dụng" }),
  })
  .meta({ title: "Theo kết quả xét điều kiện" });

/**
 * Vietnamese labels of an eligibility outcome.
 *
 * @example
 * ```ts
 * ELIGIBILITY_LABELS_VI.dat; //=> "Đủ điều kiện"
 * ```
 */
export const ELIGIBILITY_LABELS_VI: Readonly<Record<Outcome, string>> = {
  dat: "Đủ điều kiện",
  chua_dat: "Chưa đủ điều kiện",
  can_xem_xet: "Cần xem xét",
  khong_ap_dung: "Không áp dụng",
};

/**
 * Counts of proposals per eligibility outcome.
 *
 * @example
 * ```ts
 * const counts: OutcomeCounts = awardProposalDocument([], []).summary.outcomes;
 * counts; //=> { dat: 0, chua_dat: 0, can_xem_xet: 0, khong_ap_dung: 0 }
 * ```
 */
export type OutcomeCounts = z.infer<typeof OutcomeCountsSchema>;

const GroupSchema = z
  .object({
    form: ProposedFormSchema,
    formTitle: z.string().meta({ title: "Hình thức" }),
    issuerKind: AwardIssuerKindSchema,
    issuerName: z.string().meta({ title: "Cấp khen thưởng" }),
    title: z.string().meta({ title: "Hình thức và cấp khen thưởng" }),
    collective: z.int().nonnegative().meta({ title: "Số tập thể" }),
    individual: z.int().nonnegative().meta({ title: "Số cá nhân" }),
    total: z.int().nonnegative().meta({ title: "Tổng số" }),
    text: z.string().meta({ title: "Câu tổng hợp" }),
    outcomes: OutcomeCountsSchema,
  })
  .meta({ title: "Một hình thức, một cấp khen thưởng" });

/**
 * One line of the tallies: a form from one issuer.
 *
 * @example
 * ```ts
 * const line: AwardTallyGroup | undefined = awardProposalDocument([], []).summary.groups[0];
 * line; //=> undefined
 * ```
 */
export type AwardTallyGroup = z.infer<typeof GroupSchema>;

/**
 * `antq.award-proposal/1`: the eligibility of a list of award proposals and its tallies.
 *
 * @example
 * ```ts
 * AwardProposalDocumentSchema.safeParse(awardProposalDocument([], [])).success; //=> true
 * ```
 */
export const AwardProposalDocumentSchema = z
  .object({
    format: z.literal(AWARD_PROPOSAL_FORMAT).meta({ title: "Định dạng" }),
    ruleSet: z
      .object({
        id: z.string(),
        packages: z.array(z.string()).meta({ title: "Gói quy định (tên@phiên bản)" }),
        hashes: z.array(z.string()).meta({ title: "Mã băm bộ quy tắc (mỗi ngày đề nghị một mã)" }),
      })
      .meta({ title: "Bộ quy tắc" }),
    summary: z
      .object({
        total: z.int().nonnegative().meta({ title: "Tổng số đề nghị" }),
        collective: z.int().nonnegative().meta({ title: "Số tập thể" }),
        individual: z.int().nonnegative().meta({ title: "Số cá nhân" }),
        outcomes: OutcomeCountsSchema,
        groups: z.array(GroupSchema).meta({ title: "Theo hình thức, cấp khen thưởng" }),
      })
      .meta({ title: "Tổng hợp" }),
    proposals: z
      .array(
        z
          .object({
            id: z.string().meta({ title: "Mã đề nghị" }),
            form: ProposedFormSchema,
            issuerKind: AwardIssuerKindSchema,
            issuerName: z.string().meta({ title: "Cấp khen thưởng" }),
            recipientKind: z.enum(["collective", "individual"]).meta({ title: "Tập thể/cá nhân" }),
            recipientName: z.string().meta({ title: "Tên tập thể, cá nhân" }),
            position: z.string().nullable().meta({ title: "Chức vụ, đơn vị công tác" }),
            year: z.int().meta({ title: "Năm thành tích" }),
            proposedOn: z.iso.date().meta({ title: "Ngày đề nghị" }),
            achievement: z.string().meta({ title: "Thành tích" }),
            outcome: OutcomeSchema,
            outcomeTitle: z.string().meta({ title: "Kết quả xét điều kiện" }),
            reasons: z
              .array(
                z.object({
                  rule: z.string().meta({ title: "Mã quy tắc" }),
                  outcome: OutcomeSchema,
                  code: z.string().meta({ title: "Mã kết luận" }),
                  text: z.string().meta({ title: "Lý do" }),
                  citation: z.string().nullable().meta({ title: "Căn cứ" }),
                }),
              )
              .meta({ title: "Lý do theo từng quy tắc" }),
          })
          .meta({ title: "Một đề nghị" }),
      )
      .meta({ title: "Các đề nghị" }),
  })
  .meta({ title: "Xét điều kiện khen thưởng và danh sách đề nghị (antq.award-proposal/1)" });

/**
 * An `antq.award-proposal/1` document.
 *
 * @example
 * ```ts
 * const doc: AwardProposalDocument = awardProposalDocument([], []);
 * [doc.format, doc.summary.total]; //=> ["antq.award-proposal/1", 0]
 * ```
 */
export type AwardProposalDocument = z.infer<typeof AwardProposalDocumentSchema>;

const emptyCounts = (): { -readonly [K in keyof OutcomeCounts]: number } => ({
  dat: 0,
  chua_dat: 0,
  can_xem_xet: 0,
  khong_ap_dung: 0,
});

/**
 * The issuer as written in the list: its name when given ("UBND tỉnh Tiền Giang"), else the kind's label.
 *
 * @example
 * ```ts
 * issuerNameOf({ kind: "provincial-police-director" }); //=> "Giám đốc Công an tỉnh, thành phố"
 * ```
 */
export const issuerNameOf = (issuer: {
  readonly kind: AwardIssuerKind;
  readonly name?: string | undefined;
}) => issuer.name ?? AWARD_ISSUER_KIND_LABELS_VI[issuer.kind];

/**
 * "14 tập thể, 5 cá nhân" (parts with zero left out; "0 tập thể, 0 cá nhân" never appears).
 *
 * @example
 * ```ts
 * recipientsText(14, 5); //=> "14 tập thể, 5 cá nhân"
 * recipientsText(0, 13); //=> "13 cá nhân"
 * ```
 */
export const recipientsText = (collective: number, individual: number): string => {
  const parts: string[] = [];
  if (collective > 0) parts.push(`${formatNumber(collective)} tập thể`);
  if (individual > 0) parts.push(`${formatNumber(individual)} cá nhân`);
  return parts.length === 0 ? "không có đề nghị" : parts.join(", ");
};

/**
 * The tallies by form and issuer, in order of first appearance; `outcomes` (same order as `proposals`) fills
 * the eligibility counts.
 *
 * @example
 * ```ts
 * tallyAwardProposals([]); //=> []
 * ```
 */
export const tallyAwardProposals = (
  proposals: readonly AwardProposal[],
  outcomes: readonly Outcome[] = [],
): AwardTallyGroup[] => {
  const groups = new Map<string, { -readonly [K in keyof AwardTallyGroup]: AwardTallyGroup[K] }>();
  proposals.forEach((p, i) => {
    const issuerName = issuerNameOf(p.issuer);
    const key = `${p.form}\u0000${p.issuer.kind}\u0000${issuerName}`;
    let g = groups.get(key);
    if (g === undefined) {
      const formTitle = AWARD_FORM_LABELS_VI[p.form];
      g = {
        form: p.form,
        formTitle,
        issuerKind: p.issuer.kind,
        issuerName,
        title: `${formTitle} của ${issuerName}`,
        collective: 0,
        individual: 0,
        total: 0,
        text: "",
        outcomes: emptyCounts(),
      };
      groups.set(key, g);
    }
    if (p.recipient.kind === "collective") g.collective++;
    else g.individual++;
    g.total++;
    const o = outcomes[i];
    if (o !== undefined) (g.outcomes as ReturnType<typeof emptyCounts>)[o]++;
  });
  return [...groups.values()].map((g) => ({
    ...g,
    text: `${g.title}: ${recipientsText(g.collective, g.individual)}`,
  }));
};

/**
 * The `antq.award-proposal/1` document of proposals and their results (same order; from
 * `assessAwardProposals`).
 *
 * @example
 * ```ts
 * awardProposalDocument([], []).summary.total; //=> 0
 * ```
 */
export const awardProposalDocument = (
  proposals: readonly AwardProposal[],
  results: readonly EvaluationResult[],
): AwardProposalDocument => {
  if (proposals.length !== results.length)
    throw new RangeError("awardProposalDocument: số kết quả phải bằng số đề nghị.");
  const outcomes = results.map((r) => r.outcome);
  const counts = emptyCounts();
  for (const o of outcomes) counts[o]++;
  const packages = new Set<string>();
  const hashes = new Set<string>();
  for (const r of results) {
    hashes.add(r.hash);
    for (const p of r.packages) packages.add(`${p.name}@${p.version}`);
  }
  const collective = proposals.filter((p) => p.recipient.kind === "collective").length;
  return {
    format: AWARD_PROPOSAL_FORMAT,
    ruleSet: {
      id: results[0]?.ruleSet ?? "khen-thuong-phong-trao",
      packages: [...packages],
      hashes: [...hashes],
    },
    summary: {
      total: proposals.length,
      collective,
      individual: proposals.length - collective,
      outcomes: counts,
      groups: tallyAwardProposals(proposals, outcomes),
    },
    proposals: proposals.map((p, i) => {
      const r = results[i] as EvaluationResult;
      return {
        id: p.id,
        form: p.form,
        issuerKind: p.issuer.kind,
        issuerName: issuerNameOf(p.issuer),
        recipientKind: p.recipient.kind,
        recipientName: p.recipient.name,
        position: p.recipient.kind === "individual" ? (p.recipient.position ?? null) : null,
        year: p.year,
        proposedOn: p.proposedOn,
        achievement: p.reason,
        outcome: r.outcome,
        outcomeTitle: ELIGIBILITY_LABELS_VI[r.outcome],
        reasons: r.criteria.map((c) => ({
          rule: c.id,
          outcome: c.outcome,
          code: c.code,
          text: c.reason ?? c.label ?? c.code,
          citation: c.citation ?? null,
        })),
      };
    }),
  };
};

/**
 * The eligibility check as lines of text (the console of `antq khen-thuong`): the proposals by form, issuer and
 * recipient kind with their outcomes, those not eligible with the reasons, the review reasons counted, and
 * the reminder that Thông tư 04/2024/TT-BCA's conditions are not yet checked against the text.
 *
 * @example
 * ```ts
 * awardProposalLines(awardProposalDocument([], []))[0]; //=> "XÉT ĐIỀU KIỆN KHEN THƯỞNG: 0 đề nghị (không có đề nghị)"
 * awardProposalLines(awardProposalDocument([], [])).at(-1)?.startsWith("Lưu ý: điều kiện, tỷ lệ của Thông tư 04/2024/TT-BCA"); //=> true
 * ```
 */
export const awardProposalLines = (doc: AwardProposalDocument): string[] => {
  const o = doc.summary.outcomes;
  const lines = [
    `XÉT ĐIỀU KIỆN KHEN THƯỞNG: ${formatNumber(doc.summary.total)} đề nghị (${recipientsText(doc.summary.collective, doc.summary.individual)})`,
    ...doc.summary.groups.map(
      (g) =>
        `- ${g.text} — đủ điều kiện ${formatNumber(g.outcomes.dat)}, chưa đủ ${formatNumber(g.outcomes.chua_dat)}, cần xem xét ${formatNumber(g.outcomes.can_xem_xet)}`,
    ),
    `Kết quả: đủ điều kiện ${formatNumber(o.dat)}; chưa đủ điều kiện ${formatNumber(o.chua_dat)}; cần xem xét ${formatNumber(o.can_xem_xet)}; không áp dụng ${formatNumber(o.khong_ap_dung)}`,
  ];
  const notYet = doc.proposals.filter((p) => p.outcome === "chua_dat");
  if (notYet.length > 0) {
    lines.push("Chưa đủ điều kiện:");
    for (const p of notYet.slice(0, 30)) {
      const why = p.reasons.filter((r) => r.outcome === "chua_dat").map((r) => r.text);
      lines.push(`  ${p.id} ${p.recipientName}: ${why.join("; ")}`);
    }
  }
  const review = new Map<string, number>();
  for (const p of doc.proposals)
    for (const r of p.reasons)
      if (r.outcome === "can_xem_xet" && r.rule !== "tt04.noi_dung_chua_doi_chieu")
        review.set(r.text, (review.get(r.text) ?? 0) + 1);
  if (review.size > 0) {
    lines.push("Cần xem xét:");
    for (const [text, n] of review) lines.push(`  ${formatNumber(n)} đề nghị: ${text}`);
  }
  lines.push(
    "Lưu ý: điều kiện, tỷ lệ của Thông tư 04/2024/TT-BCA chưa đối chiếu; cán bộ kiểm tra thêm trước khi trình.",
  );
  return lines;
};
