/**
 * The web app's session over the packages: read the officer's file into @antq/sheets' DatasetBuilder, assess with
 * @antq/rules-antt (commune roll-up), count with @antq/sheets' Summary, explain one unit and try its
 * interpretation options. Pure and synchronous apart from reading; runs in the Web Worker (./worker.ts) and in
 * Node tests alike. No business rule lives here: every outcome, count and text comes from a package.
 */
import {
  type AdminUnit,
  ASSESSED_UNIT_KIND_LABELS_VI,
  inferAssessmentYear,
  parseDataset,
} from "@antq/domain";
import { formatDate, toSearchKey } from "@antq/format-vi";
import {
  type CompiledRuleSet,
  compile,
  composeRuleSet,
  type EvaluationResult,
  factEntries,
  OUTCOME_LABELS,
  type Outcome,
  type Overlay,
  type Readings,
  readingsProblem,
  ruleSetMetadata,
} from "@antq/rules";
import {
  communeKeyOf,
  coveringCommuneOf,
  createCommuneRollup,
  findUndecidedWithCommunes,
  type SecurityOrderInput,
  securityOrderRuleSet,
} from "@antq/rules-antt";
import {
  csvRowSource,
  type Dataset,
  DatasetBuilder,
  emptyTally,
  type InputIssue,
  openCsv,
  ProvinceAssessment,
  pairInputs,
  ratioText,
  readJsonText,
  readRowsInto,
  ruleLabels,
  ruleSetLines,
  Summary,
  summaryJson,
  type Tally,
} from "@antq/sheets";
import { DEFAULT_XLSX_LIMITS, fileSizeProblem, readXlsxInto, XlsxFileError } from "@antq/sheets/xlsx";

import type { RecordedPreviousYear, YearToSave } from "./history.js";
import { LeanResults } from "./lean-results.js";
import { problemSheets, type SheetView } from "./sheet-view.js";

/** A problem of the file as a whole (cannot be read): a Vietnamese message for the officer. */
export class FileProblem extends Error {
  override readonly name = "FileProblem";
}

/** What reading a file gave: the validation issues and what was found. */
export interface LoadReport {
  readonly file: string;
  readonly units: number;
  readonly facts: number;
  /** Administrative units given with the data (a JSON dataset's `adminUnits`, the 2025 lineage). */
  readonly adminUnits: number;
  readonly errors: number;
  readonly warnings: number;
  /** Issues with their place (sheet, row, column), the first 500. */
  readonly issues: readonly InputIssue[];
  /** The years of the facts rows, ascending. */
  readonly years: readonly number[];
  /** A workbook's problem rows on a view of their sheet, the problem cells marked (./sheet-view.ts). */
  readonly sheets: readonly SheetView[];
  /** The year to assess when the data has one year only. */
  readonly year: number | undefined;
}

/** One row of the units table. */
export interface UnitRow {
  readonly index: number;
  readonly id: string;
  readonly name: string;
  readonly kind: string;
  readonly kindLabel: string;
  readonly communeId: string;
  readonly outcome: Outcome;
  readonly outcomeLabel: string;
  readonly noFacts: boolean;
  /** Name, id and commune as an accent-insensitive search key (format-vi `toSearchKey`). */
  readonly search: string;
}

/** A count line: a kind or a commune, with its "X/Y đạt (Z%)" text from @antq/sheets. */
export interface CountLine {
  readonly id: string;
  readonly title: string;
  readonly ratio: string;
  readonly dat: number;
  readonly chuaDat: number;
  readonly canXemXet: number;
  readonly khongApDung: number;
  readonly total: number;
  /** A commune's own outcome. */
  readonly outcomeLabel?: string;
  /** A commune: the units under its competence (TT 124 Điều 5 khoản 4). */
  readonly coveredRatio?: string;
}

/** An interpretation option of the rule set in force, with the current reading. */
export interface OptionView {
  readonly id: string;
  readonly label: string;
  readonly description: string | undefined;
  readonly citation: string;
  readonly current: string | null;
  readonly choices: readonly { readonly id: string; readonly label: string }[];
}

/** The result of one assessment run, with its units table (as the page holds it). */
export interface AssessReport {
  readonly year: number;
  readonly title: string;
  readonly info: readonly string[];
  readonly total: CountLine;
  readonly byKind: readonly CountLine[];
  readonly byCommune: readonly CountLine[];
  readonly units: readonly UnitRow[];
  readonly options: readonly OptionView[];
  readonly readings: Readings;
  /** "cần xem xét" results that a choice of the undecided options decides. */
  readonly undecided: number;
  /** The `summary` of the `antq.assessment/1` document, as `antq danh-gia --json` writes it. */
  readonly summaryJson: unknown;
}

/**
 * An assessment as the worker answers it: the counts and the number of units; the units table is fetched in
 * chunks ({@link Session.unitRows}), built from the kept outcomes, so that the worker never holds it.
 */
export type AssessSummary = Omit<AssessReport, "units"> & { readonly unitCount: number };

/** One criterion of an explained result. */
export interface CriterionView {
  readonly id: string;
  readonly label: string;
  readonly outcome: Outcome;
  readonly outcomeLabel: string;
  readonly reason: string;
  readonly citation: string | undefined;
  readonly facts: readonly { readonly label: string; readonly value: string }[];
  readonly readings: readonly { readonly label: string; readonly choice: string }[];
  readonly version: string | undefined;
}

/** What choosing another reading would do to one unit. */
export interface WhatIf {
  readonly optionId: string;
  readonly label: string;
  readonly current: string | null;
  readonly choices: readonly {
    readonly id: string;
    readonly label: string;
    readonly outcome: Outcome;
    readonly outcomeLabel: string;
  }[];
  /** True when some choice gives another outcome than the current one. */
  readonly changes: boolean;
}

/** A unit's full explanation. */
export interface ExplanationView {
  readonly unit: UnitRow;
  readonly summary: string;
  readonly criteria: readonly CriterionView[];
  readonly whatIf: readonly WhatIf[];
  readonly provenance: string;
}

const MAX_ISSUES = 500;
/** Progress is reported every so many units. */
const PROGRESS_EVERY = 2000;

/**
 * The administrative units of a JSON dataset (`adminUnits`: the communes of the 2025 reorganisation with their
 * lineage), checked by @antq/domain's `parseDataset` as `antq nhap` checks them (their shape, ids repeated or
 * shipped, references); the problems located at their field. @antq/sheets' reader takes the units and facts.
 */
const jsonAdminUnits = (text: string, file: string): { units: AdminUnit[]; issues: InputIssue[] } => {
  if (!text.includes('"adminUnits"')) return { units: [], issues: [] };
  const document = JSON.parse(text.replace(/^\uFEFF/, "")) as { adminUnits?: unknown };
  if (document.adminUnits === undefined) return { units: [], issues: [] };
  const parsed = parseDataset({ schemaVersion: 1, units: [], adminUnits: document.adminUnits });
  if (parsed.ok) return { units: [...(parsed.value.adminUnits ?? [])], issues: [] };
  return {
    units: [],
    issues: parsed.issues.map((i) => ({
      severity: "error",
      code: i.code,
      message: i.message,
      file,
      path: i.pathText,
    })),
  };
};

/** A file name's extension, lower case with its dot ("" when none). */
export const extension = (name: string) => {
  const dot = name.lastIndexOf(".");
  return dot < 0 ? "" : name.slice(dot).toLowerCase();
};

/**
 * A loaded dataset and the assessment over it. What the session keeps after an assessment is lean (a 100 000-unit
 * workbook in a browser tab): the dataset, the paired inputs and each unit's outcome and criteria outcomes in
 * bytes (./lean-results.ts). Result objects, explanations and the units table are not kept: table rows are built
 * per chunk, and the unit an officer opens is evaluated again with explanations.
 */
export class Session {
  private dataset: Dataset | undefined;
  /** The administrative units the file gave (a JSON dataset's `adminUnits`), kept with the year in the record. */
  private adminUnits: AdminUnit[] = [];
  private inputs: SecurityOrderInput[] = [];
  private compiled: CompiledRuleSet<SecurityOrderInput> | undefined;
  private last:
    | {
        summary: Summary;
        noFacts: ReadonlySet<string>;
        readings: Readings;
        results: LeanResults;
        file: string;
        options: Readonly<Record<string, unknown>>;
      }
    | undefined;
  private file = "";
  /** The rule sets of the what-if readings of the last assessment, compiled once (./engine.ts `explain`). */
  private variants = new Map<string, CompiledRuleSet<SecurityOrderInput>>();

  /** `overlays`: the province rule packages built into the site (./province.ts), as the CLI's `--tinh`. */
  constructor(private readonly overlays: readonly Overlay<SecurityOrderInput>[] = []) {}

  /**
   * Reads a file (.xlsx, .csv, .json) given as bytes. Throws {@link FileProblem} (Vietnamese) when it cannot be
   * read at all; validation problems of rows are in the report.
   */
  async load(
    name: string,
    bytes: Uint8Array,
    onProgress: (rows: number) => void = () => {},
  ): Promise<LoadReport> {
    // The page drops the previous data and results when a file is opened: so does the worker, before reading,
    // so that two datasets never sit in memory together.
    this.dataset = undefined;
    this.adminUnits = [];
    this.inputs = [];
    this.compiled = undefined;
    this.last = undefined;
    this.variants = new Map();
    const builder = new DatasetBuilder();
    let read = 0;
    const onRows = (n: number) => {
      read += n;
      onProgress(read);
    };
    const kind = extension(name);
    let admin: { units: AdminUnit[]; issues: InputIssue[] } = { units: [], issues: [] };
    try {
      if (kind === ".xlsx") {
        const problem = fileSizeProblem(bytes.byteLength, DEFAULT_XLSX_LIMITS);
        if (problem) throw new FileProblem(problem);
        await readXlsxInto(builder, bytes, { file: name, onRows });
      } else if (kind === ".csv" || kind === ".txt") {
        await readRowsInto(builder, csvRowSource(name, await openCsv(bytes)), { onRows });
      } else if (kind === ".json") {
        const text = new TextDecoder("utf-8").decode(bytes);
        readJsonText(builder, text, name);
        admin = jsonAdminUnits(text, name);
      } else {
        throw new FileProblem(
          `Tệp "${name}": định dạng "${kind || "(không có phần mở rộng)"}" chưa được hỗ trợ; dùng .xlsx, .csv hoặc .json (tệp .xls cũ hãy lưu lại thành .xlsx).`,
        );
      }
    } catch (error) {
      if (error instanceof FileProblem) throw error;
      if (error instanceof XlsxFileError || (error instanceof Error && error.name === "CsvSyntaxError"))
        throw new FileProblem(`Tệp "${name}": ${error.message}`);
      throw error;
    }
    const dataset = builder.finish();
    if (dataset.units.length === 0) {
      throw new FileProblem(
        `Không có đơn vị nào để đánh giá trong "${name}": tệp trống, là mẫu chưa điền, hoặc không phải dữ liệu của antq.`,
      );
    }
    this.dataset = dataset;
    this.adminUnits = admin.units;
    this.file = name;
    const years = [...new Set(dataset.facts.map((f) => f.facts.year))].sort((a, b) => a - b);
    const inferred = inferAssessmentYear(years);
    const issues = admin.issues.length > 0 ? [...admin.issues, ...dataset.issues] : dataset.issues;
    const errors = issues.filter((i) => i.severity === "error").length;
    return {
      file: name,
      units: dataset.units.length,
      facts: dataset.facts.length,
      adminUnits: admin.units.length,
      errors,
      warnings: issues.length - errors,
      issues: issues.slice(0, MAX_ISSUES),
      years,
      sheets: kind === ".xlsx" ? await problemSheets(bytes, dataset.issues.slice(0, MAX_ISSUES)) : [],
      year: inferred.kind === "single" ? inferred.year : undefined,
    };
  }

  /**
   * Assesses the loaded data for a year under the given readings (what-if: call again with other readings).
   * With `previousYear` (the browser's record holds the year before), last year's counts come from the record.
   */
  assess(
    year: number,
    readings: Readings = {},
    onProgress: (done: number, total: number) => void = () => {},
    previousYear?: RecordedPreviousYear,
  ): AssessSummary {
    const dataset = this.dataset;
    if (!dataset) throw new FileProblem("Chưa có dữ liệu: hãy mở tệp dữ liệu trước.");
    const composed = composeRuleSet(securityOrderRuleSet, this.overlays);
    const problem = readingsProblem(
      readings,
      composed.ok ? composed.value.interpretations : securityOrderRuleSet.interpretations,
    );
    if (problem) throw new FileProblem(problem.message);
    const compiled = compile(securityOrderRuleSet, { year, readings, overlays: this.overlays });
    const recorded = previousYear?.apply(dataset.facts);
    const { inputs, noFacts } = pairInputs(dataset.units, recorded?.records ?? dataset.facts, year);
    const rollup = createCommuneRollup(compiled);
    const results = new Array<EvaluationResult>(inputs.length);
    const lean = new LeanResults(inputs.length);
    // Each result is kept in bytes (./lean-results.ts) as it comes. The objects kept until the counts and
    // findUndecidedWithCommunes are done are the results that the latter decides again: those "cần xem xét" (their criteria tell which
    // options they read) and the communes' (their roll-up); of any other result it reads only the outcome and
    // the kind (and the counts only the outcome), so one result of each kind and outcome stands for all of them,
    // and the 100 000 result objects of a large province never sit in memory together.
    const standsFor = new Map<string, EvaluationResult>();
    const keep = (i: number, input: SecurityOrderInput, result: EvaluationResult) => {
      lean.set(i, result);
      if (result.outcome === "can_xem_xet" || input.unit.kind === "commune") {
        results[i] = result;
        return;
      }
      const key = `${result.kind}\u0000${result.outcome}`;
      let shared = standsFor.get(key);
      if (shared === undefined) {
        shared = result;
        standsFor.set(key, result);
      }
      results[i] = shared;
    };
    inputs.forEach((input, i) => {
      if (input.unit.kind !== "commune") keep(i, input, rollup.addUnit(input));
      if (i % PROGRESS_EVERY === PROGRESS_EVERY - 1) onProgress(i + 1, inputs.length);
    });
    inputs.forEach((input, i) => {
      if (input.unit.kind === "commune") keep(i, input, rollup.evaluateCommune(input));
    });
    onProgress(inputs.length, inputs.length);
    // A generator, so that the pairs are not held as one more array of 100 000 objects.
    const summary = Summary.of(
      (function* () {
        for (let i = 0; i < inputs.length; i++)
          yield { unit: (inputs[i] as SecurityOrderInput).unit, result: results[i] as EvaluationResult };
      })(),
    );
    const undecided = findUndecidedWithCommunes(compiled, inputs, results);
    this.compiled = compiled;
    this.inputs = inputs;
    this.variants = new Map();
    // Only the outcomes' bytes outlive this call.
    this.last = {
      summary,
      noFacts,
      readings,
      results: lean,
      file: this.file,
      options: previousYear?.options(readings) ?? { readings },
    };
    const line = (id: string, title: string, t: Tally): CountLine => ({
      id,
      title,
      ratio: ratioText(t),
      dat: t.dat,
      chuaDat: t.chua_dat,
      canXemXet: t.can_xem_xet,
      khongApDung: t.khong_ap_dung,
      total: t.total,
    });
    return {
      year,
      title: `Kết quả đánh giá tiêu chuẩn "An toàn về an ninh, trật tự" năm ${year}`,
      info: [
        ...ruleSetLines(compiled, readings),
        ...(recorded && previousYear ? previousYear.lines(recorded.notes) : []),
      ],
      total: line("all", "Tổng cộng", summary.all),
      byKind: summary
        .kinds()
        .map((k) => line(k, ASSESSED_UNIT_KIND_LABELS_VI[k], summary.byKind.get(k) ?? emptyTally())),
      byCommune: [...summary.byCommune.values()].map((c) => ({
        ...line(c.key, c.name ?? c.key, c.all),
        ...(c.outcome ? { outcomeLabel: OUTCOME_LABELS[c.outcome] } : {}),
        coveredRatio: ratioText(c.covered),
      })),
      unitCount: inputs.length,
      options: this.options(),
      readings,
      undecided: undecided.results,
      summaryJson: summaryJson(summary),
    };
  }

  /**
   * The result workbook of the last assessment, as `antq danh-gia` writes it (@antq/sheets/xlsx, the same
   * sheets, layout and print setup), built in memory. Loads exceljs on first use.
   */
  async resultWorkbook(): Promise<{ name: string; bytes: Uint8Array }> {
    const compiled = this.compiled;
    const last = this.last;
    if (!compiled || !last) throw new FileProblem("Chưa đánh giá: hãy đánh giá trước khi tải tệp kết quả.");
    const { assessmentWorkbookBytes } = await import("./result-workbook.js");
    const year = compiled.year as number;
    const bytes = await assessmentWorkbookBytes({
      year,
      info: ruleSetLines(compiled, last.readings),
      summary: last.summary,
      assessment: new ProvinceAssessment(compiled, this.inputs, last.noFacts),
      labels: ruleLabels(compiled),
    });
    return { name: `ket-qua-danh-gia-${year}.xlsx`, bytes };
  }

  /**
   * The last assessment as the browser's record keeps it (`antq nhap` and `antq danh-gia --luu-kho`): the
   * year's units and facts, each unit's outcome and criteria outcomes, the rule set's provenance.
   */
  yearToSave(): YearToSave {
    const compiled = this.compiled;
    const last = this.last;
    const dataset = this.dataset;
    if (!compiled || !last || !dataset)
      throw new FileProblem("Chưa đánh giá: hãy mở dữ liệu và đánh giá trước khi lưu vào kho.");
    return {
      year: compiled.year as number,
      fileName: last.file,
      dataset: {
        schemaVersion: 1,
        // The administrative units go with the year, as `antq nhap` stores a JSON dataset's: the report
        // follows communes merged in 2025 through their lineage (@antq/report).
        ...(this.adminUnits.length > 0 ? { adminUnits: this.adminUnits } : {}),
        units: dataset.units.map((u) => u.unit),
        annualFacts: dataset.facts.map((f) => f.facts),
      },
      ruleSetHash: compiled.hash,
      versions: Object.fromEntries(compiled.packages.map((p) => [p.name, p.version])),
      options: { asOf: compiled.asOf, ...last.options },
      results: this.inputs.map((input, i) => ({
        unitId: input.unit.id,
        overall: last.results.outcome(i),
        criteria: last.results.criteriaOf(i),
      })),
    };
  }

  /** Row `index` of the last assessment's units table, built from the kept outcome. */
  private row(index: number): UnitRow | undefined {
    const input = this.inputs[index];
    const last = this.last;
    if (!input || !last) return undefined;
    const { unit } = input;
    const outcome = last.results.outcome(index);
    const communeId = communeKeyOf(unit) ?? coveringCommuneOf(unit) ?? "";
    return {
      index,
      id: unit.id,
      name: unit.name,
      kind: unit.kind,
      kindLabel: ASSESSED_UNIT_KIND_LABELS_VI[unit.kind],
      communeId,
      outcome,
      outcomeLabel: OUTCOME_LABELS[outcome],
      noFacts: last.noFacts.has(unit.id),
      search: toSearchKey(`${unit.name} ${unit.id} ${communeId}`),
    };
  }

  /** Rows `from` to `to` (excluded) of the last assessment's units table, built for this call only. */
  unitRows(from: number, to: number): UnitRow[] {
    const rows: UnitRow[] = [];
    const end = Math.min(to, this.inputs.length);
    for (let i = Math.max(0, from); i < end; i++) rows.push(this.row(i) as UnitRow);
    return rows;
  }

  /** Each unit's outcome in the last assessment (none before one). */
  outcomesByUnit(): Map<string, Outcome> {
    const last = this.last;
    return new Map(last ? this.inputs.map((input, i) => [input.unit.id, last.results.outcome(i)]) : []);
  }

  /** The interpretation options of the rule set in force, with their reading. */
  options(): OptionView[] {
    const compiled = this.compiled;
    if (!compiled) return [];
    const meta = new Map(compiled.metadata.interpretations.map((i) => [i.id, i]));
    return compiled.ruleSet.interpretations.map((i) => ({
      id: i.id,
      label: i.label,
      description: i.description,
      citation: (meta.get(i.id) as { basis?: { citation?: string } } | undefined)?.basis?.citation ?? "",
      current: compiled.reading(i.id),
      choices: i.choices.map((c) => ({ id: c.id, label: c.label })),
    }));
  }

  /** The full explanation of the unit at `index` (of the last assessment), with what each option would do. */
  explain(index: number): ExplanationView {
    const compiled = this.compiled;
    const target = this.inputs[index];
    const row = this.row(index);
    if (!compiled || !target || !row)
      throw new FileProblem("Không tìm thấy đơn vị này trong lần đánh giá gần nhất.");
    const evaluate = (c: CompiledRuleSet<SecurityOrderInput>, explain: boolean) => {
      if (target.unit.kind !== "commune") return c.evaluate(target, { explain });
      const key = communeKeyOf(target.unit);
      const rollup = createCommuneRollup(c);
      for (const input of this.inputs) {
        if (input.unit.kind !== "commune" && key !== undefined && coveringCommuneOf(input.unit) === key)
          rollup.addUnit(input);
      }
      return rollup.evaluateCommune(target, { explain });
    };
    const result = evaluate(compiled, true);
    const criteria: CriterionView[] = result.criteria.map((c) => ({
      id: c.id,
      label: c.label ?? c.id,
      outcome: c.outcome,
      outcomeLabel: OUTCOME_LABELS[c.outcome],
      reason: c.reason ?? c.code,
      citation: c.citation,
      facts: factEntries(c).map((f) => ({ label: f.label, value: f.value })),
      readings: Object.entries(c.readingLabels ?? {}).map(([, l]) => ({
        label: l.label,
        choice: l.choice ?? "chưa quyết định",
      })),
      version: c.version
        ? `từ ${formatDate(c.version.from)}${c.version.to ? ` đến ${formatDate(c.version.to)}` : ""}`
        : undefined,
    }));
    // What-if: the unit assessed again under each choice of each option (the others as they are).
    const year = compiled.year as number;
    const current: Record<string, string | null> = {};
    for (const i of compiled.ruleSet.interpretations) current[i.id] = compiled.reading(i.id);
    const whatIf: WhatIf[] = compiled.ruleSet.interpretations.map((option) => {
      const choices = option.choices.map((choice) => {
        const readings = { ...current, [option.id]: choice.id };
        const key = JSON.stringify(readings);
        let other = this.variants.get(key);
        if (other === undefined) {
          other = compile(securityOrderRuleSet, { year, readings, overlays: this.overlays });
          this.variants.set(key, other);
        }
        const outcome = evaluate(other, false).outcome;
        return { id: choice.id, label: choice.label, outcome, outcomeLabel: OUTCOME_LABELS[outcome] };
      });
      return {
        optionId: option.id,
        label: option.label,
        current: current[option.id] ?? null,
        choices,
        changes: choices.some((c) => c.outcome !== result.outcome),
      };
    });
    return {
      unit: row,
      summary: result.summary ?? "",
      criteria,
      whatIf,
      provenance: `Bộ quy tắc ${result.ruleSet}, ngày áp dụng ${result.asOf}, mã băm ${result.hash}; gói: ${result.packages.map((p) => `${p.name}@${p.version}`).join(", ")}.`,
    };
  }
}

/**
 * The rule set's metadata for "Tra cứu quy định" (every criterion, its bases, versions, parameters, options),
 * with the province's overlays (./province.ts) composed in, as they apply.
 */
export const rulesCatalogue = (year: number, overlays: readonly Overlay<SecurityOrderInput>[] = []) => {
  const compiled = compile(securityOrderRuleSet, { year, overlays });
  return {
    year,
    asOf: compiled.asOf,
    hash: compiled.hash,
    all: ruleSetMetadata(compiled.ruleSet),
    inForce: compiled.metadata,
  };
};
