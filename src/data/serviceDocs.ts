/**
 * The prose of the AWS service catalog: one `service-docs/PREFIX.json` per service (descriptions of
 * actions and condition keys), which `scripts/extract-service-catalog.mjs` writes beside the
 * catalog. Vite emits each as its own lazy chunk, loaded when a hover or completion needs it. A
 * module of its own so that what never shows prose (the CLI) does not bundle 3 MB of it.
 */
import type { ServiceDocs } from '../catalog';

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
