/**
 * The province settings file (`--cau-hinh tinh.json`): the readings of the interpretation options and the
 * province rule packages, set once per province instead of on every command line. JSON, checked with zod;
 * every error names the file and the field (or line and column for broken JSON), in Vietnamese.
 */
import { readFile } from "node:fs/promises";
import { dirname, isAbsolute, resolve } from "node:path";
import { Effect } from "effect";
import * as z from "zod";
import { describeSystemError, InputFileError } from "../errors.js";

/** The settings of a province, as written in the file. */
export const ProvinceSettingsSchema = z.strictObject({
  $schema: z.string().optional(),
  /** The province, for people reading the file. */
  tinh: z.string().min(1).optional(),
  /** Readings of interpretation options: id of the option → id of the choice (`null` = chưa quyết định). */
  cachHieu: z.record(z.string().min(1), z.string().min(1).nullable()).optional(),
  /** Province rule packages (as `--tinh`): npm package names or paths relative to the settings file. */
  goiQuyDinh: z.array(z.string().min(1)).optional(),
});

/** Settings read from a file, with package paths made absolute. */
export interface ProvinceSettings {
  readonly readings: Readonly<Record<string, string | null>>;
  readonly packages: readonly string[];
}

const fieldPath = (path: readonly PropertyKey[]): string =>
  path.length === 0
    ? "(toàn tệp)"
    : path.map((p) => (typeof p === "number" ? `[${p}]` : String(p))).join(".");

const issueText = (issue: z.core.$ZodIssue): string => {
  switch (issue.code) {
    case "unrecognized_keys":
      return `trường không được hỗ trợ: ${issue.keys.join(", ")} (chỉ có tinh, cachHieu, goiQuyDinh)`;
    case "invalid_type":
      return `cần ${
        { string: "chuỗi ký tự", object: "đối tượng { … }", array: "danh sách [ … ]" }[
          issue.expected as string
        ] ?? issue.expected
      }`;
    case "too_small":
      return "không được để trống";
    default:
      return "giá trị không hợp lệ";
  }
};

/** Line and column (1-based) of a character offset. */
const lineAndColumn = (text: string, offset: number): string => {
  const before = text.slice(0, offset).split("\n");
  return `dòng ${before.length}, cột ${(before[before.length - 1] ?? "").length + 1}`;
};

/**
 * Parses the text of a settings file; the messages name `file` and the field or position.
 *
 * @example
 * ```ts
 * parseProvinceSettings('{"cachHieu":{"tt124.d4.k4.a.kiem_che_keo_giam":"giam"}}', "tinh.json");
 * // { ok: true, value: { readings: { "tt124.d4.k4.a.kiem_che_keo_giam": "giam" }, packages: [] } }
 * ```
 */
export const parseProvinceSettings = (
  text: string,
  file: string,
): { ok: true; value: ProvinceSettings } | { ok: false; messages: string[] } => {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    const position = /position (\d+)/.exec(error instanceof Error ? error.message : "");
    return {
      ok: false,
      messages: [
        `không phải JSON hợp lệ${position ? ` (${lineAndColumn(text, Number(position[1]))})` : ""}; kiểm tra dấu phẩy, ngoặc và dấu nháy kép`,
      ],
    };
  }
  const parsed = ProvinceSettingsSchema.safeParse(json);
  if (!parsed.success) {
    return {
      ok: false,
      messages: parsed.error.issues.map((i) => `trường ${fieldPath(i.path)}: ${issueText(i)}`),
    };
  }
  const folder = dirname(resolve(file));
  return {
    ok: true,
    value: {
      readings: parsed.data.cachHieu ?? {},
      packages: (parsed.data.goiQuyDinh ?? []).map((p) =>
        p.startsWith(".") || isAbsolute(p) ? resolve(folder, p) : p,
      ),
    },
  };
};

/** Reads and checks a settings file; fails with a located {@link InputFileError}. */
export const readProvinceSettings = (file: string): Effect.Effect<ProvinceSettings, InputFileError> =>
  Effect.gen(function* () {
    const text = yield* Effect.tryPromise({
      try: () => readFile(file, "utf8"),
      catch: (error) => new InputFileError({ file, message: describeSystemError(error) }),
    });
    const parsed = parseProvinceSettings(text, file);
    if (!parsed.ok)
      return yield* new InputFileError({
        file,
        message: `tệp cấu hình tỉnh không hợp lệ:\n${parsed.messages.map((m) => `  • ${m}`).join("\n")}`,
      });
    return parsed.value;
  });
