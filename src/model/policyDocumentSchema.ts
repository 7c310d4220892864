import * as z from 'zod';

/**
 * An IAM policy document as AWS accepts it.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_grammar.html
 *
 * The schema is deliberately permissive about *values* (the engine and the findings explain what is
 * wrong in IAM words) and strict about *shape*, so a policy pasted from the console validates.
 */
const stringOrList = z.union([z.string(), z.array(z.string())]);

const conditionValue = z.union([z.string(), z.number(), z.boolean(), z.array(z.union([z.string(), z.number(), z.boolean()]))]);

export const principalSchema = z.union([
  z.literal('*'),
  z
    .object({
      AWS: stringOrList.optional(),
      Service: stringOrList.optional(),
      Federated: stringOrList.optional(),
      CanonicalUser: stringOrList.optional(),
    })
    .strict(),
]);

export const conditionBlockSchema = z.record(z.string(), z.record(z.string(), conditionValue));

export const statementSchema = z
  .object({
    Sid: z.string().optional(),
    Effect: z.enum(['Allow', 'Deny']),
    Principal: principalSchema.optional(),
    NotPrincipal: principalSchema.optional(),
    Action: stringOrList.optional(),
    NotAction: stringOrList.optional(),
    Resource: stringOrList.optional(),
    NotResource: stringOrList.optional(),
    Condition: conditionBlockSchema.optional(),
  })
  .strict();

export const policyDocumentSchema = z
  .object({
    Version: z.enum(['2012-10-17', '2008-10-17']).optional(),
    Id: z.string().optional(),
    Statement: z.union([statementSchema, z.array(statementSchema)]),
  })
  .strict();

export type PolicyDocument = z.infer<typeof policyDocumentSchema>;
export type PolicyStatement = z.infer<typeof statementSchema>;
export type PrincipalBlock = z.infer<typeof principalSchema>;
export type ConditionBlock = z.infer<typeof conditionBlockSchema>;
export type ConditionValue = z.infer<typeof conditionValue>;
