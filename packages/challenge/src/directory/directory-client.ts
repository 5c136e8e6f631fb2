import {
  fetchMemberProfiles,
  type LoaderRegistry,
  type MemberProfile,
  type MemberProfileFilter,
  memberIdsWhere,
  ServiceUnavailableError,
} from "@ogc/kit";

/** What the challenge subgraph needs to know of a directory member. */
export interface DirectoryMember {
  __typename: "Member";
  id: string;
  ogpCode: string;
  archived: boolean;
  /** The member's standing in the partnership (`MemberStatus`: ACTIVE, UNDER_REVIEW, INACTIVE, SUSPENDED, WITHDRAWN). */
  memberStatus: string;
}

/** What the challenge subgraph needs to know of a directory institution. */
export interface DirectoryInstitution {
  __typename: "Institution";
  id: string;
  archived: boolean;
  branch: string;
  member: { id: string };
}

/** What the challenge subgraph needs to know of a directory action plan. */
export interface DirectoryActionPlan {
  __typename: "ActionPlan";
  id: string;
  ogpId: string;
  startDate: string;
  endDate: string;
  status: string;
  archived: boolean;
  member: { id: string };
  amendmentWindow: { opensOn: string; closesOn: string; isOpen: boolean } | null;
}

/** What the challenge subgraph needs to know of a directory partner (a civil-society organisation or other partner). */
export interface DirectoryPartner {
  __typename: "Partner";
  id: string;
  archived: boolean;
}

/** A member's type and region, as the directory holds them: what the challenge subgraph filters and groups by. */
export type DirectoryMemberProfile = MemberProfile;

export type DirectoryEntity = DirectoryMember | DirectoryInstitution | DirectoryActionPlan | DirectoryPartner;

/** An entity representation, as federation's `_entities` takes it. */
export type DirectoryRef =
  | { __typename: "Member"; id: string }
  | { __typename: "Member"; ogpCode: string }
  | { __typename: "Institution"; id: string }
  | { __typename: "ActionPlan"; id: string }
  | { __typename: "ActionPlan"; ogpId: string }
  | { __typename: "Partner"; id: string };

/**
 * The directory subgraph, as the challenge subgraph asks it about the entities it references (DESIGN.md: a reference is
 * checked against its owner when written). One call resolves many references at once; `null` where none exists.
 */
export interface DirectoryClient {
  resolve(refs: readonly DirectoryRef[], options?: { authorization?: string | undefined }): Promise<(DirectoryEntity | null)[]>;
  /** Every member, archived ones too (their commitments still count), with its type and region. */
  memberProfiles(options?: { authorization?: string | undefined }): Promise<DirectoryMemberProfile[]>;
}

/**
 * The directory could not be asked: writes that need it are refused, the pre-check says UNKNOWN. SERVICE_UNAVAILABLE,
 * so the gateway lets its message through to the person (an internal error would be masked); the cause, which can name
 * internal addresses, stays in `detail`, out of the message.
 */
export class DirectoryUnavailableError extends ServiceUnavailableError {
  constructor(readonly detail: string) {
    super("The directory could not be asked to check members, institutions and action plans, so nothing was saved; try again in a minute.");
  }
}

export const ENTITIES_QUERY = `query ChallengeReferenceCheck($representations: [_Any!]!) {
  _entities(representations: $representations) {
    __typename
    ... on Member { id ogpCode archived memberStatus: status }
    ... on Institution { id archived branch member { id } }
    ... on ActionPlan { id ogpId startDate endDate status archived member { id } amendmentWindow { opensOn closesOn isOpen } }
    ... on Partner { id archived }
  }
}`;

/** Asks the directory subgraph over HTTP with one `_entities` query per call, forwarding the caller's Authorization header. */
export class HttpDirectoryClient implements DirectoryClient {
  constructor(
    private readonly url: string,
    private readonly timeoutMs = 5_000,
  ) {}

  async resolve(refs: readonly DirectoryRef[], options: { authorization?: string | undefined } = {}): Promise<(DirectoryEntity | null)[]> {
    if (refs.length === 0) return [];
    const body = await this.post<{ _entities?: (DirectoryEntity | null)[] }>(ENTITIES_QUERY, { representations: refs }, options);
    const entities = body.data?._entities;
    if (!entities || entities.length !== refs.length) {
      throw new DirectoryUnavailableError(body.errors?.map((error) => error.message).join("; ") ?? "no entities in the answer");
    }
    return entities.map((entity) => entity ?? null);
  }

  /** The directory's public member list (the kit's reader, shared with the recognition subgraph). */
  async memberProfiles(options: { authorization?: string | undefined } = {}): Promise<DirectoryMemberProfile[]> {
    try {
      return await fetchMemberProfiles({ url: this.url, timeoutMs: this.timeoutMs }, options.authorization);
    } catch (error) {
      throw new DirectoryUnavailableError(error instanceof Error ? error.message : String(error));
    }
  }

  private async post<T>(
    query: string,
    variables: Record<string, unknown>,
    options: { authorization?: string | undefined },
  ): Promise<{ data?: T; errors?: { message: string }[] }> {
    let response: Response;
    try {
      response = await fetch(this.url, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          accept: "application/json",
          ...(options.authorization ? { authorization: options.authorization } : {}),
        },
        body: JSON.stringify({ query, variables }),
        signal: AbortSignal.timeout(this.timeoutMs),
      });
    } catch (error) {
      throw new DirectoryUnavailableError(error instanceof Error ? error.message : String(error));
    }
    if (!response.ok) throw new DirectoryUnavailableError(`HTTP ${response.status}`);
    return (await response.json()) as { data?: T; errors?: { message: string }[] };
  }
}

function refKey(ref: DirectoryRef): string {
  return JSON.stringify(ref);
}

/**
 * The directory as one request sees it: every lookup made in the same tick goes out in one `_entities` request,
 * and each answer is remembered for the rest of the request.
 */
export class DirectoryReader {
  constructor(
    private readonly client: DirectoryClient,
    private readonly loaders: LoaderRegistry,
    private readonly authorization: string | undefined,
  ) {}

  private load<T extends DirectoryEntity>(ref: DirectoryRef): Promise<T | null> {
    return this.loaders
      .get<string, DirectoryEntity | null>("directory.entities", async (keys) => {
        try {
          return await this.client.resolve(
            keys.map((key) => JSON.parse(key) as DirectoryRef),
            { authorization: this.authorization },
          );
        } catch (error) {
          const failure =
            error instanceof DirectoryUnavailableError
              ? error
              : new DirectoryUnavailableError(error instanceof Error ? error.message : String(error));
          return keys.map(() => failure);
        }
      })
      .load(refKey(ref)) as Promise<T | null>;
  }

  member(id: string): Promise<DirectoryMember | null> {
    return this.load({ __typename: "Member", id });
  }

  memberByCode(ogpCode: string): Promise<DirectoryMember | null> {
    return this.load({ __typename: "Member", ogpCode });
  }

  institution(id: string): Promise<DirectoryInstitution | null> {
    return this.load({ __typename: "Institution", id });
  }

  actionPlan(id: string): Promise<DirectoryActionPlan | null> {
    return this.load({ __typename: "ActionPlan", id });
  }

  actionPlanByOgpId(ogpId: string): Promise<DirectoryActionPlan | null> {
    return this.load({ __typename: "ActionPlan", ogpId });
  }

  partner(id: string): Promise<DirectoryPartner | null> {
    return this.load({ __typename: "Partner", id });
  }

  /** Every member's type and region by id: asked of the directory once per request, however many lists and filters read it. */
  memberProfiles(): Promise<Map<string, DirectoryMemberProfile>> {
    return this.loaders
      .get<string, Map<string, DirectoryMemberProfile>>("directory.memberProfiles", async (keys) => {
        try {
          const profiles = await this.client.memberProfiles({ authorization: this.authorization });
          const byId = new Map(profiles.map((profile) => [profile.id, profile]));
          return keys.map(() => byId);
        } catch (error) {
          const failure =
            error instanceof DirectoryUnavailableError
              ? error
              : new DirectoryUnavailableError(error instanceof Error ? error.message : String(error));
          return keys.map(() => failure);
        }
      })
      .load("all");
  }

  /**
   * Ids of the members of this type and region (sorted), for a `member_id IN (...)`; null when the filter names neither,
   * i.e. when it does not narrow by member at all.
   */
  async memberIdsWhere(filter: MemberProfileFilter): Promise<string[] | null> {
    if (!filter.memberType && !filter.region) return null;
    return memberIdsWhere((await this.memberProfiles()).values(), filter);
  }
}
