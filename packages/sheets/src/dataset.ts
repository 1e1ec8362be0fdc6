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
import { ValueArena } from "./internal/packed-values.js";
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

/**
 * A facts record being assembled from its row and its list rows, its values kept packed (see
 * ./internal/packed-values.ts) until {@link DatasetBuilder.finish}.
 */
interface PendingFacts {
  /** The case counts its row declares: pairs of a position in `columns` and the count. */
  declared: readonly number[];
  readonly unitId: unknown;
  readonly year: unknown;
  /** The packed value of its row (-1 while none was read). */
  row: number;
  /** When the row came after list rows: how many items of each list came before it. */
  before: ReadonlyMap<string, number> | undefined;
  source: SourceRef;
  count: SheetCount;
  columns: readonly BoundColumn[];
  badPaths: ReadonlySet<string>;
  /** The items of each list and the rows they were read from, by list field ({@link NO_LISTS} until one). */
  lists: Map<string, ListRows>;
}

/** A list sheet's part of where a list row was read: everything but the row number. */
interface ListContext {
  readonly file: string;
  readonly sheet: string | undefined;
  readonly columns: readonly BoundColumn[];
  readonly count: SheetCount;
  readonly badPaths: ReadonlySet<string> | undefined;
  /** The row's own source, when it is not `{ file, sheet, row }`. */
  readonly source: SourceRef | undefined;
}

/**
 * The items of one list of a facts record and where their rows were read: a context index, a row number and
 * the packed item each (arrays of their exact size: most lists have a few items).
 */
class ListRows {
  refs: number[] = [];
  get length(): number {
    return this.refs.length / 3;
  }
  add(context: number, row: number, item: number): void {
    const n = this.refs.length;
    if (n >= 96) {
      this.refs.push(context, row, item);
      return;
    }
    const next = new Array<number>(n + 3);
    for (let i = 0; i < n; i++) next[i] = this.refs[i] as number;
    next[n] = context;
    next[n + 1] = row;
    next[n + 2] = item;
    this.refs = next;
  }
}

const NO_LISTS: Map<string, ListRows> = new Map();
const NO_PATHS: ReadonlySet<string> = new Set();
const NO_DECLARED: readonly number[] = [];

/** The declared case counts of a row, compact (see {@link PendingFacts.declared}). */
const compactDeclared = (
  declared: ReadonlyMap<string, DeclaredCount> | undefined,
  columns: readonly BoundColumn[],
): readonly number[] => {
  if (!declared) return NO_DECLARED;
  const out: number[] = [];
  for (const { count, column } of declared.values()) out.push(columns.indexOf(column), count);
  return out;
};

/** The value of a pending facts record as the rows made it (the row's, then its lists' items added). */
const pendingValue = (arena: ValueArena, pending: PendingFacts): Record<string, unknown> => {
  const value: Record<string, unknown> = { unitId: pending.unitId, year: pending.year };
  const items = (rows: ListRows, from: number, to: number) => {
    const list: unknown[] = [];
    for (let i = from; i < to; i++) list.push(arena.get(rows.refs[i * 3 + 2] as number));
    return list;
  };
  const before = pending.row < 0 ? undefined : pending.before;
  if (pending.row < 0 || before) {
    for (const [field, rows] of pending.lists) {
      const n = pending.row < 0 ? rows.length : (before?.get(field) ?? 0);
      if (n > 0) value[field] = items(rows, 0, n);
    }
  }
  if (pending.row >= 0) {
    Object.assign(value, arena.get(pending.row));
    for (const [field, rows] of pending.lists) {
      const from = before?.get(field) ?? 0;
      if (from >= rows.length) continue;
      const list = (value[field] as unknown[] | undefined) ?? [];
      list.push(...items(rows, from, rows.length));
      value[field] = list;
    }
  }
  return value;
};

/**
 * A facts record of {@link DatasetBuilder.packFacts}: kept packed, a fresh copy of its facts made on each read
 * of `facts`; its unit and year readable without it.
 *
 * @example
 * ```ts
 * const builder = new DatasetBuilder();
 * builder.packFacts = true;
 * await readRowsInto(builder, csvRowSource("Tân Phước.csv", await openCsv(flatCsv)));
 * const record = builder.finish().facts[0] as PackedFactsRecord;
 * [record.unitId, record.year, record.facts.households]; //=> ["KDC-28000-01", 2024, { resident: 143, registered: 143 }]
 * ```
 */
export class PackedFactsRecord implements FactsRecord {
  constructor(
    private readonly arena: ValueArena,
    private readonly handle: number,
    readonly source: SourceRef,
    readonly unitId: string,
    readonly year: number,
  ) {}

  get facts(): AnnualFacts {
    return this.arena.get(this.handle) as AnnualFacts;
  }
}

/**
 * The evaluation year of a facts record, without decoding a packed record's facts.
 *
 * @example
 * ```ts
 * factsYear({ facts: { unitId: "kdc-1", year: 2024 }, source: { file: "du-lieu.json" } }); //=> 2024
 * ```
 */
export const factsYear = (record: FactsRecord): number =>
  record instanceof PackedFactsRecord ? record.year : record.facts.year;

/** What the data-set checks (@antq/domain's `checkDataset`) read of a facts record: its key and references. */
const checkedPart = (facts: AnnualFacts): AnnualFacts =>
  ({
    unitId: facts.unitId,
    year: facts.year,
    ...(facts.crimes ? { crimes: facts.crimes.map((c) => ({ place: c.place })) } : {}),
    ...(facts.models ? { models: facts.models.map((m) => ({ modelId: m.modelId })) } : {}),
    ...(facts.securityForce?.teamIds ? { securityForce: { teamIds: facts.securityForce.teamIds } } : {}),
  }) as AnnualFacts;

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
  /** The nested values of the facts records being assembled, packed. */
  private pendingArena = new ValueArena();
  /** Where list rows were read (see {@link ListRows}). */
  private readonly listContexts: ListContext[] = [];
  /**
   * Keep the facts records of sheet rows packed: {@link finish} returns {@link PackedFactsRecord}s, whose
   * `facts` is a fresh copy made on each read. A workbook of 100 000 units then holds its facts in tens of
   * MiB instead of hundreds; a consumer that reads each record's facts once or a few times (an assessment,
   * see {@link pairInputs}) should set it.
   */
  packFacts = false;

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
      const row = this.pendingArena.add(value);
      if (pending && pending.columns.length > 0) {
        // A second row for the same unit and year is a record of its own; @antq/domain's checkDataset
        // reports the duplicate (DUPLICATE_FACTS) and the record is not used. List rows go to the first,
        // so the case counts declared on this row are not compared with them.
        this.facts.set(`${key}\u0000${this.facts.size}`, {
          unitId,
          year,
          row,
          before: undefined,
          source,
          count,
          columns,
          badPaths: badPaths ?? NO_PATHS,
          lists: NO_LISTS,
          declared: NO_DECLARED,
        });
        if (cellErrors > 0) count.rowsWithErrors++;
        return;
      }
      if (pending) {
        pending.row = row;
        if (pending.lists.size > 0)
          pending.before = new Map([...pending.lists].map(([field, rows]) => [field, rows.length]));
        pending.source = source;
        pending.count = count;
        pending.columns = columns;
        pending.badPaths = badPaths ?? NO_PATHS;
        pending.declared = compactDeclared(declared, columns);
      } else {
        pending = {
          unitId,
          year,
          row,
          before: undefined,
          source,
          count,
          columns,
          badPaths: badPaths ?? NO_PATHS,
          lists: NO_LISTS,
          declared: compactDeclared(declared, columns),
        };
        this.facts.set(key, pending);
      }
      if (cellErrors > 0) count.rowsWithErrors++;
      return;
    }
    const field = spec.listField as string;
    if (!pending) {
      pending = {
        unitId,
        year,
        row: -1,
        before: undefined,
        source,
        count,
        columns: [],
        badPaths: NO_PATHS,
        lists: NO_LISTS,
        declared: NO_DECLARED,
      };
      this.facts.set(key, pending);
    }
    const item: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) if (k !== "unitId" && k !== "year") item[k] = v;
    if (pending.lists === NO_LISTS) pending.lists = new Map();
    let rows = pending.lists.get(field);
    if (!rows) {
      rows = new ListRows();
      pending.lists.set(field, rows);
    }
    // A cell already reported (e.g. a code not in the list) is not reported again as a missing field.
    rows.add(
      this.listContext(source, listColumnsOf(columns), count, badPaths),
      source.row ?? 0,
      this.pendingArena.add(item),
    );
    if (cellErrors > 0) count.rowsWithErrors++;
  }

  /** The index of a list row's {@link ListContext} (the previous row's when it is the same). */
  private listContext(
    source: SourceRef,
    columns: readonly BoundColumn[],
    count: SheetCount,
    badPaths: ReadonlySet<string> | undefined,
  ): number {
    const plain =
      source.row !== undefined &&
      source.sheet !== undefined &&
      source.jsonPath === undefined &&
      Object.keys(source).length === 3;
    const last = this.listContexts[this.listContexts.length - 1];
    if (
      plain &&
      badPaths === undefined &&
      last !== undefined &&
      last.source === undefined &&
      last.badPaths === undefined &&
      last.file === source.file &&
      last.sheet === source.sheet &&
      last.columns === columns &&
      last.count === count
    ) {
      return this.listContexts.length - 1;
    }
    this.listContexts.push({
      file: source.file,
      sheet: source.sheet,
      columns,
      count,
      badPaths,
      source: plain ? undefined : source,
    });
    return this.listContexts.length - 1;
  }

  /** The row of a list at `index`: where it was read, its columns and its sheet's count. */
  private listRow(rows: ListRows, index: number, pending: PendingFacts) {
    const context = this.listContexts[rows.refs[index * 3] as number] as ListContext;
    const row = rows.refs[index * 3 + 1] as number;
    // The record's own source is the first list row's when it has no facts row: the same row, counted once.
    const own =
      context.source === undefined &&
      pending.count === context.count &&
      pending.source.file === context.file &&
      pending.source.sheet === context.sheet &&
      pending.source.row === row;
    return {
      key: own ? pending.source : (context.source ?? `${rows.refs[index * 3]}:${row}`),
      source: context.source ?? { file: context.file, sheet: context.sheet as string, row },
      columns: context.columns,
      count: context.count,
      badPaths: context.badPaths,
    };
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
        message: `Ghi ${count} trường hợp nhưng chưa có chi tiết: nhập từng trường hợp ở ${detailName()} thành danh sách JSON (xem trang “Hướng dẫn” của mẫu “${COMBINED_SHEET.sheetName}”); không có trường hợp nào thì ghi 0.`,
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
    const erroredRows = new Set<unknown>();
    const count = (key: unknown, sheet: SheetCount) => {
      if (severity === "error" && !erroredRows.has(key)) {
        erroredRows.add(key);
        sheet.rowsWithErrors++;
      }
    };
    for (const issue of issues) {
      const [head, index] = issue.path;
      const rows = typeof head === "string" ? pending.lists.get(head) : undefined;
      if (rows && typeof index === "number" && index >= 0 && index < rows.length) {
        const row = this.listRow(rows, index, pending);
        this.reportDomainIssues(
          [issue],
          row.source,
          row.columns,
          row.badPaths,
          [head as string, index],
          [],
          severity,
        );
        count(row.key, row.count);
      } else {
        this.reportDomainIssues([issue], pending.source, pending.columns, pending.badPaths, [], [], severity);
        count(pending.source, pending.count);
      }
    }
  }

  /** Validates the grouped facts, runs the data-set checks and returns the dataset. */
  finish(): Dataset {
    const records: FactsEntry[] = this.jsonFacts.map((record) => ({ ...record, use: true }));
    const arena = this.pendingArena;
    const kept = this.packFacts ? new ValueArena() : undefined;
    for (const pending of this.facts.values()) {
      const value = pendingValue(arena, pending);
      let countMismatch = false;
      for (let d = 0; d < pending.declared.length; d += 2) {
        const column = pending.columns[pending.declared[d] as number] as BoundColumn;
        const count = pending.declared[d + 1] as number;
        const field = column.column.path.join(".");
        const actual = (value[field] as unknown[] | undefined)?.length ?? 0;
        if (actual === count) {
          if (count === 0) value[field] = [];
          continue;
        }
        countMismatch = true;
        const sheet = FACT_LIST_SHEETS.find((l) => l.listField === field)?.sheetName ?? field;
        this.push({
          severity: "error",
          code: "LIST_COUNT_MISMATCH",
          message: `Ghi ${count} trường hợp nhưng trang "${sheet}" có ${actual} dòng cho đơn vị "${String(value.unitId)}" năm ${String(value.year)}.`,
          ...sourceFields(pending.source),
          column: column.letter,
          header: column.column.header,
          path: field,
        });
      }
      if (countMismatch) pending.count.rowsWithErrors++;
      const parsed = parseFacts(value);
      const hadCellErrors =
        countMismatch ||
        pending.badPaths.size > 0 ||
        [...pending.lists.values()].some((rows) => {
          for (let i = 0; i < rows.refs.length; i += 3) {
            if ((this.listContexts[rows.refs[i] as number] as ListContext).count.rowsWithErrors > 0)
              return true;
          }
          return false;
        });
      if (parsed.ok) {
        // The parse made its own copy: the row values as read are not needed any more (issues are located by
        // the rows' sources and columns), so a large workbook does not hold its facts twice until the end.
        const facts = parsed.value;
        records.push(
          kept
            ? {
                facts: checkedPart(facts),
                source: pending.source,
                packed: new PackedFactsRecord(
                  kept,
                  kept.add(facts),
                  pending.source,
                  facts.unitId,
                  facts.year,
                ),
                pending,
                use: !hadCellErrors,
              }
            : { facts, source: pending.source, pending, use: !hadCellErrors },
        );
        continue;
      }
      this.reportFactsIssues(pending, parsed.issues);
      // Still take part in the data-set checks by its unit and year, so that a second row is reported.
      const key = parseAnnualFacts({ unitId: value.unitId, year: value.year });
      if (key.ok) records.push({ facts: key.value, source: pending.source, pending, use: false });
    }
    this.pendingArena = new ValueArena();
    for (const pair of this.pairs) {
      this.units.push(pair.unit);
      const { facts, source } = pair.facts;
      records.push(
        kept
          ? {
              facts: checkedPart(facts),
              source,
              packed: new PackedFactsRecord(kept, kept.add(facts), source, facts.unitId, facts.year),
              use: true,
            }
          : { ...pair.facts, use: true },
      );
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
    const facts = records
      .filter((r) => r.use)
      .map(({ facts: f, source, packed }): FactsRecord => packed ?? { facts: f, source });
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
  /** The record returned when the facts are kept packed (`facts` is then only {@link checkedPart}). */
  readonly packed?: PackedFactsRecord;
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
