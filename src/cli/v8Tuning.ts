import { setFlagsFromString } from 'node:v8';

/**
 * V8's settings for a run that is over in well under a second, as a check is: most of it runs
 * before the optimizing compiler has taken the engine over. That compiler's inlining budget is
 * tuned for programs that run for hours: on the benchmark's 20,000-query check
 * (bench/cli.bench.ts) the jobs it builds cost ~200 ms of CPU, and on two cores they compete with
 * the check itself and arrive late. Inlining only tiny functions (getters, one-line helpers) makes
 * the first pass over the queries about a quarter faster (260 → 200 ms) and leaves a warm pass as
 * fast as it was (~70 ms), so `--watch` loses nothing. The benchmark runs its no-evaluation twin
 * and its in-process breakdown with the same flags, so each compares like with like.
 */
export const SHORT_RUN_V8_FLAGS = ['--max-inlined-bytecode-size=27'] as const;

/**
 * Sets SHORT_RUN_V8_FLAGS. Called first thing by the command line's entry, before the engine
 * first runs: V8 reads the flag as it starts each compile job. Only the command line calls it;
 * the app's worker runs with the browser's defaults.
 */
export function tuneV8ForAShortRun(): void {
  for (const flag of SHORT_RUN_V8_FLAGS) setFlagsFromString(flag);
}
