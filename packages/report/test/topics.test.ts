import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { describe, expect, it } from "vitest";
import * as api from "../src/index.js";
import * as topics from "../src/topics.js";

const entry = fileURLToPath(new URL("../src/topics.ts", import.meta.url));

describe("@antq/report/topics", () => {
  it("bundles to its own module alone, importing nothing (no writer, no docx, ECharts, resvg or exceljs)", async () => {
    const { metafile } = await build({
      entryPoints: [entry],
      bundle: true,
      write: false,
      metafile: true,
      format: "esm",
      platform: "neutral",
      packages: "external",
      logLevel: "silent",
    });
    expect(Object.keys(metafile.inputs)).toEqual([expect.stringMatching(/src\/topics\.ts$/)]);
    expect(Object.values(metafile.outputs).flatMap((o) => o.imports)).toEqual([]);
  });

  it("is what the main entry exports: one definition of the topics", () => {
    expect(api.REVIEW_TOPICS).toBe(topics.REVIEW_TOPICS);
    expect(api.REVIEW_TOPIC_IDS).toBe(topics.REVIEW_TOPIC_IDS);
    expect(topics.REVIEW_TOPIC_IDS).toEqual(Object.keys(topics.REVIEW_TOPICS));
  });
});
