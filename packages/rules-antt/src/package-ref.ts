/**
 * Provenance of the national standard: this package and its version, recorded in every result.
 */
import type { PackageRef } from "@antq/rules";
import pkg from "../package.json" with { type: "json" };

/**
 * This package (`@antq/rules-antt`) and its version, read from its package.json at build time.
 *
 * @example
 * RULES_ANTT_PACKAGE.name; //=> "@antq/rules-antt"
 */
export const RULES_ANTT_PACKAGE: PackageRef = Object.freeze({ name: pkg.name, version: pkg.version });
