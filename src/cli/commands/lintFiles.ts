import { readFile } from 'node:fs/promises';
import { exposureFindings, exposures } from '../../analysis/access';
import { expandActionPattern } from '../../analysis/expandActions';
import { scenarioFindings, type Finding } from '../../analysis/findings';
import type { ServiceCatalog } from '../../catalog';
import { managedPolicyCatalogFor } from '../../data/awsManagedPolicies';
import { loadServiceCatalog } from '../../data/serviceCatalog';
import { compileScenario } from '../../engine';
import { parseJson, pointerLocator, policyDocumentsOf, restoreScenario, worldPartOf } from '../../model';
import type { LintedFile } from '../report/lintReport';

/**
 * `lint FILE...`: the playground's policy checks (the Findings panel) on scenario files, each
 * finding at its line and column, with the policies each file holds (the JUnit report's tests).
 */
export async function lintFiles(files: readonly string[]): Promise<LintedFile[]> {
  const catalog = await loadServiceCatalog();
  const out: LintedFile[] = [];
  for (const file of files) {
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      out.push({
        file,
        errors: [{ file, message: code === 'ENOENT' ? 'file not found' : `cannot read the file (${code ?? String(e)})` }],
        findings: [],
        policies: [],
      });
      continue;
    }
    const parsed = parseJson(text);
    if (!parsed.ok) {
      const errors = parsed.errors.map((s) => ({ file, message: s.message, line: s.location.line, column: s.location.column }));
      out.push({ file, errors, findings: [], policies: [] });
      continue;
    }
    const locate = pointerLocator(text);
    const findings = [...scenarioFindings(parsed.value, catalog), ...(await externalAccess(parsed.value, catalog))].map((f) => {
      const at = locate(f.path);
      return { file, ...f, ...(at ? { line: at.line, column: at.column } : {}) };
    });
    const policies = policyDocumentsOf(parsed.value).map((d) => ({ path: d.pointer, name: policyName(d), line: locate(d.pointer)?.line }));
    out.push({ file, errors: [], findings, policies });
  }
  return out;
}

/** A policy as a person names it: `policy Wide`, `inline policy p of user alice`, `trust policy of role R`… */
function policyName(d: ReturnType<typeof policyDocumentsOf>[number]): string {
  const owner = d.owner ? `${d.owner.collection.slice(0, -1)} ${d.owner.name ?? d.owner.index}` : '';
  switch (d.role) {
    case 'identity':
      return d.owner ? `inline policy ${d.name ?? d.index} of ${owner}` : `policy ${d.name ?? d.index}`;
    case 'trust':
      return `trust policy of ${owner}`;
    case 'resource':
      return `resource policy of ${d.resourceArn ?? `resource ${d.index}`}`;
    case 'session':
      return `session policy of ${d.owner?.name ? `query ${d.owner.name}` : `query ${d.index}`}`;
    default:
      return `${d.role === 'organization' ? 'organization policy' : d.role.toUpperCase()} ${d.name ?? d.index}`;
  }
}

/** The world's external access (who outside the scenario can reach what), when the file is a valid scenario. */
async function externalAccess(parsed: unknown, catalog: ServiceCatalog): Promise<Finding[]> {
  const restored = restoreScenario(worldPartOf(parsed), await managedPolicyCatalogFor(JSON.stringify(parsed)));
  if (!restored.ok) return [];
  const found = exposures(compileScenario(restored.scenario, restored.world), (p) =>
    expandActionPattern(p, catalog).actions.map((a) => a.id),
  );
  return exposureFindings(found);
}
