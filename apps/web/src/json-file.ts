/**
 * The JSON inputs of the cycle screens (award proposals, Tổ bảo vệ ANTT, the classification and assessment
 * documents of điển hình), read as the CLI reads them: the text parsed (a byte-order mark allowed), a syntax
 * error a Vietnamese {@link FileProblem}, and the packages' problems located at their field path in the file.
 */
import type { InputIssue, JsonInputIssue } from "@antq/sheets";
import type { NamedBytes } from "./cycle-files.js";
import { extension, FileProblem } from "./engine.js";

/** Whether the file is a JSON input (by its extension). */
export const isJsonFile = (file: NamedBytes): boolean => extension(file.name) === ".json";

/** The parsed JSON of a file; a {@link FileProblem} naming the file when it is not JSON. */
export const parseJsonFile = (file: NamedBytes): unknown => {
  try {
    return JSON.parse(new TextDecoder("utf-8").decode(file.bytes).replace(/^\ufeff/, ""));
  } catch {
    throw new FileProblem(
      `Tệp "${file.name}" không phải JSON hợp lệ (kiểm tra dấu ngoặc, dấu phẩy, dấu nháy).`,
    );
  }
};

/** The package's problems of a JSON input as located issues of the file (`proposals.1.id`). */
export const jsonIssues = (file: string, code: string, issues: readonly JsonInputIssue[]): InputIssue[] =>
  issues.map((i) => ({
    severity: "error",
    code,
    message: i.message,
    file,
    path: i.path.join("."),
  }));

/** The one JSON file of a selection, or undefined when none is JSON; refused when JSON is mixed with others. */
export const onlyJsonFile = (files: readonly NamedBytes[], what: string): NamedBytes | undefined => {
  const json = files.filter(isJsonFile);
  if (json.length === 0) return undefined;
  if (files.length > 1)
    throw new FileProblem(
      `${what} dạng JSON: chọn riêng một tệp .json (đã chọn ${files.length} tệp: ${files.map((f) => `"${f.name}"`).join(", ")}).`,
    );
  return json[0];
};
