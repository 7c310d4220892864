import type { SourcePlace } from './importReport';
import { readPolicyDocument, type ReadDocument } from './policyDocumentValue';
import { isObject, type JsonObject, type JsonPath, type SourceReader } from './sourceReader';

/**
 * Resource-based policies as the AWS CLI prints them, the resource's ARN given beside each (the
 * outputs do not name the resource). Where the policy sits in each command's output:
 * - `{ "Policy": "…" }`: s3api get-bucket-policy, kms get-key-policy, lambda get-policy,
 *   events describe-event-bus, backup get-backup-vault-access-policy, …;
 * - `{ "Attributes": { "Policy": "…" } }`: sqs get-queue-attributes, sns get-topic-attributes;
 * - `{ "ResourcePolicy": "…" }`: secretsmanager get-resource-policy;
 * - `{ "policyText": "…" }`: ecr get-repository-policy;
 * - `{ "policy": { "Policy": "…" } }`: glacier get-vault-access-policy;
 * - or the policy document itself.
 */

export interface ReadResourcePolicy {
  arn: string;
  account?: string;
  document: ReadDocument;
  /** Where the document is. */
  place: SourcePlace;
  /** Where the entry is. */
  entryPlace: SourcePlace;
}

/** Fields of an output beside its policy: read past, reported once per field. */
const BESIDE_POLICY = 'only the policy is read from a resource\u2019s output';

export function readResourcePolicies(reader: SourceReader, obj: JsonObject, key: string, at: JsonPath): ReadResourcePolicy[] {
  return reader.list(obj, key, at).flatMap((entry, i) => {
    const eat = [...at, key, i];
    const asked = reader.object(entry, eat, `each entry of \`${key}\``);
    if (!asked) return [];
    reader.fields(asked, eat, { arn: 'read', account: 'read', output: 'read' });
    const arn = reader.requiredString(asked, 'arn', eat);
    const account = reader.optionalString(asked, 'account', eat);
    const output = reader.object(asked['output'], [...eat, 'output'], '`output` (what the command printed)');
    if (!output || arn === undefined) return [];
    const found = policyIn(output, [...eat, 'output']);
    if (!found) {
      reader.error(
        [...eat, 'output'],
        'no policy in this output: expected `Policy`, `Attributes.Policy`, `ResourcePolicy`, `policyText`, `policy.Policy` or a policy document',
      );
      return [];
    }
    for (const [field, parent] of found.beside) reader.notModelledField(field, parent, BESIDE_POLICY);
    const document = readPolicyDocument(reader, found.value, found.at);
    if (!document) return [];
    return [{ arn, document, place: reader.place(found.at), entryPlace: reader.place(eat), ...(account !== undefined ? { account } : {}) }];
  });
}

interface Found {
  value: unknown;
  at: JsonPath;
  /** The other fields of the output (and of its `Attributes`), by name and parent path. */
  beside: [string, JsonPath][];
}

function policyIn(output: JsonObject, at: JsonPath): Found | undefined {
  if ('Statement' in output) return { value: output, at, beside: [] };
  const others = (obj: JsonObject, except: string, base: JsonPath): [string, JsonPath][] =>
    Object.keys(obj)
      .filter((k) => k !== except)
      .map((k) => [k, base]);
  for (const field of ['Policy', 'ResourcePolicy', 'policyText']) {
    if (output[field] !== undefined) return { value: output[field], at: [...at, field], beside: others(output, field, at) };
  }
  const attributes = output['Attributes'];
  if (isObject(attributes) && attributes['Policy'] !== undefined) {
    return {
      value: attributes['Policy'],
      at: [...at, 'Attributes', 'Policy'],
      beside: [...others(output, 'Attributes', at), ...others(attributes, 'Policy', [...at, 'Attributes'])],
    };
  }
  const glacier = output['policy'];
  if (isObject(glacier) && glacier['Policy'] !== undefined) {
    return { value: glacier['Policy'], at: [...at, 'policy', 'Policy'], beside: others(output, 'policy', at) };
  }
  return undefined;
}
