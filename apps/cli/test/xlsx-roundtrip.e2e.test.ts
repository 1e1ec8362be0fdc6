/**
 * A round trip per unit kind on the built binary (issue 12): the template (`antq mau`) reads back as a blank
 * dataset; a workbook filled with units of one kind (`buildDataWorkbook`) is assessed by `antq danh-gia`; the
 * result workbook, read back with @antq/sheets/xlsx, lists every unit on its kind's sheet with the outcome of
 * the JSON output, and its commune sheet shows the ratio of Điều 5 khoản 4 beside the territory counts.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { generateProvince } from "@antq/datagen";
import type { AnnualFacts, AssessedUnit, AssessedUnitKind } from "@antq/domain";
import { type AssessmentDocument, DatasetBuilder } from "@antq/sheets";
import { buildDataWorkbook, readXlsxInto, readXlsxSheets, workbookBytes } from "@antq/sheets/xlsx";
import { describe, expect, it } from "vitest";
import { antq, tempDir } from "./helpers/run.js";

const SHEETS: Readonly<Record<AssessedUnitKind, string>> = {
  "residential-area": "Khu dân cư",
  commune: "Xã, phường, đặc khu",
  agency: "Cơ quan",
  enterprise: "Doanh nghiệp",
  education: "Cơ sở giáo dục",
  "other-organisation": "Tổ chức khác",
};

const sheetRows = async (file: string) => {
  const sheets = new Map<string, unknown[][]>();
  for await (const sheet of readXlsxSheets(readFileSync(file))) {
    const rows: unknown[][] = [];
    for await (const batch of sheet.rows()) for (const row of batch) rows.push([...row.cells]);
    sheets.set(sheet.name, rows);
  }
  return sheets;
};

const generated = generateProvince({ seed: 138, year: 2024, communes: 12 });
/** The generator makes no "tổ chức khác": three agencies of the province become other organisations. */
const others = generated.units
  .filter((u) => u.kind === "agency")
  .slice(0, 3)
  .map((u, i) => ({
    kind: "other-organisation" as const,
    id: `TCK-${i + 1}`,
    name: `Hội Chữ thập đỏ ${i + 1}`,
    location: u.location,
    managingLevel: u.managingLevel,
    legalForm: "Hội quần chúng",
    stateBudgetFunded: false,
    armedForces: false,
  }));
const province = {
  units: [...generated.units, ...others] as AssessedUnit[],
  facts: [
    ...generated.facts,
    ...others.map((o, i) => ({
      ...(generated.facts.find(
        (f) => f.unitId === generated.units.filter((u) => u.kind === "agency")[i]?.id,
      ) ?? generated.facts[0]),
      unitId: o.id,
    })),
  ] as AnnualFacts[],
};

describe("template → filled workbook → dataset → result workbook → read back", { timeout: 600_000 }, () => {
  it("reads the blank template as no data and no error", async () => {
    const dir = tempDir();
    const template = join(dir, "mau.xlsx");
    expect(antq(["mau", "--ra", template]).code).toBe(0);
    const builder = new DatasetBuilder();
    await readXlsxInto(builder, readFileSync(template), { file: template });
    const dataset = builder.finish();
    expect(dataset.units).toEqual([]);
    expect(dataset.issues.filter((i) => i.severity === "error")).toEqual([]);
  });

  for (const kind of Object.keys(SHEETS) as AssessedUnitKind[]) {
    it(`${SHEETS[kind]}: every unit comes back with its outcome`, async () => {
      const units = province.units.filter((u) => u.kind === kind).slice(0, 6);
      expect(units.length, kind).toBeGreaterThan(0);
      const ids = new Set(units.map((u) => u.id));
      const dir = tempDir();
      const input = join(dir, "du-lieu.xlsx");
      writeFileSync(
        input,
        await workbookBytes(
          buildDataWorkbook(
            units,
            province.facts.filter((f) => ids.has(f.unitId)),
          ),
        ),
      );
      const output = join(dir, "ket-qua.xlsx");
      const run = antq(["danh-gia", input, "--nam", "2024", "--ra", output, "--json"]);
      expect(run.code, run.stderr).toBe(0);
      const document = JSON.parse(run.stdout) as AssessmentDocument;
      const sheets = await sheetRows(output);
      const rows = sheets.get(SHEETS[kind]) ?? [];
      const header = rows[0] ?? [];
      const id = header.indexOf("Mã đơn vị");
      const outcome = header.indexOf("Kết quả");
      const read = new Map(rows.slice(1).map((r) => [r[id], r[outcome]]));
      expect(new Map((document.units ?? []).map((u) => [u.unitId, u.outcomeTitle]))).toEqual(read);
      expect(read.size).toBe(units.length);
      // The commune sheet of "Tổng hợp" has both ratios (issue 14).
      const summary = sheets.get("Tổng hợp") ?? [];
      const communeHeader = summary.find((r) => r[0] === "Mã xã, phường, đặc khu");
      expect(communeHeader?.slice(-2)).toEqual([
        "Các đơn vị trên địa bàn",
        "Thuộc phạm vi của xã (tỷ lệ khoản 4 Điều 5)",
      ]);
    });
  }
});
