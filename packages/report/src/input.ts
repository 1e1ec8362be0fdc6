import { type DomainIssue, parseDataset } from "@antq/domain";
import type { Result } from "@antq/format-vi";
import {
  type InformationYear,
  type ReviewIndicators,
  type ReviewRecords,
  type UnitOutcome,
  type ViolationCount,
  violationsOfFacts,
} from "./compute.js";
import {
  CLASSIFICATION_LEVELS,
  INFORMATION_FIELDS,
  type NewRuralFigures,
  VIOLATION_FIELDS,
} from "./figures.js";
import type { ReportIssue } from "./issue.js";
import type { ReportMeta } from "./report.js";

/**
 * The officer-supplied part of {@link ReportMeta} in a review input file (kind and topic come from the caller).
 *
 * @example
 * const m: ReviewInputMeta = { parentAgency: "UBND tỉnh Bình An", agency: "Ban Chỉ đạo 138", number: "125/BC-BCĐ", place: "Bình An", date: "2019-08-20", recipients: [], signer: { title: "Trưởng ban", name: "Nguyễn Văn Bình" } };
 */
export type ReviewInputMeta = Omit<ReportMeta, "kind" | "topic">;

/**
 * A parsed review input file (schema version 1): the report's meta, the records of an `@antq/domain` dataset and
 * the per-unit outcomes of each year.
 *
 * @example
 * const units = (i: ReviewInput) => i.records.units.length;
 */
export interface ReviewInput {
  readonly meta: ReviewInputMeta;
  readonly records: ReviewRecords;
}

/**
 * The meta of a report whose issuing body, number and signer are not given: dotted blanks the officer fills
 * in (the date is the caller's).
 *
 * @example
 * BLANK_REVIEW_META.number; //=> "……/BC-……"
 */
export const BLANK_REVIEW_META: Omit<ReviewInputMeta, "date"> = {
  parentAgency: "……………………",
  agency: "……………………",
  number: "……/BC-……",
  place: "……………",
  recipients: ["……………………"],
  signer: { title: "……………………", name: "……………………" },
};

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);
const isText = (v: unknown): v is string => typeof v === "string" && v.trim() !== "";

/**
 * Parses a review input (`{ schemaVersion: 1, meta, dataset, outcomes }`, English keys): the dataset with
 * `@antq/domain` (its issues keep their Vietnamese messages and paths, under `dataset`), each outcome and the
 * meta fields by hand. Every problem is reported with its path; nothing is guessed.
 *
 * @example
 * parseReviewInput({ schemaVersion: 2 }).ok; //=> false
 */
export function parseReviewInput(input: unknown): Result<ReviewInput, ReportIssue | DomainIssue> {
  const issues: (ReportIssue | DomainIssue)[] = [];
  const bad = (path: (string | number)[], message: string) =>
    issues.push({ code: "INVALID_META", message, path });
  if (!isObject(input) || input.schemaVersion !== 1) {
    return {
      ok: false,
      issues: [
        {
          code: "INVALID_META",
          message: "Tệp đầu vào báo cáo phải là một đối tượng JSON có “schemaVersion”: 1.",
          path: ["schemaVersion"],
        },
      ],
    };
  }
  const meta = input.meta;
  checkMeta(meta, bad);
  const dataset = parseDataset(input.dataset);
  if (!dataset.ok) {
    for (const issue of dataset.issues) issues.push({ ...issue, path: ["dataset", ...issue.path] });
  }
  const outcomes: UnitOutcome[] = [];
  if (!Array.isArray(input.outcomes))
    bad(["outcomes"], "Thiếu danh sách kết quả đánh giá từng năm (“outcomes”).");
  else {
    for (const [i, o] of (input.outcomes as unknown[]).entries()) {
      const at = `Kết quả đánh giá thứ ${i + 1}`;
      if (!isObject(o) || !isText(o.unitId)) {
        bad(["outcomes", i, "unitId"], `${at}: thiếu mã đơn vị (“unitId”).`);
        continue;
      }
      if (typeof o.year !== "number" || !Number.isInteger(o.year)) {
        bad(["outcomes", i, "year"], `${at} (đơn vị “${o.unitId}”): “year” phải là số năm.`);
        continue;
      }
      if (typeof o.safe !== "boolean") {
        bad(
          ["outcomes", i, "safe"],
          `${at} (đơn vị “${o.unitId}”): “safe” phải là true (đạt) hoặc false (không đạt).`,
        );
        continue;
      }
      if (o.level !== undefined && !(CLASSIFICATION_LEVELS as readonly unknown[]).includes(o.level)) {
        bad(
          ["outcomes", i, "level"],
          `${at} (đơn vị “${o.unitId}”): mức phân loại “${String(o.level)}” không hợp lệ (${CLASSIFICATION_LEVELS.join(", ")}).`,
        );
        continue;
      }
      outcomes.push({
        unitId: o.unitId,
        year: o.year,
        safe: o.safe,
        ...(o.level === undefined ? {} : { level: o.level as UnitOutcome["level"] & string }),
      });
    }
  }
  const indicators = parseIndicators(input.indicators, bad);
  if (issues.length > 0 || !dataset.ok) return { ok: false, issues };
  const d = dataset.value;
  return {
    ok: true,
    value: {
      meta: meta as unknown as ReviewInputMeta,
      records: {
        units: d.units,
        outcomes,
        models: d.models ?? [],
        securityTeams: d.securityTeams ?? [],
        activities: d.activities ?? [],
        awards: d.awards ?? [],
        adminUnits: d.adminUnits ?? [],
        violations: [...violationsOfFacts(d.annualFacts ?? []), ...indicators.violations],
        indicators: indicators.indicators,
      },
    },
  };
}

type Bad = (path: (string | number)[], message: string) => void;

/** Checks the officer-supplied meta of a review input. */
function checkMeta(meta: unknown, bad: Bad): void {
  if (!isObject(meta)) {
    bad(["meta"], "Thiếu thông tin văn bản (“meta”): cơ quan ban hành, số, nơi và ngày ban hành, người ký.");
    return;
  }
  for (const key of ["parentAgency", "agency", "number", "place"] as const) {
    if (!isText(meta[key])) bad(["meta", key], `Thiếu hoặc sai “meta.${key}” (chuỗi không rỗng).`);
  }
  if (typeof meta.date !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(meta.date)) {
    bad(["meta", "date"], "“meta.date” phải là ngày dạng YYYY-MM-DD.");
  }
  if (!Array.isArray(meta.recipients) || !meta.recipients.every(isText)) {
    bad(["meta", "recipients"], "“meta.recipients” phải là danh sách nơi nhận (chuỗi).");
  }
  const signer = meta.signer;
  if (!isObject(signer) || !isText(signer.title) || !isText(signer.name)) {
    bad(["meta", "signer"], "“meta.signer” phải có chức danh (“title”) và họ tên (“name”) người ký.");
  }
}

/**
 * What a report from the store takes from a file besides the store's records (`{ schemaVersion: 1, meta?,
 * indicators? }`): the report's meta (absent: left for the officer to fill in) and the indicators that are not
 * records (§6.2 families 6, 10, and 13 as province totals). Every problem is reported with its path.
 *
 * @example
 * parseReviewSupplement({ schemaVersion: 1 }).ok; //=> true
 * parseReviewSupplement({ schemaVersion: 1, indicators: { information: [{ year: 2019 }] } }).ok; //=> false
 */
export function parseReviewSupplement(input: unknown): Result<ReviewSupplement, ReportIssue> {
  const issues: ReportIssue[] = [];
  const bad: Bad = (path, message) => issues.push({ code: "INVALID_META", message, path });
  if (!isObject(input) || input.schemaVersion !== 1)
    bad(["schemaVersion"], "Tệp thông tin báo cáo phải là một đối tượng JSON có “schemaVersion”: 1.");
  else {
    if (input.meta !== undefined) checkMeta(input.meta, bad);
    const parsed = parseIndicators(input.indicators, bad);
    if (issues.length === 0)
      return {
        ok: true,
        value: {
          ...(input.meta === undefined ? {} : { meta: input.meta as unknown as ReviewInputMeta }),
          indicators: parsed.indicators,
          violations: parsed.violations,
        },
      };
  }
  return { ok: false, issues };
}

/**
 * A parsed supplement file (see {@link parseReviewSupplement}).
 *
 * @example
 * const years = (s: ReviewSupplement) => s.violations.map((v) => v.year);
 */
export interface ReviewSupplement {
  readonly meta?: ReviewInputMeta;
  readonly indicators: ReviewIndicators;
  /** Province totals of crimes and violations per year. */
  readonly violations: readonly ViolationCount[];
}

const isCount = (v: unknown): v is number => typeof v === "number" && Number.isInteger(v) && v >= 0;

/**
 * The optional `indicators` of a review input: `information` (§6.2 family 6), `newRural` (family 10) and the
 * province's yearly `violations` totals (family 13, when the units' annual facts do not carry them), one
 * entry per year, every field a non-negative whole number.
 */
function parseIndicators(
  raw: unknown,
  bad: Bad,
): { indicators: ReviewIndicators; violations: ViolationCount[] } {
  if (raw === undefined) return { indicators: {}, violations: [] };
  if (!isObject(raw)) {
    bad(["indicators"], "“indicators” phải là một đối tượng (information, newRural, violations).");
    return { indicators: {}, violations: [] };
  }
  const list = <T>(
    key: string,
    label: string,
    fields: readonly string[],
    check?: (e: T) => string | undefined,
  ) => {
    const value = raw[key];
    if (value === undefined) return [];
    if (!Array.isArray(value)) {
      bad(["indicators", key], `“indicators.${key}” phải là danh sách theo năm.`);
      return [];
    }
    const out: T[] = [];
    value.forEach((e: unknown, i: number) => {
      const at = `${label}, mục thứ ${i + 1}`;
      if (!isObject(e) || typeof e.year !== "number" || !Number.isInteger(e.year)) {
        bad(["indicators", key, i, "year"], `${at}: thiếu năm (“year”).`);
        return;
      }
      const wrong = fields.find((f) => !isCount(e[f]));
      if (wrong !== undefined) {
        bad(["indicators", key, i, wrong], `${at} (năm ${e.year}): “${wrong}” phải là số nguyên không âm.`);
        return;
      }
      const problem = check?.(e as T);
      if (problem !== undefined) {
        bad(["indicators", key, i], `${at} (năm ${e.year}): ${problem}`);
        return;
      }
      out.push(Object.fromEntries([["year", e.year], ...fields.map((f) => [f, e[f]])]) as T);
    });
    return out;
  };
  const information = list<InformationYear>(
    "information",
    "Kết quả từ nguồn tin của Nhân dân",
    INFORMATION_FIELDS,
  );
  const newRural = list<NewRuralFigures>(
    "newRural",
    "Xây dựng nông thôn mới",
    ["criterion192Communes", "communes", "keyPointCommunesRemoved"],
    (e) =>
      e.criterion192Communes > e.communes
        ? `số xã đạt tiêu chí 19.2 (${e.criterion192Communes}) lớn hơn số xã được đánh giá (${e.communes}).`
        : undefined,
  );
  const violations = list<ViolationCount>("violations", "Tội phạm, tệ nạn xã hội", VIOLATION_FIELDS);
  return {
    indicators: {
      ...(information.length > 0 ? { information } : {}),
      ...(newRural.length > 0 ? { newRural } : {}),
    },
    violations,
  };
}
