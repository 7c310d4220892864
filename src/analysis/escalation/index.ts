export { escalationPaths, type EscalationAnswer, type EscalationInput, type EscalationPath, type EscalationStep } from './escalationPaths';
export { isAdminEquivalent } from './adminEquivalent';
export { PASS_ROLE_METHODS } from './methods';
