import { EditorNotice } from './EditorNotice';

/** The editor area with no tab open: the same whether Monaco has loaded yet or not. */
export function NoDocumentOpen() {
  return (
    <EditorNotice title="No document open">Open the scenario JSON or a policy from the list above, or pick one in the graph.</EditorNotice>
  );
}
