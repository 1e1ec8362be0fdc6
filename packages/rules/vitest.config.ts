import { defineProject, mergeConfig } from "vitest/config";
import { sharedProjectConfig } from "../../vitest.shared.ts";

export default mergeConfig(
  sharedProjectConfig,
  defineProject({
    test: {
      name: "@antq/rules",
      // Type tests (`*.test-d.ts`): a rule returning an undeclared finding must not compile.
      typecheck: { enabled: true, include: ["test/**/*.test-d.ts"], tsconfig: "./tsconfig.json" },
    },
  }),
);
