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
  type InputIssue,
  proposalsFromJson,
  readRecordGroup,
  recipientsText,
} from "@antq/sheets";
import { type NamedBytes, readCycleFiles } from "./cycle-files.js";
import { extension, FileProblem } from "./engine.js";
import { type CycleReport, located } from "./plan.js";

/** The document and its recipients text ("2 tập thể, 3 cá nhân"). */
export interface AwardProposals {
  readonly document: AwardProposalDocument;
  readonly recipients: string;
}

/** The proposals of a JSON file (`{"proposals": [...]}` or a list), as `antq khen-thuong de-nghi.json` reads. */
const proposalsOfJson = (file: NamedBytes) => {
  let data: unknown;
  try {
    data = JSON.parse(new TextDecoder("utf-8").decode(file.bytes));
  } catch {
    throw new FileProblem(
      `Tệp "${file.name}" không phải JSON hợp lệ (kiểm tra dấu ngoặc, dấu phẩy, dấu nháy).`,
    );
  }
  const parsed = proposalsFromJson(data);
  return {
    proposals: parsed.proposals,
    issues: parsed.issues.map(
      (i): InputIssue => ({
        severity: "error",
        code: "INVALID_PROPOSAL",
        message: i.message,
        file: file.name,
        path: i.path.join("."),
      }),
    ),
  };
};

/** The proposals of the workbooks or CSV sheets (the template), or of one JSON file. */
const readProposals = async (files: readonly NamedBytes[]) => {
  const json = files.filter((f) => extension(f.name) === ".json");
  if (json.length > 0) {
    if (files.length > 1)
      throw new FileProblem(
        `Đề nghị khen thưởng dạng JSON: chọn riêng một tệp .json (đã chọn ${files.length} tệp: ${files.map((f) => `"${f.name}"`).join(", ")}).`,
      );
    return proposalsOfJson(json[0] as NamedBytes);
  }
  const read = readRecordGroup(AWARD_GROUP, await readCycleFiles(files, [AWARD_PROPOSAL_SHEET]));
  return { proposals: read.records.map((r) => r.value), issues: read.issues };
};

/**
 * Checks the proposals of the files (national rules, default readings), as the CLI without --cau-hinh: a
 * workbook or CSV sheet of the template, or a JSON file as `antq khen-thuong` accepts.
 */
export const checkAwards = async (files: readonly NamedBytes[]): Promise<CycleReport<AwardProposals>> => {
  const { proposals, issues } = await readProposals(files);
  const stop = located(files, issues);
  if (stop) return stop;
  if (proposals.length === 0)
    throw new FileProblem(
      `Danh sách đề nghị trong ${files.map((f) => `"${f.name}"`).join(", ")} trống (trang “${AWARD_PROPOSAL_SHEET.sheetName}”).`,
    );
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
