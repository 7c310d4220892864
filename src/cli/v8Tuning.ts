import { setFlagsFromString } from 'node:v8';

/**
 * V8's settings for a run that is over in well under a second, as a check is: most of it runs
 * before the optimizing compiler has taken the engine over. That compiler's inlining budget is
 * tuned for programs that run for hours: on the benchmark's 20,000-query check
 * (bench/cli.bench.ts) the jobs it builds cost ~200 ms of CPU, and on two cores they compete with
 * the check itself and arrive late. Inlining only tiny functions (getters, one-line helpers) makes
 * the first pass over the queries about a fifth faster (230–270 → 180–200 ms in one process) and
 * leaves a warm pass about as fast as it was (~70 ms), so `--watch` loses nothing. Measured on
 * Node 20 (V8 11.3); Node 22 and later add a middle tier (Maglev) with inlining of its own, where
 * the gain is not measured. The benchmark runs its no-evaluation twin and its in-process breakdown
 * with the same flags, so each compares like with like.
 */
export const SHORT_RUN_V8_FLAGS = ['--max-inlined-bytecode-size=27'] as const;

/**
 * Sets SHORT_RUN_V8_FLAGS. The command line's entry calls it last, just before the command runs:
 * V8 reads the flag as it starts each compile job, so it must come before the engine first runs,
 * and a flag changed once Node runs makes V8 pass over Node's code cache for the built-in modules
 * loaded after it (the flags are part of the cache's fingerprint), so it comes after start-up has
 * loaded them: set at the top of the entry instead, the 20,000-query check did 53,600–59,700
 * evaluations/s over nine runs, against 61,800–66,900 over six from here. Start-up to the first
 * answer is the same with and without it (83–84 ms, medians of 31 runs). Only the command line
 * calls it; the app's worker runs with the browser's settings.
 */
export function tuneV8ForAShortRun(): void {
  try {
    for (const flag of SHORT_RUN_V8_FLAGS) setFlagsFromString(flag);
  } catch {
    // A runtime that offers Node's API over another engine may refuse V8's flags: it then runs
    // the check with its own settings, more slowly, rather than not at all.
  }
}
