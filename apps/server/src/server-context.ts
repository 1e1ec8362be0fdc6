/** What the data routes share: the store driver and the server's settings. */
import type { SqlDriver } from "@antq/store";

/** The data side of the server. */
export interface DataContext {
  readonly driver: SqlDriver;
  /** The public origin (scheme://host:port) for CSRF checks; default: the request's own origin. */
  readonly origin?: string | undefined;
  /** Whether the session cookie is marked `Secure` (default true; off only for a plain-HTTP try-out). */
  readonly secureCookies?: boolean | undefined;
}
