import type * as z from "zod";

/** Adds a DATE_RANGE_REVERSED issue at `path` when both ends are given and `end` is before `start`. */
export function checkRange(
  ctx: z.core.$RefinementCtx,
  start: string | number | undefined,
  end: string | number | undefined,
  path: (string | number)[],
): void {
  if (start !== undefined && end !== undefined && end < start) {
    ctx.addIssue({ code: "custom", path, input: end, params: { domainCode: "DATE_RANGE_REVERSED", start } });
  }
}
