/**
 * Golden tests as data files (test/golden/*.json): the boundary of every band of the example configuration,
 * the veto criteria, the 20% cap and a commune's team ratings. The expectations are written in the files;
 * the files are run with @antq/rules' generic golden runner (`runGoldenCases`, `compareExpected`), so a
 * province configuration can re-run them with declared changes exactly as rule overlays do.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { compareExpected, type GoldenMismatch, type Outcome, runGoldenCases } from "@antq/rules";
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
  const check = (c: BandCase, expected: BandCase["expect"]): GoldenMismatch[] => {
    const classifier = createClassifier(EXAMPLE_PROVINCE_CONFIG, c.kind, c.year);
    if (expected.error !== undefined) {
      return compareExpected(
        { ok: false, error: expected.error },
        { ok: classifier.ok, error: classifier.ok ? undefined : classifier.issues[0]?.code },
      );
    }
    if (!classifier.ok) return [{ what: "classifier", expected: "ok", actual: classifier.issues }];
    const r = classifier.value.classify(
      { unitId: "golden", year: c.year, rubricId: classifier.value.rubric.id, entries: c.entries },
      { tt124: c.tt124 },
    );
    if (!r.ok) return [{ what: "classify", expected: "ok", actual: r.issues }];
    return compareExpected(
      {
        total: expected.total ?? null,
        scoreLevel: expected.scoreLevel ?? null,
        level: expected.level ?? null,
        status: expected.status ?? null,
        vetoes: expected.vetoes,
      },
      {
        total: r.value.score.total,
        scoreLevel: r.value.score.scoreLevel.id,
        level: r.value.level,
        status: r.value.status,
        vetoes: r.value.score.vetoes.map((v) => v.veto.id),
      },
    );
  };
  for (const c of suite.cases) {
    it(c.name, () => {
      const report = runGoldenCases([c], { idOf: (x) => x.name, expectationOf: (x) => x.expect, check });
      expect(report.failures).toEqual([]);
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
  const checkCap = (c: CapCase, expected: CapCase["expect"]): GoldenMismatch[] => {
    const allowed = excellentAllowed(c.excellent, c.good, c.reading);
    const demotions = demotionsNeeded(c.excellent, c.good, c.reading);
    const out = compareExpected({ cap: expected }, { cap: { allowed, exceeded: demotions > 0, demotions } });
    // after the demotions the cap holds, and one fewer would not do
    const holds = (k: number) => c.excellent - k <= excellentAllowed(c.excellent - k, c.good + k, c.reading);
    if (!holds(demotions)) out.push({ what: "holds", expected: true, actual: false });
    if (demotions > 0 && holds(demotions - 1)) out.push({ what: "minimal", expected: true, actual: false });
    return out;
  };
  for (const c of suite.arithmetic) {
    it(c.name, () => {
      const report = runGoldenCases([c], {
        idOf: (x) => x.name,
        expectationOf: (x) => x.expect,
        check: checkCap,
      });
      expect(report.failures).toEqual([]);
    });
  }
  const checkCommune = (c: CommuneCase, expected: CommuneCase["expect"]): GoldenMismatch[] => {
    const r = rateCommuneTeams(c.teams, c.year, { readings: c.readings, enforceCap: c.enforceCap });
    const ratings = (xs: readonly { id: string; rating: string | undefined }[]) =>
      Object.fromEntries(xs.map((x) => [x.id, x.rating ?? null]));
    const all = [...r.teams, ...r.members];
    const notes = Object.fromEntries(
      Object.keys(expected.notes).map((id) => [id, all.find((x) => x.id === id)?.notes.map((n) => n.code)]),
    );
    const caps = r.caps.map(({ subject, excellent, good, allowed, exceeded, demotions }) => ({
      subject,
      excellent,
      good,
      allowed,
      exceeded,
      demotions,
    }));
    return [
      ...compareExpected(
        { teams: expected.teams, members: expected.members, caps: expected.caps },
        { teams: ratings(r.teams), members: ratings(r.members), caps },
      ),
      ...compareExpected(expected.notes, notes, "notes"),
    ];
  };
  for (const c of suite.communes) {
    it(c.name, () => {
      const report = runGoldenCases([c], {
        idOf: (x) => x.name,
        expectationOf: (x) => x.expect,
        check: checkCommune,
      });
      expect(report.failures).toEqual([]);
    });
  }
});
