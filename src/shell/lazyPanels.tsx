import { lazy } from 'react';

/**
 * The centre and right panels. The graph and the editor each load as their own chunk, so the first
 * paint ships neither React Flow nor Monaco.
 */
export const GraphPanel = lazy(() => import('../features/graph/GraphPanel').then((m) => ({ default: m.GraphPanel })));
export const PolicyEditorPanel = lazy(() =>
  import('../features/policyEditor/PolicyEditorPanel').then((m) => ({ default: m.PolicyEditorPanel })),
);

/**
 * The import report and the account export: shown on demand, and with the importers' and
 * exporters' code behind them, which the first paint does not need.
 */
export const ImportReportDialog = lazy(() =>
  import('../features/fileImport/ImportReportDialog').then((m) => ({ default: m.ImportReportDialog })),
);
export const ExportAccountDialog = lazy(() => import('./ExportAccountDialog').then((m) => ({ default: m.ExportAccountDialog })));
