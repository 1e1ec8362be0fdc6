/**
 * Documentation checks (`@antq/test-support`): every TSDoc `@example` of @antq/criteria runs against realistic
 * data (the example commune rubric and Xã Tân Tiến's 2024 sheet, see `support/example-fixtures.ts`) and checks
 * the results it shows, every public export is documented, and nothing internal is exported.
 */
import { fileURLToPath } from "node:url";
import { describeDocumentation } from "@antq/test-support";
import * as api from "../src/index.js";
import { exampleFixtures } from "./support/example-fixtures.js";

/**
 * Files being rewritten on other branches right now (plan targets, team ratings, typical units, the domain
 * adapters): their examples are skipped here until those branches are merged; the lead then fixes them and
 * removes this list.
 */
const FILES_REWRITTEN_ELSEWHERE = {
  "plan-targets.ts": "đang được sửa ở nhánh khác",
  "team-rating.ts": "đang được sửa ở nhánh khác",
  "typical-units.ts": "đang được sửa ở nhánh khác",
  "from-domain.ts": "đang được sửa ở nhánh khác",
};

describeDocumentation({
  srcDir: fileURLToPath(new URL("../src/", import.meta.url)),
  scope: { ...api, ...exampleFixtures() },
  skipFiles: FILES_REWRITTEN_ELSEWHERE,
});
