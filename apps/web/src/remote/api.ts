/**
 * The province's antq server, when the page is served by one (`antq phuc-vu`): a typed client of its API on
 * the page's own origin only (relative URLs, `credentials: "same-origin"`), so the CSP's `connect-src 'self'`
 * holds and no request leaves the origin. Signing in sets the server's httpOnly session cookie; the browser
 * sends `Origin` with every state-changing request, which is the server's CSRF check. Every failure is the
 * server's RFC 9457 problem (Vietnamese title, detail and located issues) turned into one {@link ServerProblem}.
 */

import type { AssessmentDocument } from "@antq/sheets";

/** The signed-in account, as `GET /v1/me` returns it. */
export interface Account {
  readonly id: number;
  readonly login: string;
  readonly role: "province_admin" | "province_officer" | "commune_officer" | "read_only";
  readonly roleTitle: string;
  readonly provinceId: string;
  readonly communeId: string | null;
}

/** One located issue of a problem document. */
export interface ProblemIssue {
  readonly code: string;
  readonly path: string;
  readonly message: string;
  readonly sheet?: string;
  readonly row?: number;
  readonly column?: string;
}

/** A failed request: the server's problem document, or a Vietnamese message when the server gave none. */
export class ServerProblem extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    readonly detail: string | undefined,
    readonly issues: readonly ProblemIssue[],
  ) {
    super(detail === undefined || detail === title ? title : `${title}: ${detail}`);
    this.name = "ServerProblem";
  }
}

/** Where an issue is: its field path, and the sheet, row and column of an uploaded workbook. */
export const issueLocation = (issue: ProblemIssue): string =>
  [
    issue.sheet === undefined ? undefined : `trang tính “${issue.sheet}”`,
    issue.row === undefined ? undefined : `dòng ${issue.row}`,
    issue.column === undefined ? undefined : `cột ${issue.column}`,
    issue.path === "" ? undefined : issue.path,
  ]
    .filter((part) => part !== undefined)
    .join(", ");

const problemOf = async (response: Response): Promise<ServerProblem> => {
  if ((response.headers.get("content-type") ?? "").includes("json")) {
    const body = (await response.json().catch(() => undefined)) as
      | { title?: unknown; detail?: unknown; issues?: unknown }
      | undefined;
    if (body !== undefined && typeof body.title === "string")
      return new ServerProblem(
        response.status,
        body.title,
        typeof body.detail === "string" ? body.detail : undefined,
        Array.isArray(body.issues) ? (body.issues as ProblemIssue[]) : [],
      );
  }
  return new ServerProblem(response.status, `Máy chủ trả lời lỗi ${response.status}`, undefined, []);
};

const call = async (path: string, init: RequestInit = {}): Promise<Response> => {
  let response: Response;
  try {
    response = await fetch(path, {
      ...init,
      credentials: "same-origin",
      headers: { accept: "application/json", ...(init.headers as Record<string, string> | undefined) },
    });
  } catch {
    throw new ServerProblem(0, "Không kết nối được máy chủ của tỉnh", undefined, []);
  }
  if (!response.ok) throw await problemOf(response);
  return response;
};

const json = async <T>(path: string, init?: RequestInit): Promise<T> =>
  (await call(path, init)).json() as Promise<T>;

/** What the page's origin is: an antq server (signed in or not), or a plain static host (local-first). */
export type Origin =
  | { readonly server: false }
  | { readonly server: true; readonly account: Account | undefined };

/**
 * Asks the page's own origin `GET /v1/me`: an account (200) or a 401 problem means an antq server with
 * accounts; anything else (the static host's page or 404, no answer) means the app works on its own.
 */
export const detectServer = async (): Promise<Origin> => {
  try {
    const response = await fetch("/v1/me", {
      credentials: "same-origin",
      headers: { accept: "application/json" },
    });
    const type = response.headers.get("content-type") ?? "";
    if (response.status === 200 && type.startsWith("application/json"))
      return { server: true, account: ((await response.json()) as { account: Account }).account };
    if (response.status === 401 && type.startsWith("application/problem+json"))
      return { server: true, account: undefined };
  } catch {
    // no server: local-first
  }
  return { server: false };
};

let origin: Promise<Origin> | undefined;

/** The page's origin ({@link detectServer}), asked once per page load. */
export const pageOrigin = (): Promise<Origin> => {
  origin ??= detectServer();
  return origin;
};

/** Keeps what signing in or out changed about the page's origin; returns it. */
export const rememberOrigin = (changed: Origin): Origin => {
  origin = Promise.resolve(changed);
  return changed;
};

/** Signs in with a login and password; the session is the server's httpOnly cookie. */
export const signIn = async (login: string, password: string): Promise<Account> =>
  (
    await json<{ account: Account }>("/v1/auth/login", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ login, password }),
    })
  ).account;

/** Ends the session. */
export const signOut = async (): Promise<void> => {
  await call("/v1/auth/logout", { method: "POST" });
};

/** What an upload stored. */
export interface UploadResult {
  readonly year: number;
  readonly mode: "province-import" | "commune-facts";
  readonly units: number;
  readonly annualFacts: number;
}

/** The XLSX media type the upload endpoint takes. */
export const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/**
 * Uploads a year's workbook (antq's templates): a province account replaces the province's year, a commune
 * officer submits their own commune's facts. All or nothing; the problems are located at sheet, row, column.
 */
export const uploadWorkbook = (year: number, name: string, bytes: ArrayBuffer): Promise<UploadResult> =>
  json<UploadResult>(
    `/v1/years/${year}/workbook?replace=true&file=${encodeURIComponent(name.slice(0, 255))}`,
    { method: "POST", headers: { "content-type": XLSX_TYPE }, body: bytes },
  );

/** A row of `GET /v1/dashboard/outcomes`: unit-years of a year, kind and stored outcome (null: not assessed). */
export interface OutcomeCountRow {
  readonly year: number;
  readonly kind: string;
  readonly outcome: string | null;
  readonly units: number;
}

/** The unit-years per year, kind and outcome of a period, within the account's scope (the server decides). */
export const outcomeCounts = async (from: number, to: number, communeId?: string) => {
  const query = new URLSearchParams({ from: String(from), to: String(to) });
  if (communeId !== undefined && communeId !== "") query.set("communeId", communeId);
  return json<{ from: number; to: number; communeId: string | null; rows: OutcomeCountRow[] }>(
    `/v1/dashboard/outcomes?${query}`,
  );
};

/** A stored unit of a year. */
export interface StoredUnit {
  readonly unitId: string;
  readonly name: string;
  readonly kind: string;
  readonly communeId: string | null;
  readonly outcome: string | null;
}

/** One page of a year's stored units (the server keeps a commune officer to their commune). */
export const storedUnits = (year: number, cursor?: string, limit = 200) => {
  const query = new URLSearchParams({ limit: String(limit) });
  if (cursor !== undefined) query.set("cursor", cursor);
  return json<{ year: number; units: StoredUnit[]; nextCursor: string | null }>(
    `/v1/years/${year}/units?${query}`,
  );
};

/** The report kind of a period, as the local record chooses it. */
export const reportKind = (from: number, to: number): "nam" | "so-ket" | "tong-ket" =>
  from === to ? "nam" : to - from + 1 >= 10 ? "tong-ket" : "so-ket";

/** Downloads the province's report of a period: the Word document or its Excel annexes. */
export const downloadReport = async (
  format: "docx" | "xlsx",
  from: number,
  to: number,
): Promise<{ name: string; blob: Blob }> => {
  const query = new URLSearchParams({ from: String(from), to: String(to), kind: reportKind(from, to) });
  const response = await call(`/v1/reports/${format}?${query}`);
  const name =
    /filename="([^"]+)"/.exec(response.headers.get("content-disposition") ?? "")?.[1] ??
    `bao-cao-${from}-${to}.${format}`;
  return { name, blob: await response.blob() };
};

/** A run stored by `POST /v1/years/{year}/assessments`: its totals, provenance and last year's source. */
export interface StoredRun {
  readonly year: number;
  readonly runId: number;
  readonly ruleSetHash: string;
  readonly asOf: string;
  readonly communeId: string | null;
  readonly units: number;
  /** The run's "X/Y đạt", overall, by kind and by commune (the `summary` of `antq.assessment/1`). */
  readonly summary: AssessmentDocument["summary"];
  readonly previousYear: { readonly year: number; readonly inRecord: boolean };
  readonly notes: readonly string[];
}

/**
 * Assesses the province's stored year on the server and stores the run, as `antq danh-gia --tu-kho --luu-kho`
 * (a province account; a commune officer is refused with the server's reason, 403).
 */
export const assessOnServer = (year: number): Promise<StoredRun> =>
  json<StoredRun>(`/v1/years/${year}/assessments`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: "{}",
  });
