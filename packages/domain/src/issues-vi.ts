import type { Issue } from "@antq/format-vi";
import type * as z from "zod";
import { ID_PATTERN } from "./internal/id.js";
import { discriminatorValuesAt, isDateSchema, schemaAt, titleOf } from "./internal/schema-walk.js";

/**
 * Stable machine codes of {@link DomainIssue}s (SCREAMING_SNAKE_CASE). Codes are never renamed; new codes
 * may be added in minor versions.
 *
 * @example
 * ```ts
 * const code: DomainIssueCode = "INVALID_DATE";
 * ```
 */
export type DomainIssueCode =
  | "REQUIRED"
  | "INVALID_TYPE"
  | "NOT_INTEGER"
  | "INVALID_VALUE"
  | "INVALID_KIND"
  | "INVALID_DATE"
  | "INVALID_ID"
  | "INVALID_FORMAT"
  | "EMPTY_TEXT"
  | "TEXT_TOO_LONG"
  | "TOO_SMALL"
  | "TOO_BIG"
  | "TOO_FEW_ITEMS"
  | "TOO_MANY_ITEMS"
  | "UNKNOWN_FIELD"
  | "INVALID_KEY"
  | "INVALID_UNION"
  | "INVALID_DOCUMENT_NUMBER"
  | "REGISTERED_EXCEEDS_RESIDENT"
  | "PART_EXCEEDS_TOTAL"
  | "DATE_RANGE_REVERSED"
  | "SCORE_EXCEEDS_MAX"
  | "DUPLICATE_ID"
  | "UNKNOWN_REFERENCE"
  | "INVALID_LINEAGE"
  | "CSV_SYNTAX"
  | "CSV_HEADER"
  | "INVALID";

/**
 * One problem found in input data: a stable `code`, the `path` to the field as an array and as text
 * (`annualFacts[3].crimes[0].date`), and a Vietnamese `message` (NFC, with diacritics) naming the field.
 * CSV imports also carry the 1-based `line` and `column`; data-set checks may add a `relatedPath`.
 *
 * @example
 * ```ts
 * const issue: DomainIssue = {
 *   code: "INVALID_DATE", path: ["crimes", 0, "date"], pathText: "crimes[0].date",
 *   message: "Ngày xảy ra (crimes[0].date): \"2025-02-30\" không phải ngày hợp lệ theo dạng YYYY-MM-DD.",
 * };
 * ```
 */
export interface DomainIssue extends Issue<DomainIssueCode> {
  readonly pathText: string;
  readonly message: string;
  readonly line?: number;
  readonly column?: number;
  /** The other record involved, e.g. for `DUPLICATE_ID` the path of the first record with the same id. */
  readonly relatedPath?: readonly (string | number)[];
}

const IDENT = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/**
 * Writes a path as text: object keys joined with dots, array indexes in brackets, other keys quoted.
 * The empty path is written `(gốc)` ("root").
 *
 * @example
 * ```ts
 * formatIssuePath(["annualFacts", 3, "crimes", 0, "date"]); // "annualFacts[3].crimes[0].date"
 * formatIssuePath(["extensions", "tiêu chí 1"]); // "extensions[\"tiêu chí 1\"]"
 * ```
 */
export function formatIssuePath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return "(gốc)";
  let out = "";
  for (const key of path) {
    if (typeof key === "number") out += `[${key}]`;
    else if (typeof key === "string" && IDENT.test(key)) out += out === "" ? key : `.${key}`;
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out;
}

/**
 * Vietnamese labels of field names used in several schemas (dates, ids, kinds) whose schema has no title of its
 * own; field-specific labels are the `title`s in the schemas' metadata (also in the JSON Schemas).
 *
 * @example
 * ```ts
 * FIELD_LABELS_VI.identifiedOn; // "Ngày phát hiện"
 * ```
 */
export const FIELD_LABELS_VI: Readonly<Record<string, string>> = {
  id: "Mã định danh",
  kind: "Loại",
  name: "Tên",
  date: "Ngày",
  from: "Từ ngày",
  to: "Đến ngày",
  note: "Ghi chú",
  description: "Mô tả",
  startDate: "Ngày bắt đầu",
  endDate: "Ngày kết thúc",
  identifiedOn: "Ngày phát hiện",
  reportedOn: "Ngày báo cáo",
  ratedOn: "Ngày xếp loại",
  attestedOn: "Ngày xác nhận",
  adoptedOn: "Ngày ban hành",
  activeFrom: "Hoạt động từ ngày",
  activeTo: "Hoạt động đến ngày",
  validFrom: "Hiệu lực từ ngày",
  validTo: "Hiệu lực đến ngày",
  asOf: "Số liệu tính đến ngày",
  joinedOn: "Ngày tham gia",
  leftOn: "Ngày thôi tham gia",
  establishedOn: "Ngày thành lập",
  dissolvedOn: "Ngày giải thể",
  birthDate: "Ngày sinh",
  createdOn: "Ngày lập bộ dữ liệu",
  submittedOn: "Ngày nộp",
  verifiedOn: "Ngày thẩm định",
  transferredOn: "Ngày điều chuyển",
  priorServiceStart: "Ngày bắt đầu tham gia lực lượng trước đây",
  decision: "Quyết định",
  document: "Văn bản",
  establishment: "Quyết định thành lập",
};

const TYPE_VI: Readonly<Record<string, string>> = {
  string: "chuỗi ký tự",
  number: "số",
  int: "số nguyên",
  boolean: "giá trị đúng/sai (true/false)",
  object: "đối tượng",
  array: "danh sách",
  undefined: "không có giá trị",
  null: "null",
  bigint: "số nguyên lớn",
  nan: "NaN",
  date: "Date",
};

function describeInput(input: unknown): string {
  if (input === undefined) return "không có giá trị";
  if (input === null) return "null";
  if (Array.isArray(input)) return "danh sách";
  if (typeof input === "string") return `"${input.length > 60 ? `${input.slice(0, 57)}…` : input}"`;
  if (typeof input === "number" || typeof input === "boolean") return String(input);
  return TYPE_VI[typeof input] ?? typeof input;
}

function quoteValues(values: readonly unknown[]): string {
  const shown = values.slice(0, 12).map((v) => JSON.stringify(v));
  return values.length > 12 ? `${shown.join(", ")}, …` : shown.join(", ");
}

/**
 * The Vietnamese label of the field at `path` in `schema`: the `title` given with `.meta()`, a common label
 * for keys like `id` and `date`, or "Giá trị".
 *
 * @example
 * ```ts
 * fieldLabelVi(AnnualFactsSchema, { crimes: [{}] }, ["crimes", 0, "forceMajeure"]); // "Do nguyên nhân bất khả kháng"
 * ```
 */
export function fieldLabelVi(schema: z.core.$ZodType, input: unknown, path: readonly PropertyKey[]): string {
  const { schema: at, lastField } = schemaAt(schema, input, path);
  const last = [...path].reverse().find((k) => typeof k === "string");
  const title = titleOf(at) ?? titleOf(lastField);
  const lastIndex =
    path.length > 0 && typeof path[path.length - 1] === "number" ? path[path.length - 1] : undefined;
  const base = title ?? (typeof last === "string" ? FIELD_LABELS_VI[last] : undefined) ?? "Giá trị";
  return lastIndex !== undefined && titleOf(at) === undefined
    ? `${base}, mục thứ ${Number(lastIndex) + 1}`
    : base;
}

interface RawIssue {
  readonly code: string;
  readonly path?: readonly PropertyKey[];
  readonly message?: string;
  readonly input?: unknown;
  readonly expected?: string;
  readonly values?: readonly unknown[];
  readonly format?: string;
  readonly pattern?: string;
  readonly origin?: string;
  readonly minimum?: number | bigint;
  readonly maximum?: number | bigint;
  readonly inclusive?: boolean;
  readonly keys?: readonly string[];
  readonly params?: Record<string, unknown>;
  readonly note?: string;
  readonly discriminator?: string;
  readonly errors?: readonly (readonly RawIssue[])[];
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let v = input;
  for (const k of path) {
    if (v === null || typeof v !== "object") return undefined;
    v = (v as Record<PropertyKey, unknown>)[k as string];
  }
  return v;
}

function translateOne(
  issue: RawIssue,
  schema: z.core.$ZodType,
  input: unknown,
  showPath = true,
): DomainIssue[] {
  const path = (issue.path ?? []).map((k) => (typeof k === "number" ? k : String(k)));
  const label = (p: readonly PropertyKey[] = path) => fieldLabelVi(schema, input, p);
  const given = "input" in issue ? issue.input : valueAt(input, path);
  const make = (code: DomainIssueCode, problem: string, p: (string | number)[] = path): DomainIssue => ({
    code,
    path: p,
    pathText: formatIssuePath(p),
    message: (showPath
      ? `${label(p)} (${formatIssuePath(p)}): ${problem}`
      : `${label(p)}: ${problem}`
    ).normalize("NFC"),
  });
  switch (issue.code) {
    case "invalid_type": {
      if (given === undefined) return [make("REQUIRED", "bắt buộc phải có nhưng đang thiếu.")];
      if (
        issue.expected === "string" &&
        isDateSchema(path.length === 0 ? schema : schemaAt(schema, input, path).schema)
      ) {
        return [
          make(
            "INVALID_DATE",
            `phải là ngày viết dạng YYYY-MM-DD (chuỗi ký tự), nhận được ${describeInput(given)}.`,
          ),
        ];
      }
      if (issue.expected === "int" && typeof given === "number") {
        return [make("NOT_INTEGER", `phải là số nguyên, nhận được ${describeInput(given)}.`)];
      }
      const expected = TYPE_VI[issue.expected ?? ""] ?? issue.expected ?? "giá trị khác";
      return [make("INVALID_TYPE", `phải là ${expected}, nhận được ${describeInput(given)}.`)];
    }
    case "invalid_value": {
      const values = issue.values ?? [];
      const isKind = path[path.length - 1] === "kind";
      if (values.length === 1) {
        return [
          make(
            isKind ? "INVALID_KIND" : "INVALID_VALUE",
            `phải là ${quoteValues(values)}, nhận được ${describeInput(given)}.`,
          ),
        ];
      }
      return [
        make(
          isKind ? "INVALID_KIND" : "INVALID_VALUE",
          `giá trị ${describeInput(given)} không hợp lệ; chỉ nhận một trong các giá trị: ${quoteValues(values)}.`,
        ),
      ];
    }
    case "invalid_format": {
      if (issue.format === "date") {
        return [make("INVALID_DATE", `${describeInput(given)} không phải ngày hợp lệ theo dạng YYYY-MM-DD.`)];
      }
      if (issue.format === "regex" && issue.pattern === String(ID_PATTERN)) {
        return [
          make(
            "INVALID_ID",
            `${describeInput(given)} không phải mã hợp lệ (chỉ gồm chữ không dấu, chữ số và các ký tự . _ : / -, bắt đầu bằng chữ hoặc số, tối đa 128 ký tự).`,
          ),
        ];
      }
      return [make("INVALID_FORMAT", `${describeInput(given)} không đúng định dạng.`)];
    }
    case "too_small": {
      const min = String(issue.minimum);
      if (issue.origin === "string") {
        return Number(issue.minimum) <= 1
          ? [make("EMPTY_TEXT", "không được để trống.")]
          : [make("TOO_SMALL", `phải có ít nhất ${min} ký tự.`)];
      }
      if (issue.origin === "array" || issue.origin === "set") {
        return [make("TOO_FEW_ITEMS", `phải có ít nhất ${min} mục.`)];
      }
      return [
        make(
          "TOO_SMALL",
          `phải ${issue.inclusive === false ? "lớn hơn" : "lớn hơn hoặc bằng"} ${min}, nhận được ${describeInput(given)}.`,
        ),
      ];
    }
    case "too_big": {
      const max = String(issue.maximum);
      if (issue.origin === "string") return [make("TEXT_TOO_LONG", `không được dài quá ${max} ký tự.`)];
      if (issue.origin === "array" || issue.origin === "set") {
        return [make("TOO_MANY_ITEMS", `không được có quá ${max} mục.`)];
      }
      return [
        make(
          "TOO_BIG",
          `phải ${issue.inclusive === false ? "nhỏ hơn" : "nhỏ hơn hoặc bằng"} ${max}, nhận được ${describeInput(given)}.`,
        ),
      ];
    }
    case "unrecognized_keys":
      return (issue.keys ?? []).map((key) => {
        const p = [...path, key];
        return {
          code: "UNKNOWN_FIELD" as const,
          path: p,
          pathText: formatIssuePath(p),
          message: (showPath
            ? `Trường không có trong mô hình dữ liệu (${formatIssuePath(p)}): "${key}" — kiểm tra lỗi chính tả tên trường.`
            : `Trường không có trong mô hình dữ liệu: "${key}" — kiểm tra lỗi chính tả tên trường.`
          ).normalize("NFC"),
        };
      });
    case "invalid_key":
    case "invalid_element":
      return [make("INVALID_KEY", "khóa hoặc phần tử không hợp lệ.")];
    case "invalid_union": {
      if (issue.discriminator !== undefined || issue.note === "No matching discriminator") {
        const disc = issue.discriminator ?? "kind";
        const p = path[path.length - 1] === disc ? path : [...path, disc];
        const allowed = discriminatorValuesAt(schema, input, p.slice(0, -1), disc);
        const list = allowed.length > 0 ? `; chỉ nhận một trong các giá trị: ${quoteValues(allowed)}` : "";
        return [make("INVALID_KIND", `loại ${describeInput(valueAt(input, p))} không hợp lệ${list}.`, p)];
      }
      return [make("INVALID_UNION", "không khớp với bất kỳ dạng dữ liệu nào được chấp nhận.")];
    }
    case "custom": {
      const domainCode = issue.params?.domainCode;
      const message = issue.params?.messageVi;
      if (typeof domainCode === "string") {
        return [
          make(
            domainCode as DomainIssueCode,
            typeof message === "string" ? message : customProblem(domainCode, issue.params ?? {}, given),
          ),
        ];
      }
      return [make("INVALID", "giá trị không hợp lệ.")];
    }
    default:
      return [make("INVALID", "giá trị không hợp lệ.")];
  }
}

function customProblem(code: string, params: Record<string, unknown>, given: unknown): string {
  switch (code) {
    case "REGISTERED_EXCEEDS_RESIDENT":
      return `số hộ đăng ký (${describeInput(given)}) lớn hơn số hộ đang cư trú (${String(params.total)}).`;
    case "PART_EXCEEDS_TOTAL":
      return `giá trị ${describeInput(given)} lớn hơn tổng số (${String(params.total)}).`;
    case "DATE_RANGE_REVERSED":
      return typeof given === "number"
        ? `năm kết thúc ${given} sớm hơn năm bắt đầu ${String(params.start)}.`
        : `ngày kết thúc ${describeInput(given)} sớm hơn ngày bắt đầu ${String(params.start)}.`;
    case "SCORE_EXCEEDS_MAX":
      return `điểm ${describeInput(given)} (đơn vị 0,1 điểm) vượt điểm tối đa ${String(params.max)}.`;
    case "INVALID_DOCUMENT_NUMBER":
      return `${describeInput(given)} không phải số, ký hiệu văn bản hợp lệ${typeof params.detail === "string" ? ` (${params.detail})` : ""}.`;
    default:
      return "giá trị không hợp lệ.";
  }
}

/**
 * Translates zod issues into {@link DomainIssue}s with Vietnamese messages. `schema` and `input` are used to
 * find each field's Vietnamese label (the `title` in the schema's metadata).
 *
 * @example
 * ```ts
 * const input = { unitId: "kdc-ap-long-hoa", year: 2024, households: { resident: 315, registered: 320 } };
 * const r = AnnualFactsSchema.safeParse(input);
 * r.success || translateZodIssues(r.error.issues, AnnualFactsSchema, input).map((i) => i.message);
 * //=> ["Số hộ gia đình đăng ký tham gia (households.registered): số hộ đăng ký (320) lớn hơn số hộ đang cư trú (315)."]
 * ```
 */
export function translateZodIssues(
  issues: readonly z.core.$ZodIssue[],
  schema: z.core.$ZodType,
  input: unknown,
): DomainIssue[] {
  return issues.flatMap((issue) => translateOne(issue as unknown as RawIssue, schema, input));
}

/**
 * A zod 4 error map that writes Vietnamese messages ("Số hộ gia đình đang cư trú: phải là số nguyên, …"),
 * using the field's `title` when the failing schema has one. The package never installs it globally; use it
 * per call (`schema.safeParse(x, { error: zodErrorMapVi })`) or for your whole app
 * (`z.config({ customError: zodErrorMapVi })`). The `parseX` functions do not need it: they translate issues
 * with paths and labels themselves.
 *
 * @example
 * ```ts
 * const r = HouseholdCountsSchema.safeParse({ resident: 1.5, registered: 1 }, { error: zodErrorMapVi });
 * r.error?.issues[0]?.message; // "Số hộ gia đình đang cư trú: phải là số nguyên, nhận được 1.5."
 * ```
 */
export const zodErrorMapVi: z.core.$ZodErrorMap = (issue) => {
  const raw = issue as unknown as RawIssue & { inst?: z.core.$ZodType };
  const inst = raw.inst !== undefined && "_zod" in raw.inst && "def" in raw.inst._zod ? raw.inst : undefined;
  const translated = translateOne(
    { ...raw, path: [] },
    inst ?? ({ _zod: { def: { type: "unknown" } } } as never),
    raw.input,
    false,
  );
  return translated[0]?.message;
};

/**
 * Builds a {@link DomainIssue} for checks done outside zod (cross-references, CSV rows …).
 *
 * @example
 * ```ts
 * domainIssue("DUPLICATE_ID", ["units", 4, "id"], "Mã định danh bị trùng: \"kdc-01\".");
 * ```
 */
export function domainIssue(
  code: DomainIssueCode,
  path: readonly (string | number)[],
  message: string,
  position?: { line: number; column: number },
): DomainIssue {
  const base = { code, path: [...path], pathText: formatIssuePath(path), message: message.normalize("NFC") };
  return position === undefined ? base : { ...base, line: position.line, column: position.column };
}
