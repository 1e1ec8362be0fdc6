import * as z from "zod";
import { CalendarDateSchema } from "./calendar-date.js";
import { AdminUnitIdSchema, AssessedUnitIdSchema } from "./ids.js";
import { count, text } from "./internal/id.js";
import { checkRange } from "./internal/range.js";
import { parser } from "./parse.js";

/**
 * Kinds of unit that TT 124/2021/TT-BCA Điều 1 khoản 2 and QĐ 510/QĐ-BCA-V05 assess, plus
 * `"other-organisation"` for bodies that are neither a cơ quan (Điều 2 khoản 2) nor a doanh nghiệp
 * (Điều 2 khoản 3), e.g. an association not funded by the state budget (scenario T30).
 *
 * @example
 * ```ts
 * AssessedUnitKindSchema.parse("residential-area"); // khu dân cư
 * ```
 */
export const AssessedUnitKindSchema = z
  .enum(["residential-area", "commune", "agency", "enterprise", "education", "other-organisation"])
  .meta({ title: "Loại đơn vị được đánh giá" });

/**
 * Kind of assessed unit (see {@link AssessedUnitKindSchema}).
 *
 * @example
 * ```ts
 * const kind: AssessedUnitKind = "enterprise";
 * ```
 */
export type AssessedUnitKind = z.infer<typeof AssessedUnitKindSchema>;

/**
 * Vietnamese labels of {@link AssessedUnitKind}.
 *
 * @example
 * ```ts
 * ASSESSED_UNIT_KIND_LABELS_VI.education; // "Cơ sở giáo dục"
 * ```
 */
export const ASSESSED_UNIT_KIND_LABELS_VI: Readonly<Record<AssessedUnitKind, string>> = {
  "residential-area": "Khu dân cư",
  commune: "Xã, phường, đặc khu (thị trấn trước 01/7/2025)",
  agency: "Cơ quan",
  enterprise: "Doanh nghiệp",
  education: "Cơ sở giáo dục",
  "other-organisation": "Tổ chức khác (không phải cơ quan, doanh nghiệp)",
};

/**
 * Local names of a khu dân cư (TT 124 Điều 2 khoản 1): thôn, làng, bản, ấp, buôn, phum, sóc, khóm,
 * tổ dân phố, khu phố and equivalents.
 *
 * @example
 * ```ts
 * ResidentialAreaTypeSchema.parse("to-dan-pho");
 * ```
 */
export const ResidentialAreaTypeSchema = z
  .enum(["thon", "lang", "ban", "ap", "buon", "phum", "soc", "khom", "to-dan-pho", "khu-pho", "other"])
  .meta({ title: "Tên gọi khu dân cư" });

/**
 * Local name of a khu dân cư (see {@link ResidentialAreaTypeSchema}).
 *
 * @example
 * ```ts
 * const t: ResidentialAreaType = "ap";
 * ```
 */
export type ResidentialAreaType = z.infer<typeof ResidentialAreaTypeSchema>;

/**
 * Vietnamese labels of {@link ResidentialAreaType}.
 *
 * @example
 * ```ts
 * RESIDENTIAL_AREA_TYPE_LABELS_VI["to-dan-pho"]; // "Tổ dân phố"
 * ```
 */
export const RESIDENTIAL_AREA_TYPE_LABELS_VI: Readonly<Record<ResidentialAreaType, string>> = {
  thon: "Thôn",
  lang: "Làng",
  ban: "Bản",
  ap: "Ấp",
  buon: "Buôn",
  phum: "Phum",
  soc: "Sóc",
  khom: "Khóm",
  "to-dan-pho": "Tổ dân phố",
  "khu-pho": "Khu phố",
  other: "Tên gọi khác",
};

/**
 * The level that manages a unit or to which recognition is delegated (TT 124 Điều 10): commune,
 * district (until 30/6/2025), province, or a Ministry of Public Security department ("ministry").
 *
 * @example
 * ```ts
 * ManagingLevelSchema.parse("province");
 * ```
 */
export const ManagingLevelSchema = z
  .enum(["commune", "district", "province", "ministry"])
  .meta({ title: "Cấp quản lý" });

/**
 * A managing level (see {@link ManagingLevelSchema}).
 *
 * @example
 * ```ts
 * const level: ManagingLevel = "commune";
 * ```
 */
export type ManagingLevel = z.infer<typeof ManagingLevelSchema>;

/**
 * Vietnamese labels of {@link ManagingLevel}.
 *
 * @example
 * ```ts
 * MANAGING_LEVEL_LABELS_VI.ministry; // "Bộ Công an (đơn vị nghiệp vụ theo dõi)"
 * ```
 */
export const MANAGING_LEVEL_LABELS_VI: Readonly<Record<ManagingLevel, string>> = {
  commune: "Cấp xã",
  district: "Cấp huyện (đến 30/6/2025)",
  province: "Cấp tỉnh",
  ministry: "Bộ Công an (đơn vị nghiệp vụ theo dõi)",
};

/**
 * Where a unit is: the province and, when known, the commune (and the pre-2025 district), as ids of
 * administrative units valid when the unit is assessed.
 *
 * @example
 * ```ts
 * UnitLocationSchema.parse({ provinceId: "P82-2025", communeId: "C28261-2025" });
 * ```
 */
export const UnitLocationSchema = z
  .strictObject({
    provinceId: AdminUnitIdSchema,
    districtId: AdminUnitIdSchema.optional(),
    communeId: AdminUnitIdSchema.optional(),
    address: text("Địa chỉ", 300).optional(),
  })
  .meta({ title: "Địa bàn" });

/**
 * Location of a unit (see {@link UnitLocationSchema}).
 *
 * @example
 * ```ts
 * const loc: UnitLocation = UnitLocationSchema.parse({ provinceId: "P01" });
 * ```
 */
export type UnitLocation = z.infer<typeof UnitLocationSchema>;

const baseShape = {
  id: AssessedUnitIdSchema,
  name: text("Tên đơn vị", 300),
  location: UnitLocationSchema,
  managingLevel: ManagingLevelSchema.optional(),
  recognitionDelegated: z.boolean().meta({ title: "Được ủy quyền công nhận (Điều 10 khoản 5)" }).optional(),
  hasPartyOrganisation: z.boolean().meta({ title: "Có tổ chức Đảng" }).optional(),
  activeFrom: CalendarDateSchema.optional(),
  activeTo: CalendarDateSchema.optional(),
  note: text("Ghi chú", 2000).optional(),
};

/**
 * A khu dân cư (TT 124 Điều 2 khoản 1; criteria Điều 4).
 *
 * @example
 * ```ts
 * ResidentialAreaSchema.parse({
 *   kind: "residential-area", id: "kdc-ap-my-loi", name: "Ấp Mỹ Lợi", areaType: "ap",
 *   location: { provinceId: "P82-2025", communeId: "C28261-2025" },
 * });
 * ```
 */
export const ResidentialAreaSchema = z
  .strictObject({
    kind: z.literal("residential-area"),
    ...baseShape,
    areaType: ResidentialAreaTypeSchema,
  })
  .meta({ title: "Khu dân cư" });

/**
 * Types of commune-level unit: xã, phường, thị trấn (until 30/6/2025) and đặc khu (from 1/7/2025).
 *
 * @example
 * ```ts
 * CommuneTypeSchema.parse("special-zone"); // đặc khu
 * ```
 */
export const CommuneTypeSchema = z
  .enum(["commune", "ward", "township", "special-zone"])
  .meta({ title: "Loại đơn vị cấp xã" });

/**
 * A commune-level unit type (see {@link CommuneTypeSchema}).
 *
 * @example
 * ```ts
 * const t: CommuneType = "ward";
 * ```
 */
export type CommuneType = z.infer<typeof CommuneTypeSchema>;

/**
 * Vietnamese labels of {@link CommuneType}.
 *
 * @example
 * ```ts
 * COMMUNE_TYPE_LABELS_VI["special-zone"]; // "Đặc khu"
 * ```
 */
export const COMMUNE_TYPE_LABELS_VI: Readonly<Record<CommuneType, string>> = {
  commune: "Xã",
  ward: "Phường",
  township: "Thị trấn (đến 30/6/2025)",
  "special-zone": "Đặc khu",
};

/**
 * A commune-level unit: xã, phường, đặc khu, or thị trấn before 1 July 2025 (TT 124 Điều 5).
 *
 * @example
 * ```ts
 * CommuneUnitSchema.parse({
 *   kind: "commune", id: "xa-tan-tien", name: "Xã Tân Tiến", communeType: "commune",
 *   adminUnitId: "C31321", location: { provinceId: "P93" },
 * });
 * ```
 */
export const CommuneUnitSchema = z
  .strictObject({
    kind: z.literal("commune"),
    ...baseShape,
    communeType: CommuneTypeSchema,
    adminUnitId: AdminUnitIdSchema.optional(),
  })
  .meta({ title: "Đơn vị hành chính cấp xã được đánh giá" });

/**
 * Kinds of cơ quan in TT 124 Điều 2 khoản 2.
 *
 * @example
 * ```ts
 * AgencyTypeSchema.parse("public-service-unit"); // đơn vị sự nghiệp công lập
 * ```
 */
export const AgencyTypeSchema = z
  .enum([
    "state-body",
    "state-administrative-body",
    "public-service-unit",
    "socio-political-organisation",
    "socio-professional-organisation",
    "party-body",
    "other",
  ])
  .meta({ title: "Loại cơ quan" });

/**
 * A kind of cơ quan (see {@link AgencyTypeSchema}).
 *
 * @example
 * ```ts
 * const t: AgencyType = "party-body";
 * ```
 */
export type AgencyType = z.infer<typeof AgencyTypeSchema>;

/**
 * Vietnamese labels of {@link AgencyType} (TT 124 Điều 2 khoản 2).
 *
 * @example
 * ```ts
 * AGENCY_TYPE_LABELS_VI["public-service-unit"]; // "Đơn vị sự nghiệp công lập"
 * ```
 */
export const AGENCY_TYPE_LABELS_VI: Readonly<Record<AgencyType, string>> = {
  "state-body": "Cơ quan nhà nước",
  "state-administrative-body": "Cơ quan hành chính nhà nước",
  "public-service-unit": "Đơn vị sự nghiệp công lập",
  "socio-political-organisation": "Tổ chức chính trị – xã hội",
  "socio-professional-organisation": "Tổ chức xã hội – nghề nghiệp",
  "party-body": "Cơ quan của Đảng",
  other: "Cơ quan khác",
};

/**
 * A cơ quan (TT 124 Điều 2 khoản 2; criteria Điều 6). The scope facts are `armedForces`
 * (Điều 1 khoản 2 điểm b excludes "cơ quan, đơn vị lực lượng vũ trang") and `stateBudgetFunded`
 * (part of the definition in Điều 2 khoản 2).
 *
 * @example
 * ```ts
 * AgencySchema.parse({
 *   kind: "agency", id: "so-vhttdl-hg", name: "Sở Văn hóa, Thể thao và Du lịch", agencyType: "state-administrative-body",
 *   armedForces: false, stateBudgetFunded: true, location: { provinceId: "P93" }, managingLevel: "province",
 * });
 * ```
 */
export const AgencySchema = z
  .strictObject({
    kind: z.literal("agency"),
    ...baseShape,
    agencyType: AgencyTypeSchema,
    armedForces: z.boolean().meta({ title: "Là cơ quan, đơn vị lực lượng vũ trang" }),
    stateBudgetFunded: z.boolean().meta({ title: "Được ngân sách nhà nước bảo đảm kinh phí" }),
    hasOffice: z.boolean().meta({ title: "Có trụ sở làm việc" }).optional(),
  })
  .meta({ title: "Cơ quan" });

/**
 * Sector groups of Nghị định 80/2021/NĐ-CP Điều 5 (by main registered business line).
 *
 * @example
 * ```ts
 * EnterpriseSectorSchema.parse("trade-services");
 * ```
 */
export const EnterpriseSectorSchema = z
  .enum(["agriculture-forestry-fishery", "industry-construction", "trade-services"])
  .meta({ title: "Lĩnh vực hoạt động chính" });

/**
 * Sector group (see {@link EnterpriseSectorSchema}).
 *
 * @example
 * ```ts
 * const sector: EnterpriseSector = "industry-construction";
 * ```
 */
export type EnterpriseSector = z.infer<typeof EnterpriseSectorSchema>;

/**
 * Vietnamese labels of {@link EnterpriseSector}, the sector names of Nghị định 80/2021/NĐ-CP Điều 5.
 *
 * @example
 * ```ts
 * ENTERPRISE_SECTOR_LABELS_VI["trade-services"]; // "Thương mại và dịch vụ"
 * ```
 */
export const ENTERPRISE_SECTOR_LABELS_VI: Readonly<Record<EnterpriseSector, string>> = {
  "agriculture-forestry-fishery": "Nông nghiệp, lâm nghiệp và thủy sản",
  "industry-construction": "Công nghiệp và xây dựng",
  "trade-services": "Thương mại và dịch vụ",
};

/**
 * Ownership of an enterprise: state, non-state (ngoài nhà nước), foreign-invested (có vốn đầu tư nước ngoài),
 * or a cooperative (hợp tác xã).
 *
 * @example
 * ```ts
 * EnterpriseOwnershipSchema.parse("foreign-invested"); // doanh nghiệp có vốn đầu tư nước ngoài
 * ```
 */
export const EnterpriseOwnershipSchema = z
  .enum(["state", "non-state", "foreign-invested", "cooperative"])
  .meta({ title: "Loại hình sở hữu" });

/**
 * Ownership of an enterprise (see {@link EnterpriseOwnershipSchema}).
 *
 * @example
 * ```ts
 * const o: EnterpriseOwnership = "non-state";
 * ```
 */
export type EnterpriseOwnership = z.infer<typeof EnterpriseOwnershipSchema>;

/**
 * Vietnamese labels of {@link EnterpriseOwnership}.
 *
 * @example
 * ```ts
 * ENTERPRISE_OWNERSHIP_LABELS_VI["foreign-invested"]; // "Doanh nghiệp có vốn đầu tư nước ngoài"
 * ```
 */
export const ENTERPRISE_OWNERSHIP_LABELS_VI: Readonly<Record<EnterpriseOwnership, string>> = {
  state: "Doanh nghiệp nhà nước",
  "non-state": "Doanh nghiệp ngoài nhà nước",
  "foreign-invested": "Doanh nghiệp có vốn đầu tư nước ngoài",
  cooperative: "Hợp tác xã",
};

/**
 * A doanh nghiệp (TT 124 Điều 2 khoản 3; criteria Điều 6) with the facts of the Nghị định 80/2021 size test:
 * sector, annual average of employees with social insurance, total revenue and total capital of the
 * year in đồng (integers).
 *
 * @example
 * ```ts
 * EnterpriseSchema.parse({
 *   kind: "enterprise", id: "dn-cap-nuoc-hg", name: "Công ty Cổ phần Cấp nước và Vệ sinh môi trường nông thôn Hậu Giang",
 *   sector: "industry-construction", insuredEmployees: 120, annualRevenueVnd: 85_000_000_000,
 *   armedForces: false, location: { provinceId: "P93" },
 * });
 * ```
 */
export const EnterpriseSchema = z
  .strictObject({
    kind: z.literal("enterprise"),
    ...baseShape,
    sector: EnterpriseSectorSchema,
    insuredEmployees: count("Số lao động tham gia BHXH bình quân năm"),
    annualRevenueVnd: count("Tổng doanh thu của năm (đồng)").optional(),
    totalCapitalVnd: count("Tổng nguồn vốn của năm (đồng)").optional(),
    sizeFactsYear: z.int().min(1990).max(2100).meta({ title: "Năm của số liệu quy mô" }).optional(),
    ownership: EnterpriseOwnershipSchema.optional(),
    armedForces: z.boolean().meta({ title: "Là đơn vị lực lượng vũ trang" }),
    businessRegistrationNumber: text("Mã số doanh nghiệp", 20).optional(),
  })
  .meta({ title: "Doanh nghiệp" });

/**
 * Education levels (cấp học, trình độ đào tạo). TT 124 Điều 1 khoản 2 điểm b excludes primary schools,
 * preschools and crèches; Điều 7 khoản 2 adds a duty for general-education levels.
 *
 * @example
 * ```ts
 * SchoolLevelSchema.parse("lower-secondary"); // trung học cơ sở
 * ```
 */
export const SchoolLevelSchema = z
  .enum([
    "creche",
    "kindergarten",
    "preschool",
    "primary",
    "lower-secondary",
    "upper-secondary",
    "continuing-education",
    "vocational",
    "college",
    "university",
    "other",
  ])
  .meta({ title: "Cấp học, trình độ đào tạo" });

/**
 * An education level (see {@link SchoolLevelSchema}).
 *
 * @example
 * ```ts
 * const level: SchoolLevel = "upper-secondary";
 * ```
 */
export type SchoolLevel = z.infer<typeof SchoolLevelSchema>;

/**
 * Vietnamese labels of {@link SchoolLevel}.
 *
 * @example
 * ```ts
 * SCHOOL_LEVEL_LABELS_VI.primary; // "Tiểu học"
 * ```
 */
export const SCHOOL_LEVEL_LABELS_VI: Readonly<Record<SchoolLevel, string>> = {
  creche: "Nhà trẻ",
  kindergarten: "Mẫu giáo",
  preschool: "Mầm non",
  primary: "Tiểu học",
  "lower-secondary": "Trung học cơ sở",
  "upper-secondary": "Trung học phổ thông",
  "continuing-education": "Giáo dục thường xuyên",
  vocational: "Giáo dục nghề nghiệp (trung cấp)",
  college: "Cao đẳng",
  university: "Đại học",
  other: "Khác",
};

/**
 * A cơ sở giáo dục (TT 124 Điều 2 khoản 4; criteria Điều 7). A multi-level school lists every level
 * it teaches, e.g. `["primary", "lower-secondary"]` for a "Trường Tiểu học và Trung học cơ sở".
 *
 * @example
 * ```ts
 * EducationInstitutionSchema.parse({
 *   kind: "education", id: "thpt-vi-thanh", name: "Trường THPT Vị Thanh", levels: ["upper-secondary"],
 *   publicInstitution: true, armedForces: false, location: { provinceId: "P93" },
 * });
 * ```
 */
export const EducationInstitutionSchema = z
  .strictObject({
    kind: z.literal("education"),
    ...baseShape,
    levels: z.array(SchoolLevelSchema).min(1).meta({ title: "Các cấp học" }),
    publicInstitution: z.boolean().meta({ title: "Là cơ sở công lập" }),
    armedForces: z.boolean().meta({ title: "Thuộc lực lượng vũ trang" }),
    stateBudgetFunded: z.boolean().meta({ title: "Được ngân sách nhà nước bảo đảm kinh phí" }).optional(),
  })
  .meta({ title: "Cơ sở giáo dục" });

/**
 * A body that is neither a cơ quan nor a doanh nghiệp under TT 124 Điều 2 (e.g. a club registered as an
 * association, not budget-funded). Kept so that data can be recorded and rules can flag it for a human.
 *
 * @example
 * ```ts
 * OtherOrganisationSchema.parse({
 *   kind: "other-organisation", id: "clb-duong-sinh", name: "Câu lạc bộ Dưỡng sinh phường 5",
 *   stateBudgetFunded: false, armedForces: false, location: { provinceId: "P96" },
 * });
 * ```
 */
export const OtherOrganisationSchema = z
  .strictObject({
    kind: z.literal("other-organisation"),
    ...baseShape,
    legalForm: text("Hình thức pháp lý", 200).optional(),
    stateBudgetFunded: z.boolean().meta({ title: "Được ngân sách nhà nước bảo đảm kinh phí" }),
    armedForces: z.boolean().meta({ title: "Là cơ quan, đơn vị lực lượng vũ trang" }),
  })
  .meta({ title: "Tổ chức khác" });

/**
 * Any assessed unit, discriminated by `kind`. Extend a member schema with `.extend({...})` and rebuild the
 * union to add provincial attributes.
 *
 * @example
 * ```ts
 * const unit = AssessedUnitSchema.parse({
 *   kind: "enterprise", id: "dn-cap-nuoc-vsmt-hau-giang",
 *   name: "Công ty Cổ phần Cấp nước và Vệ sinh môi trường nông thôn Hậu Giang", sector: "industry-construction",
 *   insuredEmployees: 126, ownership: "state", armedForces: false, hasPartyOrganisation: true,
 *   managingLevel: "province", location: { provinceId: "P93" },
 * });
 * unit.kind === "enterprise" && unit.insuredEmployees; //=> 126
 * ```
 */
export const AssessedUnitSchema = z
  .discriminatedUnion("kind", [
    ResidentialAreaSchema,
    CommuneUnitSchema,
    AgencySchema,
    EnterpriseSchema,
    EducationInstitutionSchema,
    OtherOrganisationSchema,
  ])
  .superRefine((u, ctx) => checkRange(ctx, u.activeFrom, u.activeTo, ["activeTo"]))
  .meta({ id: "AssessedUnit", title: "Đơn vị được đánh giá" });

/**
 * An assessed unit (see {@link AssessedUnitSchema}).
 *
 * @example
 * ```ts
 * function label(u: AssessedUnit) { return `${ASSESSED_UNIT_KIND_LABELS_VI[u.kind]}: ${u.name}`; }
 * ```
 */
export type AssessedUnit = z.infer<typeof AssessedUnitSchema>;
/**
 * A khu dân cư record.
 * @example
 * ```ts
 * const isKdc = (u: AssessedUnit): u is ResidentialArea => u.kind === "residential-area";
 * ```
 */
export type ResidentialArea = z.infer<typeof ResidentialAreaSchema>;
/**
 * A commune-level unit record.
 * @example
 * ```ts
 * const isCommune = (u: AssessedUnit): u is CommuneUnit => u.kind === "commune";
 * ```
 */
export type CommuneUnit = z.infer<typeof CommuneUnitSchema>;
/**
 * A cơ quan record.
 * @example
 * ```ts
 * const budget = (a: Agency) => a.stateBudgetFunded;
 * ```
 */
export type Agency = z.infer<typeof AgencySchema>;
/**
 * A doanh nghiệp record.
 * @example
 * ```ts
 * const employees = (e: Enterprise) => e.insuredEmployees;
 * ```
 */
export type Enterprise = z.infer<typeof EnterpriseSchema>;
/**
 * A cơ sở giáo dục record.
 * @example
 * ```ts
 * const levels = (s: EducationInstitution) => s.levels;
 * ```
 */
export type EducationInstitution = z.infer<typeof EducationInstitutionSchema>;
/**
 * A record of a body outside the TT 124 unit types.
 * @example
 * ```ts
 * const form = (o: OtherOrganisation) => o.legalForm;
 * ```
 */
export type OtherOrganisation = z.infer<typeof OtherOrganisationSchema>;

/**
 * Parses an assessed unit; returns the typed unit or Vietnamese issues with paths.
 *
 * @example
 * ```ts
 * const r = parseAssessedUnit({ kind: "enterprise", id: "dn-01", name: "Công ty TNHH Minh Phát" });
 * if (!r.ok) r.issues.map((i) => i.message); // ["Lĩnh vực hoạt động chính (sector): bắt buộc phải có nhưng đang thiếu.", …]
 * ```
 */
export const parseAssessedUnit = parser(AssessedUnitSchema);
