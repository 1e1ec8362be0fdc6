import * as z from "zod";
import { DocumentReferenceSchema } from "./document-ref.js";
import { AdminUnitIdSchema, AssessedUnitIdSchema, RecordIdSchema } from "./ids.js";
import { count, text } from "./internal/id.js";
import { parser } from "./parse.js";
import {
  TARGET_PROGRAMME_LABELS_VI,
  TARGET_SUBJECT_LABELS_VI,
  TargetProgrammeSchema,
  TargetSubjectSchema,
} from "./plan.js";

/**
 * Where a unit stands in building "điển hình": registered (đăng ký xây dựng), selected by the steering
 * committee (Hậu Giang 28/02/2024 chose its 2024 units from the 2023 classification), reached the criteria
 * (QĐ 9745/QĐ-BCA-V05, or the provisional set for "Công an phường điển hình, kiểu mẫu"), did not reach them
 * at the year's review, or withdrew. Who recognises the status is [NF] (regulations.md §11.2), so the
 * recognising decision is recorded as data, never inferred.
 *
 * @example
 * ```ts
 * TypicalStatusSchema.parse("achieved");
 * ```
 */
export const TypicalStatusSchema = z
  .enum(["registered", "selected", "achieved", "not-achieved", "withdrawn"])
  .meta({ title: "Tình trạng xây dựng điển hình" });

/**
 * A status (see {@link TypicalStatusSchema}).
 *
 * @example
 * ```ts
 * const s: TypicalStatus = "selected";
 * ```
 */
export type TypicalStatus = z.infer<typeof TypicalStatusSchema>;

/**
 * Vietnamese labels of {@link TypicalStatus}.
 *
 * @example
 * ```ts
 * TYPICAL_STATUS_LABELS_VI.achieved; // "Đạt tiêu chí điển hình"
 * ```
 */
export const TYPICAL_STATUS_LABELS_VI: Readonly<Record<TypicalStatus, string>> = {
  registered: "Đăng ký xây dựng",
  selected: "Được chọn xây dựng",
  achieved: "Đạt tiêu chí điển hình",
  "not-achieved": "Chưa đạt tiêu chí",
  withdrawn: "Rút đăng ký",
};

/**
 * The programmes a registration belongs to: điển hình units, or "Công an phường điển hình, kiểu mẫu".
 *
 * @example
 * ```ts
 * TypicalProgrammeSchema.parse("model-ward-police");
 * ```
 */
export const TypicalProgrammeSchema = TargetProgrammeSchema.extract([
  "typical-unit",
  "model-ward-police",
]).meta({
  title: "Chương trình",
});

/**
 * Vietnamese labels of the registration programmes (those of the plan targets).
 *
 * @example
 * ```ts
 * TYPICAL_PROGRAMME_LABELS_VI["model-ward-police"]; // "Công an phường điển hình, kiểu mẫu"
 * ```
 */
export const TYPICAL_PROGRAMME_LABELS_VI: Readonly<Record<z.infer<typeof TypicalProgrammeSchema>, string>> = {
  "typical-unit": TARGET_PROGRAMME_LABELS_VI["typical-unit"],
  "model-ward-police": TARGET_PROGRAMME_LABELS_VI["model-ward-police"],
};

/**
 * The kinds of unit a registration names (a ward's police station for "model-ward-police").
 *
 * @example
 * ```ts
 * TypicalSubjectSchema.parse("township");
 * ```
 */
export const TypicalSubjectSchema = TargetSubjectSchema.extract([
  "commune",
  "ward",
  "township",
  "special-zone",
  "agency",
  "enterprise",
  "education",
  "ward-police",
]).meta({ title: "Loại đơn vị" });

/**
 * Vietnamese labels of the registration subjects (those of the plan targets).
 *
 * @example
 * ```ts
 * TYPICAL_SUBJECT_LABELS_VI["ward-police"]; // "Công an phường"
 * ```
 */
export const TYPICAL_SUBJECT_LABELS_VI: Readonly<Record<z.infer<typeof TypicalSubjectSchema>, string>> = {
  commune: TARGET_SUBJECT_LABELS_VI.commune,
  ward: TARGET_SUBJECT_LABELS_VI.ward,
  township: TARGET_SUBJECT_LABELS_VI.township,
  "special-zone": TARGET_SUBJECT_LABELS_VI["special-zone"],
  agency: TARGET_SUBJECT_LABELS_VI.agency,
  enterprise: TARGET_SUBJECT_LABELS_VI.enterprise,
  education: TARGET_SUBJECT_LABELS_VI.education,
  "ward-police": TARGET_SUBJECT_LABELS_VI["ward-police"],
};

/**
 * One unit's registration for building "điển hình" in a year, with its status and, once reviewed, the
 * criteria met ("đạt X/N tiêu chí", the form used in practice: xã Sùng Phài 28/34, regulations.md §11.2 and
 * §11.6 D8). Units of "model-ward-police" name their ward (`adminUnitId`), which the per-city percentage
 * targets count. Basis: KH 10/KH-BCĐ-CAT (An Giang, 08/02/2023) and Hậu Giang's 2024 selection (seeds);
 * @antq/domain had plans with targets but no record of which units build or reached điển hình.
 *
 * @example
 * ```ts
 * TypicalRegistrationSchema.parse({
 *   id: "dh-2024-xa-tan-tien", year: 2024, programme: "typical-unit", subject: "commune",
 *   name: "Xã Tân Tiến, thành phố Vị Thanh", status: "selected",
 * });
 * ```
 */
export const TypicalRegistrationSchema = z
  .strictObject({
    id: RecordIdSchema,
    planId: RecordIdSchema.optional(),
    year: z.int().min(2000).max(2100).meta({ title: "Năm" }),
    programme: TypicalProgrammeSchema,
    subject: TypicalSubjectSchema,
    name: text("Tên đơn vị", 300),
    unitId: AssessedUnitIdSchema.optional(),
    adminUnitId: AdminUnitIdSchema.optional(),
    status: TypicalStatusSchema,
    criteriaMet: count("Số tiêu chí đạt").optional(),
    criteriaTotal: count("Tổng số tiêu chí").optional(),
    decision: DocumentReferenceSchema.optional(),
    note: text("Ghi chú", 2000).optional(),
  })
  .superRefine((r, ctx) => {
    if (r.programme === "model-ward-police" && r.subject !== "ward-police") {
      ctx.addIssue({
        code: "custom",
        path: ["subject"],
        input: r.subject,
        params: {
          domainCode: "INVALID_KIND",
          messageVi:
            "chương trình Công an phường điển hình, kiểu mẫu chỉ áp dụng cho loại đơn vị Công an phường.",
        },
      });
    }
    if (r.subject === "ward-police" && r.adminUnitId === undefined) {
      ctx.addIssue({
        code: "custom",
        path: ["adminUnitId"],
        params: {
          domainCode: "REQUIRED",
          messageVi:
            "Công an phường cần ghi mã phường (đơn vị hành chính) để tính tỷ lệ theo từng thành phố, thị xã.",
        },
      });
    }
    if (r.criteriaMet !== undefined && r.criteriaTotal !== undefined && r.criteriaMet > r.criteriaTotal) {
      ctx.addIssue({
        code: "custom",
        path: ["criteriaMet"],
        input: r.criteriaMet,
        params: {
          domainCode: "PART_EXCEEDS_TOTAL",
          messageVi: `số tiêu chí đạt (${r.criteriaMet}) lớn hơn tổng số tiêu chí (${r.criteriaTotal}).`,
        },
      });
    }
  })
  .meta({ id: "TypicalRegistration", title: "Đăng ký, lựa chọn xây dựng điển hình" });

/**
 * A registration (see {@link TypicalRegistrationSchema}).
 *
 * @example
 * ```ts
 * const reached = (rs: TypicalRegistration[]) => rs.filter((r) => r.status === "achieved").length;
 * ```
 */
export type TypicalRegistration = z.infer<typeof TypicalRegistrationSchema>;

/**
 * Parses a registration.
 *
 * @example
 * ```ts
 * parseTypicalRegistration({ id: "r1", year: 2023, programme: "typical-unit", subject: "agency", name: "Sở Tư pháp", status: "registered" }).ok; // true
 * ```
 */
export const parseTypicalRegistration = parser(TypicalRegistrationSchema);
