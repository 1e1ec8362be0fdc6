import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { antq, appRoot, fixtures, tempDir } from "./helpers/run.js";

/**
 * The single-file executable (`npm run build:sea`, tools/scripts/build-sea.mjs). Building it takes a few
 * seconds and copies the 100 MB Node binary, so it runs only when asked: `ANTQ_SEA=1 npx vitest run sea`
 * (the release script runs `build:sea`, which also tries the executable on the demo).
 */
describe.skipIf(process.env.ANTQ_SEA !== "1" || process.platform !== "linux")(
  "single-file executable",
  () => {
    const executable = join(appRoot, "dist-sea/antq");

    it("is built and runs the demo, then danh-gia and the explanation it suggests, without Node files", () => {
      execFileSync(process.execPath, [join(appRoot, "../../tools/scripts/build-sea.mjs")], { stdio: "pipe" });
      expect(existsSync(executable)).toBe(true);
      const dir = tempDir();
      // An empty PATH and no NODE_OPTIONS: nothing of the machine's Node is used.
      const env = { PATH: "", TZ: "UTC", LANG: "C.UTF-8" };
      const demo = spawnSync(executable, ["demo", "--ra", dir], { encoding: "utf8", env });
      expect(demo.status).toBe(0);
      expect(demo.stderr).toBe("");
      expect(demo.stdout).toMatch(/Tổng cộng: [\d.]+\/[\d.]+ đạt \(/);
      expect(readdirSync(dir)).toContain("ket-qua-danh-gia-2024.xlsx");
      // The hint names the executable itself, and works as printed.
      const hint = /^\s+(antq danh-gia .* --giai-thich \S+)$/m.exec(demo.stdout)?.[1] as string;
      expect(hint).toBeDefined();
      const explain = spawnSync(executable, hint.split(" ").slice(1), { encoding: "utf8", env });
      expect(explain.status).toBe(0);
      expect(explain.stdout).toContain("Căn cứ");
      const assess = spawnSync(
        executable,
        ["danh-gia", join(dir, "du-lieu-mau.xlsx"), "--ra", join(dir, "kq.xlsx")],
        {
          encoding: "utf8",
          env,
        },
      );
      expect(assess.status).toBe(0);
      expect(assess.stdout).toContain("NĂM 2024");
    }, 180_000);

    it("draws bao-cao's charts with the embedded WebAssembly resvg, byte for byte as the npm-installed antq", () => {
      // Runs after the test above, which built the executable.
      const dir = tempDir();
      const args = (out: string) => [
        "bao-cao",
        join(fixtures, "bao-cao/so-ket-chi-thi-07.json"),
        "--tu",
        "2014",
        "--den",
        "2019",
        "--ra",
        join(dir, out),
      ];
      const sea = spawnSync(executable, args("sea.docx"), { encoding: "utf8", env: { PATH: "", TZ: "UTC" } });
      expect(sea.stderr).toBe("");
      expect(sea.status).toBe(0);
      expect(sea.stdout).toContain("biểu đồ: 3");
      expect(antq(args("npm.docx")).code).toBe(0);
      const charts = (file: string) => {
        const entries = unzipSync(readFileSync(join(dir, file)));
        return Object.keys(entries)
          .filter((name) => name.startsWith("word/media/") && name.endsWith(".png"))
          .sort()
          .map((name) => Buffer.from(entries[name] as Uint8Array).toString("base64"));
      };
      const drawn = charts("sea.docx");
      expect(drawn).toHaveLength(3);
      expect(drawn).toEqual(charts("npm.docx"));
    }, 60_000);
  },
);
