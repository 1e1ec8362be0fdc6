/**
 * Administrative unit names ("Tỉnh Tiền Giang", "Phường 10", "TP. Hồ Chí Minh", "Đặc khu Côn Đảo") and the
 * common abbreviations of police and steering-committee reports (UBND, HĐND, BCĐ, ANTT, ANTQ, CAND, PV05 …).
 */
import { assertOptions, assertString } from "./internal/result.js";

/**
 * The unit types, after the 01/07/2025 reform and before it (Huyện, Quận, Thị xã, Thị trấn).
 *
 * @example
 * const t: AdminUnitType = "Đặc khu";
 */
export type AdminUnitType =
  | "Thành phố"
  | "Tỉnh"
  | "Xã"
  | "Phường"
  | "Đặc khu"
  | "Huyện"
  | "Quận"
  | "Thị xã"
  | "Thị trấn";

/**
 * Description of one unit type.
 *
 * @example
 * ADMIN_UNIT_TYPES[0]; //=> { type: "Thành phố", abbreviation: "TP.", level: "province", current: true }
 */
export interface AdminUnitTypeInfo {
  readonly type: AdminUnitType;
  /** The usual abbreviation ("TP.", "Tx.", "TT."); absent when none is in use. */
  readonly abbreviation?: string;
  /** "province" (cấp tỉnh), "district" (cấp huyện, abolished 01/07/2025) or "commune" (cấp xã). */
  readonly level: "province" | "district" | "commune";
  /** Whether the type still exists after the reform of 01/07/2025. */
  readonly current: boolean;
}

/**
 * The administrative unit types with their abbreviation, level and whether they exist after 01/07/2025.
 * "Thành phố" is both a province-level unit and (before 2025) a district-level one; it is listed once.
 *
 * @example
 * ADMIN_UNIT_TYPES.find((t) => t.type === "Thị xã")?.abbreviation; //=> "Tx."
 */
export const ADMIN_UNIT_TYPES: readonly AdminUnitTypeInfo[] = Object.freeze([
  { type: "Thành phố", abbreviation: "TP.", level: "province", current: true },
  { type: "Tỉnh", level: "province", current: true },
  { type: "Đặc khu", level: "commune", current: true },
  { type: "Phường", abbreviation: "P.", level: "commune", current: true },
  { type: "Xã", level: "commune", current: true },
  { type: "Thị xã", abbreviation: "Tx.", level: "district", current: false },
  { type: "Thị trấn", abbreviation: "TT.", level: "commune", current: false },
  { type: "Huyện", abbreviation: "H.", level: "district", current: false },
  { type: "Quận", abbreviation: "Q.", level: "district", current: false },
] as const satisfies readonly AdminUnitTypeInfo[]);

/**
 * A unit name split into its type prefix and proper name.
 *
 * @example
 * const ward: AdminUnitName = { type: "Phường", name: "10" }; // "Phường 10"
 */
export interface AdminUnitName {
  /** The type, when the name had a prefix. */
  readonly type?: AdminUnitType;
  /** The proper name ("Hồ Chí Minh", "10", "Côn Đảo"). */
  readonly name: string;
}

interface PrefixRule {
  readonly re: RegExp;
  readonly type: AdminUnitType;
}

// Longest prefixes first ("Thị xã" before "Xã", "Thành phố" before "TP").
const PREFIXES: readonly PrefixRule[] = [
  { re: /^thành\s+phố\s+/iu, type: "Thành phố" },
  { re: /^thị\s+xã\s+/iu, type: "Thị xã" },
  { re: /^thị\s+trấn\s+/iu, type: "Thị trấn" },
  { re: /^đặc\s+khu\s+/iu, type: "Đặc khu" },
  { re: /^tỉnh\s+/iu, type: "Tỉnh" },
  { re: /^phường\s+/iu, type: "Phường" },
  { re: /^xã\s+/iu, type: "Xã" },
  { re: /^huyện\s+/iu, type: "Huyện" },
  { re: /^quận\s+/iu, type: "Quận" },
  { re: /^tp\.?\s*(?=\S)/iu, type: "Thành phố" },
  { re: /^tx\.\s*(?=\S)/iu, type: "Thị xã" },
  { re: /^tt\.\s*(?=\S)/u, type: "Thị trấn" },
  { re: /^p\.\s*(?=\S)/u, type: "Phường" },
  { re: /^q\.\s*(?=\S)/iu, type: "Quận" },
  { re: /^h\.\s*(?=\S)/iu, type: "Huyện" },
];

/**
 * Splits a unit name into its type prefix and proper name; full, lower-case and abbreviated prefixes are
 * recognised ("xã Bắc Sơn", "TP. Hồ Chí Minh", "Tx. Gò Công"). The text is NFC-normalised and trimmed.
 *
 * @example
 * splitAdminUnitName("Phường 10"); //=> { type: "Phường", name: "10" }
 * splitAdminUnitName("TP. Hồ Chí Minh"); //=> { type: "Thành phố", name: "Hồ Chí Minh" }
 * splitAdminUnitName("Hà Nội"); //=> { name: "Hà Nội" }
 */
export function splitAdminUnitName(fullName: string): AdminUnitName {
  assertString(fullName, "fullName");
  const s = fullName.normalize("NFC").trim();
  for (const p of PREFIXES) {
    const m = p.re.exec(s);
    if (m) return { type: p.type, name: s.slice(m[0].length) };
  }
  return { name: s };
}

/**
 * Options for {@link formatAdminUnitName}.
 *
 * @example
 * formatAdminUnitName({ type: "Thị xã", name: "Gò Công" }, { abbreviate: true }); //=> "Tx. Gò Công"
 */
export interface FormatAdminUnitNameOptions {
  /** Use the abbreviation ("TP. Hồ Chí Minh", "Tx. Gò Công") when there is one. Default `false`. */
  readonly abbreviate?: boolean;
}

/**
 * Formats a unit name with its type prefix.
 *
 * @example
 * formatAdminUnitName({ type: "Thành phố", name: "Hồ Chí Minh" }); //=> "Thành phố Hồ Chí Minh"
 * formatAdminUnitName({ type: "Thành phố", name: "Hồ Chí Minh" }, { abbreviate: true }); //=> "TP. Hồ Chí Minh"
 * formatAdminUnitName({ type: "Đặc khu", name: "Côn Đảo" }); //=> "Đặc khu Côn Đảo"
 */
export function formatAdminUnitName(unit: AdminUnitName, options?: FormatAdminUnitNameOptions): string {
  assertOptions(options, ["abbreviate"], "formatAdminUnitName");
  if (unit === null || typeof unit !== "object")
    throw new TypeError("formatAdminUnitName: expected { type, name }");
  assertString(unit.name, "name");
  if (unit.type === undefined) return unit.name;
  const info = ADMIN_UNIT_TYPES.find((t) => t.type === unit.type);
  if (info === undefined)
    throw new RangeError(`formatAdminUnitName: unknown unit type "${String(unit.type)}"`);
  const prefix =
    options?.abbreviate === true && info.abbreviation !== undefined ? info.abbreviation : info.type;
  return `${prefix} ${unit.name}`;
}

/**
 * Abbreviations used in police and steering-committee documents, with their expansion. Ambiguous short
 * forms (TT. = Thị trấn or Thông tư; Q., H., P.) are deliberately absent from text expansion.
 *
 * @example
 * ABBREVIATIONS["UBND"]; //=> "Ủy ban nhân dân"
 * ABBREVIATIONS["ANTQ"]; //=> "an ninh Tổ quốc"
 */
export const ABBREVIATIONS: Readonly<Record<string, string>> = Object.freeze({
  UBND: "Ủy ban nhân dân",
  HĐND: "Hội đồng nhân dân",
  BCĐ: "Ban Chỉ đạo",
  ANTT: "an ninh, trật tự",
  ANTQ: "an ninh Tổ quốc",
  CAND: "Công an nhân dân",
  BCA: "Bộ Công an",
  PV05: "Phòng Xây dựng phong trào bảo vệ an ninh Tổ quốc",
  V05: "Cục Xây dựng phong trào bảo vệ an ninh Tổ quốc",
  MTTQ: "Mặt trận Tổ quốc",
  TNXH: "tệ nạn xã hội",
  PCTP: "phòng, chống tội phạm",
  KDC: "khu dân cư",
  "TP.": "Thành phố",
  "Tx.": "Thị xã",
});

const ABBR_KEYS = Object.keys(ABBREVIATIONS).sort((a, b) => b.length - a.length);
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
// A token is an abbreviation only when it is not part of a document number or a longer word.
const EXPAND_RE = new RegExp(
  `(?<![\\p{L}\\p{N}/-])(${ABBR_KEYS.map(escapeRegExp).join("|")})(?![\\p{L}\\p{N}/-])`,
  "gu",
);

/**
 * Expands the abbreviations of {@link ABBREVIATIONS} in running text. Tokens inside document numbers
 * ("10/KH-BCĐ-CAT") are left alone.
 *
 * @example
 * expandAbbreviations("UBND tỉnh và BCĐ 138"); //=> "Ủy ban nhân dân tỉnh và Ban Chỉ đạo 138"
 * expandAbbreviations("Kế hoạch số 10/KH-BCĐ-CAT"); //=> "Kế hoạch số 10/KH-BCĐ-CAT"
 */
export function expandAbbreviations(text: string): string {
  assertString(text, "text");
  return text.normalize("NFC").replace(EXPAND_RE, (m) => ABBREVIATIONS[m] ?? m);
}

// Only the abbreviations that reports really use in running text are applied by `abbreviate`.
const PROSE_ABBREVIATIONS = new Set(["UBND", "HĐND", "BCĐ", "ANTT", "ANTQ", "CAND", "MTTQ", "TNXH"]);

const PHRASES: readonly (readonly [RegExp, string])[] = Object.entries(ABBREVIATIONS)
  .filter(([abbr]) => PROSE_ABBREVIATIONS.has(abbr))
  .sort((a, b) => b[1].length - a[1].length)
  .map(([abbr, phrase]) => {
    // Match both tone styles ("Ủy"/"Uỷ") and a capitalised first letter.
    const variants = new Set([phrase, phrase.replace("Ủy", "Uỷ")]);
    const alternatives = [...variants].map((v) => {
      const first = v.charAt(0);
      const rest = escapeRegExp(v.slice(1));
      return `[${first.toLowerCase()}${first.toUpperCase()}]${rest}`;
    });
    return [new RegExp(`(?<![\\p{L}])(?:${alternatives.join("|")})(?![\\p{L}])`, "gu"), abbr] as const;
  });

/**
 * Replaces full phrases with the abbreviations used in running text (UBND, HĐND, BCĐ, ANTT, ANTQ, CAND,
 * MTTQ, TNXH); the reverse of {@link expandAbbreviations} for those.
 *
 * @example
 * abbreviate("Ủy ban nhân dân tỉnh Tiền Giang"); //=> "UBND tỉnh Tiền Giang"
 * abbreviate("bảo đảm an ninh, trật tự"); //=> "bảo đảm ANTT"
 */
export function abbreviate(text: string): string {
  assertString(text, "text");
  let s = text.normalize("NFC");
  for (const [re, abbr] of PHRASES) s = s.replace(re, abbr);
  return s;
}
