/**
 * The Vietnamese text of a rule set's metadata on a date, as `antq quy-dinh` prints it.
 */
import { formatDate, formatNumber } from "@antq/format-vi";
import type { RuleSetMetadata } from "./serialize.js";

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

/**
 * The Vietnamese listing of a rule set on a date (`antq quy-dinh`): its rules and criteria with their kinds,
 * period, legal basis, parameters and interpretation options; its parameters with their values; the
 * interpretation options with their choices and default. `history` (the metadata of the whole rule set, every
 * version) adds a "Lịch sử" line to each rule and parameter that changed over time.
 *
 * @example
 * const text = ruleSetListing(compiled.metadata, ruleSetMetadata(ruleSet), compiled.asOf);
 * text.split("\n")[0]; //=> "QUY ĐỊNH ÁP DỤNG NGÀY 31/12/2025: Bộ quy tắc ví dụ"
 * text.includes("• [tt124.ty_le_cong_nhan_toi_thieu] Tỷ lệ tối thiểu đơn vị được công nhận: 70"); //=> true
 * text.includes("Mặc định: chưa quyết định"); //=> true
 */
export const ruleSetListing = (inForce: RuleSetMetadata, history: RuleSetMetadata, date: string): string => {
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
