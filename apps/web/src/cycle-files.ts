/**
 * The officer's files of the yearly cycle (plans, điển hình registrations, Tổ bảo vệ ANTT, award proposals)
 * read into the sheets of @antq/sheets' record layouts, as `antq ke-hoach` and the other cycle commands read
 * them: the worksheets of an .xlsx named after a layout, or a .csv file per layout (named after the layout id,
 * e.g. `ke-hoach.csv`, or recognised by its required headers). Reading only; every check is the packages'.
 */
import {
  csvCycleSpec,
  csvRowSource,
  cycleLayoutsText,
  openCsv,
  type RawCell,
  type SheetRows,
  type SheetSpec,
} from "@antq/sheets";
import { readXlsxSheets, XlsxFileError } from "@antq/sheets/xlsx";
import { extension, FileProblem } from "./engine.js";

/** A file given to the page: its name and bytes. */
export interface NamedBytes {
  readonly name: string;
  readonly bytes: Uint8Array;
}

const readOne = async (file: NamedBytes, specs: readonly SheetSpec[], out: Map<string, SheetRows>) => {
  const expected = cycleLayoutsText(specs);
  const kind = extension(file.name);
  if (kind === ".xlsx") {
    let found = 0;
    for await (const sheet of readXlsxSheets(file.bytes)) {
      const name = sheet.name.normalize("NFC").trim();
      const spec = specs.find((s) => s.sheetName === name);
      if (!spec) continue; // not decompressed
      found++;
      let headers: string[] | undefined;
      const rows: { line: number; cells: RawCell[] }[] = [];
      for await (const batch of sheet.rows())
        for (const row of batch) {
          if (headers === undefined) headers = row.cells.map((c) => String(c ?? ""));
          else rows.push({ line: row.line, cells: headers.map((_, i) => row.cells[i] as RawCell) });
        }
      out.set(spec.sheetName, { file: file.name, sheet: sheet.name, headers: headers ?? [], rows });
    }
    if (found === 0)
      throw new FileProblem(
        `Tệp "${file.name}": không có trang tính nào của mẫu; cần một trong các trang ${expected} (tạo mẫu bằng antq mau).`,
      );
    return;
  }
  if (kind === ".csv") {
    const source = csvRowSource(file.name, await openCsv(file.bytes));
    const rows: { line: number; cells: RawCell[] }[] = [];
    for await (const batch of source.rows)
      for (const r of batch) rows.push({ line: r.line, cells: [...r.cells] });
    const spec = csvCycleSpec(specs, file.name, source.headers);
    if (!spec)
      throw new FileProblem(
        `Tệp "${file.name}": không nhận ra loại dữ liệu của tệp CSV (đặt tên tệp hoặc dòng tiêu đề theo một trong các mẫu ${expected}).`,
      );
    out.set(spec.sheetName, { file: file.name, sheet: spec.sheetName, headers: source.headers, rows });
    return;
  }
  throw new FileProblem(
    `Tệp "${file.name}": định dạng "${kind || "(không có phần mở rộng)"}" chưa được hỗ trợ; dùng .xlsx hoặc .csv.`,
  );
};

/** Reads the sheets of the given layouts from the files; a file with none of them is a {@link FileProblem}. */
export const readCycleFiles = async (
  files: readonly NamedBytes[],
  specs: readonly SheetSpec[],
): Promise<Map<string, SheetRows>> => {
  const out = new Map<string, SheetRows>();
  for (const file of files) {
    try {
      await readOne(file, specs, out);
    } catch (error) {
      if (error instanceof XlsxFileError || (error instanceof Error && error.name === "CsvSyntaxError"))
        throw new FileProblem(`Tệp "${file.name}": ${error.message}`);
      throw error;
    }
  }
  return out;
};
