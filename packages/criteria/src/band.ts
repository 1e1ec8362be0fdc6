/**
 * Level bands: which level a total gives. Bands are inclusive ranges of tenths that must cover 0…max
 * exactly once (no gap, no overlap), and a higher total must never give a worse level.
 */
import { type CoverageFinding, checkCoverage, INTEGER_SCALE, type Issue } from "./internal/engine.js";
import type { Band, Level } from "./rubric.js";

/**
 * Checks bands against the rubric maximum and levels: `BAND_GAP`, `BAND_OVERLAP`, `BAND_EMPTY`,
 * `BAND_UNKNOWN_LEVEL`, `BAND_NOT_MONOTONE`, `BAND_BEYOND_MAX`.
 *
 * @example
 * const levels = [{ id: "tot", label: "Tốt" }, { id: "dat", label: "Đạt" }];
 * checkBands([{ level: "dat", min: 0, max: 499 }, { level: "tot", min: 500, max: 1000 }], 1000, levels); //=> []
 * checkBands([{ level: "dat", min: 0, max: 499 }, { level: "tot", min: 501, max: 1000 }], 1000, levels)[0].code;
 * //=> "BAND_GAP"
 */
export function checkBands(bands: readonly Band[], max: number, levels: readonly Level[]): Issue[] {
  const issues: Issue[] = [];
  const rank = new Map(levels.map((l, i) => [l.id, i] as const));
  // Gaps, overlaps and the edges 0…max come from the @antq/rules interval checker (the same one that checks
  // dated versions); findings arrive in sweep order, so they are worded band by band here.
  const findings = checkCoverage(
    bands.map((b) => ({ from: b.min, to: b.max })),
    INTEGER_SCALE,
    { start: 0, end: max },
  );
  const byBand = new Map<number, CoverageFinding<number>[]>();
  const tail: CoverageFinding<number>[] = [];
  for (const f of findings) {
    if (f.type === "beyond" || f.index === undefined) tail.push(f);
    else byBand.set(f.index, [...(byBand.get(f.index) ?? []), f]);
  }
  const sorted = bands.map((b, i) => ({ b, i })).sort((x, y) => x.b.min - y.b.min || x.b.max - y.b.max);
  let prevRank = Number.POSITIVE_INFINITY;
  for (const { b, i } of sorted) {
    const path = ["bands", i];
    if (!rank.has(b.level)) {
      issues.push({
        code: "BAND_UNKNOWN_LEVEL",
        message: `Khoảng điểm nêu mức “${b.level}” không có.`,
        path,
      });
    }
    let empty = false;
    for (const f of byBand.get(i) ?? []) {
      if (f.type === "inverted") {
        empty = true;
        issues.push({
          code: "BAND_EMPTY",
          message: `Khoảng điểm mức “${b.level}” có cận dưới ${b.min / 10} lớn hơn cận trên ${b.max / 10}.`,
          path,
        });
      } else if (f.type === "gap") {
        issues.push({
          code: "BAND_GAP",
          message: `Các khoảng điểm bỏ trống từ ${f.from / 10} đến ${f.to / 10} điểm.`,
          path,
        });
      } else if (f.type === "overlap") {
        issues.push({
          code: "BAND_OVERLAP",
          message: `Khoảng điểm mức “${b.level}” (${b.min / 10}–${b.max / 10}) chồng lên khoảng trước.`,
          path,
        });
      }
    }
    if (empty) continue;
    const r = rank.get(b.level);
    if (r !== undefined) {
      if (r > prevRank) {
        issues.push({
          code: "BAND_NOT_MONOTONE",
          message: `Mức “${b.level}” ứng với điểm cao hơn nhưng thấp hơn mức của khoảng điểm dưới nó.`,
          path,
        });
      }
      prevRank = r;
    }
  }
  for (const f of tail) {
    if (f.type === "gap") {
      issues.push({
        code: "BAND_GAP",
        message: `Các khoảng điểm không phủ từ ${f.from / 10} đến ${f.to / 10} điểm.`,
        path: ["bands"],
      });
    } else if (f.type === "beyond") {
      issues.push({
        code: "BAND_BEYOND_MAX",
        message: `Có khoảng điểm vượt tổng điểm chuẩn ${max / 10}.`,
        path: ["bands"],
      });
    }
  }
  return issues;
}

/**
 * A lookup table from total (tenths) to level index (0 = best), built once per rubric so that finding the
 * level of a total is one array read.
 *
 * @example
 * // Ranks in the example commune rubric: 0 Xuất sắc (from 90 points), 1 Khá (70 to 89,9 points).
 * const table = bandTable(rubric.bands, rubric.max, rubric.levels);
 * table[925]; //=> 0
 * table[899]; //=> 1
 */
export function bandTable(bands: readonly Band[], max: number, levels: readonly Level[]): Int8Array {
  const rank = new Map(levels.map((l, i) => [l.id, i] as const));
  const table = new Int8Array(max + 1).fill(-1);
  for (const b of bands) {
    const r = rank.get(b.level) ?? -1;
    for (let t = Math.max(0, b.min); t <= Math.min(max, b.max); t++) table[t] = r;
  }
  return table;
}

/**
 * The band a total falls in, or `undefined` (only possible for an unchecked band list).
 *
 * @example
 * bandForTotal([{ level: "dat", min: 0, max: 1000 }], 850)?.level; //=> "dat"
 */
export function bandForTotal(bands: readonly Band[], total: number): Band | undefined {
  for (const b of bands) if (b.min <= total && total <= b.max) return b;
  return undefined;
}

/**
 * Describes a band in Vietnamese: "từ 90 đến 100 điểm", "dưới 50 điểm" (for a band starting at 0).
 *
 * @example
 * describeBand({ level: "kha", min: 700, max: 899 }); //=> "từ 70 đến 89,9 điểm"
 */
export function describeBand(band: Band): string {
  const f = (t: number) => `${Math.floor(t / 10)}${t % 10 === 0 ? "" : `,${t % 10}`}`;
  if (band.min === 0) return `dưới ${f(band.max + 1)} điểm`;
  return `từ ${f(band.min)} đến ${f(band.max)} điểm`;
}
