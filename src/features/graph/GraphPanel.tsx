import { ReactFlowProvider } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import './canvas/graph.css';
import { GraphCanvas } from './canvas/GraphCanvas';

/**
 * The IAM world as a graph: fills its container, reads the scenario, evaluation and UI stores
 * itself, and writes every edit through the scenario store (so undo covers the canvas too).
 */
export function GraphPanel() {
  return (
    <ReactFlowProvider>
      <GraphCanvas />
    </ReactFlowProvider>
  );
}
