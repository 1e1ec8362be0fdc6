/**
 * Facts records assembled from the "Dữ kiện năm" sheet and the list sheets are kept packed while they are read
 * (and, with `packFacts`, after): the same facts, issues and row counts whatever the order of the sheets, and
 * every problem still located at its sheet and row.
 */
import { generateProvince } from "@antq/datagen";
import { compile } from "@antq/rules";
import { type SecurityOrderInput, securityOrderRuleSet } from "@antq/rules-antt";
import { describe, expect, it } from "vitest";
import {
  DatasetBuilder,
  FACT_LIST_SHEETS,
  FACTS_SHEET,
  type FactsRecord,
  getPath,
  PackedFactsRecord,
  ProvinceAssessment,
  pairInputs,
  type RowSource,
  readRowsInto,
  type SheetSpec,
  toCellValue,
  UNIT_SHEETS,
} from "../src/index.js";
import { ValueArena } from "../src/internal/packed-values.js";
import { sheetOf } from "./support.js";

const province = generateProvince({ seed: 138, year: 2024, communes: 1 });

/** A list sheet: one row per item of each unit's list, keyed by unit and year. */
const listSheet = (spec: SheetSpec, facts: readonly Record<string, unknown>[]): RowSource => {
  const field = spec.listField as string;
  const records = facts.flatMap((f) =>
    ((f[field] as Record<string, unknown>[] | undefined) ?? []).map((item) => ({
      unitId: f.unitId,
      year: f.year,
      ...item,
    })),
  );
  return sheetOf(spec, records);
};

const unitSheets = () =>
  UNIT_SHEETS.map((spec) =>
    sheetOf(
      spec,
      province.units.filter((u) => spec.fixed.kind === u.kind),
    ),
  );

const facts = province.facts as unknown as Record<string, unknown>[];

const read = async (sources: readonly RowSource[], packFacts: boolean) => {
  const builder = new DatasetBuilder();
  builder.packFacts = packFacts;
  for (const source of sources) await readRowsInto(builder, source);
  return builder.finish();
};

const byUnit = (records: readonly FactsRecord[]) =>
  records.map((r) => r.facts).sort((a, b) => a.unitId.localeCompare(b.unitId));

describe("facts kept packed while a workbook is read", () => {
  it("gives the same facts with the list sheets after or before the facts sheet", async () => {
    const lists = FACT_LIST_SHEETS.map((spec) => listSheet(spec, facts));
    const after = await read([...unitSheets(), sheetOf(FACTS_SHEET, facts), ...lists], false);
    const before = await read([...unitSheets(), ...lists, sheetOf(FACTS_SHEET, facts)], false);
    const packed = await read([...unitSheets(), ...lists, sheetOf(FACTS_SHEET, facts)], true);
    expect(after.issues).toEqual([]);
    const expected = byUnit(after.facts);
    expect(expected.map((f) => [f.unitId, f.households, f.crimes?.length])).toEqual(
      [...province.facts]
        .sort((a, b) => a.unitId.localeCompare(b.unitId))
        .map((f) => [f.unitId, f.households, f.crimes?.length]),
    );
    expect(byUnit(before.facts)).toEqual(expected);
    expect(byUnit(packed.facts)).toEqual(expected);
    const bySheet = (d: typeof after) => [...d.sheets].sort((a, b) => a.sheet.localeCompare(b.sheet));
    expect(bySheet(before)).toEqual(bySheet(after));
    expect(packed.facts.every((r) => r instanceof PackedFactsRecord)).toBe(true);
    // Paired for the assessment, a packed record is unpacked on each read, never held.
    const { inputs, noFacts } = pairInputs(packed.units, packed.facts, 2024);
    expect(noFacts.size).toBe(0);
    const first = inputs[0];
    expect(first?.facts).toEqual(province.facts.find((f) => f.unitId === first?.unit.id));
    expect(first?.facts).not.toBe(first?.facts);
  });

  it("is unpacked once per unit and pass of an assessment, not once per criterion that reads it", async () => {
    const lists = FACT_LIST_SHEETS.map((spec) => listSheet(spec, facts));
    const packed = await read([...unitSheets(), ...lists, sheetOf(FACTS_SHEET, facts)], true);
    const paired = pairInputs(packed.units, packed.facts, 2024).inputs;
    let reads = 0;
    const inputs = paired.map(
      (input): SecurityOrderInput => ({
        unit: input.unit,
        get facts() {
          reads++;
          return input.facts;
        },
      }),
    );
    const assessment = new ProvinceAssessment(
      compile(securityOrderRuleSet, { year: 2024 }),
      inputs,
      new Set(),
    );
    expect(reads).toBe(inputs.length);
    reads = 0;
    const explained = [...assessment.explained()];
    expect(reads).toBe(inputs.length);
    expect(explained.map((a) => a.result.outcome)).toEqual(assessment.results.map((r) => r.outcome));
    // The outcomes read the facts only when asked.
    reads = 0;
    const outcomes = [...assessment.outcomes()];
    expect(reads).toBe(0);
    expect(outcomes[0]?.facts).toEqual(explained[0]?.facts);
    expect(reads).toBe(1);
  });

  it("locates a list row naming an unknown unit, and a wrong cell of a list row, at their sheet and row", async () => {
    const crimes = FACT_LIST_SHEETS.find((s) => s.listField === "crimes") as SheetSpec;
    const withCrimes = facts.filter((f) => ((f.crimes as unknown[] | undefined) ?? []).length > 0);
    const sample = withCrimes[0] as Record<string, unknown>;
    const crime = (sample.crimes as Record<string, unknown>[])[0] as Record<string, unknown>;
    const source = listSheet(crimes, facts);
    const rows = source.rows as { line: number; cells: unknown[] }[][];
    const batch = rows[0] as { line: number; cells: unknown[] }[];
    const last = (batch[batch.length - 1] as { line: number }).line;
    const dateColumn = crimes.columns.findIndex((c) => c.path.join(".") === "date");
    const stranger = { unitId: "KDC-KHONG-CO-01", year: 2024, ...crime, id: "VPT-LA-0001" };
    batch.push({
      line: last + 1,
      cells: crimes.columns.map((c) => toCellValue(c, getPath(stranger, c.path))),
    });
    const wrong = crimes.columns.map((c) =>
      toCellValue(c, getPath({ unitId: sample.unitId, year: 2024, ...crime, id: "VPT-LA-0002" }, c.path)),
    );
    wrong[dateColumn] = "ngày 45 tháng 13";
    batch.push({ line: last + 2, cells: wrong });
    const sources = [...unitSheets(), sheetOf(FACTS_SHEET, facts), source];
    const plain = await read(sources, false);
    const packed = await read(sources, true);
    const located = (issues: typeof plain.issues) =>
      issues.map((i) => [i.severity, i.code, i.sheet, i.row, i.column]);
    expect(located(packed.issues)).toEqual(located(plain.issues));
    expect(packed.sheets).toEqual(plain.sheets);
    expect(plain.issues).toContainEqual(
      expect.objectContaining({
        severity: "warning",
        code: "UNKNOWN_UNIT",
        sheet: "Vụ phạm tội",
        row: last + 1,
      }),
    );
    expect(plain.issues).toContainEqual(
      expect.objectContaining({ severity: "error", sheet: "Vụ phạm tội", row: last + 2 }),
    );
    // The unit whose crime row is wrong is not assessed on partial facts; the others are.
    expect(packed.facts.map((r) => r.facts.unitId)).not.toContain(sample.unitId);
    expect(packed.facts.length).toBe(plain.facts.length);
  });
});

describe("ValueArena", () => {
  it("gives back what it was given, key order, holes, -0 and non-ASCII text included", () => {
    const arena = new ValueArena();
    const when = new Date(Date.UTC(2024, 0, 2));
    const sparse: unknown[] = [1];
    sparse[3] = "bốn";
    const values: unknown[] = [
      { b: 1, a: { z: [1, 2.5, -3, 2 ** 40, -(2 ** 53 - 1)], y: null, x: undefined } },
      ["Cố ý gây thương tích", "Công an xã", "", "a".repeat(70), "ấ".repeat(70)],
      sparse,
      -0,
      Number.NaN,
      Number.POSITIVE_INFINITY,
      true,
      false,
      { when },
      JSON.parse('{"__proto__": {"polluted": true}, "ok": 1}'),
    ];
    const handles = values.map((v) => arena.add(v));
    handles.forEach((h, i) => {
      const back = arena.get(h);
      expect(back).toStrictEqual(values[i]);
      if (typeof back === "object" && back !== null && !Array.isArray(back))
        expect(Object.keys(back)).toEqual(Object.keys(values[i] as object));
    });
    expect(Object.is(arena.get(handles[3] as number), -0)).toBe(true);
    expect((arena.get(handles[8] as number) as { when: Date }).when).toBe(when);
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
    expect(arena.get(handles[0] as number)).not.toBe(arena.get(handles[0] as number));
  });

  it("spreads large values over blocks", () => {
    const arena = new ValueArena();
    const big = { text: "x".repeat(5 * 1024 * 1024) };
    const handles = [arena.add({ n: 1 }), arena.add(big), arena.add({ n: 2 })];
    expect(handles.map((h) => arena.get(h))).toEqual([{ n: 1 }, big, { n: 2 }]);
  });
});
