import { describe, expect, it } from "vitest";
import { csvRowsToObjects, parseCsv } from "../src/index.js";

describe("parseCsv (RFC 4180)", () => {
  it("parses quoted fields with delimiters, doubled quotes and line breaks", () => {
    const r = parseCsv(
      'code,name,note\r\n00694,"Phường Hà Giang 1","Sáp nhập ""một phần"", gồm:\r\nQuang Trung; Trần Phú"\r\n',
    );
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.value.header).toEqual(["code", "name", "note"]);
      expect(r.value.rows).toEqual([
        {
          line: 2,
          cells: ["00694", "Phường Hà Giang 1", 'Sáp nhập "một phần", gồm:\r\nQuang Trung; Trần Phú'],
        },
      ]);
    }
  });

  it("accepts LF, CR, a BOM, a missing final newline, empty fields and ; delimiters", () => {
    const r = parseCsv("\uFEFFa;b;c\n1;;3\r4;5;\n", { delimiter: ";" });
    expect(r.ok && r.value.rows.map((x) => x.cells)).toEqual([
      ["1", "", "3"],
      ["4", "5", ""],
    ]);
    expect(r.ok && r.value.rows.map((x) => x.line)).toEqual([2, 3]);
    const r2 = parseCsv("a,b\n1,2");
    expect(r2.ok && r2.value.rows).toEqual([{ line: 2, cells: ["1", "2"] }]);
  });

  it("skips blank lines but keeps the right line numbers", () => {
    const r = parseCsv("a,b\n\n1,2\n\n3,4\n");
    expect(r.ok && r.value.rows).toEqual([
      { line: 3, cells: ["1", "2"] },
      { line: 5, cells: ["3", "4"] },
    ]);
  });

  it("normalises to NFC", () => {
    const decomposed = "Ha\u0300 No\u0323\u0302i";
    const r = parseCsv(`name\n${decomposed}\n`);
    expect(r.ok && r.value.rows[0]?.cells[0]).toBe("Hà Nội");
  });

  it("reports an unterminated quote at the opening quote", () => {
    const r = parseCsv('code,name\n31321,"Tân Tiến\n');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0]).toMatchObject({ code: "CSV_SYNTAX", line: 2, column: 7 });
  });

  it("reports text after a closing quote and a stray quote in an unquoted field", () => {
    const r = parseCsv('a,b\n"x"y,2\n3,4"5\n');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.issues.map((i) => [i.line, i.column])).toEqual([
        [2, 4],
        [3, 4],
      ]);
      expect(r.issues[0]?.message).toContain("Dòng 2, cột 4");
    }
  });

  it("reports rows with the wrong number of fields and bad headers", () => {
    const r = parseCsv("a,b\n1,2,3\n");
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0]).toMatchObject({ code: "CSV_SYNTAX", line: 2 });
    const h = parseCsv("a,,a\n1,2,3\n");
    expect(h.ok).toBe(false);
    if (!h.ok) expect(h.issues.map((i) => i.column)).toEqual([2, 3]);
    const e = parseCsv("");
    expect(e.ok).toBe(false);
    if (!e.ok) expect(e.issues[0]?.code).toBe("CSV_HEADER");
  });

  it("turns rows into objects without empty cells", () => {
    const r = parseCsv("code,name,validTo\n01, Hà Nội ,\n");
    expect(r.ok && csvRowsToObjects(r.value)).toEqual([{ code: "01", name: "Hà Nội" }]);
  });

  it("throws on a non-string input (programmer error)", () => {
    expect(() => parseCsv(42 as unknown as string)).toThrow(TypeError);
  });
});
