import type { EnterpriseSector } from "./assessed-unit.js";

/**
 * Enterprise size classes of Nghị định 80/2021/NĐ-CP Điều 5 (siêu nhỏ, nhỏ, vừa) plus `"large"` for
 * enterprises above the medium thresholds.
 *
 * @example
 * ```ts
 * const size: EnterpriseSizeClass = "micro";
 * ```
 */
export type EnterpriseSizeClass = "micro" | "small" | "medium" | "large";

/**
 * Vietnamese labels of {@link EnterpriseSizeClass}.
 *
 * @example
 * ```ts
 * ENTERPRISE_SIZE_LABELS_VI.micro; // "Doanh nghiệp siêu nhỏ"
 * ```
 */
export const ENTERPRISE_SIZE_LABELS_VI: Readonly<Record<EnterpriseSizeClass, string>> = {
  micro: "Doanh nghiệp siêu nhỏ",
  small: "Doanh nghiệp nhỏ",
  medium: "Doanh nghiệp vừa",
  large: "Doanh nghiệp lớn (ngoài nhóm nhỏ và vừa)",
};

/**
 * Facts of the size test: sector (main registered business line), annual average of employees with
 * social insurance, total revenue and total capital of the year in đồng. Revenue or capital may be
 * unknown; the test then uses the other one.
 *
 * @example
 * ```ts
 * const facts: EnterpriseSizeFacts = { sector: "trade-services", insuredEmployees: 8, annualRevenueVnd: 6e9, totalCapitalVnd: 2e9 };
 * ```
 */
export interface EnterpriseSizeFacts {
  readonly sector: EnterpriseSector;
  readonly insuredEmployees: number;
  readonly annualRevenueVnd?: number | undefined;
  readonly totalCapitalVnd?: number | undefined;
}

/**
 * Result of the size test: the class and the provision applied, or `undetermined` when neither revenue
 * nor capital is known (the employee test alone does not decide the class).
 *
 * @example
 * ```ts
 * const r: EnterpriseSizeResult = enterpriseSizeClass({ sector: "trade-services", insuredEmployees: 8, annualRevenueVnd: 6e9 });
 * if (r.determined) console.log(r.sizeClass, r.basis);
 * ```
 */
export type EnterpriseSizeResult =
  | { readonly determined: true; readonly sizeClass: EnterpriseSizeClass; readonly basis: string }
  | { readonly determined: false; readonly reason: string; readonly basis: string };

const TY = 1_000_000_000;

interface Threshold {
  readonly employees: number;
  readonly revenue: number;
  readonly capital: number;
  readonly basis: string;
}

/**
 * Thresholds of Nghị định 80/2021/NĐ-CP Điều 5 (employees with social insurance, annual average;
 * revenue OR capital), per sector group. Trade/services "small" uses **50 tỷ đồng** total capital: the
 * decree text (Điều 5 khoản 2 đoạn 2) reads "tổng nguồn vốn của năm không quá 50 tỷ đồng"; the 30 tỷ
 * figure quoted by one secondary source in regulations.md §1.2 does not appear in the decree.
 */
const THRESHOLDS: Readonly<
  Record<"agri-industry" | "trade-services", Readonly<Record<"micro" | "small" | "medium", Threshold>>>
> = {
  "agri-industry": {
    micro: {
      employees: 10,
      revenue: 3 * TY,
      capital: 3 * TY,
      basis: "Nghị định 80/2021/NĐ-CP, Điều 5 khoản 1",
    },
    small: {
      employees: 100,
      revenue: 50 * TY,
      capital: 20 * TY,
      basis: "Nghị định 80/2021/NĐ-CP, Điều 5 khoản 2",
    },
    medium: {
      employees: 200,
      revenue: 200 * TY,
      capital: 100 * TY,
      basis: "Nghị định 80/2021/NĐ-CP, Điều 5 khoản 3",
    },
  },
  "trade-services": {
    micro: {
      employees: 10,
      revenue: 10 * TY,
      capital: 3 * TY,
      basis: "Nghị định 80/2021/NĐ-CP, Điều 5 khoản 1",
    },
    small: {
      employees: 50,
      revenue: 100 * TY,
      capital: 50 * TY,
      basis: "Nghị định 80/2021/NĐ-CP, Điều 5 khoản 2",
    },
    medium: {
      employees: 100,
      revenue: 300 * TY,
      capital: 100 * TY,
      basis: "Nghị định 80/2021/NĐ-CP, Điều 5 khoản 3",
    },
  },
};

/**
 * Classifies an enterprise as siêu nhỏ / nhỏ / vừa (or above) under Nghị định 80/2021/NĐ-CP Điều 5.
 * Each class needs the employee cap AND (revenue ≤ cap OR capital ≤ cap); the smallest matching class
 * wins ("nhưng không phải là doanh nghiệp siêu nhỏ/nhỏ"). This is a reference classification, not the
 * TT 124 scope decision (that belongs to the rules package).
 *
 * @example
 * ```ts
 * // Scenario T1: trading company, 8 insured employees, revenue 6 tỷ, capital 2 tỷ
 * enterpriseSizeClass({ sector: "trade-services", insuredEmployees: 8, annualRevenueVnd: 6e9, totalCapitalVnd: 2e9 });
 * // { determined: true, sizeClass: "micro", basis: "Nghị định 80/2021/NĐ-CP, Điều 5 khoản 1" }
 * ```
 */
export function enterpriseSizeClass(facts: EnterpriseSizeFacts): EnterpriseSizeResult {
  const { sector, insuredEmployees, annualRevenueVnd, totalCapitalVnd } = facts;
  if (!Number.isInteger(insuredEmployees) || insuredEmployees < 0) {
    throw new RangeError("enterpriseSizeClass: số lao động tham gia BHXH phải là số nguyên không âm");
  }
  for (const [name, v] of [
    ["annualRevenueVnd", annualRevenueVnd],
    ["totalCapitalVnd", totalCapitalVnd],
  ] as const) {
    if (v !== undefined && (!Number.isFinite(v) || v < 0)) {
      throw new RangeError(`enterpriseSizeClass: ${name} phải là số không âm`);
    }
  }
  const group =
    sector === "trade-services"
      ? "trade-services"
      : sector === "agriculture-forestry-fishery" || sector === "industry-construction"
        ? "agri-industry"
        : undefined;
  if (group === undefined)
    throw new RangeError(`enterpriseSizeClass: lĩnh vực không hợp lệ "${String(sector)}"`);
  if (annualRevenueVnd === undefined && totalCapitalVnd === undefined) {
    return {
      determined: false,
      reason: "Thiếu cả tổng doanh thu và tổng nguồn vốn của năm; không đủ dữ liệu để xác định quy mô.",
      basis: "Nghị định 80/2021/NĐ-CP, Điều 5",
    };
  }
  const order = ["micro", "small", "medium"] as const;
  let byMoney: EnterpriseSizeClass = "large";
  let basis = "Nghị định 80/2021/NĐ-CP, Điều 5 (vượt ngưỡng doanh nghiệp vừa)";
  for (const sizeClass of order) {
    const t = THRESHOLDS[group][sizeClass];
    const moneyOk =
      (annualRevenueVnd !== undefined && annualRevenueVnd <= t.revenue) ||
      (totalCapitalVnd !== undefined && totalCapitalVnd <= t.capital);
    if (insuredEmployees <= t.employees && moneyOk) {
      byMoney = sizeClass;
      basis = t.basis;
      break;
    }
  }
  if (annualRevenueVnd === undefined || totalCapitalVnd === undefined) {
    // The missing figure could still meet a smaller class's cap: the result is only certain when no
    // smaller class is open on the employee test.
    const employeeFloor = order.find((c) => insuredEmployees <= THRESHOLDS[group][c].employees) ?? "large";
    if (employeeFloor !== byMoney) {
      return {
        determined: false,
        reason:
          "Chỉ có một trong hai chỉ tiêu tổng doanh thu, tổng nguồn vốn; chỉ tiêu còn lại có thể đưa doanh nghiệp vào nhóm nhỏ hơn, cần bổ sung.",
        basis: "Nghị định 80/2021/NĐ-CP, Điều 5",
      };
    }
  }
  return { determined: true, sizeClass: byMoney, basis };
}
