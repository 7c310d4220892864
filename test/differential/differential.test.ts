import { describe, expect, it } from 'vitest';
import { classify, type Disagreement, type DisagreementClass } from './classify';
import { CONCRETE_CASES, REGRESSIONS } from './concreteCases';
import type { Decision } from './convert';
import { ENGINE_BUGS } from './engineBugs';
import { runOurs, runTheirs, withoutKeys } from './engines';
import { generateCase } from './generateCase';
import { KNOWN_DISAGREEMENTS } from './knownDisagreements';
import { OPEN_QUESTIONS } from './openQuestions';

/**
 * Differential test: our engine against @cloud-copilot/iam-simulate (an independent simulator, used
 * here as an oracle only) on seeded random cases. Every disagreement must fall in a named class:
 * documented in our favour (knownDisagreements.ts), a bug of ours (engineBugs.ts), or an open
 * question (openQuestions.ts). A disagreement in none of them fails the test and prints its seed;
 * `npx tsx test/differential/showCase.ts SEED` shows the case and both engines' reasoning.
 */

const CASES = 2000;
const FIRST_SEED = 1;

type Kind = 'known' | 'bug' | 'open';
const CLASSES: { kind: Kind; cls: DisagreementClass }[] = [
  ...KNOWN_DISAGREEMENTS.map((cls) => ({ kind: 'known' as const, cls })),
  ...ENGINE_BUGS.map((cls) => ({ kind: 'bug' as const, cls })),
  ...OPEN_QUESTIONS.map((cls) => ({ kind: 'open' as const, cls })),
];
const kindOf = new Map(CLASSES.map(({ kind, cls }) => [cls.id, kind]));
/** A disagreement explained by several classes counts as the most serious of them. */
const kindOfSet = (ids: string[]): Kind =>
  ids.some((id) => kindOf.get(id) === 'bug') ? 'bug' : ids.some((id) => kindOf.get(id) === 'open') ? 'open' : 'known';
const byId = new Map(CLASSES.map(({ cls }) => [cls.id, cls]));

const pct = (n: number, of: number) => `${((100 * n) / of).toFixed(1)}%`;

describe('differential: our engine vs iam-simulate', () => {
  it(`classifies every disagreement on ${CASES.toLocaleString('en-US')} seeded random cases`, async () => {
    const decisions: Record<Decision, number> = { allowed: 0, explicitDeny: 0, implicitDeny: 0 };
    const perClass = new Map<string, number[]>();
    const unclassified: string[] = [];
    const oracleErrors: string[] = [];
    let agree = 0;
    let withIgnoredKeys = 0;
    let crossAccount = 0;

    for (let seed = FIRST_SEED; seed < FIRST_SEED + CASES; seed++) {
      const spec = generateCase(seed);
      const theirs = await runTheirs(spec);
      if ('error' in theirs) {
        oracleErrors.push(`seed ${seed}: ${theirs.error}`);
        continue;
      }
      // iam-simulate drops context keys that do not apply to the action; both engines judge the rest.
      if (theirs.ignoredContextKeys.length > 0) withIgnoredKeys++;
      const context = withoutKeys(spec.context, theirs.ignoredContextKeys);
      const ours = runOurs(spec, context);
      decisions[ours]++;
      if ('account' in spec.principal && spec.principal.account !== spec.resourceAccount) crossAccount++;
      if (ours === theirs.decision) {
        agree++;
        continue;
      }
      const d: Disagreement = { spec, context, ours, theirs: theirs.decision };
      const set = await classify(
        d,
        CLASSES.map((c) => c.cls),
      );
      if (set) {
        const key = set.map((c) => c.id).join(' + ');
        perClass.set(key, [...(perClass.get(key) ?? []), seed]);
      } else unclassified.push(`seed ${seed}: ours ${ours}, iam-simulate ${theirs.decision}`);
    }

    const total = CASES - oracleErrors.length;
    const count = (kind: Kind) =>
      [...perClass].filter(([key]) => kindOfSet(key.split(' + ')) === kind).reduce((n, [, seeds]) => n + seeds.length, 0);
    const lines = [
      `differential vs iam-simulate: ${total} cases (seeds ${FIRST_SEED}–${FIRST_SEED + CASES - 1}), ${crossAccount} cross-account, ${withIgnoredKeys} with context keys iam-simulate ignored`,
      `  our decisions: allowed ${decisions.allowed} (${pct(decisions.allowed, total)}), explicitDeny ${decisions.explicitDeny} (${pct(decisions.explicitDeny, total)}), implicitDeny ${decisions.implicitDeny} (${pct(decisions.implicitDeny, total)})`,
      `  agree ${agree} (${pct(agree, total)}) · known-disagree ${count('known')} · engine bugs ${count('bug')} · open questions ${count('open')} · unclassified ${unclassified.length}`,
      ...[...perClass]
        .sort((a, b) => b[1].length - a[1].length)
        .map(([key, seeds]) => `    [${kindOfSet(key.split(' + '))}] ${key}: ${seeds.length} (e.g. seeds ${seeds.slice(0, 5).join(', ')})`),
      ...unclassified.slice(0, 20).map((u) => `    UNCLASSIFIED ${u}`),
    ];
    console.log(lines.join('\n'));

    expect(oracleErrors, 'iam-simulate rejected generated input (a generator bug)').toEqual([]);
    expect(unclassified, 'disagreements no class explains: see the seeds with showCase.ts').toEqual([]);
    // The generator is only useful if decisions are mixed: no decision may dominate.
    for (const n of Object.values(decisions)) expect(n / total).toBeGreaterThan(0.2);
  }, 120_000);

  describe('each known disagreement: our documented answer, pinned', () => {
    for (const cls of KNOWN_DISAGREEMENTS) {
      it(`${cls.id} (${cls.docUrl})`, async () => {
        const c = CONCRETE_CASES.find((k) => k.classId === cls.id);
        expect(c, `a concrete case for ${cls.id}`).toBeDefined();
        const ours = runOurs(c!.spec);
        expect(ours).toBe(c!.documented);
        const theirs = await runTheirs(c!.spec);
        if ('error' in theirs) throw new Error(theirs.error);
        // The class is real (iam-simulate answers otherwise) and its predicate recognises it.
        expect(theirs.decision).not.toBe(ours);
        const set = await classify({ spec: c!.spec, context: c!.spec.context, ours, theirs: theirs.decision }, [cls]);
        expect(set?.map((k) => k.id)).toEqual([cls.id]);
      });
    }
  });

  // Only while there are open engine bugs (an empty describe is an error in Vitest).
  if (ENGINE_BUGS.length > 0)
    describe('engine bugs: AWS documents the answer iam-simulate gives (fails until the engine is fixed)', () => {
      for (const cls of ENGINE_BUGS) {
        const c = CONCRETE_CASES.find((k) => k.classId === cls.id)!;
        it(`oracle gives AWS's documented answer: ${cls.id}`, async () => {
          const theirs = await runTheirs(c.spec);
          if ('error' in theirs) throw new Error(theirs.error);
          expect(theirs.decision).toBe(c.documented);
        });
        // `it.fails`: passes while our engine gets it wrong. When the engine is fixed this fails:
        // then delete the class from engineBugs.ts and make this a plain `it`.
        it.fails(`our engine gives AWS's documented answer: ${cls.id} (${cls.docUrl})`, () => {
          expect(runOurs(c.spec)).toBe(c.documented);
        });
      }
    });

  describe('open questions: our current answer, pinned so a change is noticed', () => {
    for (const cls of OPEN_QUESTIONS) {
      it(cls.id, () => {
        const c = CONCRETE_CASES.find((k) => k.classId === cls.id)!;
        expect(runOurs(c.spec)).toBe(c.documented);
      });
    }
  });

  describe('fixed engine bugs: both engines give the documented answer', () => {
    for (const c of REGRESSIONS) {
      it(`${c.classId} (${c.docUrl})`, async () => {
        expect(runOurs(c.spec)).toBe(c.documented);
        const theirs = await runTheirs(c.spec);
        if ('error' in theirs) throw new Error(theirs.error);
        expect(theirs.decision).toBe(c.documented);
      });
    }
  });

  it('every class has a concrete case', () => {
    expect(CONCRETE_CASES.map((c) => c.classId).sort()).toEqual([...byId.keys()].sort());
  });
});
