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
 * Files whose examples still refer to names no fixture provides yet (plans, teams, typical-unit results, domain
 * records): skipped and listed as skipped tests until `support/example-fixtures.ts` provides those names; the
 * public-API check still covers their exports.
 */
const FILES_WITHOUT_FIXTURES = {
  "plan-targets.ts": "ví dụ cần dữ liệu kế hoạch mẫu (chưa có trong example-fixtures)",
  "plan-roadmap.ts": "ví dụ cần dữ liệu kế hoạch mẫu (chưa có trong example-fixtures)",
  "team-rating.ts": "ví dụ cần dữ liệu Tổ bảo vệ mẫu (chưa có trong example-fixtures)",
  "typical-units.ts": "ví dụ cần kết quả phân loại mẫu (chưa có trong example-fixtures)",
  "typical-choice.ts": "ví dụ cần kết quả phân loại mẫu (chưa có trong example-fixtures)",
  "from-domain.ts": "ví dụ cần dữ liệu domain mẫu (chưa có trong example-fixtures)",
};

describeDocumentation({
  srcDir: fileURLToPath(new URL("../src/", import.meta.url)),
  scope: { ...api, ...exampleFixtures() },
  skipFiles: FILES_WITHOUT_FIXTURES,
});
