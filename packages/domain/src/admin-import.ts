import { indexAdminUnits } from "./admin-lineage.js";
import {
  ADMIN_UNIT_TYPE_LABELS_VI,
  ADMIN_UNIT_TYPE_LEVEL,
  type AdminUnit,
  AdminUnitSchema,
  type AdminUnitType,
  AdminUnitTypeSchema,
  defaultAdminUnitId,
} from "./admin-unit.js";
import { type CsvOptions, csvRowsToObjects, parseCsv } from "./csv.js";
import { type DomainIssue, domainIssue, translateZodIssues } from "./issues-vi.js";
import type { DomainResult } from "./parse.js";
import { PROVINCE_UNITS } from "./provinces.js";

/**
 * Columns of the administrative-unit CSV import. Required: `code`, `name`, `type`. `type` takes the English
 * values of `AdminUnitTypeSchema` or the Vietnamese words (xã, phường, thị trấn, đặc khu, huyện, quận, thị xã,
 * tỉnh, thành phố). `predecessors` lists old unit ids separated by `;`, each optionally followed by `:part`
 * (default `:whole`), e.g. `C00691:part;C00694`. `id` defaults to {@link defaultAdminUnitId}.
 *
 * @example
 * ```ts
 * ADMIN_UNIT_CSV_COLUMNS.join(","); // "id,code,name,type,parentId,validFrom,validTo,predecessors,basis"
 * ```
 */
export const ADMIN_UNIT_CSV_COLUMNS = [
  "id",
  "code",
  "name",
  "type",
  "parentId",
  "validFrom",
  "validTo",
  "predecessors",
  "basis",
] as const;

/**
 * Options of the administrative-unit imports: the units already known (default: the shipped provinces,
 * `PROVINCE_UNITS`), against which parents and predecessors are resolved.
 *
 * @example
 * ```ts
 * const opts: AdminImportOptions = { base: PROVINCE_UNITS };
 * ```
 */
export interface AdminImportOptions extends CsvOptions {
  readonly base?: readonly AdminUnit[];
}

const VI_TYPES: Readonly<Record<string, AdminUnitType>> = {
  xã: "commune",
  phường: "ward",
  "thị trấn": "township",
  "đặc khu": "special-zone",
  huyện: "rural-district",
  quận: "urban-district",
  "thị xã": "district-level-town",
  tỉnh: "province",
};

function normaliseType(raw: unknown, hasParent: boolean): unknown {
  if (typeof raw !== "string") return raw;
  const t = raw.trim().normalize("NFC").toLowerCase();
  if ((AdminUnitTypeSchema.options as readonly string[]).includes(t)) return t;
  if (t === "thành phố") return hasParent ? "provincial-city" : "centrally-run-city";
  return VI_TYPES[t] ?? raw;
}

function normaliseName(name: unknown, type: unknown): unknown {
  if (typeof name !== "string" || typeof type !== "string") return name;
  const label = ADMIN_UNIT_TYPE_LABELS_VI[type as AdminUnitType];
  const n = name.trim().normalize("NFC");
  if (label !== undefined && n.toLowerCase().startsWith(`${label.toLowerCase()} `))
    return n.slice(label.length + 1).trim();
  return n;
}

function normalisePredecessors(raw: unknown): unknown {
  if (typeof raw !== "string") return raw;
  return raw
    .split(";")
    .map((s) => s.trim())
    .filter((s) => s !== "")
    .map((s) => {
      const [id, share] = s.split(":");
      return { id: (id ?? "").trim(), share: (share ?? "whole").trim() };
    });
}

function normaliseRow(row: unknown): unknown {
  if (row === null || typeof row !== "object" || Array.isArray(row)) return row;
  const r = { ...(row as Record<string, unknown>) };
  for (const [k, v] of Object.entries(r)) {
    if (v === "" || v === null) delete r[k];
  }
  r.type = normaliseType(r.type, r.parentId !== undefined);
  r.name = normaliseName(r.name, r.type);
  if (r.predecessors !== undefined) r.predecessors = normalisePredecessors(r.predecessors);
  if (r.id === undefined && typeof r.code === "string" && typeof r.type === "string") {
    const level = ADMIN_UNIT_TYPE_LEVEL[r.type as AdminUnitType];
    if (level !== undefined) {
      r.id = defaultAdminUnitId(level, r.code, typeof r.validFrom === "string" ? r.validFrom : undefined);
    }
  }
  return r;
}

/**
 * Validates already-parsed rows (JSON objects, or CSV rows as string maps) of administrative units — e.g. a
 * province's commune list — and checks parents and lineage against `options.base` plus the rows themselves.
 * Returns only the imported units. Issue paths start with the row index.
 *
 * @example
 * ```ts
 * const r = importAdminUnits([
 *   { code: "28261", name: "Xã Mỹ Lợi", type: "xã", parentId: "P82", validTo: "2025-06-30" },
 * ]);
 * r.ok && r.value[0]; // { id: "C28261", code: "28261", name: "Mỹ Lợi", type: "commune", parentId: "P82", … }
 * ```
 */
export function importAdminUnits(
  rows: readonly unknown[],
  options: AdminImportOptions = {},
  csv?: { readonly header: readonly string[]; readonly rows: readonly { line: number }[] },
): DomainResult<AdminUnit[]> {
  const positions = csv?.rows;
  if (!Array.isArray(rows as unknown)) throw new TypeError("importAdminUnits: cần một mảng các dòng dữ liệu");
  const base = options.base ?? PROVINCE_UNITS;
  const issues: DomainIssue[] = [];
  const units: AdminUnit[] = [];
  rows.forEach((row, i) => {
    const input = normaliseRow(row);
    const r = AdminUnitSchema.safeParse(input);
    if (r.success) units.push(r.data);
    else {
      for (const issue of translateZodIssues(r.error.issues, AdminUnitSchema, input)) {
        const path = [i, ...issue.path];
        const line = positions?.[i]?.line;
        const column =
          typeof issue.path[0] === "string" && csv !== undefined ? csv.header.indexOf(issue.path[0]) : -1;
        issues.push(
          domainIssue(
            issue.code,
            path,
            line === undefined ? `Dòng dữ liệu ${i + 1}: ${issue.message}` : `Dòng ${line}: ${issue.message}`,
            line === undefined ? undefined : { line, column: column >= 0 ? column + 1 : 1 },
          ),
        );
      }
    }
  });
  if (issues.length > 0) return { ok: false, issues };
  const indexed = indexAdminUnits([...base, ...units]);
  if (!indexed.ok) {
    return {
      ok: false,
      issues: indexed.issues.map((issue) => {
        const at = (issue.path[0] as number) - base.length;
        const line = positions?.[at]?.line;
        const path = [at, ...issue.path.slice(1)];
        return at < 0
          ? issue
          : domainIssue(
              issue.code,
              path,
              line === undefined
                ? `Dòng dữ liệu ${at + 1}: ${issue.message}`
                : `Dòng ${line}: ${issue.message}`,
              line === undefined ? undefined : { line, column: 1 },
            );
      }),
    };
  }
  return { ok: true, value: units };
}

/**
 * Imports administrative units from CSV text (see {@link ADMIN_UNIT_CSV_COLUMNS} and {@link parseCsv}); issues
 * carry the CSV line number.
 *
 * @example
 * ```ts
 * const oldCommunes = unwrap(importAdminUnitsCsv(
 *   "code,name,type,parentId,validTo\n00688,Phường Nguyễn Trãi,phường,P02,2025-06-30\n",
 *   { base: PROVINCE_UNITS },
 * ));
 * const csv = "code,name,type,parentId,validFrom,predecessors\n" +
 *   '00694,"Phường Hà Giang 1",phường,P08-2025,2025-07-01,"C00688:part"\n';
 * const r = importAdminUnitsCsv(csv, { base: [...PROVINCE_UNITS, ...oldCommunes] });
 * r.ok && r.value.map(adminUnitFullName); //=> ["Phường Hà Giang 1"]
 * ```
 */
export function importAdminUnitsCsv(
  text: string,
  options: AdminImportOptions = {},
): DomainResult<AdminUnit[]> {
  const table = parseCsv(text, options);
  if (!table.ok) return table;
  const unknown = table.value.header.filter(
    (h) => !(ADMIN_UNIT_CSV_COLUMNS as readonly string[]).includes(h),
  );
  const missing = ["code", "name", "type"].filter((h) => !table.value.header.includes(h));
  if (unknown.length > 0 || missing.length > 0) {
    const parts = [
      ...(missing.length > 0 ? [`thiếu cột bắt buộc: ${missing.join(", ")}`] : []),
      ...(unknown.length > 0 ? [`cột không được hỗ trợ: ${unknown.join(", ")}`] : []),
    ];
    return {
      ok: false,
      issues: [
        domainIssue(
          "CSV_HEADER",
          [],
          `Dòng tiêu đề: ${parts.join("; ")}. Các cột được hỗ trợ: ${ADMIN_UNIT_CSV_COLUMNS.join(", ")}.`,
          { line: 1, column: 1 },
        ),
      ],
    };
  }
  return importAdminUnits(csvRowsToObjects(table.value), options, table.value);
}
