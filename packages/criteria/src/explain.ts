/**
 * Vietnamese explanations of scored sheets and classifications: per item the points given, the self score
 * next to the verified score, caps applied, deductions, evidence and the citation; then the band, the vetoes
 * hit, the level and why the result needs review. This is what an officer prints and attaches to the dossier.
 */

import { TASK_RATING_LABELS_VI } from "@antq/domain";
import { formatDate } from "@antq/format-vi";
import { bandForTotal, describeBand } from "./band.js";
import type { ClassificationResult } from "./classification.js";
import { formatLegalBasis, type LegalBasis } from "./internal/engine.js";
import { formatPoints, ROUNDING_RULE_LABELS } from "./points.js";
import type { RubricLeaf } from "./rubric.js";
import { entryOf, type RubricNode, ScoreFlag, type SheetScore } from "./score.js";
import type { CommuneTeamRatings, RatedSubject } from "./team-rating.js";
import type { TypicalSelection } from "./typical-units.js";

/**
 * One line of an explanation.
 *
 * @example
 * const l: ExplanationLine = { id: "1", depth: 1, text: "1. …: 2,5/3 điểm …" };
 */
export interface ExplanationLine {
  readonly id: string;
  readonly depth: number;
  readonly text: string;
}

/**
 * A structured explanation: title, item lines, conclusion lines.
 *
 * @example
 * const e = explainScore(score);
 * e.title; //=> "PHIẾU CHẤM ĐIỂM: Xã Tân Tiến, năm 2024 — Bảng điểm phân loại phong trào cấp xã (cấu hình ví dụ)"
 * e.items[1].text;
 * //=> "I.1. Nghị quyết của Đảng ủy, kế hoạch của UBND trong Quý I: 10/10 điểm (tự chấm 10; thẩm định 10; minh chứng: Nghị quyết số 02-NQ/ĐU ngày 15/01/2024). [cấu hình ví dụ]"
 */
export interface Explanation {
  readonly title: string;
  readonly items: readonly ExplanationLine[];
  readonly conclusion: readonly string[];
}

function basisText(node: RubricNode): string | undefined {
  const src = node.source as { basis?: LegalBasis };
  const basis = src.basis ?? node.group.basis;
  return basis === undefined ? undefined : formatLegalBasis(basis);
}

function leafDetail(node: RubricNode, score: SheetScore): string {
  const i = node.index;
  const f = score.flags[i] as number;
  const e = entryOf(score, i);
  const parts: string[] = [];
  if (node.mode === "deduction") {
    const events = e?.verifiedEvents ?? e?.selfEvents;
    if (events === undefined) parts.push("chưa nhập số vụ việc");
    else {
      const deducted = events * node.perEvent;
      parts.push(
        `${events} vụ việc × ${formatPoints(node.perEvent)} điểm = trừ ${formatPoints(deducted)} điểm` +
          ((f & ScoreFlag.FLOORED) !== 0 ? `, không trừ quá ${formatPoints(node.max)} điểm của mục` : ""),
      );
      if (
        e?.selfEvents !== undefined &&
        e.verifiedEvents !== undefined &&
        e.selfEvents !== e.verifiedEvents
      ) {
        parts.push(`đơn vị tự kê ${e.selfEvents} vụ, thẩm định ${e.verifiedEvents} vụ`);
      }
    }
  } else if (e === undefined || (e.self === undefined && e.verified === undefined)) {
    parts.push("chưa chấm");
  } else {
    if (e.self !== undefined) parts.push(`tự chấm ${formatPoints(e.self)}`);
    if (e.verified !== undefined) parts.push(`thẩm định ${formatPoints(e.verified)}`);
    if ((f & ScoreFlag.CAPPED) !== 0) {
      parts.push(`điểm nhập vượt tối đa, lấy bằng ${formatPoints(node.max)} điểm — áp dụng mức trần`);
    }
  }
  if ((f & ScoreFlag.FROM_SELF) !== 0) parts.push("chưa thẩm định, tạm dùng điểm tự chấm");
  return parts.join("; ");
}

/**
 * Explains a scored sheet in Vietnamese.
 *
 * @example
 * const text = printExplanation(explainScore(score));
 * text.split("\n")[3];
 * //=> "  I.2. Ban Chỉ đạo hoạt động, sơ kết, tổng kết, chế độ báo cáo: 9/10 điểm (tự chấm 10; thẩm định 9). [cấu hình ví dụ]"
 * text.split("\n").find((l) => l.startsWith("Tổng điểm"));
 * //=> "Tổng điểm: 91/100 điểm (đơn vị tự chấm: 100 điểm, mức Xuất sắc)."
 */
export function explainScore(score: SheetScore): Explanation {
  const rubric = score.compiled.rubric;
  const items: ExplanationLine[] = [];
  for (const node of score.compiled.nodes) {
    const i = node.index;
    const awarded = score.awarded[i] as number;
    const head = `${node.kind === "group" ? `Nhóm ${node.id}` : node.id}. ${node.label}: ${formatPoints(awarded)}/${formatPoints(node.max)} điểm`;
    const details: string[] = [];
    if (node.kind === "leaf") {
      const d = leafDetail(node, score);
      if (d) details.push(d);
      const ev = entryOf(score, i)?.evidence;
      if (ev !== undefined && ev !== "") details.push(`minh chứng: ${ev}`);
    } else if (((score.flags[i] as number) & ScoreFlag.CAPPED) !== 0) {
      let sum = 0;
      for (const c of node.children) sum += score.awarded[c] as number;
      details.push(
        `tổng các mục con ${formatPoints(sum)} điểm vượt tối đa, lấy bằng ${formatPoints(node.max)} điểm — áp dụng mức trần`,
      );
    }
    const example = (node.source as RubricLeaf).example === true ? " [cấu hình ví dụ]" : "";
    const b = node.kind === "group" ? undefined : basisText(node);
    const text = `${head}${details.length > 0 ? ` (${details.join("; ")})` : ""}.${b ? ` Căn cứ: ${b}.` : ""}${example}`;
    items.push({ id: node.id, depth: node.depth, text });
  }
  const conclusion: string[] = [];
  const band = bandForTotal(rubric.bands, score.total);
  conclusion.push(
    `Tổng điểm: ${formatPoints(score.total)}/${formatPoints(score.max)} điểm (đơn vị tự chấm: ${formatPoints(score.selfTotal)} điểm, mức ${score.selfLevel.label}).`,
  );
  conclusion.push(`Theo khoảng điểm${band ? ` (${describeBand(band)})` : ""}: ${score.scoreLevel.label}.`);
  for (const h of score.vetoes) {
    const cap = rubric.levels.find((l) => l.id === h.veto.capLevel)?.label ?? h.veto.capLevel;
    const b = h.veto.basis ? ` Căn cứ: ${formatLegalBasis(h.veto.basis)}.` : "";
    const ex = h.veto.example ? " [cấu hình ví dụ]" : "";
    conclusion.push(
      h.state === "hit"
        ? `Điều kiện khống chế: ${h.veto.label} — mức cao nhất là ${cap}.${b}${ex}`
        : `Điều kiện khống chế chưa xét được: ${h.veto.label} (thiếu thông tin) — cần xem xét.${b}${ex}`,
    );
  }
  conclusion.push(
    score.level.id === score.scoreLevel.id
      ? `Xếp loại: ${score.level.label}.`
      : `Xếp loại: ${score.level.label} (hạ từ ${score.scoreLevel.label} do điều kiện khống chế).`,
  );
  for (const r of score.review) conclusion.push(`Cần xem xét: ${r.message}`);
  conclusion.push(
    `Bảng điểm ${rubric.id}; điểm tính bằng phần mười điểm, ${ROUNDING_RULE_LABELS[rubric.rounding]}; căn cứ chung: ${[...new Set(rubric.basis.map(formatLegalBasis))].join("; ")}.`,
  );
  return {
    title: `PHIẾU CHẤM ĐIỂM: ${score.sheet.unitName ?? score.sheet.unitId}, năm ${score.sheet.year} — ${rubric.label}`,
    items,
    conclusion,
  };
}

/**
 * Explains a classification: the sheet explanation plus deadlines, the source of the configuration and the
 * configuration hash for replay.
 *
 * @example
 * // Xã Tân Tiến scores 91 but has not reached "An toàn về ANTT" (Thông tư 124): the veto caps it at Khá.
 * const lines = printExplanation(explainClassification(result)).split("\n");
 * lines[0]; //=> "PHÂN LOẠI PHONG TRÀO TOÀN DÂN BẢO VỆ ANTQ NĂM 2024: Xã Tân Tiến — Khá (cần xem xét)"
 * lines.find((l) => l.startsWith("Xếp loại")); //=> "Xếp loại: Khá (hạ từ Xuất sắc do điều kiện khống chế)."
 */
export function explainClassification(result: ClassificationResult): Explanation {
  const base = explainScore(result.score);
  const c = result.classifier;
  const src = c.rubricSource ? `${c.rubricSource.name}@${c.rubricSource.version}` : "không rõ";
  return {
    title: `PHÂN LOẠI PHONG TRÀO TOÀN DÂN BẢO VỆ ANTQ NĂM ${result.year}: ${result.score.sheet.unitName ?? result.unitId} — ${result.levelLabel}${result.status === "can_xem_xet" ? " (cần xem xét)" : ""}`,
    items: base.items,
    conclusion: [
      ...base.conclusion,
      `Thời hạn: tự đánh giá trước ngày ${formatDate(c.deadline.selfAssessmentBefore)}; báo cáo, xét phân loại trước ngày ${formatDate(c.deadline.reportBefore)} (${formatLegalBasis(c.deadline.basis)}).`,
      `Cấu hình ${c.configId}, bảng điểm do gói ${src} cung cấp (căn cứ: ${formatLegalBasis(c.rubricBasis)}), áp dụng ngày ${formatDate(c.asOf)}, mã băm ${c.hash}.`,
    ],
  };
}

/**
 * Prints an explanation as plain text: the title, item lines indented by depth, then the conclusion.
 *
 * @example
 * const e: Explanation = { title: "Xã Tân Tiến", conclusion: ["Tổng điểm: 91/100 điểm."],
 *   items: [{ id: "I", depth: 0, text: "Nhóm I: 19/20 điểm." }, { id: "I.1", depth: 1, text: "I.1: 10/10 điểm." }] };
 * printExplanation(e);
 * //=> "Xã Tân Tiến\nNhóm I: 19/20 điểm.\n  I.1: 10/10 điểm.\nTổng điểm: 91/100 điểm."
 */
export function printExplanation(explanation: Explanation): string {
  const lines = [explanation.title];
  for (const l of explanation.items) lines.push(`${"  ".repeat(l.depth)}${l.text}`);
  lines.push(...explanation.conclusion);
  return lines.join("\n").normalize("NFC");
}

/**
 * Vietnamese lines for a commune's team ratings: each team and member with the level given (or why none), the
 * 20% checks and the review notes.
 *
 * @example
 * const lines = explainTeamRatings(rateCommuneTeams(teams, 2025));
 * lines[0]; //=> "Xếp loại Tổ bảo vệ ANTT năm 2025 (15/11/2024 – 14/11/2025), căn cứ: Luật 30/2023/QH15; Hướng dẫn 01/HD-BCA-V05."
 * lines[1]; //=> "- Tổ bảo vệ ANTT khu phố 1: Hoàn thành xuất sắc nhiệm vụ"
 */
export function explainTeamRatings(r: CommuneTeamRatings): string[] {
  const label = (x: RatedSubject) => {
    const given = x.rating === undefined ? "không xếp loại" : TASK_RATING_LABELS_VI[x.rating];
    const proposed = x.rating === x.proposed ? "" : ` (đề nghị: ${TASK_RATING_LABELS_VI[x.proposed]})`;
    const notes = x.notes.length > 0 ? ` — ${x.notes.map((n) => n.message).join(" ")}` : "";
    return `${x.name ?? x.id}: ${given}${proposed}${notes}`;
  };
  const lines = [
    `Xếp loại Tổ bảo vệ ANTT năm ${r.year} (${formatDate(r.window.from)} – ${formatDate(r.window.to)}), căn cứ: ${r.basis.map(formatLegalBasis).join("; ")}.`,
  ];
  for (const t of r.teams) {
    lines.push(`- ${label(t)}`);
    for (const m of r.members.filter((x) => x.teamId === t.id)) lines.push(`  + ${label(m)}`);
  }
  // A cap check that needs review is printed once, marked, not again among the review notes.
  const reviewed = new Set(r.review.map((n) => n.message));
  for (const c of r.caps) {
    const mark = reviewed.has(c.text) ? "Cần xem xét — " : "";
    lines.push(`${mark}Tỷ lệ 20% (${c.subject === "team" ? "Tổ" : "thành viên"}): ${c.text}`);
  }
  const capTexts = new Set(r.caps.map((c) => c.text));
  for (const n of r.review) if (!capTexts.has(n.message)) lines.push(`Cần xem xét: ${n.message}`);
  return lines.map((l) => l.normalize("NFC"));
}

/**
 * Vietnamese lines for a typical-unit selection: eligible units with the reason and where they are now, then
 * the units not chosen and why.
 *
 * @example
 * const lines = explainTypicalSelection(selectTypicalCandidates(rows, 2024, EXAMPLE_TYPICAL_RULE));
 * lines[1]; //=> "- Xã Tân Tiến: Năm 2023 xếp loại Xuất sắc, đạt “An toàn về ANTT”."
 * lines[3]; //=> "- Xã Vĩnh Thuận Đông: Năm 2023 xếp loại Khá, chưa đạt mức yêu cầu."
 */
export function explainTypicalSelection(s: TypicalSelection): string[] {
  const lines = [
    `Đơn vị đủ điều kiện xây dựng điển hình năm ${s.planYear} (theo kết quả phân loại năm ${s.fromYear}; ${s.rule.label}; căn cứ: ${formatLegalBasis(s.rule.basis)}): ${s.eligible.length} đơn vị.`,
  ];
  for (const c of s.eligible) lines.push(`- ${c.name}: ${c.reasons.join(" ")}`);
  if (s.ineligible.length > 0) lines.push(`Chưa đủ điều kiện: ${s.ineligible.length} đơn vị.`);
  for (const c of s.ineligible) lines.push(`- ${c.name}: ${c.reasons.join(" ")}`);
  for (const c of [...s.eligible, ...s.ineligible])
    for (const n of c.review) lines.push(`Cần xem xét (${c.name}): ${n.message}`);
  for (const n of s.review) lines.push(`Cần xem xét: ${n.message}`);
  return lines.map((l) => l.normalize("NFC"));
}
