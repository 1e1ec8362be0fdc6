/**
 * Problems on a view of their sheet: a workbook with a 1 MB unit name and a unit without a name is read by the
 * worker's session, and the load report carries the problem rows of “Khu dân cư” with the offending cells
 * marked by column, the long cell shortened (its trailing space trimmed by the reader), the other cells as typed.
 */
import { generateProvince } from "@antq/datagen";
import { buildDataWorkbook, workbookBytes } from "@antq/sheets/xlsx";
import { expect, it } from "vitest";
import { Session } from "../src/engine.js";

it("shows a workbook's problem rows with their cells marked", async () => {
  const p = generateProvince({ seed: 7, year: 2024, communes: 1 });
  const units = p.units.map((u) => ({ ...u }));
  const areas = units.filter((u) => u.kind === "residential-area");
  const [long, other] = areas;
  if (!long || !other) throw new Error("tỉnh mẫu thiếu khu dân cư");
  Object.assign(long, { name: "Ấp ".repeat(40_000) });
  const bytes = await workbookBytes(buildDataWorkbook(units, p.facts));
  const load = await new Session().load("du-lieu.xlsx", bytes);
  const located = load.issues.filter((i) => i.sheet === "Khu dân cư" && i.column === "B");
  expect(located.length).toBe(1);
  const view = load.sheets.find((s) => s.sheet === "Khu dân cư");
  expect(view?.header[1]?.text).toMatch(/Tên/);
  const row = view?.rows.find((r) => r.line === located[0]?.row);
  const bad = row?.cells.filter((c) => c.severity !== undefined);
  expect(bad?.map((c) => [c.column, c.severity])).toEqual([["B", "error"]]);
  expect(bad?.[0]?.text).toMatch(/^Ấp Ấp .*… \(119\.999 ký tự\)$/);
  expect(bad?.[0]?.problems[0]).toContain("không được dài quá");
  expect(row?.cells[0]?.text).toBe(long.id);
  expect(view?.rows).toHaveLength(1);
});
