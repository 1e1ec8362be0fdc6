/**
 * Vietnamese help and parse-error output for Effect's CLI: headings, built-in flag descriptions and
 * error messages are translated, installed through `CliOutput.layerPresenter` and `CliOutput.layer`.
 */
import * as Console from "effect/Console";
import { type CliError, CliOutput, type HelpDoc } from "effect/cli";
import * as Effect from "effect/Effect";
import * as Option from "effect/Option";
import { invocation } from "../invocation.js";

const BUILT_IN_FLAGS: Readonly<Record<string, string>> = {
  help: "Hiển thị hướng dẫn sử dụng",
  version: "Hiển thị phiên bản",
  completions: "In mã tự hoàn thành lệnh cho shell",
  "log-level": "Mức ghi nhật ký tối thiểu",
  wizard: "Chạy lệnh theo từng bước hỏi đáp",
};

const TYPE_NAMES: Readonly<Record<string, string>> = {
  integer: "số nguyên",
  int: "số nguyên",
  string: "chuỗi",
  text: "chuỗi",
  float: "số",
  number: "số",
  boolean: "đúng/sai",
  date: "ngày (YYYY-MM-DD)",
  file: "tệp",
  path: "đường dẫn",
  directory: "thư mục",
  choice: "lựa chọn",
  "key=value": "khóa=giá trị",
};

const typeName = (type: string): string => TYPE_NAMES[type.toLowerCase()] ?? type;

const displayWidth = CliOutput.displayWidth;

const pad = (text: string, width: number) => text + " ".repeat(Math.max(0, width - displayWidth(text)));

const table = (rows: ReadonlyArray<{ left: string; right: string }>, cap: number): string => {
  const widest = Math.max(...rows.map((row) => displayWidth(row.left))) + 4;
  const column = Math.min(widest, cap);
  return rows
    .map((row) => `  ${pad(row.left, Math.max(column, displayWidth(row.left) + 1))}${row.right}`)
    .join("\n");
};

const translateGenerated = (text: string): string =>
  text.replace(/\(choices: ([^)]*)\)/g, "(lựa chọn: $1)").replace(/\(default: ([^)]*)\)/g, "(mặc định: $1)");

const flagDescription = (flag: HelpDoc.FlagDoc): string =>
  BUILT_IN_FLAGS[flag.name] ?? translateGenerated(Option.getOrElse(flag.description, () => ""));

const flagRows = (flags: ReadonlyArray<HelpDoc.FlagDoc>) =>
  flags.map((flag) => {
    const names = [`--${flag.name}`, ...flag.aliases].join(", ");
    const type = flag.type !== "boolean" ? ` ${typeName(flag.type)}` : "";
    return { left: names + type, right: flagDescription(flag) };
  });

/**
 * Renders a help document in Vietnamese.
 *
 * @example
 * ```ts
 * console.log(formatHelpVi(helpDoc));
 * ```
 */
export const formatHelpVi = (doc: HelpDoc.HelpDoc): string => {
  const sections: string[] = [];
  if (doc.description) sections.push("MÔ TẢ", `  ${doc.description}`, "");
  sections.push(
    "CÁCH DÙNG",
    `  ${doc.usage.replace("[flags]", "[tùy chọn]").replace("<subcommand>", "<lệnh>")}`,
    "",
  );
  if (doc.args && doc.args.length > 0) {
    sections.push("ĐỐI SỐ");
    sections.push(
      table(
        doc.args.map((arg) => ({
          left: `${arg.name}${arg.variadic ? "..." : ""} ${typeName(arg.type)}`,
          right: `${Option.getOrElse(arg.description, () => "")}${arg.required ? "" : " (không bắt buộc)"}`,
        })),
        30,
      ),
      "",
    );
  }
  if (doc.flags.length > 0) sections.push("TÙY CHỌN", table(flagRows(doc.flags), 34), "");
  if (doc.inheritedFlags && doc.inheritedFlags.length > 0) {
    sections.push("TÙY CHỌN KẾ THỪA", table(flagRows(doc.inheritedFlags), 34), "");
  }
  if (doc.globalFlags && doc.globalFlags.length > 0) {
    sections.push("TÙY CHỌN CHUNG", table(flagRows(doc.globalFlags), 34), "");
  }
  for (const group of doc.subcommands ?? []) {
    sections.push(group.group ? `${group.group}:` : "LỆNH");
    sections.push(
      table(
        group.commands.map((sub) => ({
          left: sub.alias ? `${sub.name}, ${sub.alias}` : sub.name,
          right: sub.shortDescription ?? sub.description,
        })),
        24,
      ),
      "",
    );
  }
  if (doc.examples && doc.examples.length > 0) {
    sections.push("VÍ DỤ");
    for (const example of doc.examples) {
      if (example.description) sections.push(`  # ${example.description}`);
      sections.push(`  ${example.command}`, "");
    }
  }
  while (sections[sections.length - 1] === "") sections.pop();
  return sections.join("\n").normalize("NFC");
};

const suggestions = (list: ReadonlyArray<string>) =>
  list.length > 0 ? `\n  Có phải ý bạn là: ${list.join(", ")}?` : "";

/** Vietnamese text of one CLI parse error. */
export const formatCliErrorVi = (error: CliError.CliError): string => {
  switch (error._tag) {
    case "UnrecognizedOption":
      return `Tùy chọn không được hỗ trợ: ${error.option}${suggestions(error.suggestions)}`;
    case "DuplicateOption":
      return `Tùy chọn ${error.option} bị khai báo trùng ở lệnh "${error.parentCommand}" và "${error.childCommand}"`;
    case "MissingOption":
      return `Thiếu tùy chọn bắt buộc: --${error.option}`;
    case "MissingArgument":
      return `Thiếu đối số bắt buộc: <${error.argument}>`;
    case "UnexpectedArgument":
      return `Đối số thừa: ${error.arguments.map((a) => JSON.stringify(a)).join(", ")}`;
    case "InvalidValue": {
      const expected = error.expected.includes(" | ")
        ? `một trong các giá trị ${error.expected}`
        : typeName(error.expected.replace(/^Expected:?\s*/, ""));
      if (error.value.length === 0) return `Thiếu giá trị cho --${error.option}; cần ${expected}`;
      return error.kind === "argument"
        ? `Giá trị không hợp lệ cho đối số <${error.option}>: "${error.value}"; cần ${expected}`
        : `Giá trị không hợp lệ cho --${error.option}: "${error.value}"; cần ${expected}`;
    }
    case "UnknownSubcommand":
      return `Không có lệnh "${error.subcommand}"${suggestions(error.suggestions)}`;
    case "ValidationError":
      return error.message;
    case "ShowHelp":
      return "Xem hướng dẫn sử dụng ở trên";
    case "UserError":
      return error.message;
  }
};

const formatErrorsVi = (errors: ReadonlyArray<CliError.CliError>): string =>
  errors.length === 0 ? "" : `\nLỖI\n${errors.map((e) => `  ${formatCliErrorVi(e)}`).join("\n")}`;

/** The Vietnamese formatter. */
export const vietnameseFormatter: CliOutput.Formatter = {
  formatHelpDoc: formatHelpVi,
  formatCliError: formatCliErrorVi,
  formatError: (error) => `\nLỖI\n  ${formatCliErrorVi(error)}`,
  formatErrors: formatErrorsVi,
  formatVersion: (name, version) => `${name} phiên bản ${version}`,
};

/**
 * The Vietnamese presenter: help on stdout; on an invalid invocation only the errors and a hint go to
 * stderr (not the whole help page), so scripts get a short, clear message. The hint names the command as it
 * was started (`npx antq …`, `node dist/main.js …`: ../invocation.ts), so that it can be pasted.
 */
export const vietnamesePresenter: CliOutput.Presenter = {
  present: (event) =>
    Effect.gen(function* () {
      switch (event._tag) {
        case "Help":
          return yield* Console.log(formatHelpVi(event.helpDoc));
        case "InvalidInvocation":
          return yield* Console.error(
            `${formatErrorsVi(event.errors).trimStart()}\n\nXem hướng dẫn: ${[invocation(), ...event.commandPath.slice(1)].join(" ")} --help`,
          );
        case "Version":
          return yield* Console.log(vietnameseFormatter.formatVersion(event.name, event.version));
      }
    }),
};
