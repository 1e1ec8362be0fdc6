/**
 * Provenance: which package supplied a rule, a version or a parameter value.
 */
import { z } from "zod";
import pkg from "../package.json" with { type: "json" };

/**
 * Zod schema of {@link PackageRef}.
 *
 * @example
 * PackageRefSchema.parse({ name: "@antq/rules", version: "0.1.0" });
 */
export const PackageRefSchema = z.object({ name: z.string().min(1), version: z.string().min(1) }).strict();

/**
 * A package name and version, e.g. `{ name: "@antq/rules", version: "0.1.0" }`.
 *
 * @example
 * const ref: PackageRef = { name: "@antq/rules-vinh-long", version: "1.0.0" };
 */
export type PackageRef = z.infer<typeof PackageRefSchema>;

/**
 * This package (`@antq/rules`) and its version, read from its package.json at build time.
 *
 * @example
 * RULES_PACKAGE.name; //=> "@antq/rules"
 */
export const RULES_PACKAGE: PackageRef = Object.freeze({ name: pkg.name, version: pkg.version });
