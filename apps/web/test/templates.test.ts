import { describe, expect, it } from "vitest";
import { templateFile } from "../src/templates.js";

describe("the empty templates offered for download", () => {
  it("starts the CSV template with exactly one byte-order mark, so Excel reads its Vietnamese headers", async () => {
    const { name, blob } = await templateFile("csv");
    const bytes = new Uint8Array(await blob.arrayBuffer());
    expect(name).toBe("mau-don-vi-va-du-kien.csv");
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect([...bytes.slice(3, 6)]).not.toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder("utf-8").decode(bytes).startsWith("Loại đơn vị,Mã đơn vị,")).toBe(true);
  });
});
