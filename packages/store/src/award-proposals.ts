/**
 * The award proposals of a year in the store (migration 0008): written with the year's import (in its one
 * transaction, by `importCycleYear`) and read back for `antq khen-thuong --tu-kho`, scoped to a province with the
 * 2025 lineage as the other cycle records are.
 */
import { type AwardProposal, AwardProposalSchema } from "@antq/rules-awards";
import * as z from "zod";
import type { SqlDriver, SqlExecutor } from "./driver.js";
import { copyRows } from "./internal/copy.js";
import { storedYearsOf } from "./internal/period-years.js";
import type { PlaceRef } from "./internal/province-of.js";
import type { ProvinceScope } from "./lineage.js";
import type { Period } from "./queries.js";

/** Stores a year's proposals, each placed in a province by `provinceOf`; returns how many. */
export async function writeAwardProposals(
  tx: SqlExecutor,
  year: number,
  proposals: readonly AwardProposal[],
  provinceOf: (ref: PlaceRef) => string | null,
): Promise<number> {
  if (proposals.length === 0) return 0;
  return copyRows(
    tx,
    "award_proposal",
    [
      "year",
      "proposal_id",
      "form",
      "issuer_kind",
      "recipient_kind",
      "unit_id",
      "proposed_on",
      "province_id",
      "doc",
    ],
    proposals,
    (p) => {
      const unitId = p.recipient.kind === "collective" ? p.recipient.unitId : undefined;
      return [
        year,
        p.id,
        p.form,
        p.issuer.kind,
        p.recipient.kind,
        unitId ?? null,
        p.proposedOn,
        provinceOf({ unitId }),
        p,
      ];
    },
  );
}

/**
 * The award proposals of a period's stored years (see {@link awardProposalRecords}).
 *
 * @example
 * ```ts
 * const ids = (r: AwardProposalRecords) => r.proposals.map((p) => p.id);
 * ```
 */
export interface AwardProposalRecords {
  /** The stored years of the period. */
  readonly years: readonly number[];
  /** In stored order: year, then proposal id. */
  readonly proposals: readonly AwardProposal[];
}

const Row = z.object({ doc: z.unknown() });

/**
 * The award proposals of `period` (years inclusive), of every province or of `scope` (with the provinces it was
 * formed from); proposals that could not be placed in a province are read only without a scope. Each stored
 * document is checked again with `AwardProposalSchema`. Throws `INVALID_INPUT` for an empty or reversed period.
 *
 * @example
 * ```ts
 * const r = await awardProposalRecords(driver, { from: 2024, to: 2024 });
 * r.proposals.map((p) => [p.id, p.form]); //=> [["knc-01", "commemorative-medal"]]
 * // Tiền Giang (P82) is part of today's Đồng Tháp: its proposals are in Đồng Tháp's scope.
 * (await awardProposalRecords(driver, { from: 2024, to: 2024 }, provinceScope("P82-2025"))).proposals.length; //=> 1
 * ```
 */
export async function awardProposalRecords(
  driver: SqlDriver,
  period: Period,
  scope?: ProvinceScope,
): Promise<AwardProposalRecords> {
  const years = await storedYearsOf(driver, period);
  const rows = z
    .array(Row)
    .parse(
      await driver.query(
        "select doc from award_proposal where year between $1 and $2 and ($3::text[] is null or province_id = any($3::text[])) order by year, proposal_id",
        [period.from, period.to, scope === undefined ? null : scope.memberIds],
      ),
    );
  return { years, proposals: rows.map((r) => AwardProposalSchema.parse(r.doc)) };
}
