/**
 * Roles and scopes. An account belongs to one province; a commune officer also to one commune. A request is
 * made by a principal: the account, how it signed in (session cookie or personal access token) and what it
 * may do. Every data handler checks here first; PostgreSQL row-level security (store migration 0006) checks
 * the same scope again inside the request's transaction.
 */
import { ProblemError } from "./problem.js";

/** The roles of an account. */
export const ROLES = ["province_admin", "province_officer", "commune_officer", "read_only"] as const;
/** A role. */
export type Role = (typeof ROLES)[number];

/** The Vietnamese names of the roles. */
export const ROLE_LABELS: Readonly<Record<Role, string>> = {
  province_admin: "Quản trị cấp tỉnh",
  province_officer: "Cán bộ cấp tỉnh",
  commune_officer: "Cán bộ cấp xã",
  read_only: "Chỉ xem",
};

/** What a personal access token may do. */
export type Scope = "read" | "write";

/** Who makes a request. */
export interface Principal {
  readonly accountId: number;
  readonly login: string;
  readonly role: Role;
  readonly provinceId: string;
  readonly communeId: string | null;
  readonly via: "session" | "token";
  readonly scopes: readonly Scope[];
}

/** Refuses unless the principal may change data (role and, for a token, its `write` scope). */
export const requireWrite = (p: Principal): void => {
  if (p.role === "read_only")
    throw new ProblemError("FORBIDDEN", "Tài khoản chỉ xem không được thay đổi dữ liệu.");
  if (!p.scopes.includes("write"))
    throw new ProblemError("FORBIDDEN", "Khoá truy cập này chỉ được đọc (thiếu quyền write).");
};

/** Refuses unless the principal is the province administrator. */
export const requireAdmin = (p: Principal): void => {
  if (p.role !== "province_admin")
    throw new ProblemError("FORBIDDEN", "Chỉ quản trị cấp tỉnh được làm việc này.");
  requireWrite(p);
};

/**
 * The commune a request may see: a commune officer only their own (asking for another is a 403); others
 * what they ask for (undefined = the whole province).
 */
export const communeScope = (p: Principal, asked: string | undefined): string | undefined => {
  if (p.role !== "commune_officer") return asked;
  if (asked !== undefined && asked !== p.communeId)
    throw new ProblemError("FORBIDDEN", `Cán bộ cấp xã chỉ được xem dữ liệu của xã mình (${p.communeId}).`);
  return p.communeId ?? undefined;
};
