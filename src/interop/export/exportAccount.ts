import type { Scenario } from '../../model';
import { accountEntities } from './accountEntities';
import { awsCliScript } from './awsCliScript';
import { cloudFormationTemplate } from './cloudFormation';
import { terraformConfiguration } from './terraform';

export const EXPORT_TARGETS = ['cli', 'cloudformation', 'terraform'] as const;
export type ExportTarget = (typeof EXPORT_TARGETS)[number];

export type ExportResult = { ok: true; account: string; text: string; notes: string[] } | { ok: false; message: string };

const WRITERS = { cli: awsCliScript, cloudformation: cloudFormationTemplate, terraform: terraformConfiguration } as const;

/**
 * What AWS deploys, for one account of a restored (valid) scenario: an AWS CLI script, a
 * CloudFormation template or a Terraform configuration. `account` may be left out when only one
 * account has IAM entities. `notes` say what the export leaves out (they are comments in the text too).
 */
export function exportAccount(scenario: Scenario, target: ExportTarget, account?: string): ExportResult {
  const chosen = accountEntities(scenario, account);
  if (!chosen.ok) return chosen;
  return { ok: true, account: chosen.entities.account, text: WRITERS[target](chosen.entities), notes: chosen.entities.notes };
}
