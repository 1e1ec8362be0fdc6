/** The browser's record: PGlite's `idb://antq`, kept by PGlite in the IndexedDB database `/pglite/antq`. */
export const RECORD_NAME = "antq";

/** The IndexedDB database of the record (to know whether one exists without loading PGlite). */
export const RECORD_DATABASE = `/pglite/${RECORD_NAME}`;
