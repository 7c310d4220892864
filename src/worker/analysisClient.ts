import {
  PASS_ONLY_REQUESTS,
  type AnalysisAnswers,
  type AnalysisQuery,
  type AnalysisRequest,
  type AnalysisResponse,
} from './analysisProtocol';
import { WorkerCrashError, WorkerRpc, WorkerTimeoutError, type RpcOutcome } from './workerRpc';

export type AnalysisOutcome<T> = { status: 'done'; value: T } | { status: 'stale' };

/**
 * The page's way to the analysis worker (findings, completion, hover, summaries, effective
 * permissions, managed policies). Each request type is its own channel: a new completion request
 * supersedes the last completion request only. A separate worker from the engine's, so a long
 * effective-permissions run never delays a query's answer.
 */
export class AnalysisClient {
  private readonly rpc: WorkerRpc<AnalysisRequest, AnalysisResponse>;

  constructor(createWorker: (() => Worker) | null = defaultWorkerFactory(), timeoutMs = 30_000) {
    this.rpc = new WorkerRpc<AnalysisRequest, AnalysisResponse>(
      createWorker,
      (request) => import('./handleAnalysis').then(({ handleAnalysis }) => handleAnalysis(request)),
      { timeout: (ms) => new WorkerTimeoutError('analysis', ms), crash: (detail) => new WorkerCrashError('analysis', detail) },
      timeoutMs,
    );
  }

  get mode() {
    return this.rpc.mode;
  }

  /**
   * Asks one question; a newer question of the same type (and `channel`) makes this one stale.
   * A question that reads the world only through its revision's analysis pass leaves the world out
   * once the worker has it: a real account's megabytes are not copied on every keystroke.
   */
  async ask<Q extends AnalysisQuery>(query: Q, channel: string = query.type): Promise<AnalysisOutcome<AnalysisAnswers[Q['type']]>> {
    const revision = 'worldRevision' in query && typeof query.worldRevision === 'number' ? query.worldRevision : null;
    for (let attempt = 0; attempt < 2; attempt++) {
      const leaveOut = revision !== null && revision === this.sentWorld && (PASS_ONLY_REQUESTS as readonly string[]).includes(query.type);
      if (revision !== null && !leaveOut) this.sentWorld = revision;
      const outcome: RpcOutcome<AnalysisResponse> = await this.rpc.call(channel, (id) => ({
        ...query,
        ...(leaveOut ? { scenario: undefined } : {}),
        id,
      }));
      if (outcome.status === 'stale') return outcome;
      const { response } = outcome;
      if (response.ok) return { status: 'done', value: response.value as AnalysisAnswers[Q['type']] };
      if (!('needWorld' in response)) throw new Error(response.message);
      this.sentWorld = null;
    }
    throw new Error('the analysis worker did not keep the scenario it was sent');
  }

  /** The world revision last sent with its world: the worker's pass is of it unless something came between. */
  private sentWorld: number | null = null;

  dispose(): void {
    this.rpc.dispose();
  }
}

function defaultWorkerFactory(): (() => Worker) | null {
  if (typeof Worker === 'undefined') return null;
  return () => new Worker(new URL('./analysis.worker.ts', import.meta.url), { type: 'module', name: 'iam-analysis' });
}

/** The one client of the page. */
export const analysisClient = new AnalysisClient();
