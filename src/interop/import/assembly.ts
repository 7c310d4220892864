import {
  pointer,
  type Account,
  type Group,
  type IdentityProvider,
  type ManagedPolicy,
  type ManagedPolicyCatalog,
  type Organization,
  type Resource,
  type Role,
  type User,
} from '../../model';
import type { ImportError, ReportEntry, ReportEntryKind, SourcePlace } from './importReport';
import type { ReadDocument } from './policyDocumentValue';

/** Where a part of the scenario came from, so a fault the scenario's validation finds is told where the user can fix it. */
export interface Origin {
  place: SourcePlace;
  /** A policy document: a fault inside it is at the same path inside the source's document. */
  document?: { fromText: boolean };
}

/** The scenario being built from the outputs read, with the origin of every part. */
export class Assembly {
  readonly accounts: Account[] = [];
  readonly policies: ManagedPolicy[] = [];
  readonly users: User[] = [];
  readonly groups: Group[] = [];
  readonly roles: Role[] = [];
  readonly resources: Resource[] = [];
  readonly identityProviders: IdentityProvider[] = [];
  organization: Organization | undefined;
  readonly origins = new Map<string, Origin>();
  readonly errors: ImportError[] = [];
  readonly entries: ReportEntry[] = [];

  constructor(readonly catalog: ManagedPolicyCatalog) {}

  from(at: readonly (string | number)[], place: SourcePlace): void {
    this.origins.set(pointer(at), { place });
  }

  fromDocument(at: readonly (string | number)[], place: SourcePlace, read: ReadDocument): void {
    this.origins.set(pointer(at), { place, document: { fromText: read.fromText } });
  }

  error(place: SourcePlace, message: string): void {
    this.errors.push({ ...place, message });
  }

  report(kind: ReportEntryKind, place: SourcePlace, message: string): void {
    this.entries.push({ kind, ...place, message });
  }

  /**
   * The source of a fault at a scenario pointer: the nearest part with an origin. Inside a policy
   * document the rest of the path carries over (the document is the same JSON); elsewhere the
   * scenario's field names are not AWS's, so the fault is told at the entry it belongs to.
   */
  sourceOf(path: string, message: string): ImportError {
    for (let prefix = path; ; prefix = prefix.slice(0, prefix.lastIndexOf('/'))) {
      const origin = this.origins.get(prefix);
      if (origin) {
        const rest = path.slice(prefix.length);
        if (!origin.document || rest === '') return { ...origin.place, message };
        if (origin.document.fromText) return { ...origin.place, message: `in the decoded document at ${rest}: ${message}` };
        return { file: origin.place.file, path: origin.place.path + rest, message };
      }
      if (prefix === '') return { file: '(import)', path, message: `in the assembled scenario: ${message}` };
    }
  }
}
