import * as z from "zod";

type AnySchema = z.core.$ZodType;

interface Def {
  type: string;
  innerType?: AnySchema;
  shape?: Record<string, AnySchema>;
  element?: AnySchema;
  options?: AnySchema[];
  discriminator?: string;
  valueType?: AnySchema;
  in?: AnySchema;
  out?: AnySchema;
  getter?: () => AnySchema;
  values?: unknown[];
}

const defOf = (schema: AnySchema): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** The title given with `.meta({ title })` to the schema or to a schema it wraps. */
export function titleOf(schema: AnySchema | undefined): string | undefined {
  let current = schema;
  for (let i = 0; i < 10 && current !== undefined; i++) {
    const meta = z.globalRegistry.get(current);
    if (meta !== undefined && typeof meta.title === "string") return meta.title;
    const def = defOf(current);
    if (def.innerType !== undefined) current = def.innerType;
    else if (def.type === "pipe") current = def.in;
    else if (def.type === "lazy" && def.getter !== undefined) current = def.getter();
    else return undefined;
  }
  return undefined;
}

function unwrap(schema: AnySchema): AnySchema {
  let current = schema;
  for (let i = 0; i < 20; i++) {
    const def = defOf(current);
    if (def.innerType !== undefined) current = def.innerType;
    else if (def.type === "pipe" && def.in !== undefined) current = def.in;
    else if (def.type === "lazy" && def.getter !== undefined) current = def.getter();
    else return current;
  }
  return current;
}

function literalValues(schema: AnySchema): unknown[] {
  const def = defOf(unwrap(schema));
  return def.type === "literal" && Array.isArray(def.values) ? def.values : [];
}

function pickOption(
  options: AnySchema[],
  discriminator: string | undefined,
  input: unknown,
  key: PropertyKey,
) {
  const objects = options.map(unwrap).filter((o) => defOf(o).type === "object");
  if (discriminator !== undefined && input !== null && typeof input === "object") {
    const value = (input as Record<string, unknown>)[discriminator];
    const match = objects.find((o) => {
      const d = defOf(o).shape?.[discriminator];
      return d !== undefined && literalValues(d).includes(value);
    });
    if (match !== undefined) return match;
  }
  return objects.find((o) => typeof key === "string" && defOf(o).shape?.[key] !== undefined) ?? options[0];
}

/**
 * Follows `path` through `root` (using `input` to choose union members) and returns the schema found there
 * and the schema of the closest enclosing named field.
 */
export function schemaAt(
  root: AnySchema,
  input: unknown,
  path: readonly PropertyKey[],
): { schema: AnySchema | undefined; lastField: AnySchema | undefined } {
  let current: AnySchema | undefined = root;
  let value: unknown = input;
  let lastField: AnySchema | undefined;
  for (const key of path) {
    if (current === undefined) return { schema: undefined, lastField };
    let node: AnySchema = unwrap(current);
    let def = defOf(node);
    if (def.type === "union" && def.options !== undefined) {
      const picked = pickOption(def.options, def.discriminator, value, key);
      if (picked === undefined) return { schema: undefined, lastField };
      node = unwrap(picked);
      def = defOf(node);
    }
    if (def.type === "object" && typeof key === "string") {
      current = def.shape?.[key];
      lastField = current;
    } else if (def.type === "array") {
      current = def.element;
    } else if (def.type === "record") {
      current = def.valueType;
      lastField = current;
    } else {
      return { schema: undefined, lastField };
    }
    value =
      value !== null && typeof value === "object"
        ? (value as Record<PropertyKey, unknown>)[key as string]
        : undefined;
  }
  return { schema: current, lastField };
}

/** The allowed values of the discriminator of the union found at `path` (empty if none). */
export function discriminatorValuesAt(
  root: AnySchema,
  input: unknown,
  path: readonly PropertyKey[],
  discriminator: string,
): unknown[] {
  const at = path.length === 0 ? root : schemaAt(root, input, path).schema;
  if (at === undefined) return [];
  const def = defOf(unwrap(at));
  if (def.type !== "union" || def.options === undefined) return [];
  return def.options.flatMap((o) => {
    const d = defOf(unwrap(o)).shape?.[discriminator];
    return d === undefined ? [] : literalValues(d);
  });
}

/** Whether the schema (after unwrapping optional etc.) is an ISO calendar-date string schema. */
export function isDateSchema(schema: AnySchema | undefined): boolean {
  if (schema === undefined) return false;
  const def = defOf(unwrap(schema)) as Def & { format?: string };
  return def.type === "string" && def.format === "date";
}
