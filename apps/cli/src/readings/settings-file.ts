/**
 * The province settings file (`--cau-hinh tinh.json`), read from disk: @antq/sheets' `parseProvinceSettings`
 * checks it; here the rule packages written as relative paths are resolved against the file's folder, and
 * every error names the file.
 */
import { dirname, isAbsolute, resolve } from "node:path";
import { type ProvinceSettings, parseProvinceSettings as parseSettingsText } from "@antq/sheets";
import * as Effect from "effect/Effect";
import { InputFileError } from "../errors.js";
import { readInputFile } from "../io/read-input.js";

/**
 * Parses the text of the settings file `file`, its package paths made absolute.
 *
 * @example
 * ```ts
 * parseProvinceSettings('{"goiQuyDinh":["./goi.mjs"]}', "/srv/antq/tinh.json");
 * // { ok: true, value: { readings: {}, packages: ["/srv/antq/goi.mjs"] } }
 * ```
 */
export const parseProvinceSettings = (text: string, file: string): ReturnType<typeof parseSettingsText> => {
  const parsed = parseSettingsText(text);
  if (!parsed.ok) return parsed;
  const folder = dirname(resolve(file));
  const packages = parsed.value.packages.map((p) =>
    p.startsWith(".") || isAbsolute(p) ? resolve(folder, p) : p,
  );
  return { ok: true, value: { ...parsed.value, packages } };
};

/** Reads and checks a settings file; fails with a located {@link InputFileError}. */
export const readProvinceSettings = (file: string): Effect.Effect<ProvinceSettings, InputFileError> =>
  Effect.gen(function* () {
    const parsed = yield* readInputFile(file, (text) => parseProvinceSettings(text, file));
    if (!parsed.ok)
      return yield* new InputFileError({
        file,
        message: `tệp cấu hình tỉnh không hợp lệ:\n${parsed.messages.map((m) => `  • ${m}`).join("\n")}`,
      });
    return parsed.value;
  });
