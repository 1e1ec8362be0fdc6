import { describe, expect, it } from "vitest";
import {
  explainTeamRatings,
  hasNineMonths,
  rateCommuneTeams,
  type SecurityTeamInput,
  teamRatingWindow,
} from "../src/index.js";

const team = (
  id: string,
  proposed: SecurityTeamInput["proposed"],
  extra: Partial<SecurityTeamInput> = {},
): SecurityTeamInput => ({
  id,
  name: `Tổ bảo vệ ANTT ${id}`,
  communeId: "phuong-an-hoa",
  establishedOn: "2024-07-01",
  proposed,
  members: [],
  ...extra,
});

describe("Tổ bảo vệ ANTT ratings", () => {
  it("uses the 15/11–14/11 window", () => {
    expect(teamRatingWindow(2025)).toEqual({ from: "2024-11-15", to: "2025-11-14" });
  });

  it("counts nine months by calendar months", () => {
    expect(hasNineMonths("2025-02-15", "2025-11-14")).toBe(true);
    expect(hasNineMonths("2025-02-16", "2025-11-14")).toBe(false);
    expect(hasNineMonths("2024-05-31", "2025-02-27")).toBe(true);
    expect(hasNineMonths("2024-05-31", "2025-02-26")).toBe(false);
  });

  it("reports the 20% cap without demoting by default, and says when readings disagree", () => {
    const r = rateCommuneTeams(
      [team("t1", "excellent"), ...["t2", "t3", "t4", "t5"].map((id) => team(id, "good"))],
      2025,
    );
    expect(r.teams.find((t) => t.id === "t1")?.rating).toBe("excellent");
    expect(r.caps[0]).toMatchObject({
      excellent: 1,
      good: 4,
      exceeded: true,
      reading: null,
      readingsDisagree: true,
    });
    expect(r.review.map((x) => x.code)).toEqual([
      "SECONDARY_SOURCE",
      "CAP_EXCEEDED",
      "CAP_READING_UNDECIDED",
    ]);
    const lenient = rateCommuneTeams(
      [team("t1", "excellent"), ...["t2", "t3", "t4", "t5"].map((id) => team(id, "good"))],
      2025,
      {
        readings: { "hd01.ty_le_xuat_sac": "tu_hoan_thanh_tot_tro_len" },
      },
    );
    expect(lenient.caps[0]?.exceeded).toBe(false);
  });

  it("exempts a recently transferred leader from the leader rule but asks for review", () => {
    const r = rateCommuneTeams(
      [
        team("t1", "good", {
          members: [
            {
              id: "m1",
              joinedOn: "2020-01-01",
              role: "leader",
              proposed: "excellent",
              transferredOn: "2025-06-01",
            },
            {
              id: "m2",
              joinedOn: "2020-01-01",
              role: "leader",
              proposed: "excellent",
              transferredOn: "2023-01-01",
            },
          ],
        }),
        ...["t2", "t3", "t4", "t5", "t6", "t7", "t8", "t9", "t10", "t11"].map((id) => team(id, "good")),
      ],
      2025,
    );
    const m1 = r.members.find((m) => m.id === "m1");
    const m2 = r.members.find((m) => m.id === "m2");
    expect(m1?.rating).toBe("excellent");
    expect(m1?.notes.map((n) => n.code)).toEqual(["LEADER_RECENT_TRANSFER"]);
    expect(m2?.rating).toBe("good");
    expect(m2?.notes[0]?.message).toContain("hạ xuống “Hoàn thành tốt nhiệm vụ”");
  });

  it("refuses an unknown reading of the 20% cap (programmer error)", () => {
    expect(() =>
      rateCommuneTeams([team("a", "good")], 2025, { readings: { "hd01.ty_le_xuat_sac": "khac" } }),
    ).toThrow(RangeError);
  });

  it("refuses teams of different communes (programmer error)", () => {
    expect(() =>
      rateCommuneTeams([team("a", "good"), team("b", "good", { communeId: "xa-khac" })], 2025),
    ).toThrow(RangeError);
  });
});

describe("team rating explanation", () => {
  it("prints an exceeded 20% cap once, marked for review, not again among the review notes", () => {
    const r = rateCommuneTeams(
      [team("t1", "excellent"), team("t2", "excellent"), ...["t3", "t4", "t5"].map((id) => team(id, "good"))],
      2025,
      { readings: { "hd01.ty_le_xuat_sac": "chi_hoan_thanh_tot" } },
    );
    const cap = r.caps[0];
    expect(cap?.exceeded).toBe(true);
    const lines = explainTeamRatings(r);
    const mentions = lines.filter((l) => l.includes(cap?.text ?? "?"));
    expect(mentions).toEqual([`Cần xem xét — Tỷ lệ 20% (Tổ): ${cap?.text}`]);
  });

  it("prints each team and member, the 20% checks and the review notes", () => {
    const r = rateCommuneTeams(
      [
        team("to-1", "excellent", {
          name: "Tổ bảo vệ ANTT khu phố 1",
          members: [{ id: "tv-1", name: "Nguyễn Văn An", joinedOn: "2025-03-01", proposed: "good" }],
        }),
        ...["to-2", "to-3", "to-4", "to-5", "to-6"].map((id) => team(id, "good")),
      ],
      2025,
      { readings: { "hd01.ty_le_xuat_sac": "chi_hoan_thanh_tot" } },
    );
    const lines = explainTeamRatings(r);
    expect(lines[0]).toBe(
      "Xếp loại Tổ bảo vệ ANTT năm 2025 (15/11/2024 – 14/11/2025), căn cứ: Luật 30/2023/QH15; Hướng dẫn 01/HD-BCA-V05.",
    );
    expect(lines[1]).toBe("- Tổ bảo vệ ANTT khu phố 1: Hoàn thành xuất sắc nhiệm vụ");
    expect(lines[2]).toBe(
      "  + Nguyễn Văn An: không xếp loại (đề nghị: Hoàn thành tốt nhiệm vụ) — Tham gia từ 01/03/2025, chưa đủ 9 tháng đến 14/11/2025: không xếp loại.",
    );
    expect(lines).toContain(
      "Tỷ lệ 20% (Tổ): 1 Tổ “Hoàn thành xuất sắc”, 5 Tổ “Hoàn thành tốt”: tối đa 1 Tổ xuất sắc (20%, so với số Hoàn thành tốt); không vượt.",
    );
  });
});
