/**
 * Provenance of the awards rule set: this package and its version, recorded in every result.
 */
import type { PackageRef } from "@antq/rules";
import pkg from "../package.json" with { type: "json" };

/**
 * This package (`@antq/rules-awards`) and its version, read from its package.json at build time.
 *
 * @example
 * RULES_AWARDS_PACKAGE.name; //=> "@antq/rules-awards"
 */
export const RULES_AWARDS_PACKAGE: PackageRef = Object.freeze({ name: pkg.name, version: pkg.version });
