/**
 * The spreadsheet layout of antq input: one sheet per unit kind, one sheet of annual facts and one sheet
 * per list of facts (crimes, accidents, disciplinary actions…). Template writer, reader and validator all
 * use these specs, and the specs are derived from the @antq/domain schemas.
 */
import {
  AgencySchema,
  AnnualFactsSchema,
  ASSESSED_UNIT_KIND_LABELS_VI,
  type AssessedUnitKind,
  AssessedUnitKindSchema,
  CommuneUnitSchema,
  EducationInstitutionSchema,
  EnterpriseSchema,
  fieldLabelVi,
  OtherOrganisationSchema,
  ResidentialAreaSchema,
} from "@antq/domain";
import { ATTESTATION_KEYS, suggestAttestationKey } from "@antq/rules-antt";
import type * as z from "zod";
import { type Column, deriveColumns, jsonSchemaOf, type ListField } from "./columns.js";

/**
 * What rows of a sheet become.
 *
 * @example
 * ```ts
 * const targets: SheetTarget[] = ALL_SHEETS.map((s) => s.target);
 * new Set(targets); //=> new Set(["unit", "facts", "facts-list", "combined"])
 * ```
 */
export type SheetTarget = "unit" | "facts" | "facts-list" | "combined" | "record";

/**
 * One sheet of the input workbook (or one CSV file).
 *
 * @example
 * ```ts
 * const spec: SheetSpec = specById("khu-dan-cu")!;
 * spec.sheetName; //=> "Khu dân cư"
 * spec.fixed; //=> { kind: "residential-area" }
 * ```
 */
export interface SheetSpec {
  /** Command-line id, e.g. "khu-dan-cu". */
  readonly id: string;
  /** Worksheet name (≤ 31 characters). */
  readonly sheetName: string;
  /** What one row describes, for the "Hướng dẫn" sheet. */
  readonly description: string;
  readonly target: SheetTarget;
  /** Values every row gets (e.g. `kind`). */
  readonly fixed: Readonly<Record<string, unknown>>;
  readonly columns: readonly Column[];
  /** For unit sheets: the unit kind. */
  readonly unitKind?: AssessedUnitKind;
  /** For list sheets: the array field of the annual facts filled by this sheet. */
  readonly listField?: string;
  /** Paths of required objects whose fields are all optional: set to `{}` when no cell of theirs is filled. */
  readonly emptyObjects?: readonly (readonly string[])[];
}

const LOCATION_HEADERS = {
  id: "Mã đơn vị",
  name: "Tên đơn vị",
  "location.provinceId": "Mã tỉnh, thành phố",
  "location.districtId": "Mã huyện (trước 01/7/2025)",
  "location.communeId": "Mã xã, phường, đặc khu",
  "location.address": "Địa chỉ",
};

const unitSheet = (
  id: string,
  sheetName: string,
  unitKind: AssessedUnitKind,
  schema: z.ZodType,
  description: string,
): SheetSpec => ({
  id,
  sheetName,
  description,
  target: "unit",
  unitKind,
  fixed: { kind: unitKind },
  columns: deriveColumns(jsonSchemaOf(schema), {
    headers: LOCATION_HEADERS,
    omit: ["kind"],
    labelFor: (path) => fieldLabelVi(schema, {}, path),
  }).columns,
});

/**
 * Unit sheets, one per kind of assessed unit.
 *
 * @example
 * ```ts
 * UNIT_SHEETS.map((s) => s.sheetName).slice(0, 2); //=> ["Khu dân cư", "Xã, phường, đặc khu"]
 * ```
 */
export const UNIT_SHEETS: readonly SheetSpec[] = [
  unitSheet(
    "khu-dan-cu",
    "Khu dân cư",
    "residential-area",
    ResidentialAreaSchema,
    "Mỗi dòng là một khu dân cư (thôn, ấp, bản, tổ dân phố…).",
  ),
  unitSheet(
    "xa",
    "Xã, phường, đặc khu",
    "commune",
    CommuneUnitSchema,
    "Mỗi dòng là một xã, phường hoặc đặc khu.",
  ),
  unitSheet(
    "co-quan",
    "Cơ quan",
    "agency",
    AgencySchema,
    "Mỗi dòng là một cơ quan (Điều 2 khoản 2 Thông tư 124/2021/TT-BCA).",
  ),
  unitSheet("doanh-nghiep", "Doanh nghiệp", "enterprise", EnterpriseSchema, "Mỗi dòng là một doanh nghiệp."),
  unitSheet(
    "co-so-giao-duc",
    "Cơ sở giáo dục",
    "education",
    EducationInstitutionSchema,
    "Mỗi dòng là một cơ sở giáo dục.",
  ),
  unitSheet(
    "to-chuc-khac",
    "Tổ chức khác",
    "other-organisation",
    OtherOrganisationSchema,
    "Mỗi dòng là một tổ chức không phải cơ quan, doanh nghiệp.",
  ),
];

const factsDerived = deriveColumns(jsonSchemaOf(AnnualFactsSchema), {
  headers: {
    unitId: "Mã đơn vị",
    year: "Năm đánh giá",
    "quarterOne.partyResolution.date": "Quý I: ngày nghị quyết của cấp ủy về ANTT",
    "quarterOne.partyResolution.form": "Quý I: hình thức nghị quyết",
    "quarterOne.partyResolution.body": "Quý I: cấp ủy ban hành nghị quyết",
    "quarterOne.securityPlan.date": "Quý I: ngày ban hành kế hoạch ANTT",
    "quarterOne.registration.date": "Quý I: ngày đăng ký phấn đấu đạt tiêu chuẩn",
  },
  // Document details of the Quý I acts stay in JSON input; the sheet keeps their dates.
  omit: [
    "quarterOne.partyResolution.document",
    "quarterOne.partyResolution.note",
    "quarterOne.securityPlan.document",
    "quarterOne.securityPlan.note",
    "quarterOne.registration.document",
    "quarterOne.registration.note",
  ],
  labelFor: (path) => fieldLabelVi(AnnualFactsSchema, {}, path),
});

const KEY_COLUMNS = factsDerived.columns.filter(
  (c) => c.path.length === 1 && (c.path[0] === "unitId" || c.path[0] === "year"),
);

/** Short sheet names for the list fields of the annual facts. */
const LIST_SHEET_NAMES: Readonly<Record<string, string>> = {
  crimes: "Vụ phạm tội",
  securityEvents: "Vụ việc an ninh",
  newSocialEvilPersons: "Người mắc TNXH mới",
  newHotspots: "Tụ điểm phức tạp mới",
  accidents: "Cháy nổ, tai nạn, sự cố",
  strikes: "Đình công, lãn công",
  stateSecretViolations: "Vi phạm bí mật nhà nước",
  schoolViolence: "Bạo lực học đường",
  administrativeSanctions: "Xử phạt hành chính",
  disciplinaryActions: "Kỷ luật",
  subUnits: "Đơn vị trực thuộc",
  models: "Mô hình",
  attestations: "Xác nhận định tính",
};

const sheetNameFor = (field: string, title: string): string =>
  (LIST_SHEET_NAMES[field] ?? title).replace(/[[\]:*?/\\]/g, " ").slice(0, 31);

/**
 * "Số trường hợp" columns, one per list: 0 records "none occurred" (an empty list), a number N must match
 * the N cases given in detail (the rows of the list's sheet, or the JSON detail column of the flat layout),
 * blank means "not reported" unless the detail is given.
 */
const listCountColumns = (detailIn: (list: ListField) => string): Column[] =>
  factsDerived.lists.map((list) => ({
    header: `${list.title}: số trường hợp`,
    path: [list.field],
    type: "list-count" as const,
    required: false,
    description: `0 nếu không có trường hợp nào; có trường hợp thì ghi số trường hợp và nhập chi tiết ${detailIn(list)}. Để trống nếu chưa báo cáo.`,
  }));

/**
 * One case of each list as written in the flat layout's JSON detail column (field names and value codes of
 * @antq/domain, ISO dates), shown in the column guidance. test/cells.test.ts checks that each parses.
 *
 * @example
 * ```ts
 * JSON_LIST_EXAMPLES.crimes?.crimeClass; //=> "less-serious"
 * ```
 */
export const JSON_LIST_EXAMPLES: Readonly<Record<string, Readonly<Record<string, unknown>>>> = {
  crimes: {
    id: "VPT-2024-01",
    date: "2024-03-05",
    place: {},
    crimeClass: "less-serious",
    forceMajeure: false,
    description: "Trộm cắp tài sản",
  },
  securityEvents: { id: "ANV-2024-01", kind: "protracted-civil-dispute", date: "2024-05-12" },
  newSocialEvilPersons: {
    id: "TNXH-2024-01",
    kind: "drug-use",
    identifiedOn: "2024-07-07",
    role: "resident",
  },
  newHotspots: { id: "TD-2024-01", kind: "gambling", identifiedOn: "2024-08-19" },
  accidents: {
    id: "TN-2024-01",
    kind: "fire",
    date: "2024-03-20",
    severity: "not-serious",
    deaths: 0,
    forceMajeure: false,
  },
  strikes: { id: "DC-2024-01", kind: "go-slow", startDate: "2024-06-03", lawful: false, participants: 120 },
  stateSecretViolations: { id: "BMNN-2024-01", date: "2024-09-10", grade: "confidential" },
  schoolViolence: { id: "BLHD-2024-01", date: "2024-04-21", learnersInvolved: 4 },
  administrativeSanctions: {
    id: "XP-2024-01",
    date: "2024-10-02",
    personRole: "staff",
    securityOrderField: true,
  },
  disciplinaryActions: {
    id: "KL-2024-01",
    date: "2024-02-02",
    personRole: "staff",
    form: "reprimand",
    reason: "other",
  },
  subUnits: { name: "Phòng Tổ chức - Hành chính", rating: "good" },
  attestations: { criterion: "TT124/Đ4/k2", value: true, attestedBy: "Công an xã", attestedOn: "2024-11-20" },
  models: { modelId: "MH-CQ-28002-03", effectiveness: "not-effective" },
};

/** Header of the flat layout's JSON detail column of a list. */
const detailHeader = (list: ListField): string => `${list.title}: chi tiết (JSON)`;

/** Lists written in the flat layout as ";"-separated codes, with a JSON detail column for what codes cannot say. */
const KEYED_LISTS = new Set(["attestations", "models"]);

const JSON_FORMAT_NOTE =
  "tên trường và mã giá trị như tệp JSON đầu vào (xem lược đồ JSON của mẫu nhập liệu); ngày viết dạng năm-tháng-ngày (2024-03-05).";

const exampleNote = (field: string): string => {
  const example = JSON_LIST_EXAMPLES[field];
  return example ? ` Ví dụ: ${JSON.stringify([example])}.` : "";
};

/** The JSON detail column next to a ";"-separated codes column (attestations, models). */
const keyedDetailColumn = (field: string, codesHeader: string): Column => {
  const list = factsDerived.lists.find((l) => l.field === field) as ListField;
  return {
    header: detailHeader(list),
    path: ["facts", field],
    type: "json-list",
    required: false,
    description: `Dùng thay cho cột "${codesHeader}" khi cần ghi thêm thông tin ngoài mã (ví dụ mô hình chưa hiệu quả, người xác nhận): danh sách JSON, mỗi phần tử một đối tượng {…} với ${JSON_FORMAT_NOTE}${exampleNote(field)} Ghi [] nếu không có; không ghi cả hai cột.`,
  };
};

/**
 * The flat layout's columns of the lists of cases: per list, "…: số trường hợp" followed by "…: chi tiết
 * (JSON)", a JSON array of the cases with the field names and value codes of the JSON input.
 */
const flatListColumns = (): Column[] =>
  listCountColumns((list) => `ở cột "${detailHeader(list)}"`)
    .filter((c) => !KEYED_LISTS.has(c.path[0] as string))
    .flatMap((count) => {
      const list = factsDerived.lists.find((l) => l.field === count.path[0]) as ListField;
      return [
        { ...count, path: ["facts", list.field] },
        {
          header: detailHeader(list),
          path: ["facts", list.field],
          type: "json-list" as const,
          required: false,
          description: `Danh sách JSON các trường hợp, mỗi trường hợp một đối tượng {…} với ${JSON_FORMAT_NOTE}${exampleNote(list.field)} Ghi [] hoặc số trường hợp 0 nếu không có trường hợp nào; ghi cả hai cột thì số trường hợp phải bằng số phần tử của danh sách.`,
        },
      ];
    });

/**
 * The annual-facts sheet (one row per unit and year).
 *
 * @example
 * ```ts
 * FACTS_SHEET.sheetName; //=> "Dữ kiện năm"
 * FACTS_SHEET.columns[0]!.header; //=> "Mã đơn vị"
 * ```
 */
export const FACTS_SHEET: SheetSpec = {
  id: "du-kien",
  sheetName: "Dữ kiện năm",
  description: "Mỗi dòng là dữ kiện của một đơn vị trong một năm đánh giá.",
  target: "facts",
  fixed: {},
  columns: [
    ...factsDerived.columns,
    ...listCountColumns((list) => `ở trang "${sheetNameFor(list.field, list.title)}"`),
  ],
};

/**
 * One sheet per list of facts; rows are tied to a unit and year by the first two columns.
 *
 * @example
 * ```ts
 * FACT_LIST_SHEETS.find((s) => s.listField === "crimes")?.sheetName; //=> "Vụ phạm tội"
 * ```
 */
export const FACT_LIST_SHEETS: readonly SheetSpec[] = factsDerived.lists.map((list) => ({
  id: `du-kien-${list.field}`,
  sheetName: sheetNameFor(list.field, list.title),
  description: `${list.title}: mỗi dòng là một trường hợp, gắn với đơn vị và năm ở hai cột đầu.`,
  target: "facts-list" as const,
  fixed: {},
  listField: list.field,
  emptyObjects: list.emptyObjects,
  columns: [
    ...KEY_COLUMNS,
    ...(list.field === "attestations" ? list.columns.map(attestationKeyColumn) : list.columns),
  ],
}));

/**
 * The criterion of an attestation is one of the keys the rules read (@antq/rules-antt's `ATTESTATION_KEYS`):
 * a drop-down in the template, the closest key suggested for anything else (#14).
 */
function attestationKeyColumn(column: Column): Column {
  if (column.path.join(".") !== "criterion") return column;
  return {
    ...column,
    type: "enum",
    choices: ATTESTATION_KEYS.map((k) => ({ code: k.key, label: `${k.key} — ${k.label}` })),
    suggest: suggestAttestationKey,
    description: "Chọn mã tiêu chí trong danh sách (mã do quy tắc đọc, ví dụ TT124/Đ4/k2).",
  };
}

const combinedUnitColumns = (): Column[] => {
  const byPath = new Map<string, { column: Column; requiredIn: number }>();
  for (const spec of UNIT_SHEETS) {
    for (const column of spec.columns) {
      const key = column.path.join(".");
      const entry = byPath.get(key);
      if (entry) entry.requiredIn += column.required ? 1 : 0;
      else byPath.set(key, { column, requiredIn: column.required ? 1 : 0 });
    }
  }
  return [...byPath.values()].map(({ column, requiredIn }) => ({
    ...column,
    path: ["unit", ...column.path],
    required: requiredIn === UNIT_SHEETS.length,
  }));
};

const UNIT_HEADERS = new Set(UNIT_SHEETS.flatMap((s) => s.columns.map((c) => c.header)));

/**
 * One row = one unit and its facts for one year ("bảng phẳng"), for very large CSV files that are assessed
 * as a stream. Each list of cases (crimes, accidents, disciplinary actions…) has a "…: số trường hợp" count
 * column followed by a "…: chi tiết (JSON)" column holding the cases as a JSON array, items as in the JSON
 * input; count and detail must agree when both are given, "0" alone records "none occurred" and both blank
 * "not reported". Attestations and effective models are ";"-separated codes, or (when codes cannot say it,
 * e.g. a model rated not effective) a JSON detail column of their own; not both.
 *
 * @example
 * ```ts
 * COMBINED_SHEET.columns[0]!.header; //=> "Loại đơn vị"
 * COMBINED_SHEET.target; //=> "combined"
 * ```
 */
export const COMBINED_SHEET: SheetSpec = {
  id: "don-vi-va-du-kien",
  sheetName: "Đơn vị và dữ kiện",
  description:
    "Mỗi dòng là một đơn vị cùng dữ kiện của đơn vị trong năm đánh giá (dùng cho tệp CSV rất lớn).",
  target: "combined",
  fixed: {},
  columns: [
    {
      header: "Loại đơn vị",
      path: ["unit", "kind"],
      type: "enum",
      required: true,
      choices: AssessedUnitKindSchema.options.map((code) => ({
        code,
        label: ASSESSED_UNIT_KIND_LABELS_VI[code],
      })),
    },
    ...combinedUnitColumns(),
    ...factsDerived.columns
      .filter((c) => c.path[0] !== "unitId")
      .map((c) => ({
        ...c,
        // A facts field titled like a unit field (e.g. "Cấp quản lý") is told apart by a prefix.
        header: UNIT_HEADERS.has(c.header) ? `Dữ kiện năm: ${c.header}` : c.header,
        path: ["facts", ...c.path],
      })),
    // Lists of cases: a count and a JSON detail column each; attestations and effective models are written
    // as ";"-separated codes, or as JSON detail when they carry more than a code.
    ...flatListColumns(),
    {
      header: "Các tiêu chí định tính được xác nhận đạt (mã tiêu chí)",
      path: ["facts", "attestations"],
      type: "keyed-list",
      required: false,
      itemKey: "criterion",
      itemFixed: { value: true },
      description: "Mã tiêu chí, ngăn cách bằng dấu chấm phẩy, ví dụ: TT124/Đ4/k2",
    },
    keyedDetailColumn("attestations", "Các tiêu chí định tính được xác nhận đạt (mã tiêu chí)"),
    {
      header: "Các mô hình hoạt động hiệu quả (mã mô hình)",
      path: ["facts", "models"],
      type: "keyed-list",
      required: false,
      itemKey: "modelId",
      itemFixed: { effectiveness: "effective" },
      description: "Mã mô hình phong trào đang hoạt động hiệu quả, ngăn cách bằng dấu chấm phẩy",
    },
    keyedDetailColumn("models", "Các mô hình hoạt động hiệu quả (mã mô hình)"),
  ],
};

/**
 * Every sheet, in workbook order.
 *
 * @example
 * ```ts
 * ALL_SHEETS.length === UNIT_SHEETS.length + 1 + FACT_LIST_SHEETS.length + 1; //=> true
 * ```
 */
export const ALL_SHEETS: readonly SheetSpec[] = [
  ...UNIT_SHEETS,
  FACTS_SHEET,
  ...FACT_LIST_SHEETS,
  COMBINED_SHEET,
];

/**
 * Finds the spec of a worksheet by name (NFC, case-insensitive).
 *
 * @example
 * ```ts
 * specBySheetName("  KHU DÂN CƯ ")?.id; //=> "khu-dan-cu"
 * specBySheetName("Trang tính 1"); //=> undefined
 * ```
 */
export const specBySheetName = (name: string): SheetSpec | undefined => {
  const wanted = name.normalize("NFC").trim().toLocaleLowerCase("vi");
  return ALL_SHEETS.find((s) => s.sheetName.toLocaleLowerCase("vi") === wanted);
};

/**
 * Finds the spec whose headers best match a CSV header row (all required headers present).
 *
 * @example
 * ```ts
 * specByHeaders(FACTS_SHEET.columns.map((c) => c.header))?.id; //=> "du-kien"
 * specByHeaders(["Họ và tên"]); //=> undefined
 * ```
 */
export const specByHeaders = (headers: readonly string[]): SheetSpec | undefined => {
  const present = new Set(headers.map((h) => h.normalize("NFC").trim().toLocaleLowerCase("vi")));
  let best: { spec: SheetSpec; score: number } | undefined;
  for (const spec of ALL_SHEETS) {
    const required = spec.columns.filter((c) => c.required);
    if (!required.every((c) => present.has(c.header.toLocaleLowerCase("vi")))) continue;
    const score = spec.columns.filter((c) => present.has(c.header.toLocaleLowerCase("vi"))).length;
    if (!best || score > best.score) best = { spec, score };
  }
  return best?.spec;
};

/**
 * Finds a spec by its command-line id or unit-kind alias.
 *
 * @example
 * ```ts
 * specById("du-kien")?.sheetName; //=> "Dữ kiện năm"
 * ```
 */
export const specById = (id: string): SheetSpec | undefined => ALL_SHEETS.find((s) => s.id === id);
