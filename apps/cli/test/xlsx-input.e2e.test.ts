import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { generateProvince } from "@antq/datagen";
import { AssessmentDocumentSchema } from "@antq/sheets";
import { buildDataWorkbook } from "@antq/sheets/xlsx";
import { describe, expect, it } from "vitest";
import { antq, hasStackTrace, tempDir } from "./helpers/run.js";

/** A demo province in the template layout, as `antq demo` writes it. */
const writeProvince = async (target: string) => {
  const province = generateProvince({ seed: 138, year: 2024, communes: 2 });
  await buildDataWorkbook(province.units, province.facts).xlsx.writeFile(target);
  return province;
};

describe("antq on .xlsx input (streamed)", () => {
  it("kiem-tra and danh-gia read a template-layout workbook written by exceljs", async () => {
    const dir = tempDir();
    const input = join(dir, "du-lieu.xlsx");
    const province = await writeProvince(input);
    const checked = antq(["kiem-tra", input]);
    expect(checked.stdout).toContain(
      `Hợp lệ: ${province.units.length} đơn vị, ${province.facts.length} bộ dữ kiện năm.`,
    );
    expect(checked.code).toBe(0);
    const out = join(dir, "kq.xlsx");
    const assessed = antq(["danh-gia", input, "--nam", "2024", "--ra", out, "--json"]);
    expect(assessed.code).toBe(0);
    const document = AssessmentDocumentSchema.parse(JSON.parse(readFileSync(join(dir, "kq.json"), "utf8")));
    expect(document.input).toMatchObject({ validUnits: province.units.length, errors: 0 });
    expect(document.units?.length).toBeGreaterThanOrEqual(province.units.length);
  });

  it("a workbook broken inside a sheet gives the Vietnamese message, exit 2 and no result files", async () => {
    const dir = tempDir();
    const input = join(dir, "hong.xlsx");
    await writeProvince(input);
    const bytes = readFileSync(input);
    // Overwrite compressed bytes of the "Khu dân cư" sheet part (sheet3: after "Hướng dẫn" and "Danh mục").
    const at = bytes.indexOf(Buffer.from("xl/worksheets/sheet3.xml")) + 100;
    for (let i = at; i < at + 300; i++) bytes[i] = (bytes[i] as number) ^ 0x5a;
    writeFileSync(input, bytes);
    const out = join(dir, "kq.xlsx");
    const { code, stdout, stderr } = antq(["danh-gia", input, "--nam", "2024", "--ra", out]);
    expect(code).toBe(2);
    expect(stderr).toContain("tệp Excel bị hỏng");
    expect(hasStackTrace(stdout + stderr)).toBe(false);
    expect(existsSync(out)).toBe(false);
    expect(existsSync(join(dir, "kq.json"))).toBe(false);
  });

  it("a unit id repeated on a unit sheet is reported, left out and counted once, as in the flat CSV (#14)", async () => {
    const dir = tempDir();
    const input = join(dir, "trung-ma.xlsx");
    const province = generateProvince({ seed: 138, year: 2024, communes: 2 });
    const areas = province.units.filter((u) => u.kind === "residential-area");
    const first = areas[0];
    if (!first) throw new Error("the demo province has no khu dân cư");
    // A second "Khu dân cư" row with the first one's id (another name, as an officer's copy-paste slip).
    const repeated = { ...first, name: `${first.name} (chép lại)` };
    await buildDataWorkbook([...province.units, repeated], province.facts).xlsx.writeFile(input);
    const checked = antq(["kiem-tra", input]);
    expect(checked.code).toBe(2);
    expect(checked.stdout + checked.stderr).toMatch(
      new RegExp(
        `trang "Khu dân cư", dòng \\d+: Mã đơn vị "${first.id}" bị trùng \\(đã có ở Khu dân cư, dòng \\d+\\)`,
      ),
    );
    const out = join(dir, "kq.xlsx");
    const { code, stdout } = antq(["danh-gia", input, "--nam", "2024", "--ra", out, "--json"]);
    expect(code).toBe(2);
    const document = AssessmentDocumentSchema.parse(JSON.parse(stdout));
    expect(document.input).toMatchObject({ validUnits: province.units.length, errors: 1 });
    expect(document.units?.filter((r) => r.unitId === first.id)).toHaveLength(1);
    expect(document.units).toHaveLength(province.units.length);
  });
});
