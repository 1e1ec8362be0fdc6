import { type DocumentNumber, type ParseResult, parseDocumentNumber } from "@antq/format-vi";
import * as z from "zod";
import { CalendarDateSchema } from "./calendar-date.js";
import { text } from "./internal/id.js";

/**
 * A document number and symbol ("số, ký hiệu văn bản") checked with `@antq/format-vi`'s `parseDocumentNumber`:
 * normative ("124/2021/TT-BCA"), administrative ("10/KH-BCĐ-CAT", "3371/BCA-V05") or Party ("727-CV/TU").
 * The check is done by zod only (the JSON Schema requires a non-empty string).
 *
 * @example
 * ```ts
 * DocumentNumberTextSchema.parse("10/KH-BCĐ-CAT");
 * DocumentNumberTextSchema.safeParse("KH-10").success; // false
 * ```
 */
export const DocumentNumberTextSchema = text("Số, ký hiệu văn bản", 100).superRefine((value, ctx) => {
  const r = parseDocumentNumber(value);
  if (!r.ok) {
    ctx.addIssue({
      code: "custom",
      input: value,
      params: { domainCode: "INVALID_DOCUMENT_NUMBER", detail: r.issues[0]?.message },
    });
  }
});

/**
 * Kinds of document referred to by movement data (nghị quyết, kế hoạch, bản đăng ký, quyết định …).
 *
 * @example
 * ```ts
 * DocumentKindSchema.parse("plan"); // kế hoạch
 * ```
 */
export const DocumentKindSchema = z
  .enum([
    "resolution",
    "plan",
    "registration",
    "decision",
    "internal-rules",
    "report",
    "submission",
    "minutes",
    "guidance",
    "circular",
    "decree",
    "law",
    "directive",
    "official-letter",
    "other",
  ])
  .meta({ title: "Loại văn bản" });

/**
 * A document kind (see {@link DocumentKindSchema}).
 *
 * @example
 * ```ts
 * const k: DocumentKind = "resolution";
 * ```
 */
export type DocumentKind = z.infer<typeof DocumentKindSchema>;

/**
 * Vietnamese labels of {@link DocumentKind} (names of document types as in Nghị định 30/2020/NĐ-CP and the
 * Luật Ban hành văn bản quy phạm pháp luật).
 *
 * @example
 * ```ts
 * DOCUMENT_KIND_LABELS_VI["official-letter"]; // "Công văn"
 * ```
 */
export const DOCUMENT_KIND_LABELS_VI: Readonly<Record<DocumentKind, string>> = {
  resolution: "Nghị quyết",
  plan: "Kế hoạch",
  registration: "Bản đăng ký",
  decision: "Quyết định",
  "internal-rules": "Nội quy, quy chế",
  report: "Báo cáo",
  submission: "Tờ trình",
  minutes: "Biên bản",
  guidance: "Hướng dẫn",
  circular: "Thông tư",
  decree: "Nghị định",
  law: "Luật",
  directive: "Chỉ thị",
  "official-letter": "Công văn",
  other: "Văn bản khác",
};

/**
 * A reference to a document: its number and symbol as written (e.g. `"10/KH-BCĐ-CAT"`,
 * `"124/2021/TT-BCA"`), date of issue, issuer, kind and title. All fields except `number` are optional;
 * a Bản đăng ký often has no number, so use {@link DatedActSchema} without a reference for it.
 *
 * @example
 * ```ts
 * DocumentReferenceSchema.parse({ number: "10/KH-BCĐ-CAT", date: "2023-02-08", kind: "plan", issuer: "Ban Chỉ đạo 138 tỉnh An Giang" });
 * ```
 */
export const DocumentReferenceSchema = z
  .strictObject({
    number: DocumentNumberTextSchema,
    date: CalendarDateSchema.optional(),
    kind: DocumentKindSchema.optional(),
    issuer: text("Cơ quan ban hành", 300).optional(),
    title: text("Trích yếu", 1000).optional(),
  })
  .meta({ id: "DocumentReference", title: "Văn bản" });

/**
 * A document reference (see {@link DocumentReferenceSchema}).
 *
 * @example
 * ```ts
 * const ref: DocumentReference = { number: "124/2021/TT-BCA", date: "2021-12-28", kind: "circular" };
 * ```
 */
export type DocumentReference = z.infer<typeof DocumentReferenceSchema>;

/**
 * A dated act (a resolution adopted, a plan issued, a registration made), optionally with its document.
 * TT 124 asks for several of these "trong Quý I".
 *
 * @example
 * ```ts
 * DatedActSchema.parse({ date: "2025-02-20", document: { number: "05-NQ/CB", kind: "resolution" } });
 * ```
 */
export const DatedActSchema = z
  .strictObject({
    date: CalendarDateSchema,
    document: DocumentReferenceSchema.optional(),
    note: text("Ghi chú", 1000).optional(),
  })
  .meta({ title: "Việc đã thực hiện (có ngày)" });

/**
 * A dated act (see {@link DatedActSchema}).
 *
 * @example
 * ```ts
 * const act: DatedAct = { date: "2025-03-05" };
 * ```
 */
export type DatedAct = z.infer<typeof DatedActSchema>;

/**
 * The parsed number of a document reference (type, issuer, year …) from `@antq/format-vi`.
 *
 * @example
 * ```ts
 * const r = documentNumberOf({ number: "10/KH-BCĐ-CAT" });
 * r.ok && r.value.typeName; // "Kế hoạch"
 * ```
 */
export function documentNumberOf(ref: Pick<DocumentReference, "number">): ParseResult<DocumentNumber> {
  return parseDocumentNumber(ref.number);
}
