import { rateTeamsByCommune } from "@antq/criteria";
import { unwrap } from "@antq/domain";
import { assessAwardProposals, parseAwardProposal } from "@antq/rules-awards";
import { describe, expect, it } from "vitest";
import fixture from "../../rules-awards/fixtures/tien-giang-2024.json" with { type: "json" };
import {
  AwardProposalDocumentSchema,
  awardProposalDocument,
  recipientsText,
  TeamRatingDocumentSchema,
  tallyAwardProposals,
  teamRatingDocument,
} from "../src/index.js";

const proposals = (fixture as { proposals: unknown[] }).proposals.map((p) => unwrap(parseAwardProposal(p)));

describe("award proposal tallies (Tiền Giang, 10-year review of Chỉ thị 07, 25/9/2024)", () => {
  it("reproduces the published counts by form, issuer and recipient kind", () => {
    expect(tallyAwardProposals(proposals).map((g) => g.text)).toEqual([
      "Bằng khen của Ủy ban nhân dân tỉnh Tiền Giang: 14 tập thể, 5 cá nhân",
      "Giấy khen của Giám đốc Công an tỉnh Tiền Giang: 14 tập thể, 13 cá nhân",
    ]);
  });

  it("builds a valid antq.award-proposal/1 document whose counts add up", () => {
    const doc = awardProposalDocument(proposals, assessAwardProposals(proposals));
    expect(AwardProposalDocumentSchema.safeParse(doc).success).toBe(true);
    expect(doc.summary).toMatchObject({ total: 46, collective: 28, individual: 18 });
    // Individuals' Bằng khen: Điều 74 khoản 1 điểm a. Collectives and Giấy khen: national text not found,
    // no province configuration → cần xem xét.
    expect(doc.summary.outcomes).toEqual({ dat: 5, chua_dat: 0, can_xem_xet: 41, khong_ap_dung: 0 });
    const sum = doc.summary.groups.reduce((n, g) => n + g.collective + g.individual, 0);
    expect(sum).toBe(doc.summary.total);
    const bk = doc.proposals.find((p) => p.id === "bk-cn-01");
    expect(bk?.reasons.find((r) => r.rule === "tdkt.d74.k1")?.citation).toBe(
      "khoản 1 Điều 74 Luật 06/2022/QH15",
    );
  });

  it("words the recipients like the reports", () => {
    expect(recipientsText(1234, 0)).toBe("1.234 tập thể");
    expect(recipientsText(0, 0)).toBe("không có đề nghị");
  });
});

describe("antq.team-rating/1", () => {
  it("keeps each commune's caps and counts every team once", () => {
    const teams = [
      {
        id: "to-1",
        name: "Tổ bảo vệ ANTT ấp Long Hòa",
        communeId: "xa-long-dinh",
        establishedOn: "2024-07-01",
        proposed: "excellent" as const,
        members: [],
      },
      {
        id: "to-2",
        name: "Tổ bảo vệ ANTT ấp Long Thạnh",
        communeId: "xa-long-dinh",
        establishedOn: "2025-03-01",
        proposed: "good" as const,
        members: [],
      },
    ];
    const communes = rateTeamsByCommune(teams, 2025, {
      readings: { "hd01.ty_le_xuat_sac": "chi_hoan_thanh_tot" },
    });
    const doc = teamRatingDocument(communes, {
      year: 2025,
      reading: "chi_hoan_thanh_tot",
      enforceCap: false,
      communeNames: new Map([["xa-long-dinh", "Xã Long Định"]]),
    });
    expect(TeamRatingDocumentSchema.safeParse(doc).success).toBe(true);
    expect(doc.window).toEqual({ from: "2024-11-15", to: "2025-11-14" });
    // to-2: 01/3/2025 → 14/11/2025 is under nine months: not rated; to-1 alone is excellent with no "tốt" base.
    expect(doc.summary.teams).toEqual({
      total: 2,
      excellent: 1,
      good: 0,
      completed: 0,
      notCompleted: 0,
      notRated: 1,
    });
    expect(doc.communes[0]?.communeName).toBe("Xã Long Định");
    expect(doc.summary.capsExceeded).toBe(1);
  });
});
