import { defineConfig } from "vitest/config";

/** One-shot or IDE runs over every project; `npm test` runs each project through nx instead. */
export default defineConfig({
  test: {
    projects: ["packages/*", "apps/*", "tools/*"],
  },
});
