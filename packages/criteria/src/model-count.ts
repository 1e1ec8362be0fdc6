/**
 * Counting movement models as Hướng dẫn 22/HD-BCA-V05 (18/11/2022) asks: each model is reported by its
 * name, with the number of sites ("điểm": localities or units where it was built or replicated) and the
 * number of teams ("tổ") where a site runs several. Reports that count one "mô hình" per site (Tiền Giang's
 * "545 mô hình … tại 545 cơ quan, doanh nghiệp, cơ sở giáo dục") are site counts under this method.
 */

import { formatNumber } from "@antq/format-vi";
import { cite, type Issue, type LegalBasis } from "./internal/engine.js";

/**
 * Hướng dẫn 22/HD-BCA-V05 (known from secondary sources).
 *
 * @example
 * HD22.document; //=> "22/HD-BCA-V05"
 */
export const HD22: LegalBasis = cite(
  "22/HD-BCA-V05",
  {},
  { label: "Hướng dẫn xây dựng, nhân rộng mô hình, điển hình tiên tiến", confidence: "secondary" },
);

/**
 * One site of a model. (Local input type: @antq/domain does not export models yet.)
 *
 * @example
 * const s: ModelSite = { model: "Tổ an ninh công nhân", siteId: "dn-001", siteName: "Công ty May Mỹ Tho", teams: 2 };
 */
export interface ModelSite {
  readonly model: string;
  readonly siteId: string;
  readonly siteName?: string;
  /** Teams ("tổ") at this site; default 1. */
  readonly teams?: number;
}

/**
 * One model with its sites and teams.
 *
 * @example
 * counts.models.map((m) => `${m.name}: ${m.sites} điểm, ${m.teams} tổ`);
 * //=> ["Camera phòng, chống tội phạm: 1 điểm, 1 tổ", "Tổ an ninh công nhân: 2 điểm, 3 tổ"]
 */
export interface ModelTally {
  readonly name: string;
  /** Normalised name used to group spellings of the same model. */
  readonly key: string;
  readonly sites: number;
  readonly teams: number;
  readonly siteIds: readonly string[];
}

/**
 * Model counts.
 *
 * @example
 * // Two companies in Tiền Giang: one runs two "Tổ an ninh công nhân" and a camera model, the other one team.
 * const c = countModels(sites);
 * c.totals; //=> { models: 2, sites: 3, teams: 4 }
 * c.lines[0]; //=> "Tổng số: 2 mô hình (tính theo tên), 3 điểm, 4 tổ (cách tính theo Hướng dẫn 22/HD-BCA-V05)."
 */
export interface ModelCounts {
  readonly models: readonly ModelTally[];
  readonly totals: { readonly models: number; readonly sites: number; readonly teams: number };
  readonly issues: readonly Issue[];
  readonly lines: readonly string[];
}

/**
 * The grouping key of a model name: NFC, quotes removed, spaces collapsed, lower case (Vietnamese).
 *
 * @example
 * modelKey("  “Tổ An ninh   công nhân” "); //=> "tổ an ninh công nhân"
 */
export function modelKey(name: string): string {
  return name
    .normalize("NFC")
    .replace(/[“”"'‘’«»]/g, "")
    .replace(/\s+/g, " ")
    .trim()
    .toLocaleLowerCase("vi");
}

/**
 * Counts models by name with their sites and teams. The same site listed twice for one model is counted
 * once (issue `DUPLICATE_SITE`, the larger team count kept); a non-positive or non-integer team count is an
 * issue (`INVALID_TEAMS`) and counts as 1. The result does not depend on the order of the rows.
 *
 * @example
 * const c = countModels([
 *   { model: "Tổ an ninh công nhân", siteId: "dn-1" },
 *   { model: "Tổ an ninh công nhân", siteId: "dn-2", teams: 3 },
 *   { model: "Camera phòng, chống tội phạm", siteId: "dn-1" },
 *   { model: "tổ an ninh  công nhân", siteId: "dn-2", teams: 2 },
 * ]);
 * c.totals; //=> { models: 2, sites: 3, teams: 5 }
 * c.issues.map((i) => i.code); //=> ["DUPLICATE_SITE"]
 */
export function countModels(sites: readonly ModelSite[]): ModelCounts {
  const issues: Issue[] = [];
  const byKey = new Map<string, { names: Map<string, number>; teams: Map<string, number> }>();
  sites.forEach((s, i) => {
    const key = modelKey(s.model);
    if (key === "") {
      issues.push({ code: "EMPTY_MODEL_NAME", message: "Dòng thiếu tên mô hình.", path: [i, "model"] });
      return;
    }
    let teams = s.teams ?? 1;
    if (!Number.isSafeInteger(teams) || teams < 1) {
      issues.push({
        code: "INVALID_TEAMS",
        message: `Số tổ của mô hình tại ${s.siteId} phải là số nguyên dương; tính là 1.`,
        path: [i, "teams"],
      });
      teams = 1;
    }
    let entry = byKey.get(key);
    if (entry === undefined) {
      entry = { names: new Map(), teams: new Map() };
      byKey.set(key, entry);
    }
    const display = s.model.normalize("NFC").replace(/\s+/g, " ").trim();
    entry.names.set(display, (entry.names.get(display) ?? 0) + 1);
    const prev = entry.teams.get(s.siteId);
    if (prev !== undefined) {
      issues.push({
        code: "DUPLICATE_SITE",
        message: `Mô hình “${display}” tại ${s.siteId} được kê nhiều lần; chỉ tính một điểm.`,
        path: [i, "siteId"],
      });
    }
    entry.teams.set(s.siteId, Math.max(prev ?? 0, teams));
  });
  const models: ModelTally[] = [];
  for (const [key, e] of byKey) {
    // Display name: the most frequent spelling, ties broken by code-point order (order-independent).
    const name =
      [...e.names.entries()].sort(
        (a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0),
      )[0]?.[0] ?? key;
    let teams = 0;
    for (const t of e.teams.values()) teams += t;
    models.push({ name, key, sites: e.teams.size, teams, siteIds: [...e.teams.keys()].sort() });
  }
  models.sort((a, b) => a.key.localeCompare(b.key, "vi") || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const totals = {
    models: models.length,
    sites: models.reduce((n, m) => n + m.sites, 0),
    teams: models.reduce((n, m) => n + m.teams, 0),
  };
  const lines = [
    `Tổng số: ${formatNumber(totals.models)} mô hình (tính theo tên), ${formatNumber(totals.sites)} điểm, ${formatNumber(totals.teams)} tổ (cách tính theo Hướng dẫn 22/HD-BCA-V05).`,
    ...models.map((m) => `- ${m.name}: ${formatNumber(m.sites)} điểm, ${formatNumber(m.teams)} tổ.`),
  ];
  return { models, totals, issues, lines };
}
