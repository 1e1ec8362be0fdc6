import { generateProvince } from "@antq/datagen";
import { describe, expect, it } from "vitest";
import {
  CsvSyntaxError,
  csvRowSource,
  DatasetBuilder,
  openCsv,
  type RowSource,
  readJsonText,
  readRowsInto,
  UNIT_SHEETS,
} from "../src/index.js";
import { sheetOf } from "./support.js";

const province = generateProvince({ seed: 138, year: 2024, communes: 2 });
const AREA = UNIT_SHEETS.find((s) => s.id === "khu-dan-cu");
if (!AREA) throw new Error("no khu-dan-cu layout");
const areas = province.units.filter((u) => u.kind === "residential-area");

/** The "Khu dân cư" sheet of the given units (cells as the template writer puts them). */
const areaSheet = (units: readonly unknown[]): RowSource => sheetOf(AREA, units);

describe("readRowsInto", () => {
  it("reads a unit sheet to the same units as the generator made", async () => {
    const builder = new DatasetBuilder();
    await readRowsInto(builder, areaSheet(areas));
    const dataset = builder.finish();
    expect(dataset.issues.filter((i) => i.severity === "error")).toEqual([]);
    expect(dataset.units.map((r) => r.unit)).toEqual(areas);
  });

  it("leaves a repeated unit id out of the dataset and counts its row as an error (#14)", async () => {
    const first = areas[0];
    if (!first) throw new Error("no khu dân cư");
    const builder = new DatasetBuilder();
    await readRowsInto(builder, areaSheet([...areas, { ...first, name: `${first.name} (chép lại)` }]));
    const dataset = builder.finish();
    expect(dataset.units.map((r) => r.unit.id)).toEqual(areas.map((u) => u.id));
    expect(dataset.issues).toEqual([
      expect.objectContaining({
        code: "DUPLICATE_UNIT_ID",
        sheet: "Khu dân cư",
        row: areas.length + 2,
        message: `Mã đơn vị "${first.id}" bị trùng (đã có ở Khu dân cư, dòng 2).`,
      }),
    ]);
    expect(dataset.sheets).toEqual([
      expect.objectContaining({ sheet: "Khu dân cư", rows: areas.length + 1, rowsWithErrors: 1 }),
    ]);
  });

  it("says what it expected when the headers fit no layout", async () => {
    const table = await openCsv("Họ tên,Tuổi\nNguyễn Văn A,30\n");
    const error = await readRowsInto(new DatasetBuilder(), csvRowSource("la.csv", table)).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(CsvSyntaxError);
    expect((error as CsvSyntaxError).code).toBe("UNKNOWN_LAYOUT");
    expect((error as Error).message).toContain('đọc được: "Họ tên", "Tuổi"');
    expect((error as Error).message).toContain('"Khu dân cư" (khu-dan-cu)');
    expect((error as Error).message).toContain("UTF-16");
  });
});

describe("readJsonText", () => {
  it("reads units and facts, and reports a repeated id at its path", () => {
    const builder = new DatasetBuilder();
    const first = areas[0];
    readJsonText(
      builder,
      JSON.stringify({ schemaVersion: 1, units: [...province.units, first], annualFacts: province.facts }),
      "du-lieu.json",
    );
    const dataset = builder.finish();
    expect(dataset.units).toHaveLength(province.units.length);
    expect(dataset.facts).toHaveLength(province.facts.length);
    expect(dataset.issues).toEqual([
      expect.objectContaining({ code: "DUPLICATE_UNIT_ID", path: `units[${province.units.length}].id` }),
    ]);
  });

  it("says in Vietnamese that the text is not JSON, with a code", () => {
    const error = (() => {
      try {
        readJsonText(new DatasetBuilder(), '{\n  "units": [,]\n}', "x.json");
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(CsvSyntaxError);
    expect(error).toMatchObject({
      code: "JSON_SYNTAX",
      message: expect.stringMatching(/^tệp JSON không đúng cú pháp/),
    });
  });
});

describe("readJsonText: the dataset shape only", () => {
  const shapeError = (text: string) => {
    try {
      readJsonText(new DatasetBuilder(), text, "du-lieu.json");
    } catch (error) {
      expect((error as CsvSyntaxError).code).toBe("JSON_SHAPE");
      return (error as CsvSyntaxError).message;
    }
    throw new Error("accepted");
  };

  it("refuses the former { units, facts } shape and a bare array, saying what it expects", () => {
    const old = shapeError(JSON.stringify({ units: [], facts: [] }));
    expect(old).toContain('trường "facts" là dạng cũ');
    expect(old).toContain('{ "schemaVersion": 1, "units": [...], "annualFacts": [...] }');
    expect(shapeError("[]")).toContain("tệp JSON là một mảng");
    expect(shapeError(JSON.stringify({ units: [] }))).toContain('thiếu trường "schemaVersion"');
    expect(shapeError(JSON.stringify({ schemaVersion: 2, units: [] }))).toContain("chỉ đọc được phiên bản 1");
    expect(shapeError(JSON.stringify({ schemaVersion: 1, units: {} }))).toContain('"units" phải là một mảng');
  });

  it("locates a wrong facts record at its annualFacts path", () => {
    const builder = new DatasetBuilder();
    readJsonText(
      builder,
      JSON.stringify({ schemaVersion: 1, units: [], annualFacts: [{ unitId: "kdc-1", year: "năm ngoái" }] }),
      "du-lieu.json",
    );
    expect(builder.finish().issues.map((i) => i.path)).toContain("annualFacts[0].year");
  });
});
