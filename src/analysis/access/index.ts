export { whoCan, type WhoCanAnswer, type WhoCanEntry, type WhoCanInput, type DecidingStatement } from './whoCan';
export { roleChainsFrom, type ChainHop, type RoleChains } from './roleChains';
export { candidatesOf, type Candidate } from './candidates';
export { accessInputOf } from './accessInput';
export {
  accessDiff,
  MAX_SCOPED_EXPANSION,
  newAccessWithin,
  type AccessChange,
  type AccessDiff,
  type AccessScope,
  type DiffSide,
  type ExpandPattern,
} from './accessDiff';
export { exposures, type Exposure } from './exposure';
export { exposureFindings } from './exposureFindings';
export { whatIfSwitchedOff } from './whatIf';
