import { z } from 'zod';
import { querySchema } from '../model';

/**
 * The lesson file format, `iam-playground/lesson` version 1: one JSON file per lesson in
 * `library/`, so a new lesson needs no code. The scenario is checked by restoreScenario, not here:
 * it is a scenario document like any other.
 */
export const LESSON_FORMAT = 'iam-playground/lesson';

const entityKind = z.enum(['user', 'group', 'role']);

/** One edit of the solution: a small subset of JSON Patch (RFC 6902), paths as JSON pointers. */
export const editSchema = z.discriminatedUnion('op', [
  z.object({ op: z.literal('add'), path: z.string(), value: z.unknown() }),
  z.object({ op: z.literal('replace'), path: z.string(), value: z.unknown() }),
  z.object({ op: z.literal('remove'), path: z.string() }),
]);

const label = z.string().min(1);

/** A request asked of the engine, and the answer the lesson wants. */
const queryCheck = querySchema.pick({ principal: true, action: true, resource: true, context: true, autoContext: true }).extend({
  kind: z.literal('query'),
  label,
  expect: z.enum(['allowed', 'denied', 'explicitDeny', 'implicitDeny']),
});

/** Nobody may be allowed anything they were not allowed when the lesson started. */
const noNewAccessCheck = z.object({ kind: z.literal('noNewAccess'), label });

/** Facts about the shape of the world, read from the restored scenario: a small fixed vocabulary. */
const structureTest = z.discriminatedUnion('test', [
  z.object({ test: z.literal('attachedTo'), policy: z.string(), to: entityKind, name: z.string() }),
  z.object({ test: z.literal('notAttachedTo'), policy: z.string(), to: entityKind, name: z.string() }),
  z.object({ test: z.literal('memberOf'), user: z.string(), group: z.string() }),
  z.object({ test: z.literal('noAccessKeys'), user: z.string().optional() }),
  z.object({ test: z.literal('noInlinePolicies'), of: entityKind.optional(), name: z.string().optional() }),
  z.object({ test: z.literal('noUserPolicies') }),
  z.object({ test: z.literal('consoleMfa'), user: z.string().optional() }),
  z.object({ test: z.literal('hasBoundary'), of: entityKind, name: z.string(), policy: z.string() }),
  z.object({ test: z.literal('scpAttached'), policy: z.string(), target: z.string() }),
]);

const structureCheck = z.object({ kind: z.literal('structure'), label }).and(structureTest);

export const checkSchema = z.union([queryCheck, noNewAccessCheck, structureCheck]);

export const lessonSchema = z.object({
  format: z.literal(LESSON_FORMAT),
  version: z.literal(1),
  id: z.string().regex(/^[a-z0-9-]+$/),
  title: z.string().min(1),
  /** What the learner must achieve, in one or two plain sentences. */
  goal: z.string().min(1),
  /** A few lines of explanation (short markdown: paragraphs, `code`, **bold**). */
  text: z.string().min(1),
  /** The AWS pages to read, with the page's title as the link's words. */
  docs: z.array(z.object({ title: z.string().min(1), url: z.url() })).min(1),
  /** Shown one at a time, on request; the last may come close to the answer. */
  hints: z.array(z.string().min(1)).min(1),
  /** Marks a broken scenario to repair. */
  fixIt: z.boolean().optional(),
  scenario: z.unknown(),
  /** The reference solution, as edits of `scenario`; the unit test checks that it passes. */
  solution: z.array(editSchema).min(1),
  checks: z.array(checkSchema).min(1),
});

export type Lesson = z.infer<typeof lessonSchema>;
export type LessonCheck = z.infer<typeof checkSchema>;
export type StructureCheck = z.infer<typeof structureCheck>;
export type LessonEdit = z.infer<typeof editSchema>;
