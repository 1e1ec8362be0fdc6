/**
 * `antq quy-dinh` / `rules`: the rules, criteria, parameters and interpretation options in force on a
 * date, with their legal basis and history (from @antq/rules' metadata).
 */
import { vietnamDateOf } from "@antq/domain";
import { composeRuleSet, type RuleSetMetadata, ruleSetMetadata } from "@antq/rules";
import { securityOrderRuleSet } from "@antq/rules-antt";
import { Effect, Option } from "effect";
import { Command, Flag } from "effect/cli";
import { loadOverlays, prepareRules } from "../assess/rules.js";
import { InvalidInputError } from "../errors.js";
import { formatDate, formatNumber, parseDateVi } from "../format.js";
import { provinceFlag } from "./assess.js";
import { jsonFlag, printJson, printText } from "./shared.js";

const ROLE_LABELS: Readonly<Record<string, string>> = {
  gate: "điều kiện",
  criterion: "tiêu chí",
  info: "thông tin",
};

const period = (from: string, to?: string) =>
  to === undefined ? `từ ${formatDate(from)}` : `từ ${formatDate(from)} đến ${formatDate(to)}`;

const valueText = (value: unknown, unit?: string): string => {
  if (typeof value === "number") return `${formatNumber(value)}${unit ? ` ${unit}` : ""}`;
  if (typeof value === "boolean") return value ? "có" : "không";
  if (value === null || value === undefined) return "chưa xác định";
  if (typeof value === "string") return value;
  return JSON.stringify(value);
};

/** Vietnamese text listing of the metadata in force, with history from the full metadata. */
export const formatRules = (inForce: RuleSetMetadata, history: RuleSetMetadata, date: string): string => {
  const lines: string[] = [];
  lines.push(`QUY ĐỊNH ÁP DỤNG NGÀY ${formatDate(date)}: ${inForce.label}`);
  lines.push(
    `Gói: ${inForce.package.name}@${inForce.package.version}${inForce.overlays.length > 0 ? `; gói bổ sung: ${inForce.overlays.map((o) => `${o.label} (${o.package.name}@${o.package.version})`).join(", ")}` : ""}`,
  );
  if (inForce.basis.length > 0) lines.push(`Căn cứ: ${inForce.basis.map((b) => b.citation).join("; ")}`);
  lines.push("", `QUY TẮC VÀ TIÊU CHÍ (${formatNumber(inForce.rules.length)})`);
  for (const rule of inForce.rules) {
    const version = rule.versions[0];
    const kinds =
      rule.kinds && rule.kinds.length > 0
        ? ` — áp dụng cho: ${rule.kinds.map((k) => inForce.kinds.find((x) => x.id === k)?.label ?? k).join(", ")}`
        : "";
    lines.push(
      `• [${rule.id}] ${version?.label ?? rule.label} (${ROLE_LABELS[rule.role] ?? rule.role})${kinds}`,
    );
    if (version) {
      lines.push(
        `    Hiệu lực: ${period(version.from, version.to)}. Căn cứ: ${version.basis.map((b) => b.citation).join("; ") || "—"}`,
      );
      if (version.parameters.length > 0) lines.push(`    Tham số: ${version.parameters.join(", ")}`);
      if (version.interpretations.length > 0)
        lines.push(`    Cách hiểu: ${version.interpretations.join(", ")}`);
      if (version.source && version.source.name !== inForce.package.name)
        lines.push(`    Do gói ${version.source.name}@${version.source.version} cung cấp`);
    }
    const past = history.rules.find((r) => r.id === rule.id)?.versions ?? [];
    if (past.length > 1) {
      lines.push(
        `    Lịch sử: ${past.map((v) => `${period(v.from, v.to)} (${v.basis.map((b) => b.citation).join("; ") || "—"})${v.disabled ? " — bãi bỏ" : ""}`).join(" → ")}`,
      );
    }
  }
  lines.push("", `THAM SỐ (${formatNumber(inForce.parameters.length)})`);
  for (const parameter of inForce.parameters) {
    const value = parameter.values[0];
    lines.push(
      `• [${parameter.id}] ${parameter.label}: ${value ? valueText(value.value, parameter.unit) : "—"}`,
    );
    if (value) {
      lines.push(`    Hiệu lực: ${period(value.from, value.to)}. Căn cứ: ${value.basis.citation}`);
      if (value.review) lines.push(`    Cần xem xét: ${value.review}`);
    }
    const past = history.parameters.find((p) => p.id === parameter.id)?.values ?? [];
    if (past.length > 1) {
      lines.push(
        `    Lịch sử: ${past.map((v) => `${period(v.from, v.to)}: ${valueText(v.value, parameter.unit)}`).join(" → ")}`,
      );
    }
  }
  lines.push("", `CÁCH HIỂU CÓ THỂ CHỌN (${formatNumber(inForce.interpretations.length)})`);
  for (const interpretation of inForce.interpretations) {
    lines.push(`• [${interpretation.id}] ${interpretation.label}`);
    lines.push(`    Lựa chọn: ${interpretation.choices.map((c) => `${c.id} = ${c.label}`).join("; ")}`);
    lines.push(
      `    Mặc định: ${interpretation.default ?? "chưa quyết định (kết quả phụ thuộc sẽ là “cần xem xét”)"}. Căn cứ: ${interpretation.basis.citation}`,
    );
  }
  return lines.join("\n");
};

/** Parses `--ngay` (dd/mm/yyyy or YYYY-MM-DD). */
export const parseDateFlag = (text: string): string | undefined =>
  /^\d{4}-\d{2}-\d{2}$/.test(text)
    ? parseDateVi(text.split("-").reverse().join("/"))
      ? text
      : undefined
    : parseDateVi(text);

export const rulesCommand = Command.make(
  "quy-dinh",
  {
    date: Flag.String("ngay").pipe(
      Flag.withDescription("Ngày áp dụng, dạng ngày/tháng/năm hoặc YYYY-MM-DD (mặc định hôm nay)"),
      Flag.optional,
    ),
    year: Flag.Int("nam").pipe(
      Flag.withDescription("Năm đánh giá (dùng ngày chốt của năm, 15/11)"),
      Flag.optional,
    ),
    provinces: provinceFlag,
    json: jsonFlag,
  },
  ({ date, year, provinces, json }) =>
    Effect.gen(function* () {
      let asOf: string | undefined;
      if (Option.isSome(date)) {
        asOf = parseDateFlag(date.value);
        if (!asOf)
          return yield* new InvalidInputError({
            message: `Ngày "${date.value}" không hợp lệ; viết dạng 25/09/2024.`,
          });
      } else if (Option.isNone(year)) asOf = vietnamDateOf(new Date());
      const compiled = yield* prepareRules({
        ...(asOf !== undefined ? { asOf } : { year: (year as Option.Some<number>).value }),
        provinces,
        readings: {},
      });
      const overlays = yield* loadOverlays(provinces);
      const composed = composeRuleSet(securityOrderRuleSet, overlays);
      const history = ruleSetMetadata(composed.ok ? composed.value : securityOrderRuleSet);
      if (json) return yield* printJson({ ngay: compiled.asOf, hieuLuc: compiled.metadata, lichSu: history });
      yield* printText(formatRules(compiled.metadata, history, compiled.asOf));
    }),
).pipe(
  Command.withAlias("rules"),
  Command.withDescription(
    "Liệt kê quy tắc, tiêu chí, tham số và cách hiểu đang áp dụng tại một ngày, kèm căn cứ pháp lý và lịch sử",
  ),
  Command.withExamples([
    { command: "antq quy-dinh", description: "Quy định áp dụng hôm nay" },
    {
      command: "antq quy-dinh --ngay 01/01/2022",
      description: "Trước khi Thông tư 124/2021/TT-BCA có hiệu lực",
    },
    { command: "antq quy-dinh --nam 2024 --json", description: "Dạng JSON cho năm đánh giá 2024" },
  ]),
);
