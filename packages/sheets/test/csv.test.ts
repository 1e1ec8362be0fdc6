import { describe, expect, it } from "vitest";
import { type CsvInput, CsvSyntaxError, openCsv, sniffCsv } from "../src/index.js";

const TEXT = 'Mã đơn vị;Tên đơn vị\nkdc-1;Ấp Mỹ Lợi\n\nkdc-2;"Khu phố 3\nphường Bến Thành"\nkdc-3;Tổ 5\n';

/** All rows of CSV input as [line, cells]. */
const rowsOf = async (input: CsvInput) => {
  const table = await openCsv(input);
  const rows: [number, readonly string[]][] = [];
  for await (const batch of table.rows) for (const r of batch) rows.push([r.line, r.cells]);
  return { headers: table.headers, rows, next: table.nextLine() };
};

const EXPECTED = {
  headers: ["Mã đơn vị", "Tên đơn vị"],
  rows: [
    [2, ["kdc-1", "Ấp Mỹ Lợi"]],
    [4, ["kdc-2", "Khu phố 3\nphường Bến Thành"]],
    [6, ["kdc-3", "Tổ 5"]],
  ],
  next: 7,
};

/** UTF-16LE bytes with a byte-order mark, as Excel's "Unicode text" export writes them. */
const utf16le = (text: string): Uint8Array => {
  const bytes = new Uint8Array(2 + text.length * 2);
  bytes[0] = 0xff;
  bytes[1] = 0xfe;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    bytes[2 + 2 * i] = code & 0xff;
    bytes[3 + 2 * i] = code >> 8;
  }
  return bytes;
};

/** The bytes cut into chunks of `size` (cutting multi-byte characters in two). */
async function* chunks(bytes: Uint8Array, size: number): AsyncGenerator<Uint8Array> {
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

describe("openCsv", () => {
  it("reads a string with ';', quoted line breaks and empty lines, with the lines of the file", async () => {
    expect(await rowsOf(TEXT)).toEqual(EXPECTED);
  });

  it("reads UTF-8 bytes with a BOM in 3-byte chunks (characters cut in two) the same way", async () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(TEXT)]);
    expect(await rowsOf(chunks(bytes, 3))).toEqual(EXPECTED);
  });

  it("reads a web ReadableStream", async () => {
    const bytes = new TextEncoder().encode(TEXT);
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(bytes.subarray(0, 10));
        controller.enqueue(bytes.subarray(10));
        controller.close();
      },
    });
    expect(await rowsOf(stream)).toEqual(EXPECTED);
  });

  it('reads Excel\'s "Unicode text" (UTF-16LE with BOM, tab-separated) like any other CSV', async () => {
    const bytes = utf16le(TEXT.replaceAll(";", "\t").replaceAll("\n", "\r\n"));
    expect(sniffCsv(bytes)).toEqual({ encoding: "utf-16le", bom: 2, delimiter: "\t" });
    expect(await rowsOf(chunks(bytes, 5))).toEqual({
      ...EXPECTED,
      rows: EXPECTED.rows.map(([line, cells]) => [
        line,
        (cells as string[]).map((c) => c.replace("\n", "\r\n")),
      ]),
    });
  });

  it("reports a row with too many cells at its line, in Vietnamese, with a code", async () => {
    const error = await rowsOf("A,B\n1,2\n3,4,5\n").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CsvSyntaxError);
    expect(error).toMatchObject({
      code: "CSV_RECORD_INCONSISTENT_FIELDS_LENGTH",
      line: 3,
      message: "số cột của dòng không khớp với dòng tiêu đề (dòng 3)",
    });
  });

  it("reports an unclosed quote", async () => {
    const error = await rowsOf('A,B\n1,"2\n').catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "CSV_QUOTE_NOT_CLOSED" });
  });

  it("gives no headers and no rows for empty input", async () => {
    expect(await rowsOf("")).toEqual({ headers: [], rows: [], next: 1 });
  });
});
