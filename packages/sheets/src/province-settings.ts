/**
 * The province settings file (`tinh.json`, the CLI's `--cau-hinh`): the readings of the interpretation options
 * and the province rule packages, set once per province instead of on every command line. JSON, checked with
 * zod; every problem names the field (or the line and column of broken JSON), in Vietnamese.
 */
import * as z from "zod";
import { jsonSyntaxPosition } from "./json.js";

/**
 * The settings of a province, as written in the file.
 *
 * @example
 * ProvinceSettingsSchema.safeParse({ tinh: "Bắc Ninh", cachHieu: { "tt124.d4.k4.a.kiem_che_keo_giam": null } }).success; //=> true
 */
export const ProvinceSettingsSchema = z.strictObject({
  $schema: z.string().optional(),
  /** The province, for people reading the file. */
  tinh: z.string().min(1).optional(),
  /** Readings of interpretation options: id of the option → id of the choice (`null` = chưa quyết định). */
  cachHieu: z.record(z.string().min(1), z.string().min(1).nullable()).optional(),
  /** Province rule packages (as `--tinh`): npm package names or paths relative to the settings file. */
  goiQuyDinh: z.array(z.string().min(1)).optional(),
});

/**
 * The settings read from a file: the readings, and the rule packages as written (a path that starts with `.`
 * is relative to the settings file; resolving it is the caller's job).
 *
 * @example
 * const settings: ProvinceSettings = { readings: { "tt124.d4.k4.a.kiem_che_keo_giam": "giam" }, packages: [] };
 */
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

/**
 * Parses the text of a province settings file (a byte-order mark allowed). On failure, one Vietnamese message
 * per problem, naming the field (`trường cachHieu.x: cần chuỗi ký tự`) or the line and column of broken JSON.
 *
 * @example
 * parseProvinceSettings('{"cachHieu":{"tt124.d4.k4.a.kiem_che_keo_giam":"giam"},"goiQuyDinh":["./goi.mjs"]}');
 * //=> { ok: true, value: { readings: { "tt124.d4.k4.a.kiem_che_keo_giam": "giam" }, packages: ["./goi.mjs"] } }
 * parseProvinceSettings('{\n  "cachHieu": {\n    "a": "b",\n  }\n}');
 * //=> { ok: false, messages: ["không phải JSON hợp lệ (dòng 4, cột 3); kiểm tra dấu phẩy, ngoặc và dấu nháy kép"] }
 * parseProvinceSettings('{"nam": 2024}');
 * //=> { ok: false, messages: ["trường (toàn tệp): trường không được hỗ trợ: nam (chỉ có tinh, cachHieu, goiQuyDinh)"] }
 */
export const parseProvinceSettings = (
  text: string,
): { ok: true; value: ProvinceSettings } | { ok: false; messages: string[] } => {
  const body = text.replace(/^\uFEFF/, "");
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch (error) {
    const at = jsonSyntaxPosition(body, error);
    return {
      ok: false,
      messages: [
        `không phải JSON hợp lệ${at ? ` (dòng ${at.line}, cột ${at.column})` : ""}; kiểm tra dấu phẩy, ngoặc và dấu nháy kép`,
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
  return {
    ok: true,
    value: { readings: parsed.data.cachHieu ?? {}, packages: parsed.data.goiQuyDinh ?? [] },
  };
};
