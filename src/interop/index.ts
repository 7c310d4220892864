/**
 * Real accounts in and out: importers of what AWS prints, exporters of what AWS deploys. Pure
 * TypeScript over the scenario model; the CLI (and later the app) does the file reading.
 */
export { importAws, type ImportResult, type ImportSource } from './import/importAws';
export { AWS_BUNDLE_FORMAT, AWS_BUNDLE_VERSION } from './import/awsBundle';
export {
  formatImportReport,
  type AccountSummary,
  type ImportError,
  type ImportReport,
  type ReportEntry,
  type ReportEntryKind,
  type SourcePlace,
} from './import/importReport';
export { exportAccount, EXPORT_TARGETS, type ExportResult, type ExportTarget } from './export/exportAccount';
export { policyAsCloudFormation, policyAsJson, policyAsTerraformDataSource } from './export/policyExport';
