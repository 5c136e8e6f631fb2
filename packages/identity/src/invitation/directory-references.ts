import { BadUserInputError, createEntityClient, DomainError, type EntityClient, EntityLookupError, type Logger, msg } from "@ogc/kit";
import type { AccountScope } from "../account/account-rules.js";

/**
 * Checks the ids an account is scoped to (member, institutions, partner) against their owner, the directory subgraph
 * (DESIGN.md: a reference is checked against its owner when written). Implementations throw `BadUserInputError`
 * naming the field (`<path>memberId`, `<path>institutionIds`, `<path>partnerId`) of an id that is unknown, archived or
 * (institutions) of another member, and `DirectoryUnavailableError` when the directory cannot answer; either way
 * before anything is written.
 */
export interface DirectoryReferences {
  checkScope(scope: AccountScope, path?: string, logger?: Logger): Promise<void>;
}

/** Takes every id as given: tests of other rules, tools, and seeding (the stack re-scopes demo accounts through `changeRole`). */
export const uncheckedDirectoryReferences: DirectoryReferences = {
  async checkScope() {},
};

/**
 * The directory could not be asked (down, timed out, or answered with an error). Nothing was written; retrying later
 * is the remedy, so the message says so: SERVICE_UNAVAILABLE with `extensions.reason = "DIRECTORY_UNAVAILABLE"`, which
 * the gateway passes on as it is (it masks INTERNAL_SERVER_ERROR), like the other subgraphs' unavailable references.
 */
export class DirectoryUnavailableError extends DomainError {
  constructor() {
    super(
      "SERVICE_UNAVAILABLE",
      "The directory could not be reached to check the member, institutions or partner, so nothing was saved. Try again in a minute; if it keeps failing, tell the operators (the identity subgraph's DIRECTORY_URL).",
      { reason: "DIRECTORY_UNAVAILABLE" },
    );
  }
}

/** What the checks need of each directory entity. */
export interface DirectoryMember {
  id: string;
  archived: boolean;
}
export interface DirectoryInstitution {
  id: string;
  archived: boolean;
  member: { id: string };
}
export interface DirectoryPartner {
  id: string;
  archived: boolean;
}

/** Reads directory entities by id, in the order asked, `null` for unknown ids; throws `EntityLookupError` when unreachable. */
export interface DirectoryLookup {
  members(ids: readonly string[]): Promise<(DirectoryMember | null)[]>;
  institutions(ids: readonly string[]): Promise<(DirectoryInstitution | null)[]>;
  partners(ids: readonly string[]): Promise<(DirectoryPartner | null)[]>;
}

/** The directory over the graph: its `_entities` field, one request per type (the kit's entity client). */
export function directoryLookupOverGraph(client: EntityClient): DirectoryLookup {
  const keys = (ids: readonly string[]) => ids.map((id) => ({ id }));
  return {
    members: (ids) => client.fetch<DirectoryMember>("Member", keys(ids), "id archived"),
    institutions: (ids) => client.fetch<DirectoryInstitution>("Institution", keys(ids), "id archived member { id }"),
    partners: (ids) => client.fetch<DirectoryPartner>("Partner", keys(ids), "id archived"),
  };
}

const quoted = (ids: readonly string[]) => ids.map((id) => `"${id}"`).join(", ");

/** The checks, over any lookup (the graph in production, memory in tests). */
export function checkedDirectoryReferences(lookup: DirectoryLookup): DirectoryReferences {
  return {
    async checkScope(scope, path = "", logger) {
      try {
        if (scope.memberId) await checkOfficerScope(lookup, scope.memberId, scope.institutionIds, path);
        if (scope.partnerId) await checkPartner(lookup, scope.partnerId, path);
      } catch (error) {
        if (!(error instanceof EntityLookupError)) throw error;
        // The lookup's message names the URL and the status, never the caller's data.
        logger?.error({ err: error }, "directory lookup failed while checking an account scope");
        throw new DirectoryUnavailableError();
      }
    },
  };
}

async function checkOfficerScope(lookup: DirectoryLookup, memberId: string, institutionIds: string[], path: string): Promise<void> {
  const [[member], institutions] = await Promise.all([lookup.members([memberId]), lookup.institutions(institutionIds)]);
  if (!member) throw new BadUserInputError(msg`The directory has no member with the id "${memberId}".`, `${path}memberId`);
  if (member.archived) {
    throw new BadUserInputError(msg`The member "${memberId}" is archived: it takes no new officers.`, `${path}memberId`);
  }
  const field = `${path}institutionIds`;
  const unknown = institutionIds.filter((_, index) => !institutions[index]);
  if (unknown.length > 0) throw new BadUserInputError(msg`The directory has no institution with the id ${quoted(unknown)}.`, field);
  const found = institutions as DirectoryInstitution[];
  const archived = found.filter((institution) => institution.archived).map((institution) => institution.id);
  if (archived.length > 0) {
    throw new BadUserInputError(msg`These institutions are archived and take no new officers: ${quoted(archived)}.`, field);
  }
  const elsewhere = found.filter((institution) => institution.member?.id !== memberId).map((institution) => institution.id);
  if (elsewhere.length > 0) {
    throw new BadUserInputError(msg`These institutions belong to another member than "${memberId}": ${quoted(elsewhere)}.`, field);
  }
}

async function checkPartner(lookup: DirectoryLookup, partnerId: string, path: string): Promise<void> {
  const [partner] = await lookup.partners([partnerId]);
  if (!partner) throw new BadUserInputError(msg`The directory has no partner with the id "${partnerId}".`, `${path}partnerId`);
  if (partner.archived) {
    throw new BadUserInputError(msg`The partner "${partnerId}" is archived: it takes no new editors.`, `${path}partnerId`);
  }
}

/**
 * The directory subgraph at `url` (env `DIRECTORY_URL`). Its `Member`, `Institution` and `Partner` fields read here are
 * public, so no token is sent (the kit's subgraph context does not carry the caller's header).
 */
export function directoryReferencesAt(url: string, timeoutMs?: number): DirectoryReferences {
  return checkedDirectoryReferences(directoryLookupOverGraph(createEntityClient({ url, ...(timeoutMs ? { timeoutMs } : {}) })));
}
