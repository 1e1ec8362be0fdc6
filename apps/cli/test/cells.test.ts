import { describe, expect, it } from "vitest";
import { columnLetter, convertCell, ListCount, setPath, toCellValue } from "../src/sheets/cells.js";
import type { Column } from "../src/sheets/columns.js";
import { ALL_SHEETS, COMBINED_SHEET, FACTS_SHEET, UNIT_SHEETS } from "../src/sheets/specs.js";

const column = (type: Column["type"], extra: Partial<Column> = {}): Column => ({
  header: "Cột",
  path: ["x"],
  type,
  required: false,
  ...extra,
});

describe("convertCell", () => {
  it("reads Vietnamese numbers and rejects text", () => {
    expect(convertCell(column("integer"), "1.454")).toEqual({ ok: true, value: 1454 });
    expect(convertCell(column("integer"), 315)).toEqual({ ok: true, value: 315 });
    expect(convertCell(column("integer"), "ba trăm")).toMatchObject({ ok: false, code: "CELL_NOT_A_NUMBER" });
    expect(convertCell(column("integer"), "84,1")).toMatchObject({ ok: false, code: "CELL_NOT_AN_INTEGER" });
  });

  it("reads dates from Excel cells, dd/mm/yyyy and ISO text", () => {
    expect(convertCell(column("date"), new Date(Date.UTC(2024, 1, 14)))).toEqual({
      ok: true,
      value: "2024-02-14",
    });
    expect(convertCell(column("date"), "14/02/2024")).toEqual({ ok: true, value: "2024-02-14" });
    expect(convertCell(column("date"), "2024-02-14")).toEqual({ ok: true, value: "2024-02-14" });
    expect(convertCell(column("date"), "30/02/2024")).toMatchObject({ ok: false, code: "CELL_NOT_A_DATE" });
  });

  it("reads yes/no in Vietnamese", () => {
    expect(convertCell(column("boolean"), "Có")).toEqual({ ok: true, value: true });
    expect(convertCell(column("boolean"), "không")).toEqual({ ok: true, value: false });
    expect(convertCell(column("boolean"), "Có lẽ")).toMatchObject({ ok: false, code: "CELL_NOT_YES_NO" });
  });

  it("maps drop-down labels (or codes) to codes, in NFC", () => {
    const areaType = UNIT_SHEETS[0]?.columns.find((c) => c.path.join(".") === "areaType") as Column;
    expect(convertCell(areaType, "Tổ dân phố")).toEqual({ ok: true, value: "to-dan-pho" });
    expect(convertCell(areaType, "to-dan-pho")).toEqual({ ok: true, value: "to-dan-pho" });
    expect(convertCell(areaType, "Ấp".normalize("NFD"))).toEqual({ ok: true, value: "ap" });
  });

  it("treats blank cells as absent", () => {
    expect(convertCell(column("text"), "   ")).toEqual({ ok: true, value: undefined });
    expect(convertCell(column("integer"), undefined)).toEqual({ ok: true, value: undefined });
  });

  it("reads list counts and keyed lists", () => {
    const result = convertCell(column("list-count"), "0");
    expect(result.ok && result.value instanceof ListCount && result.value.count).toBe(0);
    expect(convertCell(column("list-count"), "-1")).toMatchObject({ ok: false, code: "CELL_NOT_A_COUNT" });
    const attestations = COMBINED_SHEET.columns.find((c) => c.type === "keyed-list") as Column;
    expect(convertCell(attestations, "TT124/Đ4/k2; TT124/Đ5/k3")).toEqual({
      ok: true,
      value: [
        { criterion: "TT124/Đ4/k2", value: true },
        { criterion: "TT124/Đ5/k3", value: true },
      ],
    });
  });
});

describe("sheet specs", () => {
  it("derive Vietnamese, unique headers from @antq/domain", () => {
    for (const spec of [...UNIT_SHEETS, FACTS_SHEET, COMBINED_SHEET]) {
      const headers = spec.columns.map((c) => c.header);
      expect(new Set(headers).size).toBe(headers.length);
      for (const h of headers) expect(h).toBe(h.normalize("NFC"));
    }
    expect(FACTS_SHEET.columns.map((c) => c.header)).toContain("Số hộ gia đình: Số hộ gia đình đang cư trú");
  });

  it("offer every drop-down in Vietnamese: no choice falls back to its English code", () => {
    const untranslated = ALL_SHEETS.flatMap((spec) =>
      spec.columns
        .filter((c) => c.type === "enum" || c.type === "enum-list")
        .flatMap((c) =>
          (c.choices ?? [])
            .filter((choice) => choice.label === choice.code)
            .map((choice) => `${spec.sheetName} / ${c.header}: ${choice.code}`),
        ),
    );
    expect(untranslated).toEqual([]);
    const ownership = UNIT_SHEETS.find((s) => s.unitKind === "enterprise")?.columns.find(
      (c) => c.path.join(".") === "ownership",
    ) as Column;
    expect(convertCell(ownership, "Doanh nghiệp có vốn đầu tư nước ngoài")).toEqual({
      ok: true,
      value: "foreign-invested",
    });
  });

  it("write back what they read", () => {
    const areaType = UNIT_SHEETS[0]?.columns.find((c) => c.path.join(".") === "areaType") as Column;
    expect(toCellValue(areaType, "ap")).toBe("Ấp");
    expect(toCellValue(column("boolean"), true)).toBe("Có");
    expect(toCellValue(column("list-count"), [])).toBe(0);
  });
});

describe("helpers", () => {
  it("name columns like Excel", () => {
    expect([1, 26, 27, 52, 703].map(columnLetter)).toEqual(["A", "Z", "AA", "AZ", "AAA"]);
  });
  it("set nested paths", () => {
    const target: Record<string, unknown> = {};
    setPath(target, ["location", "communeId"], "C28261");
    expect(target).toEqual({ location: { communeId: "C28261" } });
  });
});
