import { useEffect, useState } from 'react';
import { AppShell } from './shell/AppShell';
import { openFirstScenario, startSession } from './session/startUp';

/** Start-up: the session's live loops, then the scenario to show (link, last session, welcome). */
export function App() {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    const stopSession = startSession();
    void openFirstScenario().finally(() => setReady(true));
    return stopSession;
  }, []);
  if (!ready) return <div className="p-6 text-sm text-slate-500">Opening your scenarios…</div>;
  return <AppShell />;
}
