/**
 * Spreadsheet columns derived from the @antq/domain zod schemas (through their JSON Schema), so that the
 * template writer and the reader share one definition and can never disagree. A sheet module picks the
 * schema and overrides a few headers; everything else (types, required flags, allowed values and their
 * Vietnamese labels) comes from the domain package.
 */
import * as domain from "@antq/domain";
import * as z from "zod";

/**
 * The cell type of a column.
 *
 * @example
 * ```ts
 * const types = new Set<ColumnType>(FACTS_SHEET.columns.map((c) => c.type));
 * types.has("list-count"); //=> true
 * ```
 */
export type ColumnType =
  | "text"
  | "integer"
  | "number"
  | "boolean"
  | "date"
  | "enum"
  | "enum-list"
  | "list-count"
  | "keyed-list"
  | "json-list";

/** An allowed value of an enum column: the stored code and the Vietnamese label shown to officers. */
export interface ColumnChoice {
  readonly code: string;
  readonly label: string;
}

/**
 * One spreadsheet column ↔ one leaf field of a domain object.
 *
 * @example
 * ```ts
 * const commune = UNIT_SHEETS[0]!.columns.find((c) => c.path.join(".") === "location.communeId")!;
 * commune.header; //=> "Mã xã, phường, đặc khu"
 * commune.type; //=> "text"
 * ```
 */
export interface Column {
  /** Vietnamese header, unique in its sheet. */
  readonly header: string;
  /** Field path in the domain object, e.g. ["location", "communeId"]. */
  readonly path: readonly string[];
  readonly type: ColumnType;
  /** The field must be present (all its parent objects being required too). */
  readonly required: boolean;
  readonly choices?: readonly ColumnChoice[];
  readonly minimum?: number;
  readonly maximum?: number;
  /** Extra guidance (shown in the "Hướng dẫn" sheet). */
  readonly description?: string;
  /** For "keyed-list": the item field filled from each ";"-separated value, and fixed item fields. */
  readonly itemKey?: string;
  readonly itemFixed?: Readonly<Record<string, unknown>>;
  /** For "enum": the closest valid code of a value not in the list, named in the error ("Có phải …?"). */
  readonly suggest?: (text: string) => string | undefined;
}

/** An array-of-objects field (e.g. `crimes`), rendered as its own sheet. */
export interface ListField {
  readonly field: string;
  readonly title: string;
  readonly columns: readonly Column[];
  /** Required objects whose fields are all optional (see {@link deriveColumns}). */
  readonly emptyObjects: readonly (readonly string[])[];
}

type JsonSchema = {
  type?: string | string[];
  title?: string;
  description?: string;
  enum?: unknown[];
  const?: unknown;
  format?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  $ref?: string;
  $defs?: Record<string, JsonSchema>;
  minimum?: number;
  maximum?: number;
  additionalProperties?: unknown;
};

/** JSON Schema of a zod schema with `$ref`s resolved against its `$defs`. */
export const jsonSchemaOf = (schema: z.ZodType): JsonSchema => {
  const root = z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }) as JsonSchema;
  const defs = root.$defs ?? {};
  const resolve = (node: JsonSchema, depth = 0): JsonSchema => {
    if (depth > 30) return node;
    if (node.$ref?.startsWith("#/$defs/")) {
      const target = defs[node.$ref.slice("#/$defs/".length)];
      if (target) return resolve({ ...target, ...(node.title ? { title: node.title } : {}) }, depth + 1);
    }
    return node;
  };
  return resolveDeep(resolve(root), resolve);
};

const resolveDeep = (node: JsonSchema, resolve: (n: JsonSchema) => JsonSchema): JsonSchema => {
  const r = resolve(node);
  const out: JsonSchema = { ...r };
  if (r.properties) {
    out.properties = Object.fromEntries(
      Object.entries(r.properties).map(([key, value]) => [key, resolveDeep(value, resolve)]),
    );
  }
  if (r.items) out.items = resolveDeep(r.items, resolve);
  if (r.anyOf) out.anyOf = r.anyOf.map((n) => resolveDeep(n, resolve));
  if (r.oneOf) out.oneOf = r.oneOf.map((n) => resolveDeep(n, resolve));
  return out;
};

/** Vietnamese label maps exported by @antq/domain (`*_LABELS_VI`), matched to enums by their value set. */
const labelMaps: ReadonlyArray<Readonly<Record<string, string>>> = Object.entries(domain)
  .filter(([name, value]) => name.endsWith("_LABELS_VI") && typeof value === "object" && value !== null)
  .map(([, value]) => value as Record<string, string>);

const BOOLEAN_CHOICES: readonly ColumnChoice[] = [
  { code: "true", label: "Có" },
  { code: "false", label: "Không" },
];

/** The choices of an enum, labelled with the matching domain label map when there is one. */
export const choicesFor = (values: readonly unknown[]): ColumnChoice[] => {
  const codes = values.map(String);
  const map = labelMaps.find((m) => codes.every((c) => c in m) && Object.keys(m).length === codes.length);
  const partial = map ?? labelMaps.find((m) => codes.every((c) => c in m));
  return codes.map((code) => ({ code, label: partial?.[code] ?? code }));
};

const typeOf = (node: JsonSchema): string | undefined => {
  if (Array.isArray(node.type)) return node.type.find((t) => t !== "null");
  return node.type;
};

const unwrapUnion = (node: JsonSchema): JsonSchema => {
  const options = node.anyOf ?? node.oneOf;
  if (!options) return node;
  const nonNull = options.filter((o) => typeOf(o) !== "null");
  const only = nonNull.length === 1 ? nonNull[0] : undefined;
  if (!only) return node;
  const title = node.title ?? only.title;
  return title === undefined ? only : { ...only, title };
};

const leafColumn = (
  node: JsonSchema,
  path: string[],
  header: string,
  required: boolean,
): Column | undefined => {
  const base = { header, path, required, ...(node.description ? { description: node.description } : {}) };
  if (node.enum) return { ...base, type: "enum", choices: choicesFor(node.enum) };
  switch (typeOf(node)) {
    case "string":
      return { ...base, type: node.format === "date" ? "date" : "text" };
    case "integer":
      return {
        ...base,
        type: "integer",
        ...(node.minimum !== undefined ? { minimum: node.minimum } : {}),
        ...(node.maximum !== undefined && node.maximum < Number.MAX_SAFE_INTEGER
          ? { maximum: node.maximum }
          : {}),
      };
    case "number":
      return { ...base, type: "number", ...(node.minimum !== undefined ? { minimum: node.minimum } : {}) };
    case "boolean":
      return { ...base, type: "boolean", choices: BOOLEAN_CHOICES };
    default:
      return undefined;
  }
};

/** Options for {@link deriveColumns}. */
export interface DeriveOptions {
  /** Header overrides by dotted path. */
  readonly headers?: Readonly<Record<string, string>>;
  /** Dotted paths (and everything under them) to leave out: fixed values such as `kind`, JSON-only fields. */
  readonly omit?: readonly string[];
  /** Vietnamese label for a field without a title (e.g. @antq/domain's `fieldLabelVi`). */
  readonly labelFor?: (path: readonly string[]) => string | undefined;
}

/**
 * Flattens an object schema into columns; nested objects become "Tiêu đề cha: tiêu đề con" columns,
 * arrays of enums become one ";"-separated column, arrays of objects are returned as list fields.
 */
export const deriveColumns = (
  schema: JsonSchema,
  options: DeriveOptions = {},
): { columns: Column[]; lists: ListField[]; emptyObjects: string[][] } => {
  const columns: Column[] = [];
  const lists: ListField[] = [];
  /** Paths of required objects with only optional fields: a row with none of their cells means `{}`. */
  const emptyObjects: string[][] = [];
  const omit = new Set(options.omit ?? []);
  const walk = (node: JsonSchema, path: string[], titles: string[], required: boolean) => {
    const requiredSet = new Set(node.required ?? []);
    for (const [key, raw] of Object.entries(node.properties ?? {})) {
      const child = unwrapUnion(raw);
      const childPath = [...path, key];
      const dotted = childPath.join(".");
      if (child.const !== undefined || [...omit].some((o) => dotted === o || dotted.startsWith(`${o}.`)))
        continue;
      const childRequired = required && requiredSet.has(key);
      const title = child.title ?? raw.title ?? options.labelFor?.(childPath) ?? key;
      const header = options.headers?.[dotted] ?? [...titles.slice(-1), title].join(": ");
      if (typeOf(child) === "object" && child.properties) {
        if (childRequired && (child.required ?? []).length === 0) emptyObjects.push(childPath);
        walk(child, childPath, [title], childRequired);
        continue;
      }
      if (typeOf(child) === "array" && child.items) {
        const item = unwrapUnion(child.items);
        if (item.enum) {
          columns.push({
            header,
            path: childPath,
            type: "enum-list",
            required: childRequired,
            choices: choicesFor(item.enum),
            description: "Nhiều giá trị, ngăn cách bằng dấu chấm phẩy (;)",
          });
        } else if (typeOf(item) === "object" && item.properties && path.length === 0) {
          const labelFor = options.labelFor;
          const derived = deriveColumns(item, {
            ...(labelFor ? { labelFor: (p: readonly string[]) => labelFor([key, "0", ...p]) } : {}),
            ...(options.omit
              ? {
                  omit: options.omit
                    .filter((o) => o.startsWith(`${key}.`))
                    .map((o) => o.slice(key.length + 1)),
                }
              : {}),
          });
          lists.push({ field: key, title, columns: derived.columns, emptyObjects: derived.emptyObjects });
        }
        continue;
      }
      const column = leafColumn(child, childPath, header, childRequired);
      if (column) columns.push(column);
    }
  };
  walk(schema, [], [], true);
  // Make headers unique.
  const seen = new Map<string, number>();
  const unique = columns.map((column) => {
    const n = (seen.get(column.header) ?? 0) + 1;
    seen.set(column.header, n);
    return n === 1 ? column : { ...column, header: `${column.header} (${column.path.join(".")})` };
  });
  return { columns: unique, lists, emptyObjects };
};
