/**
 * The JSON inputs of `antq khen-thuong` and `antq to-bao-ve`, read in the package: Tiền Giang's 46 proposals of
 * 2024 (rules-awards' fixture) and Châu Thành's teams of 2025 (the CLI's fixture), and the located problems of
 * broken files (a repeated id, an unknown form, a commune without a name, not a list at all).
 */
import { describe, expect, it } from "vitest";
import chauThanhJson from "../../../apps/cli/test/fixtures/to-bao-ve/chau-thanh-2025.json" with {
  type: "json",
};
import tienGiangJson from "../../rules-awards/fixtures/tien-giang-2024.json" with { type: "json" };
import { proposalsFromJson, teamsFromJson } from "../src/index.js";

const tienGiang = tienGiangJson as unknown as { proposals: { id: string }[] };
const chauThanh = chauThanhJson as unknown as { teams: { id: string }[] };

describe("award proposals from JSON", () => {
  it("reads Tiền Giang's 46 proposals, from the object or the bare list", () => {
    const r = proposalsFromJson(tienGiang);
    expect(r.issues).toEqual([]);
    expect(r.proposals.map((p) => p.id)).toEqual(tienGiang.proposals.map((p) => p.id));
    expect(proposalsFromJson(tienGiang.proposals).proposals).toEqual(r.proposals);
  });

  it("locates a repeated id and a bad field; refuses what is not a list", () => {
    const [first, second] = tienGiang.proposals as Record<string, unknown>[];
    const r = proposalsFromJson({
      proposals: [first, { ...second, id: first?.id }, { ...second, form: "huan-chuong" }],
    });
    expect(r.issues.map((i) => i.path.slice(0, 3))).toEqual([
      ["proposals", 1, "id"],
      ["proposals", 2, "form"],
    ]);
    expect(r.issues[0]?.message).toBe(`Mã đề nghị “${String(first?.id)}” trùng với đề nghị thứ 1.`);
    expect(proposalsFromJson({ de_nghi: [] }).issues).toEqual([
      { path: [], message: "Tệp phải là danh sách đề nghị hoặc đối tượng có trường “proposals”." },
    ]);
  });
});

describe("Tổ bảo vệ ANTT from JSON", () => {
  it("reads Châu Thành's teams with their commune names", () => {
    const r = teamsFromJson(chauThanh);
    expect(r.issues).toEqual([]);
    expect(r.teams.map((t) => t.id)).toEqual(chauThanh.teams.map((t) => t.id));
    expect(r.root).toEqual(["teams"]);
    expect(teamsFromJson(chauThanh.teams).root).toEqual([]);
  });

  it("locates a commune without a name and a repeated team", () => {
    const [team] = chauThanh.teams;
    const r = teamsFromJson({ communes: [{ id: "C28261" }], teams: [team, team] });
    expect(r.issues).toEqual([
      { path: ["communes", 0], message: "Mỗi xã, phường cần “id” và “name” (chuỗi)." },
      { path: ["teams", 1, "id"], message: `Mã Tổ “${String(team?.id)}” bị trùng.` },
    ]);
  });
});
