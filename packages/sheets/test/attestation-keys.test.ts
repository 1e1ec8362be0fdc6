import { describe, expect, it } from "vitest";
import {
  DatasetBuilder,
  FACT_LIST_SHEETS,
  type RowSource,
  readJsonText,
  readRowsInto,
} from "../src/index.js";
import { sheetOf } from "./support.js";

const ATTESTATIONS = FACT_LIST_SHEETS.find((s) => s.listField === "attestations");
if (!ATTESTATIONS) throw new Error("no attestations sheet");

/** The "Xác nhận định tính" sheet with the given rows. */
const attestationSheet = (rows: readonly Record<string, unknown>[]): RowSource => sheetOf(ATTESTATIONS, rows);

const json = (criterion: string) =>
  JSON.stringify({
    schemaVersion: 1,
    units: [],
    annualFacts: [
      {
        unitId: "kdc-ap-my-loi",
        year: 2024,
        attestations: [{ criterion, value: true, attestedBy: "Công an xã" }],
      },
    ],
  });

describe("attestation keys (#14: a wrong code is never dropped in silence)", () => {
  it("refuses the rule id antq prints, at its JSON path, suggesting the key", () => {
    const builder = new DatasetBuilder();
    readJsonText(builder, json("tt124.d4.k2"), "du-lieu.json");
    const dataset = builder.finish();
    expect(dataset.facts).toEqual([]);
    const [issue, ...rest] = dataset.issues;
    expect(rest).toEqual([]);
    expect(issue).toMatchObject({ severity: "error", file: "du-lieu.json" });
    expect(issue?.path).toContain("attestations[0].criterion");
    expect(issue?.message).toContain('Mã tiêu chí xác nhận "tt124.d4.k2" không có trong danh sách');
    expect(issue?.message).toContain("Có phải “TT124/Đ4/k2”?");
  });

  it("refuses a code typed without diacritics on the list sheet, at its row and column", async () => {
    const builder = new DatasetBuilder();
    await readRowsInto(
      builder,
      attestationSheet([
        { unitId: "kdc-ap-my-loi", year: 2024, criterion: "TT124/Đ4/k2", value: true },
        { unitId: "kdc-ap-my-loi", year: 2024, criterion: "TT124/D7/k2/CMHS", value: true },
      ]),
    );
    const dataset = builder.finish();
    expect(dataset.facts).toEqual([]);
    expect(dataset.issues).toEqual([
      expect.objectContaining({
        severity: "error",
        sheet: "Xác nhận định tính",
        row: 3,
        column: expect.stringMatching(/^[A-Z]+$/),
        code: "CELL_NOT_IN_LIST",
        message: expect.stringContaining("(có phải “TT124/Đ7/k2/cmhs”?)"),
      }),
    ]);
  });

  it("keeps facts whose attestation keys are all valid", () => {
    const builder = new DatasetBuilder();
    readJsonText(builder, json("TT124/Đ4/k2"), "du-lieu.json");
    const dataset = builder.finish();
    expect(dataset.issues).toEqual([]);
    expect(dataset.facts.map((f) => f.facts.attestations?.[0]?.criterion)).toEqual(["TT124/Đ4/k2"]);
  });
});
