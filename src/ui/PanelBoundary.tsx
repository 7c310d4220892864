import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useScenarioStore } from '../store/scenarioStore';

interface BoundaryProps {
  name: string;
  /** The scenario revision: a new one (an edit, an undo) tries the panel again. */
  revision: number;
  children: ReactNode;
}

/**
 * One panel that fails to draw a half-typed document must not blank the whole page: the store may
 * hold JSON the schema does not accept yet (the editor writes what parses). The panel says so, the
 * document and the other panels stay, and the next edit or an undo draws it again.
 */
class Boundary extends Component<BoundaryProps, { error: Error | null; at: number }> {
  override state = { error: null as Error | null, at: -1 };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    this.setState({ at: this.props.revision });
    console.error(`${this.props.name} panel failed`, error, info.componentStack);
  }

  override componentDidUpdate(previous: BoundaryProps): void {
    if (this.state.error && previous.revision !== this.props.revision && this.state.at !== this.props.revision) {
      this.setState({ error: null, at: -1 });
    }
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <div
        role="alert"
        data-testid="panel.error"
        className="flex h-full flex-col items-start gap-2 p-4 text-sm text-slate-800 dark:text-slate-200"
      >
        <p className="font-semibold">The {this.props.name} cannot show this document yet.</p>
        <p className="text-slate-600 dark:text-slate-400">
          Your document is safe; the scenario JSON probably has a value of the wrong shape (see the editor&apos;s markers). The next edit,
          or Undo, draws the {this.props.name} again.
        </p>
        <button
          type="button"
          className="rounded border border-slate-300 px-2 py-1 text-xs hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800"
          onClick={() => this.setState({ error: null, at: -1 })}
        >
          Try again
        </button>
      </div>
    );
  }
}

export function PanelBoundary({ name, children }: { name: string; children: ReactNode }) {
  const revision = useScenarioStore((s) => s.revision);
  return (
    <Boundary name={name} revision={revision}>
      {children}
    </Boundary>
  );
}
