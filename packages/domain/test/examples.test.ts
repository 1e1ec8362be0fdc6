/**
 * Documentation checks (`@antq/test-support`): every TSDoc `@example` block runs with the public API (and zod's
 * `z`, which the extension examples use) in scope, a line `expression; //=> expected` also checks the documented
 * result, and every public export is documented.
 */
import { fileURLToPath } from "node:url";
import { describeDocumentation } from "@antq/test-support";
import * as z from "zod";
import * as api from "../src/index.js";

describeDocumentation({ srcDir: fileURLToPath(new URL("../src/", import.meta.url)), scope: { ...api, z } });
