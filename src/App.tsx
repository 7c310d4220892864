import { useEffect, useState } from 'react';
import { AppShell } from './shell/AppShell';
import { startAutosave, startUp, openSharedLink } from './session/library';
import { startLiveEvaluation } from './store/evaluationStore';
import { startLiveFindings } from './store/findingsStore';
import { startConditionalAssume } from './store/conditionalAssumeStore';
import { isShareHash } from './persistence/shareLink';

/** Start-up: live evaluation and findings, autosave, then the scenario to show (link, last session, welcome). */
export function App() {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    const stopEvaluation = startLiveEvaluation();
    const stopFindings = startLiveFindings();
    const stopConditionalAssume = startConditionalAssume();
    const stopAutosave = startAutosave();
    void startUp().finally(() => setReady(true));
    const onHash = () => {
      if (isShareHash(location.hash)) openSharedLink(location.hash);
    };
    window.addEventListener('hashchange', onHash);
    return () => {
      stopEvaluation();
      stopFindings();
      stopConditionalAssume();
      stopAutosave();
      window.removeEventListener('hashchange', onHash);
    };
  }, []);
  if (!ready) return <div className="p-6 text-sm text-slate-500">Opening your scenarios…</div>;
  return <AppShell />;
}
