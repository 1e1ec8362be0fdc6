/**
 * The years of a period that the record holds, after checking the period itself (shared by the period reads:
 * `reviewRecords`, `cycleRecords`).
 */
import * as z from "zod";
import type { SqlDriver } from "../driver.js";
import { StoreError } from "../errors.js";
import type { Period } from "../queries.js";

const YearRow = z.object({ year: z.number() });

/** Refuses a period that is not two ordered whole years, then lists its stored years in order. */
export async function storedYearsOf(driver: SqlDriver, period: Period): Promise<number[]> {
  if (!Number.isInteger(period.from) || !Number.isInteger(period.to) || period.from > period.to)
    throw new StoreError("INVALID_INPUT", `Khoảng thời gian ${period.from}–${period.to} không hợp lệ.`, {
      ...period,
    });
  return z
    .array(YearRow)
    .parse(
      await driver.query("select year from dataset_year where year between $1 and $2 order by year", [
        period.from,
        period.to,
      ]),
    )
    .map((r) => r.year);
}
