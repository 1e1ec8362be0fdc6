import { describeSchemaFiles } from "@antq/test-support";
import { RubricSchema } from "../src/index.js";

describeSchemaFiles({
  root: new URL("../", import.meta.url),
  name: "criteria",
  files: [{ file: "rubric.schema.json", schema: RubricSchema, title: "Bảng chấm điểm (antq.rubric/1)" }],
});
