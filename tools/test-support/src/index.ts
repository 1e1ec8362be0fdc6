/**
 * @antq/test-support — shared test helpers of the antq workspace (private, never published): every package's
 * TSDoc `@example` blocks and README ```ts blocks run in its test suite, every public export is documented, and
 * its published JSON Schemas are up to date.
 */
export { exportedNames, publicApiProblems, undocumentedExports } from "./api-docs.js";
export { type DocumentedPackage, describeDocumentation } from "./describe.js";
export { describeSchemaFiles, type SchemaFile, type SchemaPackage } from "./schema-files.js";
export { type ExampleBlock, exampleBlocks, markdownBlocks, runExample } from "./tsdoc-examples.js";
