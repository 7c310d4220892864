import { statementsOf, type PolicyDocument, type PolicyStatement, type PrincipalBlock } from '../../model';
import { hclBlock, hclIdentifier, hclList, hclString, type HclAttribute } from './hclText';
import { toYaml } from './yamlText';

/**
 * One policy in the forms people paste elsewhere (the editor offers them): JSON as IAM takes it,
 * a Terraform `aws_iam_policy_document` data source, a CloudFormation resource. Pure functions of
 * the document.
 */

export function policyAsJson(document: PolicyDocument): string {
  return JSON.stringify(document, null, 2);
}

/**
 * `data "aws_iam_policy_document" "NAME" { statement { … } }`, block for block: principals by
 * type, one `condition` per operator and key. Terraform's condition values are strings, so
 * `true` and `5` are written `"true"` and `"5"`, which IAM reads the same way.
 * https://registry.terraform.io/providers/hashicorp/aws/latest/docs/data-sources/iam_policy_document
 */
export function policyAsTerraformDataSource(document: PolicyDocument, name: string): string {
  const statements = statementsOf(document).map((s) => statementBlock(s));
  return (
    hclBlock(
      `data "aws_iam_policy_document" ${hclString(hclIdentifier(name))}`,
      [
        document.Version ? ['version', hclString(document.Version)] : undefined,
        document.Id ? ['policy_id', hclString(document.Id)] : undefined,
      ],
      statements,
    ) + '\n'
  );
}

function statementBlock(s: PolicyStatement): string {
  const list = (key: string, value: string | string[] | undefined): HclAttribute =>
    value === undefined ? undefined : [key, hclList((Array.isArray(value) ? value : [value]).map(hclString))];
  const nested = [
    ...principalBlocks('principals', s.Principal),
    ...principalBlocks('not_principals', s.NotPrincipal),
    ...Object.entries(s.Condition ?? {}).flatMap(([test, keys]) =>
      Object.entries(keys).map(([variable, values]) =>
        hclBlock(
          'condition',
          [
            ['test', hclString(test)],
            ['variable', hclString(variable)],
            ['values', hclList((Array.isArray(values) ? values : [values]).map((v) => hclString(String(v))))],
          ],
          [],
          4,
        ),
      ),
    ),
  ];
  return hclBlock(
    'statement',
    [
      s.Sid !== undefined ? ['sid', hclString(s.Sid)] : undefined,
      ['effect', hclString(s.Effect)],
      list('actions', s.Action),
      list('not_actions', s.NotAction),
      list('resources', s.Resource),
      list('not_resources', s.NotResource),
    ],
    nested,
    2,
  );
}

/** `"*"` is the type `*` with the identifier `*`; `{ "AWS": "*" }` stays the type `AWS`. */
function principalBlocks(keyword: string, principal: PrincipalBlock | undefined): string[] {
  if (principal === undefined) return [];
  const entries: [string, string | string[]][] =
    principal === '*' ? [['*', '*']] : Object.entries(principal).filter((e): e is [string, string | string[]] => e[1] !== undefined);
  return entries.map(([type, ids]) =>
    hclBlock(
      keyword,
      [
        ['type', hclString(type)],
        ['identifiers', hclList((Array.isArray(ids) ? ids : [ids]).map(hclString))],
      ],
      [],
      4,
    ),
  );
}

/**
 * An `AWS::IAM::ManagedPolicy` resource holding the document, as a YAML snippet to paste under a
 * template's `Resources:`.
 */
export function policyAsCloudFormation(document: PolicyDocument, name: string): string {
  const logicalId = `ManagedPolicy${name.replace(/[^A-Za-z0-9]/g, '')}`;
  return toYaml({ [logicalId]: { Type: 'AWS::IAM::ManagedPolicy', Properties: { ManagedPolicyName: name, PolicyDocument: document } } });
}
