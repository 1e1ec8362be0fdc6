import { defineProject, mergeConfig } from "vitest/config";
import { sharedProjectConfig } from "../../vitest.shared.ts";

export default mergeConfig(
  sharedProjectConfig,
  defineProject({
    test: {
      name: "@antq/rules",
      // Type tests (`*.test-d.ts`): a rule returning an undeclared finding must not compile.
      // Off inside Stryker workers: mutants are judged by the runtime tests, and tsc per mutant would take hours.
      typecheck: {
        enabled: process.env.STRYKER_MUTATOR_WORKER === undefined,
        include: ["test/**/*.test-d.ts"],
        tsconfig: "./tsconfig.json",
      },
    },
  }),
);
