/**
 * Node-only pieces of @antq/store: the data folder with its exclusive lock (embedded PGlite on NodeFS) and
 * the connection to a shared PostgreSQL server.
 *
 * @packageDocumentation
 */
export { acquireFolderLock, type FolderLock, LOCK_FILE_NAME, type LockHolder } from "./lock.js";
export { isPostgresUrl, type OpenStore, openStore, resolveStoreLocation } from "./open.js";
export { postgresDriver, redactUrl } from "./postgres.js";
