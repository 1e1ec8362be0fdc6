import * as z from "zod";
import { CalendarDateSchema } from "./calendar-date.js";
import { DisciplineFormSchema } from "./discipline.js";
import { PersonIdSchema, RecordIdSchema } from "./ids.js";
import { text } from "./internal/id.js";
import { PersonRoleSchema } from "./person-role.js";

/**
 * An administrative sanction (xử phạt vi phạm hành chính) of a person of the unit, with whether it is
 * in the field of security and order (TT 124 Điều 6 khoản 3 điểm h: "bị xử phạt vi phạm hành chính về ANTT").
 *
 * @example
 * ```ts
 * AdministrativeSanctionSchema.parse({
 *   id: "xphc-01", date: "2025-06-11", personRole: "staff", securityOrderField: true,
 *   description: "Đánh bạc trái phép (phạt tiền)",
 * });
 * ```
 */
export const AdministrativeSanctionSchema = z
  .strictObject({
    id: RecordIdSchema,
    date: CalendarDateSchema,
    personRole: PersonRoleSchema,
    personId: PersonIdSchema.optional(),
    securityOrderField: z.boolean().meta({ title: "Thuộc lĩnh vực an ninh, trật tự" }),
    decisionNumber: text("Số quyết định", 100).optional(),
    description: text("Hành vi vi phạm", 2000).optional(),
  })
  .meta({ title: "Xử phạt vi phạm hành chính" });

/**
 * An administrative sanction (see {@link AdministrativeSanctionSchema}).
 *
 * @example
 * ```ts
 * const inField = (s: AdministrativeSanction) => s.securityOrderField;
 * ```
 */
export type AdministrativeSanction = z.infer<typeof AdministrativeSanctionSchema>;

/**
 * Reasons for a disciplinary action that TT 124 distinguishes: involvement in a social evil, a crime, or
 * another reason.
 *
 * @example
 * ```ts
 * DisciplinaryReasonSchema.parse("social-evil"); // mắc tệ nạn xã hội
 * ```
 */
export const DisciplinaryReasonSchema = z
  .enum(["social-evil", "crime", "other"])
  .meta({ title: "Lý do kỷ luật" });

/**
 * A reason for discipline (see {@link DisciplinaryReasonSchema}).
 *
 * @example
 * ```ts
 * const r: DisciplinaryReason = "crime";
 * ```
 */
export type DisciplinaryReason = z.infer<typeof DisciplinaryReasonSchema>;

/**
 * Vietnamese labels of {@link DisciplinaryReason}.
 *
 * @example
 * ```ts
 * DISCIPLINARY_REASON_LABELS_VI["social-evil"]; // "Mắc tệ nạn xã hội"
 * ```
 */
export const DISCIPLINARY_REASON_LABELS_VI: Readonly<Record<DisciplinaryReason, string>> = {
  "social-evil": "Mắc tệ nạn xã hội",
  crime: "Phạm tội",
  other: "Lý do khác",
};

/**
 * A disciplinary action (kỷ luật) with its form, the person's role and the reason. TT 124 Điều 4 khoản 5 and
 * Điều 5 khoản 3 count any form; Điều 6–7 count "cảnh cáo" or higher (see `isDisciplineAtLeast`).
 *
 * @example
 * ```ts
 * DisciplinaryActionSchema.parse({
 *   id: "kl-01", date: "2025-07-22", personRole: "security-team-member", form: "reprimand", reason: "other",
 * });
 * ```
 */
export const DisciplinaryActionSchema = z
  .strictObject({
    id: RecordIdSchema,
    date: CalendarDateSchema,
    personRole: PersonRoleSchema,
    personId: PersonIdSchema.optional(),
    form: DisciplineFormSchema,
    reason: DisciplinaryReasonSchema,
    decisionNumber: text("Số quyết định", 100).optional(),
    description: text("Nội dung vi phạm", 2000).optional(),
  })
  .meta({ title: "Kỷ luật" });

/**
 * A disciplinary action (see {@link DisciplinaryActionSchema}).
 *
 * @example
 * ```ts
 * const form = (d: DisciplinaryAction) => d.form;
 * ```
 */
export type DisciplinaryAction = z.infer<typeof DisciplinaryActionSchema>;
