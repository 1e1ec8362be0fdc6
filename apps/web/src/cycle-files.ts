/**
 * The officer's files of the yearly cycle (plans, điển hình registrations, Tổ bảo vệ ANTT, award proposals)
 * read into the sheets of @antq/sheets' record layouts, as `antq ke-hoach` and the other cycle commands read
 * them: the worksheets of an .xlsx named after a layout, or a .csv file per layout (named after the layout id,
 * e.g. `ke-hoach.csv`, or recognised by its required headers), at most one sheet per layout. The matching and its
 * Vietnamese refusals are @antq/sheets' (`matchCycleSheet`, `addCycleWorksheet`, `addCycleCsv`), the ones
 * `antq ke-hoach` and the other cycle commands use. Reading only; every check is the packages'.
 */
import {
  addCycleCsv,
  addCycleWorksheet,
  cycleFileKind,
  matchCycleSheet,
  noCycleSheetMessage,
  openCsv,
  readCsvTable,
  type SheetRows,
  type SheetSpec,
} from "@antq/sheets";
import { readWorkbookCells, XlsxFileError } from "@antq/sheets/xlsx";
import { FileProblem } from "./engine.js";

/** A file given to the page: its name and bytes. */
export interface NamedBytes {
  readonly name: string;
  readonly bytes: Uint8Array;
}

const readOne = async (file: NamedBytes, specs: readonly SheetSpec[], out: Map<string, SheetRows>) => {
  const kind = cycleFileKind(file.name);
  let problem: string | undefined;
  if (typeof kind === "object") problem = kind.message;
  else if (kind === "csv") {
    problem = addCycleCsv(out, specs, file.name, await readCsvTable(await openCsv(file.bytes)));
  } else {
    let added = false;
    // Sheets of no layout are not decompressed (a year's unit sheets can hold a million rows).
    const sheets = await readWorkbookCells(
      file.bytes,
      (name) => matchCycleSheet(specs, name, []) !== undefined,
    );
    for (const sheet of sheets.values()) {
      const result = addCycleWorksheet(out, specs, file.name, sheet);
      if (typeof result === "object") {
        problem = result.message;
        break;
      }
      if (result === "added") added = true;
    }
    if (problem === undefined && !added) problem = noCycleSheetMessage(specs);
  }
  if (problem !== undefined) throw new FileProblem(`Tệp "${file.name}": ${problem}.`);
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
