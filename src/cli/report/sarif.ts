import { artifactLocation } from './location';

/**
 * SARIF 2.1.0, the format GitHub code scanning (and other static-analysis viewers) read: one run,
 * our rules, and each result at its file, line and column, with its JSON path as the logical
 * location. https://docs.oasis-open.org/sarif/sarif/v2.1.0/sarif-v2.1.0.html
 */
export interface SarifRule {
  id: string;
  /** One line. */
  short: string;
  /** Why it matters and what to do. */
  full: string;
  helpUri?: string;
  level: 'error' | 'warning' | 'note';
  /** 0.0–10.0 on code scanning's scale, for security rules. */
  securitySeverity?: number;
}

export interface SarifResult {
  ruleId: string;
  level: 'error' | 'warning' | 'note';
  message: string;
  file: string;
  line?: number;
  column?: number;
  /** The JSON pointer of what the result is about. */
  path: string;
}

/**
 * `command` becomes the run's `automationDetails.id` (`iam-playground/check/`): code scanning keeps
 * one analysis per tool and id, so check's and lint's results can be uploaded side by side.
 */
export function sarifLog(tool: { version: string; command: string }, rules: readonly SarifRule[], results: readonly SarifResult[]): string {
  const index = new Map(rules.map((r, i) => [r.id, i]));
  return (
    JSON.stringify(
      {
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [
          {
            automationDetails: { id: `iam-playground/${tool.command}/` },
            tool: {
              driver: {
                name: 'iam-playground',
                version: tool.version,
                rules: rules.map((r) => ({
                  id: r.id,
                  shortDescription: { text: r.short },
                  fullDescription: { text: r.full },
                  ...(r.helpUri ? { helpUri: r.helpUri } : {}),
                  help: { text: r.full },
                  defaultConfiguration: { level: r.level },
                  ...(r.securitySeverity !== undefined
                    ? { properties: { tags: ['security'], 'security-severity': r.securitySeverity.toFixed(1) } }
                    : {}),
                })),
              },
            },
            results: results.map((r) => ({
              ruleId: r.ruleId,
              ruleIndex: index.get(r.ruleId),
              level: r.level,
              message: { text: r.message },
              locations: [
                {
                  physicalLocation: {
                    artifactLocation: artifactLocation(r.file),
                    // Code scanning needs a line for every result; a file's own problems sit on its first.
                    region: { startLine: r.line ?? 1, startColumn: r.column ?? 1 },
                  },
                  ...(r.path ? { logicalLocations: [{ fullyQualifiedName: r.path, kind: 'member' }] } : {}),
                },
              ],
            })),
          },
        ],
      },
      null,
      2,
    ) + '\n'
  );
}
