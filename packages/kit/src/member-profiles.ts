import type { MemberType, Region } from "./domain.js";
import { type EntityClientOptions, EntityLookupError } from "./entities.js";

/**
 * Members' type and region, as the directory holds them: what the other subgraphs filter by when a list is asked for
 * "members of this type" or "in this region" (issue 10). They read it from the directory's public member list, never
 * from its tables.
 */
export interface MemberProfile {
  id: string;
  type: MemberType;
  region: Region;
}

/** Members of a type and/or region; a field left out does not narrow. */
export interface MemberProfileFilter {
  memberType?: MemberType | null | undefined;
  region?: Region | null | undefined;
}

/** The directory's member list, archived members too (what they did still shows), 100 at a time. */
export const MEMBER_PROFILES_QUERY = `query MemberProfiles($after: String) {
  members(first: 100, after: $after, filter: { includeArchived: true }) {
    edges { node { id type region } }
    pageInfo { hasNextPage endCursor }
  }
}`;

/** Pages of 100 members; more than this many pages means the directory keeps answering the same page. */
const MAX_MEMBER_PAGES = 200;

type MembersPage = {
  members?: { edges: { node: MemberProfile }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
};

/**
 * Every member's type and region, asked of the directory at `options.url` (a few requests for OGP's ~230 members),
 * forwarding the caller's `Authorization` header. Throws `EntityLookupError` when the directory cannot be asked.
 * Cache the answer per request (a `LoaderRegistry` loader) so one request asks once however many filters read it.
 */
export async function fetchMemberProfiles(options: EntityClientOptions, authorization?: string): Promise<MemberProfile[]> {
  const profiles: MemberProfile[] = [];
  let after: string | null = null;
  for (let page = 0; page < MAX_MEMBER_PAGES; page += 1) {
    let response: Response;
    try {
      response = await fetch(options.url, {
        method: "POST",
        headers: { "content-type": "application/json", accept: "application/json", ...(authorization ? { authorization } : {}) },
        body: JSON.stringify({ query: MEMBER_PROFILES_QUERY, variables: { after } }),
        signal: AbortSignal.timeout(options.timeoutMs ?? 5_000),
      });
    } catch (error) {
      throw new EntityLookupError(`member list at ${options.url} failed: ${(error as Error).message}`);
    }
    const body = (await response.json().catch(() => ({}))) as { data?: MembersPage; errors?: { message: string }[] };
    const members = body.data?.members;
    if (!members) {
      throw new EntityLookupError(
        `member list at ${options.url} answered ${response.status}: ${body.errors?.map((e) => e.message).join("; ") ?? "no data"}`,
      );
    }
    for (const edge of members.edges) profiles.push(edge.node);
    if (!members.pageInfo.hasNextPage || !members.pageInfo.endCursor) return profiles;
    after = members.pageInfo.endCursor;
  }
  throw new EntityLookupError(`member list at ${options.url} gave more than ${MAX_MEMBER_PAGES} pages`);
}

/**
 * Ids of the members of this type and region (sorted), for a `member_id IN (...)`: empty when none matches (an empty
 * page, not an error); null when the filter names neither, i.e. does not narrow by member at all.
 */
export function memberIdsWhere(profiles: Iterable<MemberProfile>, filter: MemberProfileFilter): string[] | null {
  if (!filter.memberType && !filter.region) return null;
  return [...profiles]
    .filter((profile) => (!filter.memberType || profile.type === filter.memberType) && (!filter.region || profile.region === filter.region))
    .map((profile) => profile.id)
    .sort();
}
