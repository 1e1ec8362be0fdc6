import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** Reads a JSON fixture from test/fixtures. */
export function fixture<T = unknown>(name: string): T {
  return JSON.parse(readFileSync(fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url)), "utf8")) as T;
}
