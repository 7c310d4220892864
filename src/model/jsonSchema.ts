import * as z from 'zod';
import { policyDocumentSchema } from './policyDocumentSchema';
import { scenarioSchema } from './scenarioSchema';

/** JSON Schemas generated from the same zod definitions the runtime validates with. */
export function scenarioJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(scenarioSchema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
}

export function policyDocumentJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(policyDocumentSchema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
}
