import type { DecidingStatement } from '../../analysis/access';
import { revealPath } from '../../store/revealInEditor';

/** A deciding statement, named as people know it; opens it in the editor when the scenario holds it. */
export function StatementLink({ statement: s }: { statement: DecidingStatement }) {
  const text = `${s.policy} · statement ${s.statement + 1}${s.sid ? ` (${s.sid})` : ''}`;
  if (!s.path) return <span className="text-emerald-800 dark:text-emerald-300">{text}</span>;
  return (
    <button
      type="button"
      className="text-emerald-800 underline-offset-2 hover:underline dark:text-emerald-300"
      onClick={() => revealPath(s.path!)}
    >
      {text}
    </button>
  );
}
