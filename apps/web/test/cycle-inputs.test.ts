/**
 * The cycle screens' other inputs, as the CLI reads them: the Tổ bảo vệ ANTT as JSON (the document of
 * `antq to-bao-ve to-bao-ve.json`, through @antq/sheets' `teamsFromJson`), and the administrative-units file of
 * `antq dien-hinh --don-vi-hanh-chinh` (a commune formed in 2025 judged on the communes it was formed from).
 */
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { FileProblem } from "../src/engine.js";
import { rateTeams } from "../src/teams.js";
import { chooseTypical } from "../src/typical.js";
import { bytesOf, cliFixture, cliJsonAsync } from "./demo-data.js";

const encode = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));

describe("Tổ bảo vệ ANTT from JSON", () => {
  const fixture = cliFixture("to-bao-ve/chau-thanh-2025.json");
  const file = { name: "to-bao-ve.json", bytes: bytesOf(fixture) };

  it("gives the document of antq to-bao-ve on the same JSON", async () => {
    const expected = await cliJsonAsync(
      ["to-bao-ve", fixture, "--nam", "2025", "--json"],
      mkdtempSync(join(tmpdir(), "antq-web-")),
    );
    const rated = await rateTeams([file], 2025, null, false);
    expect(rated.ok).toBe(true);
    if (!rated.ok) return;
    expect(rated.document.document).toEqual(expected);
    // The commune names come from the file's "communes".
    expect(rated.document.communes.join("; ")).toContain("Xã Long Định");
  });

  it("refuses a team without its commune at its path in the file, and JSON mixed with sheets", async () => {
    const data = JSON.parse(readFileSync(fixture, "utf8")) as { teams: { communeId?: string }[] };
    delete data.teams[1]?.communeId;
    const bad = await rateTeams([{ name: "to-bao-ve.json", bytes: encode(data) }], 2025, null, false);
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    expect(bad.issues.map((i) => i.file)).toContain("to-bao-ve.json");
    expect(bad.issues.some((i) => i.path?.startsWith("teams.1"))).toBe(true);
    await expect(
      rateTeams([file, { name: "to-bao-ve.csv", bytes: new Uint8Array() }], 2025, null, false),
    ).rejects.toThrow(/Tổ bảo vệ ANTT dạng JSON: chọn riêng một tệp \.json/);
    await expect(
      rateTeams(
        [{ name: "to-bao-ve.json", bytes: new TextEncoder().encode("{ teams: [") }],
        2025,
        null,
        false,
      ),
    ).rejects.toThrow(FileProblem);
  });
});

describe("điển hình with the administrative units (2025 lineage)", () => {
  // The CLI's own scenario (apps/cli/test/cycle.e2e.test.ts): Hậu Giang's 2025 results under administrative
  // codes, two new communes formed from them on 01/07/2025.
  const hg = (f: string) => readFileSync(cliFixture(`cycle/hau-giang/${f}`), "utf8");
  const ids: Record<string, string> = {
    "xa-tan-tien-vi-thanh": "C31001",
    "xa-hoa-luu-vi-thanh": "C31003",
    "xa-vinh-thuan-dong-long-my": "C31005",
  };
  const moved = (text: string) => {
    const doc = JSON.parse(text) as { year?: number; units: { unitId: string; year?: number }[] };
    if (doc.year !== undefined) doc.year = 2025;
    for (const u of doc.units) {
      if (u.year !== undefined) u.year = 2025;
      u.unitId = ids[u.unitId] ?? u.unitId;
    }
    return encode(doc);
  };
  const [header] = hg("dang-ky-dien-hinh.csv").split("\n");
  const files = [
    { name: "pl.json", bytes: moved(hg("ket-qua-phan-loai-2023.json")) },
    { name: "dg.json", bytes: moved(hg("ket-qua-danh-gia-2023.json")) },
    {
      name: "dang-ky-dien-hinh.csv",
      bytes: new TextEncoder().encode(
        `${header}\n` +
          "dh-2026-1,,2026,Đơn vị điển hình về phong trào toàn dân bảo vệ ANTQ,Xã,Xã Tân Tiến (mới),C31100-2025,,Được chọn xây dựng,,,,,,,,\n" +
          "dh-2026-2,,2026,Đơn vị điển hình về phong trào toàn dân bảo vệ ANTQ,Xã,Xã Vĩnh Thuận Đông (mới),C31101-2025,,Được chọn xây dựng,,,,,,,,\n",
      ),
    },
  ];
  const admin = {
    name: "dvhc.csv",
    bytes: new TextEncoder().encode(
      "id,code,name,type,parentId,validFrom,validTo,predecessors\n" +
        "C31001,31001,Tân Tiến,xã,P93,,2025-06-30,\nC31003,31003,Hỏa Lựu,xã,P93,,2025-06-30,\n" +
        "C31005,31005,Vĩnh Thuận Đông,xã,P93,,2025-06-30,\n" +
        "C31100-2025,31100,Tân Tiến,xã,P92-2025,2025-07-01,,C31001;C31003\n" +
        "C31101-2025,31101,Vĩnh Thuận Đông,xã,P92-2025,2025-07-01,,C31005\n",
    ),
  };

  it("judges a new commune on the communes it was formed from, as antq dien-hinh --don-vi-hanh-chinh", async () => {
    const withLineage = await chooseTypical(files, undefined, admin);
    expect(withLineage.ok).toBe(true);
    if (!withLineage.ok) return;
    const doc = withLineage.document;
    expect(doc.planYear).toBe(2026);
    // The CLI's e2e asserts these same values on the same files.
    expect(doc.chosen.map((c) => [c.name, c.eligible, c.formerUnits])).toEqual([
      ["Xã Tân Tiến (mới)", false, ["C31001", "C31003"]],
      ["Xã Vĩnh Thuận Đông (mới)", true, ["C31005"]],
    ]);
    expect(doc.review.map((r) => r.message).join("\n")).toContain(
      "Xã Tân Tiến (mới): không có kết quả phân loại năm 2025 của chính đơn vị; xét theo các đơn vị cũ hợp thành (sắp xếp đơn vị hành chính 2025)",
    );
    // Without the file, the new communes have no result of their own.
    const without = await chooseTypical(files, undefined);
    expect(without.ok && without.document.chosen.map((c) => c.eligible)).toEqual([null, null]);
  });

  it("refuses a bad administrative-units file at its row", async () => {
    const bad = await chooseTypical(files, undefined, {
      name: "dvhc.csv",
      bytes: new TextEncoder().encode("id,code,name,type\nW1,1,Mỹ Bình,phố\n"),
    });
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    expect(bad.issues[0]?.file).toBe("dvhc.csv");
    expect(bad.files).toContain("dvhc.csv");
  });
});
