/**
 * Names for the resources of a template, unique within it: a prefix for the kind and the entity's
 * name cut down to what the template language allows (`sanitize`). IAM names differ in more than
 * those characters (`a.b` and `a-b`, or only in case, which IAM treats as the same name), so a name
 * already taken gets a number.
 */
export function logicalIds(sanitize: (name: string) => string): { take(prefix: string, name: string): string } {
  const taken = new Set<string>();
  return {
    take(prefix, name) {
      const base = `${prefix}${sanitize(name)}`;
      let id = base;
      for (let n = 2; taken.has(id.toLowerCase()); n++) id = `${base}${n}`;
      taken.add(id.toLowerCase());
      return id;
    },
  };
}
