/**
 * What the record says to an officer about stored runs, in Vietnamese: the comparison of a re-evaluation with
 * the stored run (which units changed, and why), the notes about last year's counts, the line of a saved run
 * and the summary of an import. Also the run inputs built from a classification and from a compiled rule set,
 * typed structurally so that the store needs neither the rules engine nor the criteria. Pure, except
 * {@link yearReplacement}, which reads the store.
 */
import type { AnnualFacts } from "@antq/domain";
import { formatNumber } from "@antq/format-vi";
import type { CycleImportResult } from "./cycle-import.js";
import type { SqlDriver } from "./driver.js";
import type { PreviousYearNote, PreviousYearRecord } from "./previous-year.js";
import { withPreviousYearCounts } from "./previous-year.js";
import {
  type AssessmentRun,
  type AssessmentRunInput,
  compareProvenance,
  compareResults,
  type ProvenanceDifference,
  type ResultDifference,
  type RunKind,
} from "./results.js";
import { type StoreSummary, storeSummary } from "./summary.js";

/**
 * Who imported a year's data in place of earlier data (`antq nhap --thay-the`) and when.
 *
 * @example
 * ```ts
 * const r: YearReplacement = { importedBy: "can-bo-02", importedAt: "2025-01-10T08:30:00.000Z" };
 * ```
 */
export interface YearReplacement {
  readonly importedBy: string;
  readonly importedAt: string;
}

/**
 * Who replaced the data of `year`, or `undefined` when its current import replaced nothing (or the year is
 * not stored).
 *
 * @example
 * ```ts
 * await yearReplacement(driver, 2024); //=> undefined
 * ```
 */
export async function yearReplacement(driver: SqlDriver, year: number): Promise<YearReplacement | undefined> {
  const current = (await storeSummary(driver)).years.find((y) => y.year === year)?.import;
  return current?.replaced ? { importedBy: current.importedBy, importedAt: current.importedAt } : undefined;
}

/** "2025-01-10 08:30:00 UTC" of an ISO timestamp. */
const timestampText = (iso: string) => iso.replace("T", " ").replace(/\.\d+Z$/, " UTC");

const FIELD_LABELS: Readonly<Record<string, string>> = {
  ruleSetHash: "Mã băm bộ quy tắc",
  "options.readings": "Cách hiểu đã chọn",
  "options.provinces": "Gói quy định của tỉnh",
  "options.asOf": "Ngày áp dụng bộ quy tắc",
  "options.previousYear": "Dữ liệu năm trước trong kho (số vụ cho Điều 4 khoản 4 điểm a)",
  "options.configuration": "Cấu hình phân loại",
  "options.tt124": 'Kết quả "An toàn về ANTT" dùng khi phân loại',
};

/** "năm 2022, lần nhập 3" / "kho chưa có năm 2022" from the stored `options.previousYear` JSON. */
const previousYearText = (json: string | undefined): string | undefined => {
  if (json === undefined) return undefined;
  const p = JSON.parse(json) as { year?: number; inRecord?: boolean; importId?: number };
  return p.inRecord ? `năm ${p.year}, lần nhập ${p.importId ?? "?"}` : `kho chưa có năm ${p.year}`;
};

/** A value as an officer reads it: nothing is "(không có)", text without quotes, lists joined, choices "mã = lựa chọn". */
const plainText = (v: unknown): string => {
  if (v === null || v === undefined || v === "") return "(không có)";
  if (Array.isArray(v)) return v.length === 0 ? "(không có)" : v.map(plainText).join(", ");
  if (typeof v === "object") {
    const entries = Object.entries(v);
    return entries.length === 0 ? "(không có)" : entries.map(([k, x]) => `${k} = ${plainText(x)}`).join("; ");
  }
  return String(v);
};

/** A run option's stored JSON text (`compareProvenance`) as {@link plainText}, never raw JSON (`null`, `{}`, quotes). */
const optionText = (json: string | undefined): string => {
  if (json === undefined) return "(không có)";
  try {
    return plainText(JSON.parse(json));
  } catch {
    return json;
  }
};

const provenanceLine = (d: ProvenanceDifference): string => {
  if (d.field === "options.previousYear")
    return `  • ${FIELD_LABELS[d.field]}: ${previousYearText(d.stored) ?? "(không có)"} (đã lưu) → ${previousYearText(d.current) ?? "(không có)"} (đánh giá lại)`;
  if (d.field.startsWith("options."))
    return `  • ${FIELD_LABELS[d.field] ?? d.field}: ${optionText(d.stored)} (đã lưu) → ${optionText(d.current)} (đánh giá lại)`;
  const name = d.field.startsWith("versions.")
    ? `Phiên bản gói ${d.field.slice("versions.".length)}`
    : (FIELD_LABELS[d.field] ?? d.field);
  return `  • ${name}: ${d.stored ?? "(không có)"} (đã lưu) → ${d.current ?? "(không có)"} (đánh giá lại)`;
};

/**
 * What {@link compareRuns} compares: the stored run (or `undefined` when there is none, with who replaced
 * the year's data if it was replaced), the re-evaluation as a run, the units' names, and the Vietnamese label
 * of an outcome code or level (`"dat"` → "Đạt"); codes without one are shown quoted as they are.
 *
 * @example
 * ```ts
 * const o: RunComparisonInput = { kind: "assessment", year: 2024, where: "~/.antq", stored: undefined, current: { year: 2024, ruleSetHash: "h", versions: {}, options: {}, results: [] }, names: new Map() };
 * ```
 */
export interface RunComparisonInput {
  readonly kind: RunKind;
  readonly year: number;
  /** The store's location as shown to the officer. */
  readonly where: string;
  readonly stored: AssessmentRun | undefined;
  readonly replacedBy?: YearReplacement | undefined;
  readonly current: Omit<AssessmentRunInput, "createdBy">;
  readonly names: ReadonlyMap<string, string>;
  readonly labelOf?: (code: string) => string | undefined;
}

/**
 * Why {@link compareRuns} has nothing to compare with: no result of the kind was ever saved for the year
 * (`NO_STORED_RUN`), or the ones saved were deleted when the year's data was imported again in place of the old
 * (`STORED_RUN_REMOVED`). Either way the next step is to save the results of the year's data into the store; a
 * front-end adds how it does that (a command, a button) by this code.
 *
 * @example
 * ```ts
 * const code: RunMissingCode = "NO_STORED_RUN";
 * ```
 */
export type RunMissingCode = "NO_STORED_RUN" | "STORED_RUN_REMOVED";

/**
 * The result of {@link compareRuns}: nothing stored to compare with (`missing`, with a {@link RunMissingCode};
 * the message says why and what to do, in words any front-end can show), the same results (`same`, with the
 * provenance that differs without changing them), or different results (`different`: the lines listing at most
 * 100 units and the reasons, the number of units that differ and the one-line message).
 *
 * @example
 * ```ts
 * const failed = (c: RunComparison) => c.status !== "same";
 * ```
 */
export type RunComparison =
  | { readonly status: "missing"; readonly code: RunMissingCode; readonly message: string }
  | { readonly status: "same"; readonly lines: readonly string[] }
  | {
      readonly status: "different";
      readonly lines: readonly string[];
      readonly units: number;
      readonly message: string;
    };

/** Units listed by name in a comparison; the rest are counted. */
const LISTED_UNITS = 100;

/**
 * Compares a re-evaluation with the stored run of the year, in the officer's words: which units changed
 * (overall and per criterion, with their names) and why (rule-set hash, package versions, interpretation
 * options, last year's record), or that the year's data was imported again since.
 *
 * @example
 * ```ts
 * const stored = await latestAssessmentRun(driver, 2024);
 * const results = stored.results.map((r, i) => (i === 0 ? { ...r, overall: "dat" === r.overall ? "chua_dat" : "dat" } : r));
 * const c = compareRuns({ kind: "assessment", year: 2024, where: "kho thử", stored, current: { ...stored, results }, names: new Map(), labelOf: (code) => ({ dat: "Đạt", chua_dat: "Chưa đạt" })[code] });
 * c.status; //=> "different"
 * c.status === "different" && c.units; //=> 1
 * const none = compareRuns({ kind: "assessment", year: 2019, where: "kho thử", stored: undefined, current: { ...stored, results }, names: new Map() });
 * [none.status, none.status === "missing" && none.code]; //=> ["missing", "NO_STORED_RUN"]
 * none.status === "missing" && none.message; //=> "Kho kho thử chưa có kết quả đánh giá năm 2019 để đối chiếu. Hãy lưu kết quả đánh giá năm 2019 vào kho trước."
 * ```
 */
export function compareRuns(o: RunComparisonInput): RunComparison {
  const what = o.kind === "classification" ? "phân loại" : "đánh giá";
  if (o.stored === undefined)
    return o.replacedBy === undefined
      ? {
          status: "missing",
          code: "NO_STORED_RUN",
          message: `Kho ${o.where} chưa có kết quả ${what} năm ${o.year} để đối chiếu. Hãy lưu kết quả ${what} năm ${o.year} vào kho trước.`,
        }
      : {
          status: "missing",
          code: "STORED_RUN_REMOVED",
          message: `Kho ${o.where} không có kết quả ${what} năm ${o.year} để đối chiếu: dữ liệu năm này đã được nhập lại (thay thế dữ liệu cũ) bởi ${o.replacedBy.importedBy} lúc ${timestampText(o.replacedBy.importedAt)}, và các kết quả đã lưu của dữ liệu cũ đã bị xoá cùng dữ liệu đó. Hãy lưu kết quả ${what} năm ${o.year} của dữ liệu mới vào kho.`,
        };
  const stored = o.stored;
  const label = (value: string | undefined): string => {
    if (value === undefined) return "(không có)";
    const text = o.labelOf?.(value);
    return `"${text ?? value}"`;
  };
  const differences = compareResults(stored.results, o.current.results);
  const provenance = compareProvenance(stored, o.current);
  const head = `Đối chiếu kết quả ${what} năm ${o.year} trong kho ${o.where} (lần ${formatNumber(stored.id)}, lưu lúc ${timestampText(stored.createdAt)} bởi ${stored.createdBy}) với kết quả đánh giá lại:`;
  if (differences.length === 0)
    return {
      status: "same",
      lines: [
        head,
        `Trùng khớp: ${formatNumber(o.current.results.length)} đơn vị có cùng kết quả.`,
        ...(provenance.length > 0
          ? ["Nguồn gốc khác nhau nhưng không làm thay đổi kết quả:", ...provenance.map(provenanceLine)]
          : []),
      ],
    };
  const byUnit = new Map<string, ResultDifference[]>();
  for (const d of differences) byUnit.set(d.unitId, [...(byUnit.get(d.unitId) ?? []), d]);
  const total = new Set([...stored.results, ...o.current.results].map((r) => r.unitId)).size;
  const lines = [head, `Khác nhau ở ${formatNumber(byUnit.size)}/${formatNumber(total)} đơn vị:`];
  for (const [unitId, ds] of [...byUnit].slice(0, LISTED_UNITS)) {
    const name = o.names.get(unitId);
    const parts = ds.map((d) =>
      d.field === "unit"
        ? d.current === undefined
          ? `chỉ có trong kết quả đã lưu (${label(d.stored)})`
          : `chỉ có trong kết quả đánh giá lại (${label(d.current)})`
        : `${d.field === "overall" ? "kết quả chung" : `tiêu chí ${d.field.slice("criteria.".length)}`} ${label(d.stored)} → ${label(d.current)}`,
    );
    lines.push(`  • ${name ? `${name} (${unitId})` : unitId}: ${parts.join("; ")}`);
  }
  if (byUnit.size > LISTED_UNITS)
    lines.push(`  … và ${formatNumber(byUnit.size - LISTED_UNITS)} đơn vị khác.`);
  lines.push(
    ...(provenance.length > 0
      ? ["Lý do (nguồn gốc khác với lần đã lưu):", ...provenance.map(provenanceLine)]
      : [
          `Bộ quy tắc, phiên bản các gói và cách hiểu giống lần đã lưu: khác biệt do dữ liệu năm ${o.year} trong kho đã được nhập lại (thay thế dữ liệu cũ) sau lần lưu.`,
        ]),
  );
  return {
    status: "different",
    lines,
    units: byUnit.size,
    message: `Kết quả ${what} lại năm ${o.year} khác kết quả đã lưu ở ${formatNumber(byUnit.size)} đơn vị.`,
  };
}

/**
 * The console lines about last year's counts (TT 124 Điều 4 khoản 4 điểm a) of {@link withPreviousYearCounts}'
 * notes: how many units could not be compared and why (the first 20 listed), and the typed values replaced by
 * the record. Empty without notes.
 *
 * @example
 * ```ts
 * const { notes } = withPreviousYearCounts([{ unitId: "kdc-1", year: 2023, violationCounts: { crimes: 1, socialEvilCases: 0, otherViolationCases: 2 } }], { year: 2022, stored: false, counts: new Map() });
 * previousYearLines(notes, 2022)[0]?.startsWith("Kho chưa có dữ liệu năm 2022: 1 đơn vị"); //=> true
 * previousYearLines([], 2022); //=> []
 * ```
 */
export function previousYearLines(notes: readonly PreviousYearNote[], previousYear: number): string[] {
  if (notes.length === 0) return [];
  const missing = notes.filter((n) => n.reason !== "replaced-typed");
  const replaced = notes.filter((n) => n.reason === "replaced-typed");
  const lines: string[] = [];
  if (missing.some((n) => n.reason === "year-missing"))
    lines.push(
      `Kho chưa có dữ liệu năm ${previousYear}: ${formatNumber(missing.length)} đơn vị chưa so sánh được số vụ với năm trước (Điều 4 khoản 4 điểm a), kết quả tiêu chí này là "cần xem xét" cho đến khi dữ liệu năm ${previousYear} được nhập vào kho.`,
    );
  else if (missing.length > 0)
    lines.push(
      `${formatNumber(missing.length)} đơn vị chưa so sánh được số vụ với năm ${previousYear} (Điều 4 khoản 4 điểm a), kết quả tiêu chí này là "cần xem xét":`,
      ...missing.slice(0, 20).map((n) => `  • ${n.message}`),
    );
  if (replaced.length > 0)
    lines.push(
      `${formatNumber(replaced.length)} đơn vị có số vụ năm ${previousYear} ghi trong tệp khác số liệu trong kho; đã dùng số liệu trong kho:`,
      ...replaced.slice(0, 20).map((n) => `  • ${n.message}`),
    );
  return lines;
}

/**
 * Sets last year's recorded counts on the facts of `year` in a list of records that each carry their facts
 * (a sheets dataset's fact records, say), leaving other years' records as they are; the notes are
 * {@link withPreviousYearCounts}'.
 *
 * @example
 * ```ts
 * const rows = [{ row: 4, facts: { unitId: "kdc-1", year: 2023, violationCounts: { crimes: 1, socialEvilCases: 0, otherViolationCases: 2 } } }];
 * const r = withPreviousYearFacts(rows, { year: 2022, stored: true, importId: 1, counts: new Map([["kdc-1", { crimes: 3, socialEvilCases: 0, otherViolationCases: 1 }]]) }, 2023);
 * r.records[0]?.facts.previousYearCounts?.crimes; //=> 3
 * r.records[0]?.row; //=> 4
 * ```
 */
export function withPreviousYearFacts<R extends { readonly facts: AnnualFacts }>(
  records: readonly R[],
  previous: PreviousYearRecord,
  year: number,
): { records: R[]; notes: PreviousYearNote[] } {
  const ofYear = records.filter((r) => r.facts.year === year);
  const { facts, notes } = withPreviousYearCounts(
    ofYear.map((r) => r.facts),
    previous,
  );
  const replaced = new Map<R, AnnualFacts>(ofYear.map((r, i) => [r, facts[i] as AnnualFacts]));
  return {
    records: records.map((r) => {
      const f = replaced.get(r);
      return f === undefined ? r : { ...r, facts: f };
    }),
    notes,
  };
}

/**
 * The line said when a run is saved: its kind and year, the store, its id, the number of units and the
 * rule-set hash.
 *
 * @example
 * ```ts
 * savedRunLine({ year: 2024, kind: "assessment", ruleSetHash: "fnv1a64:5d1c", results: [{ unitId: "kdc-1", overall: "dat", criteria: {} }] }, 7, "~/.antq");
 * //=> "Đã lưu kết quả đánh giá năm 2024 vào kho ~/.antq (lần 7, 1 đơn vị, mã băm bộ quy tắc fnv1a64:5d1c)."
 * ```
 */
export function savedRunLine(
  run: Pick<AssessmentRunInput, "year" | "kind" | "ruleSetHash" | "results">,
  id: number,
  where: string,
): string {
  return `Đã lưu kết quả ${run.kind === "classification" ? "phân loại" : "đánh giá"} năm ${run.year} vào kho ${where} (lần ${formatNumber(id)}, ${formatNumber(run.results.length)} đơn vị, mã băm bộ quy tắc ${run.ruleSetHash}).`;
}

/**
 * The provenance of an assessment run: the compiled rule set's hash, the versions of the front-end (`app`)
 * and of every rule package, and the options with the rule set's date.
 *
 * @example
 * ```ts
 * runProvenance({ hash: "fnv1a64:5d1c", asOf: "2024-12-31", packages: [{ name: "@antq/rules-antt", version: "0.1.0" }] }, { readings: {} }, { "@antq/cli": "0.3.0" });
 * //=> { ruleSetHash: "fnv1a64:5d1c", versions: { "@antq/cli": "0.3.0", "@antq/rules-antt": "0.1.0" }, options: { asOf: "2024-12-31", readings: {} } }
 * ```
 */
export function runProvenance(
  compiled: {
    readonly hash: string;
    readonly asOf: string;
    readonly packages: readonly { readonly name: string; readonly version: string }[];
  },
  options: Readonly<Record<string, unknown>>,
  app: Readonly<Record<string, string>>,
): Pick<AssessmentRunInput, "ruleSetHash" | "versions" | "options"> {
  return {
    ruleSetHash: compiled.hash,
    versions: { ...app, ...Object.fromEntries(compiled.packages.map((p) => [p.name, p.version])) },
    options: { asOf: compiled.asOf, ...options },
  };
}

/**
 * The options stored with an assessment run: the readings chosen, the province packages and last year's
 * record used for Điều 4 khoản 4 điểm a.
 *
 * @example
 * ```ts
 * assessmentRunOptions({ "tt124.d4.k4.a": "giam" }, ["@antq/rules-tien-giang"], { year: 2023, stored: true, importId: 3, counts: new Map() });
 * //=> { readings: { "tt124.d4.k4.a": "giam" }, provinces: ["@antq/rules-tien-giang"], previousYear: { year: 2023, inRecord: true, importId: 3 } }
 * ```
 */
export function assessmentRunOptions(
  readings: Readonly<Record<string, unknown>>,
  provinces: readonly string[],
  previous: PreviousYearRecord,
): Record<string, unknown> {
  return {
    readings,
    provinces: [...provinces],
    previousYear: {
      year: previous.year,
      inRecord: previous.stored,
      ...(previous.importId !== undefined ? { importId: previous.importId } : {}),
    },
  };
}

/**
 * The options stored with a classification run: the configuration's label, the province packages, and where
 * the units' "An toàn về ANTT" results came from (a result file, a stored assessment run, or none).
 *
 * @example
 * ```ts
 * classificationRunOptions("Tỉnh Bình An", [], { run: 7 });
 * //=> { configuration: "Tỉnh Bình An", provinces: [], tt124: "kho, lần 7" }
 * classificationRunOptions("Tỉnh Bình An", ["./phan-loai-tinh.mjs"], "file").tt124; //=> "tệp kết quả đánh giá"
 * classificationRunOptions("Tỉnh Bình An", [], undefined).tt124; //=> null
 * ```
 */
export function classificationRunOptions(
  configuration: string,
  provinces: readonly string[],
  tt124: "file" | { readonly run: number } | undefined,
): Record<string, unknown> {
  return {
    configuration,
    provinces: [...provinces],
    tt124: tt124 === "file" ? "tệp kết quả đánh giá" : tt124 !== undefined ? `kho, lần ${tt124.run}` : null,
  };
}

/**
 * What a classification run needs of one classified unit (an `@antq/criteria` `ClassificationResult` fits).
 *
 * @example
 * ```ts
 * const c: ClassifiedUnit = { unitId: "kdc-1", kind: "residential-area", level: "xuat-sac", status: "final", score: { total: 96, scoreLevel: { id: "xuat-sac" } }, classifier: { hash: "fnv1a64:77" } };
 * ```
 */
export interface ClassifiedUnit {
  readonly unitId: string;
  readonly kind: string;
  readonly level: string;
  readonly status: string;
  readonly score: { readonly total: number; readonly scoreLevel: { readonly id: string } };
  readonly classifier: {
    readonly hash: string;
    readonly rubricSource?: { readonly name: string; readonly version: string } | undefined;
  };
}

/**
 * A classification as a run to store: each unit's level, score, score level and status; the hash of each
 * kind's classifier (`"kind:hash"`, sorted by kind) as the rule-set hash; the rubric packages' versions.
 *
 * @example
 * ```ts
 * const run = classificationRunOf(2024, [{ unitId: "kdc-1", kind: "residential-area", level: "xuat-sac", status: "final", score: { total: 96, scoreLevel: { id: "xuat-sac" } }, classifier: { hash: "fnv1a64:77" } }], { configuration: "Tỉnh Bình An" }, { "@antq/cli": "0.3.0" });
 * run.ruleSetHash; //=> "residential-area:fnv1a64:77"
 * run.results[0]; //=> { unitId: "kdc-1", overall: "xuat-sac", score: 96, criteria: { scoreLevel: "xuat-sac", status: "final" } }
 * classificationRunOf(2024, [], {}, {}).ruleSetHash; //=> "(không có bảng điểm)"
 * ```
 */
export function classificationRunOf(
  year: number,
  results: readonly ClassifiedUnit[],
  options: Readonly<Record<string, unknown>>,
  app: Readonly<Record<string, string>>,
): Omit<AssessmentRunInput, "createdBy"> {
  const hashes = new Map<string, string>();
  const versions: Record<string, string> = { ...app };
  for (const r of results) {
    hashes.set(r.kind, r.classifier.hash);
    const source = r.classifier.rubricSource;
    if (source) versions[source.name] = source.version;
  }
  const kinds = [...hashes].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return {
    year,
    kind: "classification",
    ruleSetHash: kinds.map(([k, h]) => `${k}:${h}`).join(" ") || "(không có bảng điểm)",
    versions,
    options,
    results: results.map((r) => ({
      unitId: r.unitId,
      overall: r.level,
      score: r.score.total,
      criteria: { scoreLevel: r.score.scoreLevel.id, status: r.status },
    })),
  };
}

/** How a run kind is named in the lines of an import: "lần đánh giá", "lần phân loại". */
const RUN_KIND_NAMES: Readonly<Record<RunKind, string>> = {
  assessment: "đánh giá",
  classification: "phân loại",
};

/**
 * What a front-end adds to {@link importLines}: for each kind of run the replaced data took with it, how to save
 * such a run again (the CLI: its command; the web: the button), said after the line on the removed runs.
 *
 * @example
 * ```ts
 * const hints: ImportLineHints = { saveRun: (kind, year) => `Lưu lại ${kind} năm ${year}.` };
 * hints.saveRun?.("assessment", 2024); //=> "Lưu lại assessment năm 2024."
 * ```
 */
export interface ImportLineHints {
  readonly saveRun?: (kind: RunKind, year: number) => string;
}

/**
 * The lines said after an import: what was imported (or replaced) into which store, the runs removed with
 * replaced data by kind (each followed by the front-end's hint, when given), and the records of other years
 * left out.
 *
 * @example
 * ```ts
 * const counts = { units: 28, annualFacts: 28, models: 3, securityTeams: 2, activities: 5, awards: 1, plans: 1, scoreSheets: 0, adminUnits: 4, typicalRegistrations: 0, awardProposals: 0, otherYearRecords: 0 };
 * importLines({ replaced: false, removedRunsByKind: { assessment: 0, classification: 0 }, counts }, 2024, "~/.antq")[0]; //=> "Đã nhập dữ liệu năm 2024 vào kho ~/.antq:"
 * const replaced = importLines({ replaced: true, removedRunsByKind: { assessment: 0, classification: 2 }, counts }, 2024, "~/.antq");
 * replaced[2]; //=> "  Đã xoá 2 lần phân loại đã lưu của năm 2024 (kết quả của dữ liệu cũ, không còn đúng với dữ liệu mới). Muốn đối chiếu sau này, hãy lưu lại kết quả phân loại năm 2024 vào kho."
 * ```
 */
export function importLines(
  result: Pick<CycleImportResult, "replaced" | "removedRunsByKind" | "counts">,
  year: number,
  where: string,
  hints: ImportLineHints = {},
): string[] {
  const c = result.counts;
  const removed = (Object.keys(RUN_KIND_NAMES) as RunKind[]).filter((k) => result.removedRunsByKind[k] > 0);
  const removedRuns = removed.map(
    (k) => `${formatNumber(result.removedRunsByKind[k])} lần ${RUN_KIND_NAMES[k]}`,
  );
  const removedKinds = removed.map((k) => RUN_KIND_NAMES[k]).join(" và ");
  return [
    `Đã ${result.replaced ? "thay thế" : "nhập"} dữ liệu năm ${year} vào kho ${where}:`,
    `  ${formatNumber(c.units)} đơn vị, ${formatNumber(c.annualFacts)} bản dữ kiện, ${formatNumber(c.models)} mô hình, ${formatNumber(c.securityTeams)} tổ bảo vệ ANTT, ${formatNumber(c.activities)} hoạt động, ${formatNumber(c.awards)} khen thưởng, ${formatNumber(c.plans)} kế hoạch, ${formatNumber(c.typicalRegistrations)} đăng ký điển hình, ${formatNumber(c.awardProposals)} đề nghị khen thưởng.`,
    ...(removed.length > 0
      ? [
          `  Đã xoá ${removedRuns.join(" và ")} đã lưu của năm ${year} (kết quả của dữ liệu cũ, không còn đúng với dữ liệu mới). Muốn đối chiếu sau này, hãy lưu lại kết quả ${removedKinds} năm ${year} vào kho.`,
          ...(hints.saveRun ? removed.map((k) => `  ${hints.saveRun?.(k, year)}`) : []),
        ]
      : []),
    ...(c.otherYearRecords > 0
      ? [
          `  Bỏ qua ${formatNumber(c.otherYearRecords)} bản dữ kiện, bảng chấm điểm, đăng ký điển hình, đề nghị khen thưởng của năm khác ${year}.`,
        ]
      : []),
  ];
}

/**
 * The number a migration id shows to an officer: "0010_admin_unit_import_log_scope" is "10"; anything else as
 * given.
 */
const schemaNumber = (version: string | number): string => {
  const leading = /^(\d+)(?:_|$)/.exec(String(version));
  return leading ? String(Number(leading[1])) : String(version);
};

/**
 * What a front-end adds to {@link storeSummaryLines}: how to import a year (the CLI: its command), said after
 * the line on an empty store.
 *
 * @example
 * ```ts
 * const hints: StoreSummaryHints = { importYear: "Chọn “Nhập một năm”." };
 * ```
 */
export interface StoreSummaryHints {
  readonly importYear?: string;
}

/**
 * The lines of `antq kho`: where the store is, on what engine and at which version of its tables, every year it
 * holds with its record counts, the assessment and classification runs saved and the import in force, and the
 * length of the import history.
 *
 * @example
 * ```ts
 * const summary: StoreSummary = {
 *   version: 1,
 *   years: [{ year: 2024, assessmentRuns: 1, classificationRuns: 0, import: { id: 1, year: 2024, importedAt: "2026-12-04T08:00:00.000Z", importedBy: "can-bo-01", fileName: "du-lieu-2024.xlsx", fileSha256: null, ruleSetHash: null, replaced: false, counts: { units: 28, annualFacts: 28 } } }],
 *   imports: [],
 * };
 * const lines = storeSummaryLines(summary, { where: "~/.antq", engine: "pglite", schemaVersion: "0010_admin_unit_import_log_scope" });
 * lines[0]; //=> "Kho dữ liệu: ~/.antq (lưu trên máy, lược đồ 10)"
 * lines[2]; //=> "  • Năm 2024: 28 đơn vị, 28 bản dữ kiện, 0 mô hình, 0 tổ bảo vệ ANTT, 0 hoạt động, 0 khen thưởng; 1 lần đánh giá, 0 lần phân loại. Nhập lúc 2026-12-04 08:00:00 UTC bởi can-bo-01 từ tệp du-lieu-2024.xlsx."
 * ```
 */
export function storeSummaryLines(
  summary: StoreSummary,
  store: { readonly where: string; readonly engine: string; readonly schemaVersion: string | number },
  hints: StoreSummaryHints = {},
): string[] {
  const time = (iso: string) => iso.replace("T", " ").replace(/\.\d+Z$/, " UTC");
  const lines = [
    `Kho dữ liệu: ${store.where} (${store.engine === "pglite" ? "lưu trên máy" : "máy chủ PostgreSQL"}, lược đồ ${schemaNumber(store.schemaVersion)})`,
  ];
  if (summary.years.length === 0) {
    lines.push("Kho chưa có dữ liệu năm nào: hãy nhập dữ liệu của một năm vào kho.");
    if (hints.importYear) lines.push(hints.importYear);
  } else {
    lines.push(`Có dữ liệu ${formatNumber(summary.years.length)} năm:`);
    for (const y of summary.years) {
      const c = y.import.counts;
      lines.push(
        `  • Năm ${y.year}: ${formatNumber(c.units ?? 0)} đơn vị, ${formatNumber(c.annualFacts ?? 0)} bản dữ kiện, ${formatNumber(c.models ?? 0)} mô hình, ${formatNumber(c.securityTeams ?? 0)} tổ bảo vệ ANTT, ${formatNumber(c.activities ?? 0)} hoạt động, ${formatNumber(c.awards ?? 0)} khen thưởng; ${formatNumber(y.assessmentRuns)} lần đánh giá, ${formatNumber(y.classificationRuns)} lần phân loại. Nhập lúc ${time(y.import.importedAt)} bởi ${y.import.importedBy}${y.import.fileName ? ` từ tệp ${y.import.fileName}` : ""}${y.import.replaced ? " (thay thế lần nhập trước)" : ""}.`,
      );
    }
  }
  lines.push(`Lịch sử: ${formatNumber(summary.imports.length)} lần nhập.`);
  return lines;
}
