import { createEntityClient, EntityLookupError, fetchMemberProfiles, type MemberProfile, msg, ServiceUnavailableError } from "@ogc/kit";

/** What the recognition subgraph needs to know of a directory member. */
export interface MemberReference {
  id: string;
}

/** What the recognition subgraph needs to know of a challenge commitment. */
export interface CommitmentReference {
  id: string;
  ogpId: string | null;
  status: string;
  member: { id: string };
}

/**
 * The other subgraphs, as the recognition subgraph asks them about the entities it references (DESIGN.md: a reference
 * is checked against its owner when written). Each call resolves many ids at once: the answers come in the same
 * order, `null` where the owner knows none (or does not show it to the caller). `authorization` is the caller's
 * `Authorization` header, forwarded so the owner answers what that caller may see.
 */
export interface ReferenceChecker {
  members(ids: readonly string[], authorization?: string): Promise<(MemberReference | null)[]>;
  commitments(ids: readonly string[], authorization?: string): Promise<(CommitmentReference | null)[]>;
  /** Every directory member's type and region (archived members too), for the list filters `memberType` and `region`. */
  memberProfiles(authorization?: string): Promise<MemberProfile[]>;
}

/** The owner of a reference could not be asked: the write that needs it is refused, nothing is written. */
export class ReferenceUnavailableError extends ServiceUnavailableError {
  /** The cause, which can name internal addresses: kept out of the message, which the gateway lets through to people. */
  constructor(
    owner: string,
    readonly detail: string,
  ) {
    super(msg`The ${owner} subgraph could not be asked to check the references, so nothing was saved; try again in a minute.`);
  }
}

/** Fields read from the directory's `Member` (key `id`). */
export const MEMBER_SELECTION = "id";

/**
 * Fields read from the challenge subgraph's `Commitment` (key `id`). The challenge subgraph was being written when this
 * was: `id ogpId status member { id }` follows its `Commitment` entity; adapt it here, in one place, if they change.
 */
export const COMMITMENT_SELECTION = "id ogpId status member { id }";

/** The real checker: the kit's entity client, one `_entities` request per call to each owner; the kit's member list reader. */
export function entityReferenceChecker(options: { directoryUrl: string; challengeUrl: string; timeoutMs?: number }): ReferenceChecker {
  const directory = createEntityClient({ url: options.directoryUrl, timeoutMs: options.timeoutMs });
  const challenge = createEntityClient({ url: options.challengeUrl, timeoutMs: options.timeoutMs });
  const ask = async <T>(owner: string, work: () => Promise<T>): Promise<T> => {
    try {
      return await work();
    } catch (error) {
      if (error instanceof EntityLookupError) throw new ReferenceUnavailableError(owner, error.message);
      throw error;
    }
  };
  return {
    members: (ids, authorization) =>
      ask("directory", () =>
        directory.fetch<MemberReference>(
          "Member",
          ids.map((id) => ({ id })),
          MEMBER_SELECTION,
          authorization,
        ),
      ),
    commitments: (ids, authorization) =>
      ask("challenge", () =>
        challenge.fetch<CommitmentReference>(
          "Commitment",
          ids.map((id) => ({ id })),
          COMMITMENT_SELECTION,
          authorization,
        ),
      ),
    memberProfiles: (authorization) =>
      ask("directory", () => fetchMemberProfiles({ url: options.directoryUrl, timeoutMs: options.timeoutMs }, authorization)),
  };
}
