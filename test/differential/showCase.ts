import { runSimulation } from '@cloud-copilot/iam-simulate';
import { toScenario, toSimulation } from './convert';
import { runOursResult, runTheirs, withoutKeys } from './engines';
import { generateCase } from './generateCase';

/**
 * Shows one differential case: the data, our engine's steps and statement verdicts, and
 * iam-simulate's analysis summary.
 *   npx tsx test/differential/showCase.ts SEED [SEED…] [--json]   (--json: print our scenario JSON)
 */
const args = process.argv.slice(2);
const json = args.includes('--json');
for (const arg of args.filter((a) => a !== '--json')) {
  const spec = generateCase(Number(arg));
  const theirs = await runTheirs(spec);
  if ('error' in theirs) {
    console.log(`seed ${arg}: iam-simulate rejected the input: ${theirs.error}`);
    continue;
  }
  const context = withoutKeys(spec.context, theirs.ignoredContextKeys);
  const ours = runOursResult(spec, context, true);
  console.log(`===== seed ${arg}: ours ${ours.decision}, iam-simulate ${theirs.decision}`);
  console.log(json ? JSON.stringify(toScenario(spec, context), null, 2) : JSON.stringify(spec));
  console.log('ours, step by step:');
  for (const s of ours.explanation.steps) console.log(`  ${s.step}: ${s.outcome} — ${s.detail}`);
  for (const p of ours.explanation.policies)
    for (const st of p.statements)
      if (st.verdict === 'matched' || st.verdict === 'conditionFailed')
        console.log(`  ${p.label} #${st.index} ${st.effect} ${st.verdict}: ${st.reason}`);
  const res = await runSimulation(toSimulation(spec), {});
  if (res.resultType === 'single') {
    const a = res.result.analysis;
    const part = (name: string, x: { result: string } | undefined) => (x ? `${name} ${x.result}` : `${name} -`);
    console.log(
      'iam-simulate:',
      [
        a.result,
        part('identity', a.identityAnalysis),
        part('resource', a.resourceAnalysis),
        part('boundary', a.permissionBoundaryAnalysis),
        part('session', a.sessionAnalysis),
        part('scp', a.scpAnalysis),
        part('rcp', a.rcpAnalysis),
      ].join(' · '),
    );
  }
}
