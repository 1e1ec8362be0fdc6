/**
 * Keeps the README's worked example honest: runs the same steps and checks that the README shows exactly
 * the text they print.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import {
  createClassifier,
  EXAMPLE_PROVINCE_CONFIG,
  explainClassification,
  printExplanation,
} from "../src/index.js";
import { tanTienSheet } from "./support/example-fixtures.js";

export function workedExample(): string {
  const classifier = createClassifier(EXAMPLE_PROVINCE_CONFIG, "commune", 2024);
  if (!classifier.ok) throw new Error(classifier.issues.map((i) => i.message).join("; "));
  // The README's sheet: raw scores in points converted with pointsToTenths, two deduction items.
  const result = classifier.value.classify(tanTienSheet(classifier.value.rubric.id), { tt124: "chua_dat" });
  if (!result.ok) throw new Error(result.issues.map((i) => i.message).join("; "));
  return printExplanation(explainClassification(result.value));
}

describe("README", () => {
  it("shows the output of the worked example", () => {
    const readme = readFileSync(fileURLToPath(new URL("../README.md", import.meta.url)), "utf8");
    const text = workedExample();
    if (process.env.PRINT_README === "1") console.log(text);
    // The package version and the configuration hash change with releases; compare them as placeholders.
    const stable = (t: string) =>
      t
        .replace(/@antq\/criteria@\d+\.\d+\.\d+\S*/g, "@antq/criteria@x.y.z")
        .replace(/fnv1a64:[0-9a-f]{16}/g, "fnv1a64:…");
    expect(stable(readme)).toContain(stable(text));
  });
});
