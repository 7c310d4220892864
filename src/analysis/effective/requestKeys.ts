/**
 * Which context keys are facts of the modelled world, and which the request itself brings.
 *
 * The engine supplies, from the model, the keys AWS derives from who is asking and what is asked
 * about (scenario-format.md, "Request context"). A decision that needed one of those and did not
 * have it is settled: the user has no such tag, the role is in no organization. Every other key
 * (aws:SourceIp, aws:MultiFactorAuthPresent, aws:RequestedRegion without a region in the ARN,
 * s3:prefix, aws:RequestTag/…) is chosen by whoever makes the request, so a grant that waits on one
 * is a conditional grant, not a denial.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html
 */

const PRINCIPAL_FACTS = new Set([
  'aws:principalarn',
  'aws:principalaccount',
  'aws:principaltype',
  'aws:principalorgid',
  'aws:principalorgpaths',
  'aws:principalisawsservice',
  'aws:principalservicename',
  'aws:viaawsservice',
  'aws:username',
  'aws:userid',
  'aws:currenttime',
  'aws:epochtime',
  'aws:tokenissuetime',
  // Which identity provider authenticated the caller is a fact of the caller, not the request's
  // choice; so is saml:doc (the provider's account and name). The token's claims are the request's.
  'aws:federatedprovider',
  'saml:doc',
]);

const RESOURCE_FACTS = new Set(['aws:resourceaccount', 'aws:resourceorgid', 'aws:resourceorgpaths']);

/**
 * A predicate: true for a key the request supplies. With `resourceIsKnown` (a chosen ARN) the
 * resource's tags and account are facts too; for `*` they are not: some resource may carry the tag.
 * Keys the caller gave values for are never treated as open.
 */
export function requestKeyTest(resourceIsKnown: boolean, given: Iterable<string>): (key: string) => boolean {
  const known = new Set([...given].map((k) => k.toLowerCase()));
  return (key) => {
    const k = key.toLowerCase();
    if (known.has(k) || PRINCIPAL_FACTS.has(k) || k.startsWith('aws:principaltag/')) return false;
    if (resourceIsKnown && (RESOURCE_FACTS.has(k) || k.startsWith('aws:resourcetag/'))) return false;
    return true;
  };
}
