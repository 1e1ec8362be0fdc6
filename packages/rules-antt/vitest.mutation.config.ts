/**
 * The vitest run Stryker uses (`npm run mutation`): the behaviour suites of the Thông tư 124 and 23 rules only.
 * The documentation checks (`examples.test.ts`, which runs every TSDoc and README example) and the Vĩnh Long
 * overlay example exercise the same rules through slower imports and kill no mutant the behaviour suites miss,
 * so leaving them out makes every mutant cheaper to test without losing coverage of the mutated files.
 */
import { defineProject, mergeConfig } from "vitest/config";
import { sharedProjectConfig } from "../../vitest.shared.ts";

export default mergeConfig(
  sharedProjectConfig,
  defineProject({
    test: {
      name: "@antq/rules-antt (mutation)",
      exclude: ["test/examples.test.ts", "test/example-overlay.test.ts"],
    },
  }),
);
