export * from './types';
export { createServiceCatalog, ServiceCatalog, type ServiceCatalogData } from './serviceCatalog';
export { GLOBAL_CONDITION_KEYS, GLOBAL_CONDITION_KEY_DOCS } from './globalConditionKeys';
