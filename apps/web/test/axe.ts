/**
 * axe-core on a page of the built site (the e2e tests): the serious and critical violations, each with where it
 * is, so that a test expects none.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Page } from "playwright-core";

const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

/** The serious and critical axe-core violations of the page, named after the screen `name`. */
export const seriousViolations = async (page: Page, name: string): Promise<string[]> => {
  await page.evaluate(axeSource);
  const result = (await page.evaluate(`axe.run(document, { resultTypes: ["violations"] })`)) as {
    violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[];
  };
  return result.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map(
      (v) =>
        `${name}: ${v.id} (${v.impact}) ${v.help} — ${v.nodes
          .map((x) => x.target.join(" "))
          .slice(0, 3)
          .join(", ")}`,
    );
};
