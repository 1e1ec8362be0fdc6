/**
 * The yearly workflow of a commune's data: submitted by the commune, approved or returned by the province;
 * an approved commune-year is locked. `assertOpen` is called, inside the change's transaction, by every
 * endpoint that changes a commune's data.
 */
import type { SqlExecutor } from "@antq/store";
import { ProblemError } from "./problem.js";

/** The states of a commune-year. */
export type CommuneYearStatus = "open" | "submitted" | "approved" | "returned";

/** The Vietnamese names of the states. */
export const STATUS_LABELS: Readonly<Record<CommuneYearStatus, string>> = {
  open: "Đang nhập liệu",
  submitted: "Xã đã nộp, chờ tỉnh duyệt",
  approved: "Tỉnh đã duyệt (đã khoá)",
  returned: "Tỉnh trả lại để xã sửa",
};

/** The state of a commune-year (read with the transaction's scope), locking the row until commit. */
export const statusOf = async (
  tx: SqlExecutor,
  year: number,
  communeId: string,
): Promise<CommuneYearStatus> => {
  const rows = await tx.query(
    "select status from commune_year_status where year = $1 and commune_id = $2 for update",
    [year, communeId],
  );
  return (rows[0]?.status as CommuneYearStatus | undefined) ?? "open";
};

/** Refuses (409) when the commune-years named are approved (locked). */
export const assertOpen = async (
  tx: SqlExecutor,
  year: number,
  communeIds: Iterable<string | null>,
): Promise<void> => {
  const ids = [...new Set([...communeIds].filter((c): c is string => c !== null))];
  if (ids.length === 0) return;
  const rows = await tx.query(
    "select commune_id from commune_year_status where year = $1 and commune_id = any($2::text[]) and status = 'approved'",
    [year, ids],
  );
  if (rows.length > 0)
    throw new ProblemError(
      "CONFLICT",
      `Dữ liệu năm ${year} của xã ${rows.map((r) => String(r.commune_id)).join(", ")} đã được tỉnh duyệt và đã khoá; không sửa được.`,
    );
};
