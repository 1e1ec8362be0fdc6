import { readdirSync } from "node:fs";
import { join } from "node:path";
import { RulesInForceDocumentSchema } from "@antq/rules";
import { describe, expect, it } from "vitest";
import { antq, fixtures, hasStackTrace, tempDir } from "./helpers/run.js";

describe("the antq launcher (bounded heap)", () => {
  it("passes the exit code through, for commands run in-process (quy-dinh) and in a child (kiem-tra)", () => {
    const ok = antq(["quy-dinh", "--ngay", "2024-11-15", "--json"]);
    expect(ok.code).toBe(0);
    expect(RulesInForceDocumentSchema.parse(JSON.parse(ok.stdout)).asOf).toBe("2024-11-15");
    const bad = antq(["kiem-tra", "khong-co.xlsx"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("không tìm thấy tệp");
  });

  it("rejects an invalid ANTQ_BO_NHO_MB with a Vietnamese message and exit code 2", () => {
    const { code, stderr } = antq(["--version"], { env: { ANTQ_BO_NHO_MB: "nhiều" } });
    expect(code).toBe(2);
    expect(stderr).toContain('ANTQ_BO_NHO_MB="nhiều" không hợp lệ');
  });

  it("runs in-process with ANTQ_BO_NHO_MB=0", () => {
    const { code, stdout } = antq(["--version"], { env: { ANTQ_BO_NHO_MB: "0" } });
    expect(code).toBe(0);
    expect(stdout).toMatch(/^antq phiên bản/);
  });

  it("re-runs without a cap when the capped child runs out of memory, leaving no temporary file", () => {
    const out = tempDir();
    const { code, stdout, stderr } = antq(
      [
        "danh-gia",
        join(fixtures, "hop-le/tinh-mau-2024.json"),
        "--nam",
        "2024",
        "--ra",
        join(out, "kq.xlsx"),
      ],
      // 8 MiB cannot even hold the program's modules: the first attempt dies on V8's heap limit.
      { env: { ANTQ_BO_NHO_MB: "8" } },
    );
    expect(stderr).toContain("dữ liệu cần nhiều hơn 8 MB bộ nhớ");
    expect(stderr).toContain("đang chạy lại không giới hạn");
    expect(code).toBe(0);
    expect(stdout).toContain("Đã ghi:");
    // Only the finished outputs, no hidden temporary file.
    expect(readdirSync(out).sort()).toEqual(["kq.json", "kq.xlsx"]);
    expect(hasStackTrace(stdout)).toBe(false);
  });

  it("gives the threads of a CSV read in parts and a workbook assessed in memory smaller young generations, everything else the larger one", () => {
    const dir = tempDir();
    const csv = join(dir, "don-vi-va-du-kien.csv");
    const demo = antq(["demo", "--csv-phang", "50", "--ra", dir, "--hat-giong", "7", "--json"]);
    expect(demo.code).toBe(0);
    const flagsOf = (env: Record<string, string>, input = csv) =>
      /chạy chương trình với (.*)/.exec(
        antq(["danh-gia", input, "--nam", "2024", "--ra", join(tempDir(), "kq.xlsx")], {
          env: { ANTQ_DEBUG: "1", ...env },
        }).stderr,
      )?.[1];
    // A 50-row file is read by one thread unless ANTQ_SO_LUONG asks for more.
    expect(flagsOf({})).toBe("--max-old-space-size=768 --max-semi-space-size=128");
    expect(flagsOf({ ANTQ_SO_LUONG: "2" })).toBe("--max-old-space-size=768 --max-semi-space-size=64");
    expect(flagsOf({ ANTQ_SO_LUONG: "2" }, join(fixtures, "hop-le/tinh-mau-2024.json"))).toBe(
      "--max-old-space-size=768 --max-semi-space-size=128",
    );
    // A workbook input (the output `--ra kq.xlsx` above does not count as one), read in memory; a cap given
    // in ANTQ_BO_NHO_MB wins over the workbook's own default.
    expect(flagsOf({ ANTQ_BO_NHO_MB: "1024" }, join(fixtures, "loi/hong.xlsx"))).toBe(
      "--max-old-space-size=1024 --max-semi-space-size=16 --no-allocation-site-pretenuring",
    );
    expect(flagsOf({}, join(fixtures, "loi/hong.xlsx"))).toBe(
      "--max-old-space-size=448 --max-semi-space-size=16 --no-allocation-site-pretenuring",
    );
  });
});
