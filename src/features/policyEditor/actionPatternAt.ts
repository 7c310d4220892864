import { getLocation } from 'jsonc-parser';

/**
 * The action pattern under the cursor, when the cursor is on a string of an `Action` or
 * `NotAction` element (`"s3:Get*"`), or null. Works in a policy document and in the whole scenario.
 */
export function actionPatternAt(text: string, offset: number): string | null {
  const location = getLocation(text, offset);
  const node = location.previousNode;
  if (!node || node.type !== 'string' || location.isAtPropertyKey) return null;
  const path = location.path;
  const element = path.findLast((segment) => typeof segment === 'string');
  if (element !== 'Action' && element !== 'NotAction') return null;
  const value = String(node.value);
  return value === '*' || /^[A-Za-z0-9*?-]+:[A-Za-z0-9*?_-]*$/.test(value) ? value : null;
}
