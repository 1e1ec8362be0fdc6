/**
 * The JSON inputs of the yearly cycle's commands (`antq khen-thuong`, `antq to-bao-ve`): award proposals and Tổ
 * bảo vệ ANTT, read from parsed JSON with every problem located by its path in the file.
 */
import { parseSecurityTeam, type SecurityTeam } from "@antq/domain";
import { type AwardProposal, parseAwardProposal } from "@antq/rules-awards";

/**
 * A located problem of a JSON input: its path in the file and a Vietnamese message.
 *
 * @example
 * ```ts
 * const issue: JsonInputIssue = { path: ["proposals", 0, "id"], message: "Mã đề nghị “knc-01” trùng với đề nghị thứ 1." };
 * ```
 */
export interface JsonInputIssue {
  readonly path: readonly (string | number)[];
  readonly message: string;
}

/**
 * The award proposals of a JSON input (`{ "proposals": [...] }` or a bare array), each checked with
 * @antq/rules-awards' `parseAwardProposal`; problems are located by their path in the file (a repeated id, an
 * empty list, a field of a proposal).
 *
 * @example
 * ```ts
 * const r = proposalsFromJson({ proposals: [{ id: "knc-01" }] });
 * [r.proposals.length, r.issues[0]?.path.slice(0, 2)]; //=> [0, ["proposals", 0]]
 * proposalsFromJson([]).issues.map((i) => i.message); //=> ["Danh sách đề nghị trống."]
 * ```
 */
export const proposalsFromJson = (
  data: unknown,
): { proposals: AwardProposal[]; issues: JsonInputIssue[] } => {
  const list = Array.isArray(data)
    ? { items: data as unknown[], root: [] as string[] }
    : typeof data === "object" && data !== null && Array.isArray((data as { proposals?: unknown }).proposals)
      ? { items: (data as { proposals: unknown[] }).proposals, root: ["proposals"] }
      : undefined;
  if (list === undefined)
    return {
      proposals: [],
      issues: [{ path: [], message: "Tệp phải là danh sách đề nghị hoặc đối tượng có trường “proposals”." }],
    };
  const proposals: AwardProposal[] = [];
  const issues: JsonInputIssue[] = [];
  const seen = new Map<string, number>();
  list.items.forEach((item, i) => {
    const r = parseAwardProposal(item);
    if (!r.ok) {
      for (const issue of r.issues)
        issues.push({ path: [...list.root, i, ...issue.path], message: issue.message });
      return;
    }
    const first = seen.get(r.value.id);
    if (first !== undefined)
      issues.push({
        path: [...list.root, i, "id"],
        message: `Mã đề nghị “${r.value.id}” trùng với đề nghị thứ ${first + 1}.`,
      });
    else seen.set(r.value.id, i);
    proposals.push(r.value);
  });
  if (list.items.length === 0) issues.push({ path: list.root, message: "Danh sách đề nghị trống." });
  return { proposals, issues };
};

/**
 * The Tổ bảo vệ ANTT of a JSON input, with the commune names it gives and its located problems.
 *
 * @example
 * ```ts
 * const read = (f: TeamsJson) => [f.teams.length, f.issues.length];
 * ```
 */
export interface TeamsJson {
  readonly teams: SecurityTeam[];
  readonly communeNames: Map<string, string>;
  readonly issues: JsonInputIssue[];
  /** Path of the teams list in the file. */
  readonly root: readonly string[];
}

/**
 * The teams of a JSON input (`{ "communes": [{ "id", "name" }], "teams": [...] }` or a bare array of teams), each
 * checked with @antq/domain's `parseSecurityTeam`; problems are located by their path in the file.
 *
 * @example
 * ```ts
 * const r = teamsFromJson({ communes: [{ id: "C28261", name: "Xã Mỹ Thành" }], teams: [] });
 * [r.communeNames.get("C28261"), r.issues.map((i) => i.message)]; //=> ["Xã Mỹ Thành", ["Danh sách Tổ trống."]]
 * ```
 */
export const teamsFromJson = (data: unknown): TeamsJson => {
  const communeNames = new Map<string, string>();
  const issues: JsonInputIssue[] = [];
  const obj =
    typeof data === "object" && data !== null && !Array.isArray(data)
      ? (data as Record<string, unknown>)
      : {};
  const items = Array.isArray(data) ? data : Array.isArray(obj.teams) ? (obj.teams as unknown[]) : undefined;
  const root = Array.isArray(data) ? [] : ["teams"];
  if (items === undefined)
    return {
      teams: [],
      communeNames,
      issues: [{ path: [], message: "Tệp phải là danh sách Tổ hoặc đối tượng có trường “teams”." }],
      root,
    };
  if (obj.communes !== undefined) {
    if (!Array.isArray(obj.communes))
      issues.push({ path: ["communes"], message: "Phải là danh sách xã, phường." });
    else
      obj.communes.forEach((c: unknown, i) => {
        const { id, name } = (typeof c === "object" && c !== null ? c : {}) as {
          id?: unknown;
          name?: unknown;
        };
        if (typeof id !== "string" || typeof name !== "string" || id === "" || name === "")
          issues.push({ path: ["communes", i], message: "Mỗi xã, phường cần “id” và “name” (chuỗi)." });
        else communeNames.set(id, name);
      });
  }
  const teams: SecurityTeam[] = [];
  const seen = new Set<string>();
  items.forEach((item, i) => {
    const r = parseSecurityTeam(item);
    if (!r.ok) {
      for (const issue of r.issues)
        issues.push({ path: [...root, i, ...issue.path], message: issue.message });
      return;
    }
    if (seen.has(r.value.id))
      issues.push({ path: [...root, i, "id"], message: `Mã Tổ “${r.value.id}” bị trùng.` });
    seen.add(r.value.id);
    teams.push(r.value);
  });
  if (items.length === 0) issues.push({ path: root, message: "Danh sách Tổ trống." });
  return { teams, communeNames, issues, root };
};
