/**
 * What `antq ke-hoach` (and the web app's "Kế hoạch" screen) derive from their inputs before computing progress:
 * the report year when none is asked for, the administrative units (with their 2025 lineage) of an
 * administrative-units CSV as located issues or an index, and the one-line model summary (HD 22 counts, and
 * the models rated "hoạt động hiệu quả" in the report year — Thông tư 124's question).
 */
import { countModels, modelSitesFromDomain } from "@antq/criteria";
import {
  type AdminUnit,
  type AdminUnitIndex,
  importAdminUnitsCsv,
  indexAdminUnits,
  type Model,
  type Plan,
  PROVINCE_UNITS,
  type TypicalRegistration,
} from "@antq/domain";
import { formatNumber } from "@antq/format-vi";
import type { InputIssue } from "../dataset.js";
import type { PlanProgressDocument } from "../plan-progress-document.js";

/**
 * The year plan progress is computed to: `year` when given, else the latest registration year, else the first
 * year of the first plan, else the current year (UTC).
 *
 * @example
 * ```ts
 * planReportYear([plan], registrations); //=> 2024
 * planReportYear([plan], registrations, 2025); //=> 2025
 * planReportYear([{ ...plan, fromYear: 2023 }], []); //=> 2023
 * ```
 */
export const planReportYear = (
  plans: readonly Pick<Plan, "fromYear">[],
  registrations: readonly Pick<TypicalRegistration, "year">[],
  year?: number,
): number =>
  year ??
  (registrations.length > 0
    ? Math.max(...registrations.map((r) => r.year))
    : (plans[0]?.fromYear ?? new Date().getUTCFullYear()));

/**
 * The administrative units of a CSV (`ADMIN_UNIT_CSV_COLUMNS` of @antq/domain) on top of the shipped provinces,
 * indexed with their lineage; the CSV's problems as located issues of `file`, or a `message` when the units do
 * not form a consistent lineage.
 *
 * @example
 * ```ts
 * const csv = "id,code,name,type,parentId,validFrom,validTo,predecessors\nW30280,30280,Mỹ Bình,ward,P89,,2025-06-30,\n";
 * const read = adminLineageFromCsv(csv, "dvhc.csv");
 * read.ok && read.lineage.byId.get("W30280")?.name; //=> "Mỹ Bình"
 * const bad = adminLineageFromCsv("id,code,name,type\nW1,1,Mỹ Bình,phố\n", "dvhc.csv");
 * !bad.ok && bad.issues[0]?.file; //=> "dvhc.csv"
 * ```
 */
export const adminLineageFromCsv = (
  text: string,
  file: string,
):
  | { readonly ok: true; readonly lineage: AdminUnitIndex }
  | { readonly ok: false; readonly issues: readonly InputIssue[]; readonly message?: string } => {
  const imported = importAdminUnitsCsv(text);
  if (!imported.ok)
    return {
      ok: false,
      issues: imported.issues.map(
        (i): InputIssue => ({ severity: "error", code: i.code, message: i.message, file, path: i.pathText }),
      ),
    };
  const index = indexAdminUnits([...PROVINCE_UNITS, ...imported.value]);
  return index.ok
    ? { ok: true, lineage: index.value }
    : { ok: false, issues: [], message: index.issues.map((i) => i.message).join("; ") };
};

/**
 * The shipped provinces and a store's administrative units (`antq nhap --don-vi-hanh-chinh`) indexed with their
 * lineage; `undefined` when the store has none, or when they do not form a consistent lineage (the commands
 * then go on without one, as without `--don-vi-hanh-chinh`).
 *
 * @example
 * ```ts
 * const ward = AdminUnitSchema.parse({ id: "W30280", code: "30280", name: "Mỹ Bình", type: "ward", parentId: "P89", validTo: "2025-06-30" });
 * storedAdminLineage([ward])?.byId.get("W30280")?.name; //=> "Mỹ Bình"
 * storedAdminLineage([]); //=> undefined
 * ```
 */
export const storedAdminLineage = (units: readonly AdminUnit[]): AdminUnitIndex | undefined => {
  if (units.length === 0) return undefined;
  const index = indexAdminUnits([...PROVINCE_UNITS, ...units]);
  return index.ok ? index.value : undefined;
};

/**
 * The model summary line of a report year (Hướng dẫn 22/HD-BCA-V05 counts of models, sites and teams; how
 * many models rated that year were "hoạt động hiệu quả", and how many are not rated); none without models.
 *
 * @example
 * ```ts
 * const models = [
 *   ModelSchema.parse({
 *     id: "mh-camera-pctp-tan-tien", name: "Camera phòng, chống tội phạm", kind: "security-camera",
 *     startDate: "2022-03-26", sites: [{ name: "Ấp 1", teams: 1 }, { name: "Ấp 2", teams: 1 }],
 *     ratings: [{ year: 2025, effectiveness: "effective" }],
 *   }),
 *   ModelSchema.parse({ id: "mh-2", name: "Camera ấp 3", kind: "security-camera", startDate: "2023-05-01" }),
 * ];
 * modelSummaryText(models, 2025); //=> "Mô hình: 2 mô hình, 3 điểm, 3 tổ (cách đếm của Hướng dẫn 22/HD-BCA-V05); năm 2025: 1/1 mô hình được đánh giá hoạt động hiệu quả, 1 mô hình chưa đánh giá."
 * modelSummaryText([], 2025); //=> undefined
 * ```
 */
export const modelSummaryText = (models: readonly Model[], year: number): string | undefined => {
  if (models.length === 0) return undefined;
  const counts = countModels(modelSitesFromDomain(models));
  const rated = models.filter((m) => m.ratings?.some((r) => r.year === year));
  const effective = models.filter((m) =>
    m.ratings?.some((r) => r.year === year && r.effectiveness === "effective"),
  );
  return `Mô hình: ${formatNumber(counts.totals.models)} mô hình, ${formatNumber(counts.totals.sites)} điểm, ${formatNumber(counts.totals.teams)} tổ (cách đếm của Hướng dẫn 22/HD-BCA-V05); năm ${year}: ${formatNumber(effective.length)}/${formatNumber(rated.length)} mô hình được đánh giá hoạt động hiệu quả${rated.length < models.length ? `, ${formatNumber(models.length - rated.length)} mô hình chưa đánh giá` : ""}.`;
};

/**
 * The console lines of plan progress (`antq ke-hoach`): the title with the report year, each plan's lines and
 * its count targets by year ("registered/target"), and the model summary of the report year when there are
 * models ({@link modelSummaryText}).
 *
 * @example
 * ```ts
 * const document = planProgressDocument([plan], registrations, { reportYear: 2024 });
 * const lines = planProgressLines(document, []);
 * lines[0]; //=> "TIẾN ĐỘ THỰC HIỆN KẾ HOẠCH, CHỈ TIÊU (kết quả đến hết năm 2024)"
 * lines.some((l) => l.startsWith("Đăng ký, được chọn xây dựng: ")); //=> true
 * ```
 */
export const planProgressLines = (document: PlanProgressDocument, models: readonly Model[]): string[] => [
  `TIẾN ĐỘ THỰC HIỆN KẾ HOẠCH, CHỈ TIÊU (kết quả đến hết năm ${document.reportYear})`,
  ...document.plans.flatMap((p) => [
    ...p.lines,
    ...(p.countTargets.length > 0
      ? [
          `Đăng ký, được chọn xây dựng: ${p.countTargets
            .map((t) => `${t.subjectTitle.toLocaleLowerCase("vi")} năm ${t.year} ${t.registered}/${t.target}`)
            .join("; ")}.`,
        ]
      : []),
  ]),
  ...[modelSummaryText(models, document.reportYear)].filter((line) => line !== undefined),
];
