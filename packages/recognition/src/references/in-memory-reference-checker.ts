import { type MemberProfile, MemberType, Region } from "@ogc/kit";
import type { CommitmentReference, MemberReference, ReferenceChecker } from "./reference-checker.js";

/** The directory and the challenge subgraph as unit tests see them: maps the test fills, and a record of each call. */
export class InMemoryReferenceChecker implements ReferenceChecker {
  readonly memberIds = new Set<string>();
  /** Each member's type and region (NATIONAL in EUROPE unless `addMember` says otherwise). */
  readonly profiles = new Map<string, MemberProfile>();
  readonly commitmentsById = new Map<string, CommitmentReference>();
  /** Every request made; `list` marks a read of the directory's whole member list rather than of some ids. */
  readonly calls: { owner: "directory" | "challenge"; ids: string[]; authorization: string | undefined; list?: "members" }[] = [];

  addMember(id: string, profile: { type?: MemberType; region?: Region } = {}): MemberReference {
    this.memberIds.add(id);
    this.profiles.set(id, { id, type: profile.type ?? MemberType.NATIONAL, region: profile.region ?? Region.EUROPE });
    return { id };
  }

  addCommitment(commitment: CommitmentReference): CommitmentReference {
    this.commitmentsById.set(commitment.id, commitment);
    return commitment;
  }

  async members(ids: readonly string[], authorization?: string): Promise<(MemberReference | null)[]> {
    this.calls.push({ owner: "directory", ids: [...ids], authorization });
    return ids.map((id) => (this.memberIds.has(id) ? { id } : null));
  }

  async commitments(ids: readonly string[], authorization?: string): Promise<(CommitmentReference | null)[]> {
    this.calls.push({ owner: "challenge", ids: [...ids], authorization });
    return ids.map((id) => {
      const commitment = this.commitmentsById.get(id);
      return commitment ? structuredClone(commitment) : null;
    });
  }

  async memberProfiles(authorization?: string): Promise<MemberProfile[]> {
    this.calls.push({ owner: "directory", ids: [], authorization, list: "members" });
    return [...this.profiles.values()].map((profile) => ({ ...profile }));
  }
}
