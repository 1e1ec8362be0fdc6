/**
 * Award proposals (`antq khen-thuong`): the proposals of the officer's workbook (or CSV sheet, the template of
 * `antq mau --loai de-nghi-khen-thuong`) checked by @antq/rules-awards, turned into @antq/sheets'
 * `antq.award-proposals/1` document — the same document as `antq khen-thuong --json`.
 */
import type { Overlay } from "@antq/rules";
import { type AwardProposal, assessAwardProposals } from "@antq/rules-awards";
import {
  AWARD_GROUP,
  AWARD_PROPOSAL_SHEET,
  type AwardProposalDocument,
  awardProposalDocument,
  proposalsFromJson,
  readRecordGroup,
  recipientsText,
} from "@antq/sheets";
import { type NamedBytes, readCycleFiles } from "./cycle-files.js";
import { FileProblem } from "./engine.js";
import { jsonIssues, onlyJsonFile, parseJsonFile } from "./json-file.js";
import { type CycleReport, located } from "./plan.js";

/** The document and its recipients text ("2 tập thể, 3 cá nhân"). */
export interface AwardProposals {
  readonly document: AwardProposalDocument;
  readonly recipients: string;
  /** Which conditions were applied: the province's (`--cau-hinh`) or the national documents only. */
  readonly configuration: string;
}

/** The proposals of the workbooks or CSV sheets (the template), or of one JSON file as `antq khen-thuong` reads. */
const readProposals = async (files: readonly NamedBytes[]) => {
  const json = onlyJsonFile(files, "Đề nghị khen thưởng");
  if (json) {
    const parsed = proposalsFromJson(parseJsonFile(json));
    return { proposals: parsed.proposals, issues: jsonIssues(json.name, "INVALID_PROPOSAL", parsed.issues) };
  }
  const read = readRecordGroup(AWARD_GROUP, await readCycleFiles(files, [AWARD_PROPOSAL_SHEET]));
  return { proposals: read.records.map((r) => r.value), issues: read.issues };
};

/**
 * Checks the proposals of the files (default readings): a workbook or CSV sheet of the template, or a JSON file
 * as `antq khen-thuong` accepts; `overlays`: the province's award conditions (`--cau-hinh`, ./province.ts),
 * none for the national documents only.
 */
export const checkAwards = async (
  files: readonly NamedBytes[],
  overlays: readonly Overlay<AwardProposal>[] = [],
): Promise<CycleReport<AwardProposals>> => {
  const { proposals, issues } = await readProposals(files);
  const stop = located(files, issues);
  if (stop) return stop;
  if (proposals.length === 0)
    throw new FileProblem(
      `Danh sách đề nghị trong ${files.map((f) => `"${f.name}"`).join(", ")} trống (trang “${AWARD_PROPOSAL_SHEET.sheetName}”).`,
    );
  const document = awardProposalDocument(
    proposals,
    assessAwardProposals(proposals, { overlays, readings: {} }),
  );
  return {
    ok: true,
    files: files.map((f) => f.name),
    document: {
      document,
      recipients: recipientsText(document.summary.collective, document.summary.individual),
      configuration:
        overlays.length === 0
          ? "chỉ văn bản quốc gia"
          : `điều kiện của tỉnh — ${overlays.map((o) => o.label).join("; ")}`,
    },
  };
};
