/**
 * The one way rows reach the {@link DatasetBuilder}: a {@link RowSource} (a sheet or a CSV file: its
 * headers and its data rows in batches) is placed on a layout and fed to the builder row by row, whatever
 * the file format. The xlsx reader, the CSV reader and any other front-end produce row sources.
 */
import type { RawCell } from "./cells.js";
import { CsvSyntaxError, type CsvTable } from "./csv.js";
import type { DatasetBuilder } from "./dataset.js";
import { ALL_SHEETS, type SheetSpec, specByHeaders, specById } from "./specs.js";

/**
 * One data row of a {@link RowSource}: its 1-based row (line) number and its cells in column order.
 *
 * @example
 * ```ts
 * const row: SourceRow = { line: 2, cells: ["KDC-28000-01", "Ấp Vĩnh Kim", 143] };
 * row.cells.length; //=> 3
 * ```
 */
export interface SourceRow {
  readonly line: number;
  readonly cells: readonly RawCell[];
}

/**
 * A sheet or a CSV file: where it is, its header row and its data rows in batches.
 *
 * @example
 * ```ts
 * const spec = specById("khu-dan-cu")!;
 * const source: RowSource = {
 *   file: "Dữ liệu 2024.xlsx",
 *   sheet: "Khu dân cư",
 *   headers: spec.columns.map((c) => c.header),
 *   rows: [[{ line: 2, cells: spec.columns.map((c) => toCellValue(c, getPath(unit, c.path))) }]],
 * };
 * const builder = new DatasetBuilder();
 * await readRowsInto(builder, source);
 * builder.finish().units.map((u) => u.unit.name); //=> ["Ấp Vĩnh Kim"]
 * ```
 */
export interface RowSource {
  /** The file name used in messages. */
  readonly file: string;
  /** The worksheet's name, when the rows come from a workbook (then it selects the layout). */
  readonly sheet?: string;
  readonly headers: readonly string[];
  /** Batches of rows (an array of batches for rows already in memory). */
  readonly rows: AsyncIterable<readonly SourceRow[]> | Iterable<readonly SourceRow[]>;
}

/**
 * Options of {@link readRowsInto}.
 *
 * @example
 * ```ts
 * let rows = 0;
 * const options: ReadRowsOptions = { specId: "don-vi-va-du-kien", onRows: (n) => void (rows += n) };
 * await readRowsInto(new DatasetBuilder(), csvRowSource("Tân Phước.csv", await openCsv(flatCsv)), options);
 * rows; //=> 20
 * ```
 */
export interface ReadRowsOptions {
  /** The layout by id (`--loai`); by default recognised from the sheet name or the headers. */
  readonly specId?: string;
  /** Called after each batch of rows with its size (progress); awaited when it returns a promise. */
  readonly onRows?: (rows: number) => void | Promise<void>;
  /** Report problems of the header row (false for a later part of a file read in parallel). */
  readonly reportHeaders?: boolean;
}

/** The layouts as a list for messages: `"Khu dân cư" (khu-dan-cu), …`. */
const expectedLayouts = (): string => ALL_SHEETS.map((s) => `"${s.sheetName}" (${s.id})`).join(", ");

/**
 * The layout of a row source: `specId` when given, else its sheet name, else its headers. Throws a
 * {@link CsvSyntaxError} (code `UNKNOWN_LAYOUT`) saying what was expected when none fits.
 *
 * @example
 * ```ts
 * placeRows({ file: "a.csv", headers: ["Mã đơn vị"], rows: [] }, "khu-dan-cu").id; //=> "khu-dan-cu"
 * ```
 */
export const placeRows = (source: RowSource, specId?: string): SheetSpec => {
  if (specId !== undefined) {
    const spec = specById(specId);
    if (!spec) {
      throw new CsvSyntaxError(
        `không có loại dữ liệu "${specId}"; chọn một trong: ${ALL_SHEETS.map((x) => x.id).join(", ")}`,
        undefined,
        "UNKNOWN_LAYOUT",
      );
    }
    return spec;
  }
  const spec = specByHeaders(source.headers);
  if (spec) return spec;
  const seen = source.headers.filter((h) => h.trim() !== "").slice(0, 5);
  throw new CsvSyntaxError(
    `không nhận ra loại dữ liệu từ dòng tiêu đề${
      seen.length > 0
        ? ` (đọc được: ${seen.map((h) => `"${h}"`).join(", ")}${source.headers.length > 5 ? ", …" : ""})`
        : " (dòng tiêu đề trống)"
    }; dòng đầu cần là tiêu đề cột của một trong các mẫu ${expectedLayouts()}, tệp CSV mã UTF-8 hoặc "Unicode text" (UTF-16) của Excel, ngăn cách bằng dấu phẩy, chấm phẩy hoặc tab; hãy dùng đúng tiêu đề cột của mẫu nhập liệu hoặc chỉ rõ loại dữ liệu`,
    1,
    "UNKNOWN_LAYOUT",
  );
};

/**
 * Feeds a row source to the builder: places it on a layout ({@link placeRows}), binds its headers and adds
 * every row. Rows are located by the source's file, the layout's sheet name and the row's line.
 *
 * @example
 * ```ts
 * const builder = new DatasetBuilder();
 * await readRowsInto(builder, { file: "a.csv", headers: [], rows: [] }); // an empty source adds nothing
 * ```
 */
export const readRowsInto = async (
  builder: DatasetBuilder,
  source: RowSource,
  options: ReadRowsOptions = {},
): Promise<void> => {
  if (source.headers.length === 0) return;
  const spec = placeRows(source, options.specId);
  const sheet = source.sheet ?? spec.sheetName;
  const { bound, count } = builder.bindHeaders(
    spec,
    source.headers.map((text, i) => ({ text, index: i + 1 })),
    { file: source.file, sheet },
    { report: options.reportHeaders !== false },
  );
  for await (const batch of source.rows) {
    for (const { line, cells } of batch) {
      builder.addRow(
        spec,
        bound,
        count,
        { file: source.file, sheet, row: line },
        (index) => cells[index - 1],
      );
    }
    const pending = options.onRows?.(batch.length);
    if (pending) await pending;
  }
};

/**
 * A {@link RowSource} over an opened CSV table.
 *
 * @example
 * ```ts
 * const source = csvRowSource("don-vi.csv", await openCsv("Mã đơn vị\nkdc-1\n"));
 * source.headers; //=> ["Mã đơn vị"]
 * ```
 */
export const csvRowSource = (file: string, table: CsvTable): RowSource => ({
  file,
  headers: table.headers,
  rows: table.rows,
});
