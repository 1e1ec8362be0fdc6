/**
 * Multi-year facts from the record: the "previous year" counts that Thông tư 124 Điều 4 khoản 4 điểm a
 * compares with (kiềm chế, kéo giảm … so với năm trước) are read from last year's stored facts instead of being
 * retyped. When last year is not in the store, or a unit has no counts there, the counts stay absent (the rule
 * then says "cần xem xét"), never zero, and a note says why.
 */
import { type AnnualFacts, ViolationCountsSchema } from "@antq/domain";
import * as z from "zod";
import type { SqlDriver } from "./driver.js";

type ViolationCounts = z.infer<typeof ViolationCountsSchema>;

/**
 * Last year's counts as recorded: the year, whether the store holds it (and the import in force, so that a run
 * can tell later that last year was replaced), and each stored unit's `violationCounts` (null when its facts
 * have none).
 *
 * @example
 * ```ts
 * const p: PreviousYearRecord = { year: 2022, stored: true, importId: 4, counts: new Map([["kdc-1", { crimes: 2, socialEvilCases: 0, otherViolationCases: 3 }]]) };
 * ```
 */
export interface PreviousYearRecord {
  readonly year: number;
  readonly stored: boolean;
  readonly importId?: number | undefined;
  readonly counts: ReadonlyMap<string, ViolationCounts | null>;
}

/**
 * Why a unit's previous-year counts were not taken from the record (`year-missing`: the store has no data
 * of last year; `unit-missing`: last year's record has no facts of this unit; `counts-missing`: its facts have
 * no counts), or that a typed value was replaced by the record (`replaced-typed`).
 *
 * @example
 * ```ts
 * const r: PreviousYearReason = "year-missing";
 * ```
 */
export type PreviousYearReason = "year-missing" | "unit-missing" | "counts-missing" | "replaced-typed";

/**
 * One note of {@link withPreviousYearCounts}, with a Vietnamese message.
 *
 * @example
 * ```ts
 * const n: PreviousYearNote = { unitId: "kdc-1", reason: "year-missing", message: "Kho chưa có dữ liệu năm 2022 …" };
 * ```
 */
export interface PreviousYearNote {
  readonly unitId: string;
  readonly reason: PreviousYearReason;
  readonly message: string;
}

const Row = z.object({ unit_id: z.string(), counts: ViolationCountsSchema.nullable() });

/**
 * Reads the counts of `year - 1` from the store.
 *
 * @example
 * ```ts
 * const previous = await previousYearRecord(driver, 2023);
 * previous.stored; // false when 2022 was never imported
 * ```
 */
export async function previousYearRecord(driver: SqlDriver, year: number): Promise<PreviousYearRecord> {
  const previous = year - 1;
  const present = z
    .array(z.object({ import_id: z.number() }))
    .parse(
      await driver.query("select import_id::int as import_id from dataset_year where year = $1", [previous]),
    );
  const stored = present.length > 0;
  const rows = stored
    ? z
        .array(Row)
        .parse(
          await driver.query(
            "select unit_id, doc -> 'violationCounts' as counts from annual_facts where year = $1",
            [previous],
          ),
        )
    : [];
  return {
    year: previous,
    stored,
    ...(stored ? { importId: present[0]?.import_id } : {}),
    counts: new Map(rows.map((r) => [r.unit_id, r.counts])),
  };
}

const sameCounts = (a: ViolationCounts, b: ViolationCounts) =>
  a.crimes === b.crimes &&
  a.socialEvilCases === b.socialEvilCases &&
  a.otherViolationCases === b.otherViolationCases;

const show = (c: ViolationCounts) =>
  `${c.crimes} tội phạm, ${c.socialEvilCases} tệ nạn xã hội, ${c.otherViolationCases} vi phạm khác`;

/**
 * Sets each unit's `previousYearCounts` from last year's record. Facts that report this year's counts but
 * cannot be compared (last year absent from the store, the unit absent from it, or no counts there) lose any
 * typed previous-year counts and get a note: the rule then says "cần xem xét" instead of comparing with a
 * guess. A typed value that differs from the record is replaced, with a note. Pure.
 *
 * @example
 * ```ts
 * withPreviousYearCounts([{ unitId: "kdc-1", year: 2023, violationCounts: { crimes: 1, socialEvilCases: 0, otherViolationCases: 2 } }], { year: 2022, stored: false, counts: new Map() }).notes[0].reason; //=> "year-missing"
 * ```
 */
export function withPreviousYearCounts(
  facts: readonly AnnualFacts[],
  previous: PreviousYearRecord,
): { facts: AnnualFacts[]; notes: PreviousYearNote[] } {
  const notes: PreviousYearNote[] = [];
  const out = facts.map((f): AnnualFacts => {
    const recorded = previous.counts.get(f.unitId);
    const { previousYearCounts: typed, ...rest } = f;
    if (recorded !== undefined && recorded !== null) {
      if (typed !== undefined && !sameCounts(typed, recorded))
        notes.push({
          unitId: f.unitId,
          reason: "replaced-typed",
          message: `Đơn vị ${f.unitId}: số vụ năm ${previous.year} ghi trong tệp (${show(typed)}) khác số liệu đã lưu trong kho (${show(recorded)}); dùng số liệu trong kho.`,
        });
      return { ...rest, previousYearCounts: recorded };
    }
    if (f.violationCounts === undefined) return f;
    const reason: PreviousYearReason = !previous.stored
      ? "year-missing"
      : recorded === undefined
        ? "unit-missing"
        : "counts-missing";
    notes.push({
      unitId: f.unitId,
      reason,
      message:
        reason === "year-missing"
          ? `Đơn vị ${f.unitId}: kho chưa có dữ liệu năm ${previous.year}, nên chưa so sánh được số vụ với năm trước (Điều 4 khoản 4 điểm a): cần xem xét.`
          : reason === "unit-missing"
            ? `Đơn vị ${f.unitId}: dữ liệu năm ${previous.year} trong kho không có đơn vị này, nên chưa so sánh được số vụ với năm trước (Điều 4 khoản 4 điểm a): cần xem xét.`
            : `Đơn vị ${f.unitId}: dữ liệu năm ${previous.year} trong kho không có số vụ tội phạm, tệ nạn, vi phạm, nên chưa so sánh được với năm trước (Điều 4 khoản 4 điểm a): cần xem xét.`,
    });
    return rest;
  });
  return { facts: out, notes };
}
