/**
 * Award proposals as JSON (as `antq khen-thuong de-nghi.json` reads them, through @antq/sheets'
 * `proposalsFromJson`): the same proposals give the same document as the template workbook, and a repeated
 * id is refused at its path in the file.
 */
import { AWARD_GROUP, AWARD_PROPOSAL_SHEET, readRecordGroup } from "@antq/sheets";
import { describe, expect, it } from "vitest";
import { checkAwards } from "../src/awards.js";
import { readCycleFiles } from "../src/cycle-files.js";
import { FileProblem } from "../src/engine.js";
import { awardsWorkbookBytes } from "./demo-data.js";

const encode = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));

describe("award proposals from JSON", async () => {
  const workbook = { name: "de-nghi.xlsx", bytes: await awardsWorkbookBytes() };
  const proposals = readRecordGroup(
    AWARD_GROUP,
    await readCycleFiles([workbook], [AWARD_PROPOSAL_SHEET]),
  ).records.map((r) => r.value);

  it("gives the workbook's document", async () => {
    const fromSheet = await checkAwards([workbook]);
    const fromJson = await checkAwards([{ name: "de-nghi.json", bytes: encode({ proposals }) }]);
    expect(fromJson.ok).toBe(true);
    if (!fromJson.ok || !fromSheet.ok) return;
    expect(fromJson.document).toEqual(fromSheet.document);
    expect(fromJson.document.document.proposals.map((p) => [p.id, p.outcome])).toEqual([
      ["knc-01", "dat"],
      ["knc-02", "chua_dat"],
    ]);
  });

  it("refuses a repeated id at its path, and a file that is not JSON", async () => {
    const twice = await checkAwards([
      { name: "de-nghi.json", bytes: encode({ proposals: [proposals[0], proposals[0]] }) },
    ]);
    expect(twice.ok).toBe(false);
    if (twice.ok) return;
    expect(twice.issues.map((i) => [i.file, i.path])).toEqual([["de-nghi.json", "proposals.1.id"]]);
    expect(twice.issues[0]?.message).toContain("trùng với đề nghị thứ 1");
    await expect(
      checkAwards([{ name: "de-nghi.json", bytes: new TextEncoder().encode("{ proposals: [") }]),
    ).rejects.toThrow(FileProblem);
  });
});
