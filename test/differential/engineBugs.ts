import type { DisagreementClass } from './classify';

/**
 * Disagreements with iam-simulate where AWS's documentation supports ITS answer: bugs in our
 * engine, reported to the engine's owners with a minimal reproduction (the concrete cases in
 * concreteCases.ts). They are not accepted behaviour: the differential test counts them apart from
 * the documented differences, and each concrete test is written as `it.fails`, so fixing the
 * engine makes it fail — then delete the class here and move its concrete case to REGRESSIONS in
 * concreteCases.ts.
 */

/**
 * Both bugs found so far (variables before the ARN's resource part; an outdated RCP service list)
 * are fixed and live on as REGRESSIONS in concreteCases.ts.
 */
export const ENGINE_BUGS: DisagreementClass[] = [];
