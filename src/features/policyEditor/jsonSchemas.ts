import { policyDocumentJsonSchema, scenarioJsonSchema } from '../../model';
import { SCENARIO_TAB_ID } from '../../store/editorTabs';
import { modelPath } from './modelUri';
import { jsonDefaults } from './monacoSetup';

/**
 * JSON Schema validation per model: the scenario schema for the scenario tab, the policy document
 * schema for every policy tab, both generated from the zod schemas the engine validates with.
 * Nothing is ever fetched (`enableSchemaRequest: false`); schema problems are errors, not warnings.
 */
let generated: { scenario: Record<string, unknown>; policy: Record<string, unknown> } | null = null;

function schemas(): NonNullable<typeof generated> {
  generated ??= { scenario: scenarioJsonSchema(), policy: policyDocumentJsonSchema() };
  return generated;
}

export function applyJsonSchemas(): void {
  const { scenario, policy } = schemas();
  jsonDefaults.setDiagnosticsOptions({
    validate: true,
    allowComments: false,
    comments: 'error',
    trailingCommas: 'error',
    enableSchemaRequest: false,
    schemaRequest: 'ignore',
    schemaValidation: 'error',
    schemas: [
      {
        uri: 'file:///iam-playground/schemas/scenario.schema.json',
        fileMatch: [modelPath({ id: SCENARIO_TAB_ID, title: '' })],
        schema: scenario,
      },
      // Every policy model's path ends in `.policy.json` (modelUri), whichever document it shows now.
      { uri: 'file:///iam-playground/schemas/policy-document.schema.json', fileMatch: ['*.policy.json'], schema: policy },
    ],
  });
}
