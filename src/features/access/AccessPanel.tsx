import { useState } from 'react';
import { Button } from '../../ui/controls';
import { ChangesView } from './ChangesView';
import { EscalationView } from './EscalationView';
import { RoleChainsView } from './RoleChainsView';
import { WhoCanView } from './WhoCanView';

type Mode = 'whoCan' | 'chains' | 'escalation' | 'changes';

/**
 * The questions people bring to IAM rather than the one they know how to ask: who can do this to
 * that resource, who can make themselves more than they are, and what an edit changes. Both answered by the engine in the
 * analysis worker, live as the world changes, and shown on the graph on request.
 */
export function AccessPanel() {
  const [mode, setMode] = useState<Mode>('whoCan');
  return (
    <section aria-label="Who can and escalation" data-testid="access.panel" className="flex h-full min-h-0 flex-col">
      <div className="flex items-center gap-1 border-b border-slate-200 px-3 py-1 dark:border-slate-700" role="group" aria-label="Question">
        <Button
          variant={mode === 'whoCan' ? 'primary' : 'ghost'}
          aria-pressed={mode === 'whoCan'}
          onClick={() => setMode('whoCan')}
          data-testid="access.mode.whoCan"
        >
          Who can…
        </Button>
        <Button
          variant={mode === 'chains' ? 'primary' : 'ghost'}
          aria-pressed={mode === 'chains'}
          onClick={() => setMode('chains')}
          data-testid="access.mode.chains"
        >
          Role chains
        </Button>
        <Button
          variant={mode === 'escalation' ? 'primary' : 'ghost'}
          aria-pressed={mode === 'escalation'}
          onClick={() => setMode('escalation')}
          data-testid="access.mode.escalation"
        >
          Privilege escalation
        </Button>
        <Button
          variant={mode === 'changes' ? 'primary' : 'ghost'}
          aria-pressed={mode === 'changes'}
          onClick={() => setMode('changes')}
          data-testid="access.mode.changes"
        >
          What my edit changes
        </Button>
      </div>
      {mode === 'whoCan' && <WhoCanView />}
      {mode === 'chains' && <RoleChainsView />}
      {mode === 'escalation' && <EscalationView />}
      {mode === 'changes' && <ChangesView />}
    </section>
  );
}
