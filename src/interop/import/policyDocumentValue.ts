import { isObject, kindOf, type JsonObject, type JsonPath, type SourceReader } from './sourceReader';

/** A policy document as read, and whether it came out of a string (so a fault inside it is in the decoded text). */
export interface ReadDocument {
  document: JsonObject;
  fromText: boolean;
}

/**
 * A policy document in any of the forms AWS hands it out: a JSON object (the AWS CLI decodes IAM's
 * documents), a JSON string (Organizations' `Content`, S3's `Policy`), or a URL-encoded JSON string
 * (what the IAM API returns and most SDKs pass on: "Policies returned by this operation are
 * URL-encoded compliant with RFC 3986",
 * https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetAccountAuthorizationDetails.html).
 * Its shape is checked later, with the whole scenario, where the messages speak IAM.
 */
export function readPolicyDocument(reader: SourceReader, value: unknown, at: JsonPath): ReadDocument | undefined {
  if (isObject(value)) return { document: value, fromText: false };
  if (typeof value !== 'string') {
    reader.error(at, `a policy document must be a JSON object or a string holding one, not ${kindOf(value)}`);
    return undefined;
  }
  const parsed = parseDocumentText(value);
  if (!parsed.ok) {
    reader.error(at, parsed.message);
    return undefined;
  }
  if (!isObject(parsed.value)) {
    reader.error(at, `the document is ${kindOf(parsed.value)}, not a JSON object`);
    return undefined;
  }
  return { document: parsed.value, fromText: true };
}

type Parsed = { ok: true; value: unknown } | { ok: false; message: string };

function parseDocumentText(text: string): Parsed {
  const trimmed = text.trim();
  // Plain JSON text starts with `{`; URL-encoded text starts with `%7B` and has no raw braces.
  if (trimmed.startsWith('{')) {
    const json = tryJson(trimmed);
    return json.ok ? json : { ok: false, message: `not valid JSON: ${json.message}` };
  }
  let decoded: string;
  try {
    decoded = decodeURIComponent(trimmed);
  } catch {
    return { ok: false, message: 'not valid URL encoding (a `%` not followed by two hex digits, or bytes that are not UTF-8)' };
  }
  const json = tryJson(decoded);
  if (json.ok) return json;
  // RFC 3986 encodes a space as %20, but form encoders (Java's URLEncoder among them) write `+`;
  // JSON never has a bare `+` outside a string, so a document that fails with them is retried.
  if (trimmed.includes('+')) {
    const again = tryJson(decodeURIComponent(trimmed.replace(/\+/g, '%20')));
    if (again.ok) return again;
  }
  return { ok: false, message: `not valid JSON after URL-decoding: ${json.message}` };
}

function tryJson(text: string): Parsed {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (e) {
    return { ok: false, message: e instanceof Error ? e.message : String(e) };
  }
}
