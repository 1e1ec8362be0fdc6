/**
 * Provenance of the configuration this package ships.
 */
import pkg from "../package.json" with { type: "json" };
import type { PackageRef } from "./internal/engine.js";

/**
 * This package (`@antq/criteria`) and its version; stamped on every parameter value it ships.
 *
 * @example
 * CRITERIA_PACKAGE.name; //=> "@antq/criteria"
 */
export const CRITERIA_PACKAGE: PackageRef = Object.freeze({ name: pkg.name, version: pkg.version });
