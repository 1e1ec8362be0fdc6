/**
 * Builds an input dataset (units and annual facts) from the rows of .xlsx, .csv or .json input, maps rows to domain
 * objects with the sheet specs, validates them with @antq/domain's parse functions and its data-set checks
 * (`checkDataset`: duplicate ids, facts for unknown units) and reports every problem with file, sheet, row,
 * column and field path.
 */
import {
  type AnnualFacts,
  type AssessedUnit,
  checkDataset,
  type DomainIssue,
  domainIssue,
  formatIssuePath,
  parseAnnualFacts,
  parseAssessedUnit,
} from "@antq/domain";
import { parseFacts } from "./attestation-keys.js";
import { type CellResult, columnLetter, convertCell, ListCount, type RawCell, setPath } from "./cells.js";
import type { Column } from "./columns.js";
import { detachRecord, detachString } from "./detach.js";
import { COMBINED_SHEET, FACT_LIST_SHEETS, type SheetSpec } from "./specs.js";

/**
 * Where a record came from.
 *
 * @example
 * ```ts
 * const builder = new DatasetBuilder();
 * readJsonText(builder, JSON.stringify({ schemaVersion: 1, units: [unit], annualFacts: [facts] }), "du-lieu.json");
 * const source: SourceRef = builder.finish().units[0]!.source;
 * source; //=> { file: "du-lieu.json", jsonPath: "units[0]" }
 * ```
 */
export interface SourceRef {
  readonly file: string;
  readonly sheet?: string;
  /** 1-based row (xlsx) or line (csv). */
  readonly row?: number;
  /** For JSON input: the path of the record in the document, e.g. "units[3]". */
  readonly jsonPath?: string;
}

/**
 * One problem in the input.
 *
 * @example
 * ```ts
 * const builder = new DatasetBuilder();
 * readJsonText(builder, JSON.stringify({ schemaVersion: 1, units: [{ ...unit, name: "" }], annualFacts: [] }), "du-lieu.json");
 * const [issue]: InputIssue[] = builder.finish().issues;
 * issue?.severity; //=> "error"
 * issue?.path; //=> "units[0].name"
 * ```
 */
export interface InputIssue {
  readonly severity: "error" | "warning";
  readonly code: string;
  readonly message: string;
  readonly file: string;
  readonly sheet?: string;
  readonly row?: number;
  /** Column letter, e.g. "C". */
  readonly column?: string;
  /** Column header. */
  readonly header?: string;
  /** Field path in the domain object, e.g. "location.communeId" or "crimes[0].date". */
  readonly path?: string;
}

/**
 * Row counts per sheet.
 *
 * @example
 * ```ts
 * const builder = new DatasetBuilder();
 * await readRowsInto(builder, csvRowSource("Tân Phước.csv", await openCsv(flatCsv)));
 * const counts: SheetCount[] = builder.finish().sheets;
 * counts.map((c) => [c.sheet, c.rows, c.rowsWithErrors]); //=> [["Đơn vị và dữ kiện", 20, 0]]
 * ```
 */
export interface SheetCount {
  readonly file: string;
  readonly sheet: string;
  readonly specId: string;
  rows: number;
  rowsWithErrors: number;
}

/**
 * A validated unit with its source.
 *
 * @example
 * ```ts
 * const builder = new DatasetBuilder();
 * await readRowsInto(builder, csvRowSource("Tân Phước.csv", await openCsv(flatCsv)));
 * const record: UnitRecord = builder.finish().units[0]!;
 * record.unit.name; //=> "Ấp Vĩnh Kim"
 * record.source; //=> { file: "Tân Phước.csv", sheet: "Đơn vị và dữ kiện", row: 2 }
 * ```
 */
export interface UnitRecord {
  readonly unit: AssessedUnit;
  readonly source: SourceRef;
}

/**
 * A validated set of annual facts with its source.
 *
 * @example
 * ```ts
 * const builder = new DatasetBuilder();
 * await readRowsInto(builder, csvRowSource("Tân Phước.csv", await openCsv(flatCsv)));
 * const record: FactsRecord = builder.finish().facts[0]!;
 * record.facts.households; //=> { resident: 143, registered: 143 }
 * ```
 */
export interface FactsRecord {
  readonly facts: AnnualFacts;
  readonly source: SourceRef;
}

/**
 * What {@link readDataset} returns.
 *
 * @example
 * ```ts
 * const builder = new DatasetBuilder();
 * await readRowsInto(builder, csvRowSource("Tân Phước.csv", await openCsv(flatCsv)));
 * const dataset: Dataset = builder.finish();
 * [dataset.units.length, dataset.facts.length, dataset.issues.length]; //=> [20, 20, 0]
 * ```
 */
export interface Dataset {
  readonly units: UnitRecord[];
  readonly facts: FactsRecord[];
  readonly issues: InputIssue[];
  readonly sheets: SheetCount[];
  /** Valid unit-and-facts rows handed to {@link DatasetBuilder.onPair} (not in `units`/`facts`). */
  readonly streamed: number;
  /** Issues counted but not stored (beyond {@link DatasetBuilder.maxStoredIssues}). */
  readonly omittedIssues: { readonly errors: number; readonly warnings: number };
}

/** A header cell of a sheet: the column it maps to, its 1-based index and its letter. */
interface BoundColumn {
  readonly column: Column;
  readonly index: number;
  readonly letter: string;
}

interface DeclaredCount {
  readonly count: number;
  readonly column: BoundColumn;
}

interface PendingFacts {
  declared: Map<string, DeclaredCount>;
  value: Record<string, unknown>;
  source: SourceRef;
  count: SheetCount;
  columns: readonly BoundColumn[];
  badPaths: Set<string>;
  lists: Map<
    string,
    {
      source: SourceRef;
      columns: readonly BoundColumn[];
      count: SheetCount;
      badPaths?: ReadonlySet<string>;
    }[]
  >;
}

/** The bound columns of a header binding as a list (computed once per sheet). */
const boundLists = new WeakMap<Map<number, BoundColumn>, BoundColumn[]>();

/** The JSON detail columns of a flat-layout binding by dotted path, and the codes/detail pairs of keyed lists. */
interface FlatListColumns {
  readonly details: ReadonlyMap<string, BoundColumn>;
  readonly keyed: readonly { readonly codes: BoundColumn; readonly detail: BoundColumn }[];
}

const flatListBindings = new WeakMap<Map<number, BoundColumn>, FlatListColumns>();

/** {@link FlatListColumns} of a binding (computed once per sheet). */
const flatListColumnsOf = (bound: Map<number, BoundColumn>): FlatListColumns => {
  let found = flatListBindings.get(bound);
  if (!found) {
    const columns = [...bound.values()];
    const details = new Map(
      columns.filter((c) => c.column.type === "json-list").map((c) => [c.column.path.join("."), c]),
    );
    const keyed = columns.flatMap((codes) => {
      const detail =
        codes.column.type === "keyed-list" ? details.get(codes.column.path.join(".")) : undefined;
      return detail ? [{ codes, detail }] : [];
    });
    found = { details, keyed };
    flatListBindings.set(bound, found);
  }
  return found;
};

const isBlank = (raw: RawCell): boolean =>
  raw === undefined || (typeof raw === "string" && raw.trim() === "");

/** The bound columns of a list sheet without its unit and year columns (computed once per sheet). */
const listColumns = new WeakMap<readonly BoundColumn[], BoundColumn[]>();
const listColumnsOf = (columns: readonly BoundColumn[]): BoundColumn[] => {
  let list = listColumns.get(columns);
  if (!list) {
    list = columns.filter((c) => c.column.path[0] !== "unitId" && c.column.path[0] !== "year");
    listColumns.set(columns, list);
  }
  return list;
};

const normalHeader = (h: string) => h.normalize("NFC").trim().toLocaleLowerCase("vi");

/**
 * Accumulates rows from any number of sheets and files, then validates. Unit rows are validated as they
 * arrive; facts rows are grouped by unit and year first. Rows of the "Đơn vị và dữ kiện" layout can be
 * streamed: with {@link onPair} set, each valid row is handed over at once and only its unit id is kept
 * (to report duplicates), so a million-row CSV is checked in bounded memory.
 *
 * @example
 * ```ts
 * const builder = new DatasetBuilder();
 * let streamed = 0;
 * builder.onPair = () => streamed++; // a million-row CSV: each valid row is handed over, not kept
 * await readRowsInto(builder, csvRowSource("Tân Phước.csv", await openCsv(flatCsv)));
 * const dataset = builder.finish();
 * [dataset.streamed, dataset.units.length, streamed]; //=> [20, 0, 20]
 * ```
 */
export class DatasetBuilder {
  readonly units: UnitRecord[] = [];
  readonly issues: InputIssue[] = [];
  readonly sheets: SheetCount[] = [];
  private readonly facts = new Map<string, PendingFacts>();
  /**
   * Called with every valid unit-and-facts row of the "Đơn vị và dữ kiện" layout instead of keeping it. The
   * values a consumer keeps per unit for the whole run, the unit's id and its commune code, are detached from
   * the input text (see ../io/detach.ts). Counted in {@link Dataset.streamed}.
   */
  onPair: ((unit: UnitRecord, facts: FactsRecord) => void) | undefined;
  /** Stop storing issues beyond this many (they are still counted in {@link Dataset.omittedIssues}). */
  maxStoredIssues = Number.POSITIVE_INFINITY;
  private readonly omittedIssues = { errors: 0, warnings: 0 };
  private readonly pairs: { unit: UnitRecord; facts: FactsRecord }[] = [];
  /** Rows handed to {@link onPair}: unit id → its row, for duplicate ids. */
  private readonly streamedIds = new Map<string, number>();
  /** The sheet count of each unit read from a sheet row, so that a unit rejected later counts as an error row. */
  private readonly unitCounts = new Map<UnitRecord, SheetCount>();
  /** Units reported as repeating an id: not returned, so not assessed (the same in every input path). */
  private readonly rejectedUnits = new Set<UnitRecord>();

  /** Binds a header row to a spec; reports unknown and missing columns. Returns the bound columns. */
  bindHeaders(
    spec: SheetSpec,
    headers: ReadonlyArray<{ text: string; index: number }>,
    where: { file: string; sheet: string },
    options: { readonly report?: boolean } = {},
  ): { bound: Map<number, BoundColumn>; count: SheetCount } {
    const report = options.report === false ? () => undefined : (issue: InputIssue) => this.push(issue);
    const byHeader = new Map(spec.columns.map((c) => [normalHeader(c.header), c]));
    const bound = new Map<number, BoundColumn>();
    const seen = new Set<Column>();
    for (const { text, index } of headers) {
      if (text.trim() === "") continue;
      const column = byHeader.get(normalHeader(text));
      if (!column) {
        report({
          severity: "warning",
          code: "UNKNOWN_COLUMN",
          message: `Cột "${text}" không thuộc mẫu "${spec.sheetName}" nên được bỏ qua.`,
          ...where,
          row: 1,
          column: columnLetter(index),
          header: text,
        });
        continue;
      }
      bound.set(index, { column, index, letter: columnLetter(index) });
      seen.add(column);
    }
    for (const column of spec.columns) {
      if (column.required && !seen.has(column)) {
        report({
          severity: "error",
          code: "MISSING_COLUMN",
          message: `Thiếu cột bắt buộc "${column.header}".`,
          ...where,
          row: 1,
          header: column.header,
          path: column.path.join("."),
        });
      }
    }
    const count: SheetCount = { ...where, specId: spec.id, rows: 0, rowsWithErrors: 0 };
    this.sheets.push(count);
    return { bound, count };
  }

  /** Adds one data row (cells by column index). Empty rows are ignored. */
  addRow(
    spec: SheetSpec,
    bound: Map<number, BoundColumn>,
    count: SheetCount,
    source: SourceRef,
    cells: (index: number) => RawCell,
  ): void {
    const value: Record<string, unknown> = { ...spec.fixed };
    let columns = boundLists.get(bound);
    if (!columns) {
      columns = [...bound.values()];
      boundLists.set(bound, columns);
    }
    // Allocated only when a cell is wrong or declares a case count (most rows need neither).
    let badPaths: Set<string> | undefined;
    let declared: Map<string, DeclaredCount> | undefined;
    let empty = true;
    let cellErrors = 0;
    for (let i = 0; i < columns.length; i++) {
      const b = columns[i] as BoundColumn;
      const raw = cells(b.index);
      // Most cells of wide sheets are empty: skip them without allocating a result.
      if (raw === undefined || raw === "") continue;
      const result: CellResult = convertCell(b.column, raw);
      if (!result.ok) {
        cellErrors++;
        empty = false;
        badPaths ??= new Set();
        badPaths.add(b.column.path.join("."));
        this.push({
          severity: "error",
          code: result.code,
          message: result.message,
          file: source.file,
          ...(source.sheet !== undefined ? { sheet: source.sheet } : {}),
          ...(source.row !== undefined ? { row: source.row } : {}),
          column: b.letter,
          header: b.column.header,
          path: b.column.path.join("."),
        });
        continue;
      }
      if (result.value === undefined) continue;
      empty = false;
      if (result.value instanceof ListCount) {
        // Checked against the detail: the list's sheet at finish(), or in the flat layout the JSON detail
        // cell of the same row once the row is read (settleFlatLists).
        declared ??= new Map();
        declared.set(b.column.path.join("."), { count: result.value.count, column: b });
        continue;
      }
      setPath(value, b.column.path, result.value);
    }
    if (empty) return;
    count.rows++;
    for (const path of spec.emptyObjects ?? []) {
      let node: Record<string, unknown> = value;
      for (const key of path.slice(0, -1)) {
        if (typeof node[key] !== "object" || node[key] === null) node[key] = {};
        node = node[key] as Record<string, unknown>;
      }
      const last = path[path.length - 1] as string;
      node[last] ??= {};
    }
    if (spec.target === "combined") {
      cellErrors += this.settleFlatLists(value, declared, bound, source, badPaths, cells);
      // Both objects were built for this row by setPath, so they are completed in place.
      const unitValue = (value.unit as Record<string, unknown> | undefined) ?? {};
      const factsValue = (value.facts as Record<string, unknown> | undefined) ?? {};
      factsValue.unitId = unitValue.id;
      const unit = parseAssessedUnit(unitValue);
      const facts = parseFacts(factsValue);
      if (unit.ok && facts.ok && cellErrors === 0) {
        if (!this.onPair) {
          const record = { unit: unit.value, source };
          this.unitCounts.set(record, count);
          this.pairs.push({ unit: record, facts: { facts: facts.value, source } });
          return;
        }
        const first = this.streamedIds.get(unit.value.id);
        if (first !== undefined) {
          count.rowsWithErrors++;
          this.push(duplicateUnitIssue(unit.value.id, source, `dòng ${first}`));
          return;
        }
        // The id (here and in the consumer) and the commune code (the roll-up's key) are kept until the end:
        // detached from the CSV chunk, once, in the fresh objects the parse returned.
        const id = detachString(unit.value.id);
        (unit.value as { id: string }).id = id;
        (facts.value as { unitId: string }).unitId = id;
        const location = unit.value.location as { communeId?: string };
        if (location.communeId !== undefined) location.communeId = detachString(location.communeId);
        this.streamedIds.set(id, source.row ?? 0);
        this.onPair({ unit: unit.value, source }, { facts: facts.value, source });
        return;
      }
      count.rowsWithErrors++;
      if (!unit.ok) this.reportDomainIssues(unit.issues, source, columns, badPaths, [], ["unit"]);
      if (!facts.ok) this.reportFlatFactsIssues(facts.issues, source, columns, badPaths, cells);
      return;
    }
    if (spec.target === "unit") {
      const parsed = parseAssessedUnit(value);
      if (parsed.ok && cellErrors === 0) {
        const record = { unit: parsed.value, source };
        this.unitCounts.set(record, count);
        this.units.push(record);
        return;
      }
      count.rowsWithErrors++;
      if (!parsed.ok) this.reportDomainIssues(parsed.issues, source, columns, badPaths, []);
      return;
    }
    // Facts rows: group by unit and year.
    const unitId = value.unitId;
    const year = value.year;
    const key = `${String(unitId)}\u0000${String(year)}`;
    let pending = this.facts.get(key);
    if (spec.target === "facts") {
      if (pending && pending.columns.length > 0) {
        // A second row for the same unit and year is a record of its own; @antq/domain's checkDataset
        // reports the duplicate (DUPLICATE_FACTS) and the record is not used. List rows go to the first,
        // so the case counts declared on this row are not compared with them.
        this.facts.set(`${key}\u0000${this.facts.size}`, {
          value,
          source,
          count,
          columns,
          badPaths: badPaths ?? new Set(),
          lists: new Map(),
          declared: new Map(),
        });
        if (cellErrors > 0) count.rowsWithErrors++;
        return;
      }
      if (pending) {
        Object.assign(pending.value, value);
        pending.source = source;
        pending.count = count;
        pending.columns = columns;
        pending.badPaths = badPaths ?? new Set();
        pending.declared = declared ?? new Map();
      } else {
        pending = {
          value,
          source,
          count,
          columns,
          badPaths: badPaths ?? new Set(),
          lists: new Map(),
          declared: declared ?? new Map(),
        };
        this.facts.set(key, pending);
      }
      if (cellErrors > 0) count.rowsWithErrors++;
      return;
    }
    const field = spec.listField as string;
    if (!pending) {
      pending = {
        value: { unitId, year },
        source,
        count,
        columns: [],
        badPaths: new Set(),
        lists: new Map(),
        declared: new Map(),
      };
      this.facts.set(key, pending);
    }
    const item: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) if (k !== "unitId" && k !== "year") item[k] = v;
    const list = (pending.value[field] as unknown[] | undefined) ?? [];
    list.push(item);
    pending.value[field] = list;
    const sources = pending.lists.get(field) ?? [];
    sources.push({
      source,
      columns: listColumnsOf(columns),
      count,
      // A cell already reported (e.g. a code not in the list) is not reported again as a missing field.
      ...(badPaths ? { badPaths } : {}),
    });
    pending.lists.set(field, sources);
    if (cellErrors > 0) count.rowsWithErrors++;
  }

  /**
   * The lists of a flat-layout row: case counts against their JSON detail cells (detail alone is the list, a
   * count alone must be 0, both must agree), and attestations or models given both as codes and as JSON
   * detail (not allowed). Returns the number of errors reported.
   */
  private settleFlatLists(
    value: Record<string, unknown>,
    declared: ReadonlyMap<string, DeclaredCount> | undefined,
    bound: Map<number, BoundColumn>,
    source: SourceRef,
    badPaths: ReadonlySet<string> | undefined,
    cells: (index: number) => RawCell,
  ): number {
    let errors = 0;
    const { details, keyed } = flatListColumnsOf(bound);
    for (const [dotted, { count, column }] of declared ?? []) {
      // A wrong detail cell is already reported; its count cannot be checked.
      if (badPaths?.has(dotted)) continue;
      const detail = column.column.path.reduce<unknown>(
        (node, key) => (node as Record<string, unknown> | undefined)?.[key],
        value,
      );
      // Named only in messages: most rows agree.
      const detailName = () => {
        const detailColumn = details.get(dotted);
        return detailColumn
          ? `cột ${detailColumn.letter} "${detailColumn.column.header}"`
          : `cột "${column.column.header.replace(/: số trường hợp$/, ": chi tiết (JSON)")}"`;
      };
      if (Array.isArray(detail)) {
        if (detail.length === count) continue;
        errors++;
        this.push({
          severity: "error",
          code: "LIST_COUNT_MISMATCH",
          message: `Ghi ${count} trường hợp nhưng ${detailName()} có ${detail.length} trường hợp; hai cột phải khớp nhau.`,
          ...sourceFields(source),
          column: column.letter,
          header: column.column.header,
          path: dotted,
        });
        continue;
      }
      if (count === 0) {
        setPath(value, column.column.path, []);
        continue;
      }
      errors++;
      this.push({
        severity: "error",
        code: "CELL_LIST_NOT_SUPPORTED",
        message: `Ghi ${count} trường hợp nhưng chưa có chi tiết: nhập từng trường hợp ở ${detailName()} thành danh sách JSON (xem trang "Hướng dẫn" của antq mau --loai don-vi-va-du-kien); không có trường hợp nào thì ghi 0.`,
        ...sourceFields(source),
        column: column.letter,
        header: column.column.header,
        path: dotted,
      });
    }
    for (const { codes, detail } of keyed) {
      if (isBlank(cells(codes.index)) || isBlank(cells(detail.index))) continue;
      const dotted = codes.column.path.join(".");
      if (badPaths?.has(dotted)) continue;
      errors++;
      this.push({
        severity: "error",
        code: "LIST_GIVEN_TWICE",
        message: `Đã ghi mã ở cột ${codes.letter} "${codes.column.header}" nên không ghi thêm cột này; chỉ dùng một trong hai cột (cần ghi thông tin ngoài mã thì ghi tất cả ở cột chi tiết JSON).`,
        ...sourceFields(source),
        column: detail.letter,
        header: detail.column.header,
        path: dotted,
      });
    }
    return errors;
  }

  /**
   * Facts issues of a flat-layout row. Issues inside a list given as JSON detail (`crimes[0].date`) are
   * reported at its detail column with the path from the row (`facts.crimes[0].date`); the rest as usual.
   */
  private reportFlatFactsIssues(
    issues: readonly DomainIssue[],
    source: SourceRef,
    columns: readonly BoundColumn[],
    badPaths: ReadonlySet<string> | undefined,
    cells: (index: number) => RawCell,
  ): void {
    const rest: DomainIssue[] = [];
    for (const issue of issues) {
      const head = issue.path[0];
      const detail =
        typeof head === "string" && !badPaths?.has(`facts.${head}`)
          ? columns.find(
              (c) =>
                c.column.type === "json-list" &&
                c.column.path[0] === "facts" &&
                c.column.path[1] === head &&
                !isBlank(cells(c.index)),
            )
          : undefined;
      if (!detail) {
        rest.push(issue);
        continue;
      }
      this.push({
        severity: "error",
        code: issue.code,
        message: issue.message,
        ...sourceFields(source),
        column: detail.letter,
        header: detail.column.header,
        path: formatIssuePath(["facts", ...issue.path]),
      });
    }
    if (rest.length > 0) this.reportDomainIssues(rest, source, columns, badPaths, [], ["facts"]);
  }

  private reportDomainIssues(
    issues: readonly DomainIssue[],
    source: SourceRef,
    columns: readonly BoundColumn[],
    badPaths: ReadonlySet<string> | undefined,
    prefix: readonly (string | number)[],
    columnPrefix: readonly string[] = [],
    severity: InputIssue["severity"] = "error",
  ): void {
    for (const issue of issues) {
      const relative = [...columnPrefix, ...issue.path.slice(prefix.length).map(String)];
      const dotted = relative.join(".");
      if (badPaths && [...badPaths].some((p) => p === dotted || dotted.startsWith(`${p}.`))) continue;
      const match =
        columns.find((c) => c.column.path.join(".") === dotted) ??
        columns.find((c) => dotted.startsWith(`${c.column.path.join(".")}.`)) ??
        columns.find((c) => c.column.path.join(".").startsWith(`${dotted}.`));
      this.push({
        severity,
        code: issue.code,
        message: issue.message,
        ...sourceFields(source),
        ...(match ? { column: match.letter, header: match.column.header } : {}),
        path: source.jsonPath ? `${source.jsonPath}.${issue.pathText}` : issue.pathText,
      });
    }
  }

  /** Stores an issue (detached from the input text, see ../io/detach.ts), or only counts it beyond {@link maxStoredIssues}. */
  /** The ids of the rows handed to {@link onPair}, in the order they were read. */
  streamedUnitIds(): IterableIterator<string> {
    return this.streamedIds.keys();
  }

  private push(issue: InputIssue): void {
    if (this.issues.length < this.maxStoredIssues) this.issues.push(detachRecord(issue));
    else if (issue.severity === "error") this.omittedIssues.errors++;
    else this.omittedIssues.warnings++;
  }

  /** Adds a record from JSON input (already an object). */
  addJsonUnit(value: unknown, source: SourceRef): void {
    const parsed = parseAssessedUnit(value);
    if (parsed.ok) this.units.push({ unit: parsed.value, source });
    else this.reportDomainIssues(parsed.issues, source, [], new Set(), []);
  }

  private readonly jsonFacts: FactsRecord[] = [];

  /** Adds annual facts from JSON input. */
  addJsonFacts(value: unknown, source: SourceRef): void {
    const parsed = parseFacts(value);
    if (parsed.ok) this.jsonFacts.push({ facts: parsed.value, source });
    else this.reportDomainIssues(parsed.issues, source, [], new Set(), []);
  }

  /**
   * Reports issues of one facts record built from sheet rows: an issue inside a list (crimes[2]…) goes to the
   * row of that list sheet, any other to the facts row. Rows with an error are counted once.
   */
  private reportFactsIssues(
    pending: PendingFacts,
    issues: readonly DomainIssue[],
    severity: InputIssue["severity"] = "error",
  ): void {
    const erroredRows = new Set<SourceRef>();
    const count = (source: SourceRef, sheet: SheetCount) => {
      if (severity === "error" && !erroredRows.has(source)) {
        erroredRows.add(source);
        sheet.rowsWithErrors++;
      }
    };
    for (const issue of issues) {
      const [head, index] = issue.path;
      const rows = typeof head === "string" ? pending.lists.get(head) : undefined;
      if (rows && typeof index === "number" && rows[index]) {
        const row = rows[index];
        this.reportDomainIssues(
          [issue],
          row.source,
          row.columns,
          row.badPaths,
          [head as string, index],
          [],
          severity,
        );
        count(row.source, row.count);
      } else {
        this.reportDomainIssues([issue], pending.source, pending.columns, pending.badPaths, [], [], severity);
        count(pending.source, pending.count);
      }
    }
  }

  /** Validates the grouped facts, runs the data-set checks and returns the dataset. */
  finish(): Dataset {
    const records: FactsEntry[] = this.jsonFacts.map((record) => ({ ...record, use: true }));
    for (const pending of this.facts.values()) {
      let countMismatch = false;
      for (const [field, { count, column }] of pending.declared) {
        const actual = (pending.value[field] as unknown[] | undefined)?.length ?? 0;
        if (actual === count) {
          if (count === 0) pending.value[field] = [];
          continue;
        }
        countMismatch = true;
        const sheet = FACT_LIST_SHEETS.find((l) => l.listField === field)?.sheetName ?? field;
        this.push({
          severity: "error",
          code: "LIST_COUNT_MISMATCH",
          message: `Ghi ${count} trường hợp nhưng trang "${sheet}" có ${actual} dòng cho đơn vị "${String(pending.value.unitId)}" năm ${String(pending.value.year)}.`,
          ...sourceFields(pending.source),
          column: column.letter,
          header: column.column.header,
          path: field,
        });
      }
      if (countMismatch) pending.count.rowsWithErrors++;
      const parsed = parseFacts(pending.value);
      const hadCellErrors =
        countMismatch ||
        pending.badPaths.size > 0 ||
        [...pending.lists.values()].some((rows) => rows.some((r) => r.count.rowsWithErrors > 0));
      if (parsed.ok) {
        records.push({ facts: parsed.value, source: pending.source, pending, use: !hadCellErrors });
        // The parse made its own copy: the row values as read are not needed any more (issues are located by
        // the rows' sources and columns), so a large workbook does not hold its facts twice until the end.
        pending.value = {};
        continue;
      }
      this.reportFactsIssues(pending, parsed.issues);
      // Still take part in the data-set checks by its unit and year, so that a second row is reported.
      const key = parseAnnualFacts({ unitId: pending.value.unitId, year: pending.value.year });
      if (key.ok) records.push({ facts: key.value, source: pending.source, pending, use: false });
    }
    for (const pair of this.pairs) {
      this.units.push(pair.unit);
      records.push({ ...pair.facts, use: true });
    }
    this.checkDataset(records);
    // Units of other sheets or files that repeat a streamed row's id.
    if (this.streamedIds.size > 0) {
      for (const record of this.units) {
        const row = this.streamedIds.get(record.unit.id);
        if (row !== undefined) {
          this.rejectUnit(record);
          this.push(
            duplicateUnitIssue(
              record.unit.id,
              record.source,
              `dòng ${row} trang "${COMBINED_SHEET.sheetName}"`,
            ),
          );
        }
      }
    }
    if (this.rejectedUnits.size > 0) {
      let kept = 0;
      for (const record of this.units) if (!this.rejectedUnits.has(record)) this.units[kept++] = record;
      this.units.length = kept;
    }
    const facts = records.filter((r) => r.use).map(({ facts: f, source }) => ({ facts: f, source }));
    // The rows as read (and what tied them to their cells) are no longer needed: only the parsed records are.
    this.facts.clear();
    this.pairs.length = 0;
    this.unitCounts.clear();
    this.rejectedUnits.clear();
    return {
      units: this.units,
      facts,
      issues: this.issues,
      sheets: this.sheets,
      streamed: this.streamedIds.size,
      omittedIssues: { ...this.omittedIssues },
    };
  }

  /**
   * The data-set checks of @antq/domain (`checkDataset`) on the valid records, reported at their rows:
   * duplicate unit ids (error), two facts records for one unit and year (error; the later one is not used),
   * facts or cases that name a unit not in the input (warning; checked only when units were given).
   */
  private checkDataset(records: FactsEntry[]): void {
    const units = this.units;
    const issues = checkDataset(
      { schemaVersion: 1, units: units.map((u) => u.unit), annualFacts: records.map((r) => r.facts) },
      // Administrative units are not part of the input; their ids are checked by the rules (commune roll-up).
      { checkAdminReferences: false, checkUnitReferences: units.length > 0 },
    );
    const duplicateRows = new Set<SourceRef>();
    for (const issue of issues) {
      const [list, index, ...rest] = issue.path;
      if (typeof index !== "number") continue;
      const related = issue.relatedPath?.[1];
      if (list === "units") {
        const record = units[index] as UnitRecord;
        const first = typeof related === "number" ? units[related] : undefined;
        if (issue.code === "DUPLICATE_ID" && first) {
          duplicateRows.add(record.source);
          this.rejectUnit(record);
          this.push(duplicateUnitIssue(record.unit.id, record.source, describeSource(first.source)));
        } else this.reportRecordIssue(issue, rest, record.source);
        continue;
      }
      if (list !== "annualFacts") continue;
      const record = records[index] as FactsEntry;
      const first = typeof related === "number" ? records[related] : undefined;
      if (issue.code === "DUPLICATE_ID" && first) {
        if (record.use && record.pending) record.pending.count.rowsWithErrors++;
        record.use = false;
        // A row of the "Đơn vị và dữ kiện" layout repeating a unit is already reported as DUPLICATE_UNIT_ID.
        if (duplicateRows.has(record.source)) continue;
        this.push({
          severity: "error",
          code: "DUPLICATE_FACTS",
          message: `Đơn vị "${record.facts.unitId}" đã có một dòng dữ kiện cho năm ${record.facts.year} (${describeSource(first.source)}).`,
          ...sourceFields(record.source),
          ...(record.source.jsonPath ? { path: record.source.jsonPath } : {}),
        });
      } else if (issue.code === "UNKNOWN_REFERENCE" && rest.length === 1 && rest[0] === "unitId") {
        this.push({
          severity: "warning",
          code: "UNKNOWN_UNIT",
          message: `Dữ kiện năm ${record.facts.year} thuộc mã đơn vị "${record.facts.unitId}" không có trong danh sách đơn vị.`,
          ...sourceFields(record.source),
          path: record.source.jsonPath ? `${record.source.jsonPath}.unitId` : "unitId",
        });
      } else if (record.pending) {
        this.reportFactsIssues(record.pending, [relativeIssue(issue, rest)], severityOf(issue));
      } else this.reportRecordIssue(issue, rest, record.source);
    }
  }

  /**
   * A unit that repeats an id read before: reported by the caller, left out of the dataset (only the first
   * row with an id is assessed, as in the streamed flat layout) and counted as a row with an error.
   */
  private rejectUnit(record: UnitRecord): void {
    if (this.rejectedUnits.has(record)) return;
    this.rejectedUnits.add(record);
    const count = this.unitCounts.get(record);
    if (count) count.rowsWithErrors++;
  }

  /** Any other data-set issue of a record, at the record's row (JSON: its path). */
  private reportRecordIssue(issue: DomainIssue, rest: readonly (string | number)[], source: SourceRef): void {
    this.reportDomainIssues([relativeIssue(issue, rest)], source, [], new Set(), [], [], severityOf(issue));
  }
}

/** A unit id given a second time; `firstAt` says where it was first read ("dòng 5"). */
const duplicateUnitIssue = (id: string, source: SourceRef, firstAt: string): InputIssue => ({
  severity: "error",
  code: "DUPLICATE_UNIT_ID",
  message: `Mã đơn vị "${id}" bị trùng (đã có ở ${firstAt}).`,
  ...sourceFields(source),
  path: source.jsonPath ? `${source.jsonPath}.id` : "id",
});

/** A facts record taking part in the data-set checks; `use: false` records are not returned. */
interface FactsEntry extends FactsRecord {
  readonly pending?: PendingFacts;
  use: boolean;
}

/** A data-set issue re-rooted at its record (`annualFacts[3].crimes[0]…` → `crimes[0]…`). */
const relativeIssue = (issue: DomainIssue, rest: readonly (string | number)[]): DomainIssue =>
  domainIssue(issue.code, rest, issue.message.replace(`(${issue.pathText})`, `(${formatIssuePath(rest)})`));

/** References to units missing from the input are warnings (the units may be in another file); the rest errors. */
const severityOf = (issue: DomainIssue): InputIssue["severity"] =>
  issue.code === "UNKNOWN_REFERENCE" ? "warning" : "error";

const sourceFields = (source: SourceRef) => ({
  file: source.file,
  ...(source.sheet !== undefined ? { sheet: source.sheet } : {}),
  ...(source.row !== undefined ? { row: source.row } : {}),
});

/** "Khu dân cư, dòng 5" / "units[3]". */
export const describeSource = (source: SourceRef): string =>
  source.jsonPath ??
  [source.sheet, source.row !== undefined ? `dòng ${source.row}` : undefined].filter(Boolean).join(", ");

/**
 * One dataset from those of the parts of one streamed file, read in parallel and given in file order: the
 * issues in order, at most `maxStoredIssues` of them (the others counted, as one reader would have), and
 * the row counts of each sheet added up.
 *
 * @example
 * ```ts
 * const part = async (text: string, firstLine: number) => {
 *   const builder = new DatasetBuilder();
 *   builder.onPair = () => {};
 *   const table = await openCsv(text, { headers: flatHeaders(), firstLine });
 *   await readRowsInto(builder, csvRowSource("Tân Phước.csv", table), { reportHeaders: false });
 *   return builder.finish();
 * };
 * const [header, ...lines] = flatCsv.trimEnd().split("\n");
 * const merged = mergeStreamedDatasets(
 *   [await part(lines.slice(0, 10).join("\n"), 2), await part(lines.slice(10).join("\n"), 12)],
 *   100,
 * );
 * [merged.streamed, merged.sheets[0]?.rows]; //=> [20, 20]
 * ```
 */
export const mergeStreamedDatasets = (parts: readonly Dataset[], maxStoredIssues: number): Dataset => {
  const issues: InputIssue[] = [];
  const omittedIssues = { errors: 0, warnings: 0 };
  const sheets = new Map<string, SheetCount>();
  let streamed = 0;
  for (const part of parts) {
    for (const issue of part.issues) {
      if (issues.length < maxStoredIssues) issues.push(issue);
      else if (issue.severity === "error") omittedIssues.errors++;
      else omittedIssues.warnings++;
    }
    omittedIssues.errors += part.omittedIssues.errors;
    omittedIssues.warnings += part.omittedIssues.warnings;
    for (const count of part.sheets) {
      const key = `${count.file}\u0000${count.sheet}`;
      const same = sheets.get(key);
      if (same) {
        same.rows += count.rows;
        same.rowsWithErrors += count.rowsWithErrors;
      } else sheets.set(key, { ...count });
    }
    streamed += part.streamed;
  }
  return {
    units: parts.flatMap((p) => p.units),
    facts: parts.flatMap((p) => p.facts),
    issues,
    sheets: [...sheets.values()],
    streamed,
    omittedIssues,
  };
};

/**
 * The counts of a dataset that summaries and the JSON results show ({@link datasetCounts}).
 *
 * @example
 * ```ts
 * const builder = new DatasetBuilder();
 * await readRowsInto(builder, csvRowSource("Tân Phước.csv", await openCsv(flatCsv)));
 * const counts: DatasetCounts = datasetCounts(builder.finish());
 * counts.validUnits; //=> 20
 * ```
 */
export interface DatasetCounts {
  readonly sheets: number;
  readonly rows: number;
  readonly rowsWithErrors: number;
  /** Valid units, streamed ones included. */
  readonly validUnits: number;
  readonly validFacts: number;
  /** Errors and warnings, the ones counted but not stored included. */
  readonly errors: number;
  readonly warnings: number;
  /** Issues counted but not stored. */
  readonly omittedIssues: number;
}

/**
 * Counts of a dataset for summaries and JSON: rows by sheet, valid records (streamed rows included) and issues
 * (those counted but not stored included).
 *
 * @example
 * ```ts
 * const builder = new DatasetBuilder();
 * builder.onPair = () => {};
 * builder.maxStoredIssues = 0;
 * await readRowsInto(builder, csvRowSource("Tân Phước.csv", await openCsv(flatCsv)));
 * const { rows, validUnits, validFacts, errors } = datasetCounts(builder.finish());
 * [rows, validUnits, validFacts, errors]; //=> [20, 20, 20, 0]
 * ```
 */
export const datasetCounts = (dataset: Dataset): DatasetCounts => {
  const storedErrors = dataset.issues.filter((i) => i.severity === "error").length;
  return {
    sheets: dataset.sheets.length,
    rows: dataset.sheets.reduce((n, s) => n + s.rows, 0),
    rowsWithErrors: dataset.sheets.reduce((n, s) => n + s.rowsWithErrors, 0),
    validUnits: dataset.units.length + dataset.streamed,
    validFacts: dataset.facts.length + dataset.streamed,
    errors: storedErrors + dataset.omittedIssues.errors,
    warnings: dataset.issues.length - storedErrors + dataset.omittedIssues.warnings,
    omittedIssues: dataset.omittedIssues.errors + dataset.omittedIssues.warnings,
  };
};
