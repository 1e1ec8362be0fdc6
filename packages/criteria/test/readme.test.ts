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
  pointsToTenths,
  printExplanation,
  type ScoreEntry,
} from "../src/index.js";

export function workedExample(): string {
  // Raw scores as the officer writes them on the paper sheet: [item, self, verified] in points.
  const raw: [string, string, string][] = [
    ["I.1", "10", "10"],
    ["I.2", "10", "9"],
    ["II.1", "7", "6,5"],
    ["II.2", "8", "8"],
    ["III.1.a", "6", "6"],
    ["III.1.b", "6", "5,5"],
    ["III.2", "10", "9,5"],
    ["V.1", "15", "14"],
  ];
  const evidence: Record<string, string> = { "I.1": "Nghị quyết số 02-NQ/ĐU ngày 15/01/2024" };
  const entries: ScoreEntry[] = raw.map(([item, self, verified]) => ({
    item,
    self: pointsToTenths(self, "half-up"),
    verified: pointsToTenths(verified, "half-up"),
    evidence: evidence[item],
  }));
  // Deduction items: events the commune reported and events the district confirmed.
  entries.push({ item: "IV.1", selfEvents: 0, verifiedEvents: 0 });
  entries.push({ item: "IV.2", selfEvents: 0, verifiedEvents: 1 });

  const classifier = createClassifier(EXAMPLE_PROVINCE_CONFIG, "commune", 2024);
  if (!classifier.ok) throw new Error(classifier.issues.map((i) => i.message).join("; "));
  const result = classifier.value.classify(
    {
      unitId: "xa-tan-tien",
      unitName: "Xã Tân Tiến",
      year: 2024,
      rubricId: classifier.value.rubric.id,
      entries,
    },
    { tt124: "chua_dat" },
  );
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
