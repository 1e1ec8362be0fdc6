/**
 * Realistic data sets for the store's tests: one generated province-year (@antq/datagen: Tiền Giang before
 * the reform, Đồng Tháp after it) with activities and awards, validated with @antq/domain's parseDataset.
 */

import { generateProvince } from "@antq/datagen";
import { type Dataset, PROVINCE_UNITS, parseDataset } from "@antq/domain";

const shipped = new Set(PROVINCE_UNITS.map((u) => u.id));

export function sampleYear(year: number, options: { seed?: number; communes?: number } = {}): Dataset {
  const p = generateProvince({ seed: options.seed ?? 138 + year, year, communes: options.communes ?? 2 });
  const commune = p.adminUnits.find((a) => a.type === "commune" || a.type === "ward")?.id;
  const raw = {
    schemaVersion: 1,
    name: `Dữ liệu năm ${year} — ${p.province.name}`,
    adminUnits: p.adminUnits.filter((a) => !shipped.has(a.id)),
    units: p.units,
    annualFacts: p.facts,
    models: p.models,
    activities: [
      {
        kind: "propaganda",
        id: `tt-${year}-1`,
        adminUnitId: commune,
        period: { from: `${year}-03-01`, to: `${year}-03-31` },
        sessions: 4,
        attendees: 320 + year - 2000,
        leaflets: 1500,
      },
      {
        kind: "mediation",
        id: `hg-${year}-1`,
        adminUnitId: commune,
        period: { from: `${year}-01-01`, to: `${year}-12-31` },
        cases: 12,
        successful: 10,
      },
    ],
    awards: [
      {
        id: `kt-${year}-1`,
        form: "certificate-of-merit",
        issuer: { kind: "provincial-people-committee", name: `UBND tỉnh ${p.province.name}` },
        recipient: { kind: "collective", name: p.units[0]?.name ?? "Tập thể", unitId: p.units[0]?.id },
        date: `${year}-12-20`,
        reason: "Có thành tích xuất sắc trong phong trào Toàn dân bảo vệ an ninh Tổ quốc",
        year,
      },
      {
        id: `kt-${year}-2`,
        form: "certificate-of-commendation",
        issuer: { kind: "provincial-police-director" },
        recipient: { kind: "individual", name: "Nguyễn Văn Hùng" },
        date: `${year}-12-21`,
        reason: "Tích cực tham gia phát hiện, tố giác tội phạm",
      },
    ],
  };
  const r = parseDataset(raw);
  if (!r.ok)
    throw new Error(`fixture ${year}: ${r.issues.map((i) => `${i.pathText}: ${i.message}`).join("; ")}`);
  return r.value;
}
