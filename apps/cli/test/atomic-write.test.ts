import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Effect, Exit } from "effect";
import { describe, expect, it } from "vitest";
import { atomicWrite, atomicWriteFile } from "../src/io/atomic-write.js";
import { tempDir } from "./helpers/run.js";

const freshDir = tempDir;

describe("atomicWriteFile", () => {
  it("writes the whole file and leaves no temporary file", async () => {
    const dir = freshDir();
    const target = join(dir, "ket-qua.json");
    await Effect.runPromise(atomicWriteFile(target, '{"đạt":1454}'));
    expect(readFileSync(target, "utf8")).toBe('{"đạt":1454}');
    expect(readdirSync(dir)).toEqual(["ket-qua.json"]);
  });

  it("replaces an existing output", async () => {
    const dir = freshDir();
    const target = join(dir, "tong-hop.csv");
    writeFileSync(target, "cũ");
    await Effect.runPromise(atomicWriteFile(target, "mới"));
    expect(readFileSync(target, "utf8")).toBe("mới");
  });

  it("creates the output folder", async () => {
    const dir = freshDir();
    const target = join(dir, "a", "b", "x.txt");
    await Effect.runPromise(atomicWriteFile(target, "x"));
    expect(readFileSync(target, "utf8")).toBe("x");
  });

  it("refuses to overwrite an input file", async () => {
    const dir = freshDir();
    const input = join(dir, "du-lieu.xlsx");
    writeFileSync(input, "gốc");
    const exit = await Effect.runPromiseExit(atomicWriteFile(input, "đè", { inputs: [input] }));
    expect(Exit.isFailure(exit)).toBe(true);
    expect(JSON.stringify(exit)).toContain("không bao giờ ghi đè tệp đầu vào");
    expect(readFileSync(input, "utf8")).toBe("gốc");
  });

  it("gives a Vietnamese message when the target is a folder", async () => {
    const dir = freshDir();
    const exit = await Effect.runPromiseExit(atomicWriteFile(dir, "x"));
    expect(Exit.isFailure(exit)).toBe(true);
    expect(JSON.stringify(exit)).toContain("thư mục");
  });

  it("gives a Vietnamese message when the folder cannot be created", async () => {
    const dir = freshDir();
    const file = join(dir, "tep");
    writeFileSync(file, "x");
    const exit = await Effect.runPromiseExit(atomicWriteFile(join(file, "con", "x.txt"), "x"));
    expect(Exit.isFailure(exit)).toBe(true);
    expect(JSON.stringify(exit)).toMatch(/không phải là thư mục|tệp đã tồn tại/);
  });

  it("leaves neither a partial target nor a temporary file when writing fails", async () => {
    const dir = freshDir();
    const target = join(dir, "ket-qua.xlsx");
    writeFileSync(target, "bản cũ");
    const exit = await Effect.runPromiseExit(
      atomicWrite(target, async (temporary) => {
        writeFileSync(temporary, "một nửa");
        throw Object.assign(new Error("disk"), { code: "ENOSPC" });
      }),
    );
    expect(Exit.isFailure(exit)).toBe(true);
    expect(JSON.stringify(exit)).toContain("ổ đĩa đã đầy");
    expect(readFileSync(target, "utf8")).toBe("bản cũ");
    expect(readdirSync(dir)).toEqual(["ket-qua.xlsx"]);
  });
});
