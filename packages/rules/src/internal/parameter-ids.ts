import type { RuleVersion } from "../rule.js";

/** The ids of the parameters a rule version declares (parameter objects or ids). */
export function parameterIdsOf(version: Pick<RuleVersion<unknown>, "parameters">): string[] {
  const out: string[] = [];
  for (const p of version.parameters ?? []) out.push(typeof p === "string" ? p : p.id);
  return out;
}
