/**
 * Award proposals (`antq khen-thuong`): the proposals of the officer's workbook (or CSV sheet, the template of
 * `antq mau --loai de-nghi-khen-thuong`) checked by @antq/rules-awards, turned into @antq/sheets'
 * `antq.award-proposals/1` document — the same document as `antq khen-thuong --json`.
 */
import { assessAwardProposals } from "@antq/rules-awards";
import {
  AWARD_GROUP,
  AWARD_PROPOSAL_SHEET,
  type AwardProposalDocument,
  awardProposalDocument,
  readRecordGroup,
  recipientsText,
} from "@antq/sheets";
import { type NamedBytes, readCycleFiles } from "./cycle-files.js";
import { FileProblem } from "./engine.js";
import { type CycleReport, located } from "./plan.js";

/** The document and its recipients text ("2 tập thể, 3 cá nhân"). */
export interface AwardProposals {
  readonly document: AwardProposalDocument;
  readonly recipients: string;
}

/** Checks the proposals of the files (national rules, default readings), as the CLI without --cau-hinh. */
export const checkAwards = async (files: readonly NamedBytes[]): Promise<CycleReport<AwardProposals>> => {
  const read = readRecordGroup(AWARD_GROUP, await readCycleFiles(files, [AWARD_PROPOSAL_SHEET]));
  const stop = located(files, read.issues);
  if (stop) return stop;
  if (read.records.length === 0)
    throw new FileProblem(
      `Danh sách đề nghị trong ${files.map((f) => `"${f.name}"`).join(", ")} trống (trang “${AWARD_PROPOSAL_SHEET.sheetName}”).`,
    );
  const proposals = read.records.map((r) => r.value);
  const document = awardProposalDocument(
    proposals,
    assessAwardProposals(proposals, { overlays: [], readings: {} }),
  );
  return {
    ok: true,
    files: files.map((f) => f.name),
    document: {
      document,
      recipients: recipientsText(document.summary.collective, document.summary.individual),
    },
  };
};
