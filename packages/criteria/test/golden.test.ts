/**
 * Golden tests as data files (test/golden/*.json): the boundary of every band of the example configuration,
 * the veto criteria, the 20% cap and a commune's team ratings. The expectations are written in the files.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Outcome } from "@antq/rules";
import { describe, expect, it } from "vitest";
import {
  type ClassificationKind,
  createClassifier,
  demotionsNeeded,
  EXAMPLE_PROVINCE_CONFIG,
  excellentAllowed,
  rateCommuneTeams,
  type ScoreEntry,
  type SecurityTeamInput,
} from "../src/index.js";

const load = <T>(name: string): T =>
  JSON.parse(readFileSync(fileURLToPath(new URL(`./golden/${name}`, import.meta.url)), "utf8")) as T;

interface BandCase {
  name: string;
  kind: ClassificationKind;
  year: number;
  tt124: Outcome;
  entries: ScoreEntry[];
  expect: {
    total?: number;
    scoreLevel?: string;
    level?: string;
    status?: string;
    vetoes?: string[];
    error?: string;
  };
}

describe("golden: classification bands (example configuration)", () => {
  const suite = load<{ format: string; cases: BandCase[] }>("classification-bands.json");
  expect(suite.format).toBe("antq.criteria-golden/1");
  for (const c of suite.cases) {
    it(c.name, () => {
      const classifier = createClassifier(EXAMPLE_PROVINCE_CONFIG, c.kind, c.year);
      if (c.expect.error !== undefined) {
        expect(classifier.ok).toBe(false);
        if (!classifier.ok) expect(classifier.issues[0]?.code).toBe(c.expect.error);
        return;
      }
      if (!classifier.ok) throw new Error(JSON.stringify(classifier.issues));
      const r = classifier.value.classify(
        { unitId: "golden", year: c.year, rubricId: classifier.value.rubric.id, entries: c.entries },
        { tt124: c.tt124 },
      );
      if (!r.ok) throw new Error(JSON.stringify(r.issues));
      expect(r.value.score.total).toBe(c.expect.total);
      expect(r.value.score.scoreLevel.id).toBe(c.expect.scoreLevel);
      expect(r.value.level).toBe(c.expect.level);
      expect(r.value.status).toBe(c.expect.status);
      if (c.expect.vetoes) expect(r.value.score.vetoes.map((v) => v.veto.id)).toEqual(c.expect.vetoes);
    });
  }
});

interface CapCase {
  name: string;
  excellent: number;
  good: number;
  reading: string;
  expect: { allowed: number; exceeded: boolean; demotions: number };
}
interface CommuneCase {
  name: string;
  year: number;
  readings: Record<string, string>;
  enforceCap: boolean;
  teams: SecurityTeamInput[];
  expect: {
    teams: Record<string, string | null>;
    members: Record<string, string | null>;
    notes: Record<string, string[]>;
    caps: {
      subject: string;
      excellent: number;
      good: number;
      allowed: number;
      exceeded: boolean;
      demotions: number;
    }[];
  };
}

describe("golden: the 20% cap and team ratings", () => {
  const suite = load<{ arithmetic: CapCase[]; communes: CommuneCase[] }>("team-ratings.json");
  for (const c of suite.arithmetic) {
    it(c.name, () => {
      const allowed = excellentAllowed(c.excellent, c.good, c.reading);
      const demotions = demotionsNeeded(c.excellent, c.good, c.reading);
      expect({ allowed, exceeded: demotions > 0, demotions }).toEqual(c.expect);
      // after the demotions the cap holds, and one fewer would not do
      const holds = (k: number) =>
        c.excellent - k <= excellentAllowed(c.excellent - k, c.good + k, c.reading);
      expect(holds(demotions)).toBe(true);
      if (demotions > 0) expect(holds(demotions - 1)).toBe(false);
    });
  }
  for (const c of suite.communes) {
    it(c.name, () => {
      const r = rateCommuneTeams(c.teams, c.year, { readings: c.readings, enforceCap: c.enforceCap });
      const ratings = (xs: readonly { id: string; rating: string | undefined }[]) =>
        Object.fromEntries(xs.map((x) => [x.id, x.rating ?? null]));
      expect(ratings(r.teams)).toEqual(c.expect.teams);
      expect(ratings(r.members)).toEqual(c.expect.members);
      const all = [...r.teams, ...r.members];
      for (const [id, codes] of Object.entries(c.expect.notes)) {
        expect(all.find((x) => x.id === id)?.notes.map((n) => n.code)).toEqual(codes);
      }
      expect(
        r.caps.map(({ subject, excellent, good, allowed, exceeded, demotions }) => ({
          subject,
          excellent,
          good,
          allowed,
          exceeded,
          demotions,
        })),
      ).toEqual(c.expect.caps);
    });
  }
});
