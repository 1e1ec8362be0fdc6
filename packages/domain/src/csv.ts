import { type DomainIssue, domainIssue } from "./issues-vi.js";
import type { DomainResult } from "./parse.js";

/**
 * One data record of a CSV file with the 1-based line on which it starts (records may span lines inside
 * quotes).
 *
 * @example
 * ```ts
 * const row: CsvRow = { line: 2, cells: ["31321", "Tân Tiến", "commune"] };
 * ```
 */
export interface CsvRow {
  readonly line: number;
  readonly cells: readonly string[];
}

/**
 * A parsed CSV file: the header names and the data records.
 *
 * @example
 * ```ts
 * const t: CsvTable = { header: ["code", "name"], rows: [{ line: 2, cells: ["01", "Hà Nội"] }] };
 * ```
 */
export interface CsvTable {
  readonly header: readonly string[];
  readonly rows: readonly CsvRow[];
}

/**
 * Options of {@link parseCsv}: the field delimiter (default `,`; `;` is common in Excel exports in Việt Nam).
 *
 * @example
 * ```ts
 * const opts: CsvOptions = { delimiter: ";" };
 * ```
 */
export interface CsvOptions {
  readonly delimiter?: "," | ";" | "\t";
}

/**
 * Parses CSV text (RFC 4180): fields separated by the delimiter, records by CRLF, LF or CR; fields may be
 * enclosed in double quotes, which may contain delimiters, line breaks and doubled quotes (`""`). A UTF-8 BOM
 * is ignored, the text is normalised to NFC, blank lines are skipped, and the first record is the header.
 * Errors (`CSV_SYNTAX`, `CSV_HEADER`) carry the 1-based line and column (character position) of the problem.
 *
 * @example
 * ```ts
 * const r = parseCsv('code,name\n31321,"Tân Tiến"\n');
 * // { ok: true, value: { header: ["code", "name"], rows: [{ line: 2, cells: ["31321", "Tân Tiến"] }] } }
 * parseCsv('code,name\n31321,"Tân Tiến\n').ok; // false — unterminated quote at line 2, column 7
 * ```
 */
export function parseCsv(text: string, options: CsvOptions = {}): DomainResult<CsvTable> {
  if (typeof text !== "string") throw new TypeError("parseCsv: nội dung CSV phải là chuỗi ký tự");
  const delimiter = options.delimiter ?? ",";
  if (![",", ";", "\t"].includes(delimiter))
    throw new RangeError(`parseCsv: ký tự phân cách không hỗ trợ "${delimiter}"`);
  const src = (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text).normalize("NFC");
  const issues: DomainIssue[] = [];
  const records: { line: number; cells: string[]; blank: boolean }[] = [];

  let line = 1;
  let col = 1;
  let i = 0;
  let cells: string[] = [];
  let recordLine = 1;
  let field = "";
  let fieldQuoted = false;

  const endField = () => {
    cells.push(field);
    field = "";
  };
  const endRecord = () => {
    endField();
    records.push({ line: recordLine, cells, blank: cells.length === 1 && cells[0] === "" && !fieldQuoted });
    cells = [];
  };

  outer: while (i < src.length) {
    // start of a field
    fieldQuoted = false;
    if (src[i] === '"') {
      fieldQuoted = true;
      const openLine = line;
      const openCol = col;
      i++;
      col++;
      for (;;) {
        if (i >= src.length) {
          issues.push(
            domainIssue(
              "CSV_SYNTAX",
              [],
              `Dòng ${openLine}, cột ${openCol}: dấu ngoặc kép mở nhưng không được đóng.`,
              {
                line: openLine,
                column: openCol,
              },
            ),
          );
          break outer;
        }
        const ch = src[i] as string;
        if (ch === '"') {
          if (src[i + 1] === '"') {
            field += '"';
            i += 2;
            col += 2;
            continue;
          }
          i++;
          col++;
          break;
        }
        if (ch === "\r" || ch === "\n") {
          field += ch === "\r" && src[i + 1] === "\n" ? "\r\n" : ch;
          i += ch === "\r" && src[i + 1] === "\n" ? 2 : 1;
          line++;
          col = 1;
          continue;
        }
        field += ch;
        i++;
        col++;
      }
      const next = src[i];
      if (next !== undefined && next !== delimiter && next !== "\r" && next !== "\n") {
        issues.push(
          domainIssue(
            "CSV_SYNTAX",
            [],
            `Dòng ${line}, cột ${col}: có ký tự "${next}" ngay sau dấu ngoặc kép đóng; trường có ngoặc kép phải kết thúc ngay sau dấu ngoặc kép.`,
            { line, column: col },
          ),
        );
        // skip to the end of the field to keep reporting later problems
        while (i < src.length && src[i] !== delimiter && src[i] !== "\r" && src[i] !== "\n") {
          i++;
          col++;
        }
      }
    } else {
      while (i < src.length) {
        const ch = src[i] as string;
        if (ch === delimiter || ch === "\r" || ch === "\n") break;
        if (ch === '"') {
          issues.push(
            domainIssue(
              "CSV_SYNTAX",
              [],
              `Dòng ${line}, cột ${col}: dấu ngoặc kép nằm giữa trường không được bao bởi ngoặc kép (hãy bao cả trường trong ngoặc kép và viết "" cho mỗi dấu ngoặc kép).`,
              { line, column: col },
            ),
          );
        }
        field += ch;
        i++;
        col++;
      }
    }
    // after a field: delimiter, line break or end
    const ch = src[i];
    if (ch === delimiter) {
      endField();
      i++;
      col++;
      if (i >= src.length) {
        endRecord();
        break;
      }
      continue;
    }
    endRecord();
    if (ch === "\r" || ch === "\n") {
      i += ch === "\r" && src[i + 1] === "\n" ? 2 : 1;
      line++;
      col = 1;
      recordLine = line;
    }
  }

  const data = records.filter((r) => !r.blank);
  if (issues.length > 0) return { ok: false, issues };
  const [head, ...rest] = data;
  if (head === undefined) {
    return {
      ok: false,
      issues: [domainIssue("CSV_HEADER", [], "Tệp CSV rỗng: thiếu dòng tiêu đề.", { line: 1, column: 1 })],
    };
  }
  const header = head.cells.map((h) => h.trim());
  const seen = new Set<string>();
  header.forEach((h, c) => {
    if (h === "" || seen.has(h)) {
      issues.push(
        domainIssue(
          "CSV_HEADER",
          [],
          `Dòng ${head.line}, cột ${c + 1}: tên cột ${h === "" ? "bị trống" : `"${h}" bị trùng`}.`,
          {
            line: head.line,
            column: c + 1,
          },
        ),
      );
    }
    seen.add(h);
  });
  for (const r of rest) {
    if (r.cells.length !== header.length) {
      issues.push(
        domainIssue(
          "CSV_SYNTAX",
          [],
          `Dòng ${r.line}: có ${r.cells.length} trường nhưng dòng tiêu đề có ${header.length} cột.`,
          { line: r.line, column: 1 },
        ),
      );
    }
  }
  if (issues.length > 0) return { ok: false, issues };
  return { ok: true, value: { header, rows: rest.map((r) => ({ line: r.line, cells: r.cells })) } };
}

/**
 * Turns CSV rows into objects keyed by the header; empty cells are left out.
 *
 * @example
 * ```ts
 * csvRowsToObjects({ header: ["code", "name", "validTo"], rows: [{ line: 2, cells: ["01", "Hà Nội", ""] }] });
 * // [{ code: "01", name: "Hà Nội" }]
 * ```
 */
export function csvRowsToObjects(table: CsvTable): Record<string, string>[] {
  return table.rows.map((r) => {
    const o: Record<string, string> = {};
    table.header.forEach((h, c) => {
      const v = (r.cells[c] ?? "").trim();
      if (v !== "") o[h] = v;
    });
    return o;
  });
}
