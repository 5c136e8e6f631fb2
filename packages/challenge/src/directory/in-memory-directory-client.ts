import { MemberType, Region } from "@ogc/kit";
import type {
  DirectoryActionPlan,
  DirectoryClient,
  DirectoryEntity,
  DirectoryInstitution,
  DirectoryMember,
  DirectoryMemberProfile,
  DirectoryPartner,
  DirectoryRef,
} from "./directory-client.js";

/**
 * A directory held in memory, for tests and tools: it answers like the directory's `_entities` and counts the
 * requests it gets, so tests can check that one check makes one request.
 */
export class InMemoryDirectoryClient implements DirectoryClient {
  readonly members = new Map<string, DirectoryMember>();
  /** Each member's type and region (NATIONAL in EUROPE unless `addMember` says otherwise). */
  readonly profiles = new Map<string, DirectoryMemberProfile>();
  readonly institutions = new Map<string, DirectoryInstitution>();
  readonly actionPlans = new Map<string, DirectoryActionPlan>();
  readonly partners = new Map<string, DirectoryPartner>();
  requests = 0;
  /** Set to make every request fail, as an unreachable directory would. */
  unavailable = false;
  /** Authorization headers received, in order. */
  readonly authorizations: (string | undefined)[] = [];

  addMember(
    id: string,
    ogpCode: string,
    archived = false,
    profile: { type?: MemberType; region?: Region; status?: string } = {},
  ): DirectoryMember {
    const member: DirectoryMember = { __typename: "Member", id, ogpCode, archived, memberStatus: profile.status ?? "ACTIVE" };
    this.members.set(id, member);
    this.profiles.set(id, { id, type: profile.type ?? MemberType.NATIONAL, region: profile.region ?? Region.EUROPE });
    return member;
  }

  addInstitution(id: string, memberId: string, options: { archived?: boolean; branch?: string } = {}): DirectoryInstitution {
    const institution: DirectoryInstitution = {
      __typename: "Institution",
      id,
      archived: options.archived ?? false,
      branch: options.branch ?? "EXECUTIVE",
      member: { id: memberId },
    };
    this.institutions.set(id, institution);
    return institution;
  }

  addActionPlan(
    plan: Omit<DirectoryActionPlan, "__typename" | "member" | "archived"> & { memberId: string; archived?: boolean },
  ): DirectoryActionPlan {
    const { memberId, archived, ...rest } = plan;
    const stored: DirectoryActionPlan = { __typename: "ActionPlan", ...rest, archived: archived ?? false, member: { id: memberId } };
    this.actionPlans.set(plan.id, stored);
    return stored;
  }

  addPartner(id: string, archived = false): DirectoryPartner {
    const partner: DirectoryPartner = { __typename: "Partner", id, archived };
    this.partners.set(id, partner);
    return partner;
  }

  async resolve(refs: readonly DirectoryRef[], options: { authorization?: string | undefined } = {}): Promise<(DirectoryEntity | null)[]> {
    this.requests += 1;
    this.authorizations.push(options.authorization);
    if (this.unavailable) throw new Error("directory unavailable");
    return refs.map((ref) => {
      if (ref.__typename === "Member") {
        if ("id" in ref) return this.members.get(ref.id) ?? null;
        return [...this.members.values()].find((member) => member.ogpCode === ref.ogpCode) ?? null;
      }
      if (ref.__typename === "Institution") return this.institutions.get(ref.id) ?? null;
      if (ref.__typename === "Partner") return this.partners.get(ref.id) ?? null;
      if ("id" in ref) return this.actionPlans.get(ref.id) ?? null;
      return [...this.actionPlans.values()].find((plan) => plan.ogpId === ref.ogpId) ?? null;
    });
  }

  async memberProfiles(options: { authorization?: string | undefined } = {}): Promise<DirectoryMemberProfile[]> {
    this.requests += 1;
    this.authorizations.push(options.authorization);
    if (this.unavailable) throw new Error("directory unavailable");
    return [...this.profiles.values()];
  }
}
