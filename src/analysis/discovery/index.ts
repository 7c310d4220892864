export { contextToAllow, type ContextDiscovery, type DiscoveryInput } from './contextToAllow';
