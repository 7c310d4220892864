import { findNodeAtLocation, parseTree, type Node, type ParseError, printParseErrorCode, parse } from 'jsonc-parser';
import { pointerSegments } from './issues';
import { TOO_DEEP_MESSAGE, tooDeepOffset, withoutByteOrderMark } from './jsonDepth';

/** Line and column (1-based) of the value a JSON pointer names, for messages that say where. */
export interface SourceLocation {
  line: number;
  column: number;
  offset: number;
  length: number;
}

export function offsetToLocation(text: string, offset: number, length = 0): SourceLocation {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1, offset, length };
}

/** Where `path` points in `text`; a path to a missing field points at its nearest existing parent. */
export function locatePointer(text: string, path: string): SourceLocation | null {
  return pointerLocator(text)(path);
}

/**
 * A locator for many pointers into one text: the text is parsed once (a large scenario with many
 * findings would otherwise be parsed once per finding).
 */
export function pointerLocator(input: string): (path: string) => SourceLocation | null {
  // The editor asks twice per change (engine markers, then findings) about the same text: parsing
  // a real account's scenario takes a while, so the last text's locator is kept.
  if (lastLocator && lastLocator.input === input) return lastLocator.locate;
  const locate = buildLocator(input);
  lastLocator = { input, locate };
  return locate;
}

let lastLocator: { input: string; locate: (path: string) => SourceLocation | null } | undefined;

function buildLocator(input: string): (path: string) => SourceLocation | null {
  const text = withoutByteOrderMark(input);
  // jsonc-parser recurses once per level: a text nested too deep (refused by then, but still asked
  // where its error is) is located by the depth scan instead of overflowing the stack.
  const deep = tooDeepOffset(text);
  if (deep >= 0) return () => offsetToLocation(text, deep, 1);
  const root = parseTree(text);
  const at = lineIndex(text);
  return (path) => (root ? locateInTree(root, path, at) : null);
}

/**
 * Offsets to lines and columns for many lookups into one text: the line starts found once, each
 * lookup a binary search (counting lines from the start for each of a thousand policies in a
 * megabyte is quadratic).
 */
function lineIndex(text: string): (offset: number, length: number) => SourceLocation {
  let starts: number[] | undefined;
  return (offset, length) => {
    if (!starts) {
      starts = [0];
      for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    }
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo]! + 1, offset, length };
  };
}

function locateInTree(root: Node, path: string, at: (offset: number, length: number) => SourceLocation): SourceLocation | null {
  const segments: (string | number)[] = pointerSegments(path).map((s) => (/^\d+$/.test(s) ? Number(s) : s));
  for (let n = segments.length; n >= 0; n--) {
    const node: Node | undefined = findNodeAtLocation(root, segments.slice(0, n));
    if (node) {
      // For an object member, point at its key so the line reads naturally.
      const target = node.parent?.type === 'property' && n === segments.length ? node.parent : node;
      return at(target.offset, target.length);
    }
  }
  return null;
}

/** JSON syntax errors with positions; empty when the text parses. */
export function jsonSyntaxErrors(input: string): { message: string; location: SourceLocation }[] {
  const text = withoutByteOrderMark(input);
  const deep = tooDeepOffset(text);
  if (deep >= 0) return [{ message: TOO_DEEP_MESSAGE, location: offsetToLocation(text, deep, 1) }];
  const errors: ParseError[] = [];
  parse(text, errors, { allowTrailingComma: false, disallowComments: true });
  return errors.map((e) => ({
    message: syntaxMessage(printParseErrorCode(e.error)),
    location: offsetToLocation(text, e.offset, e.length),
  }));
}

function syntaxMessage(code: string): string {
  const words = code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return `invalid JSON: ${words}`;
}
