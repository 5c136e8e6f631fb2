import type { CommitmentReference, MemberReference, ReferenceChecker } from "./reference-checker.js";

/** The directory and the challenge subgraph as unit tests see them: maps the test fills, and a record of each call. */
export class InMemoryReferenceChecker implements ReferenceChecker {
  readonly memberIds = new Set<string>();
  readonly commitmentsById = new Map<string, CommitmentReference>();
  readonly calls: { owner: "directory" | "challenge"; ids: string[]; authorization: string | undefined }[] = [];

  addMember(id: string): MemberReference {
    this.memberIds.add(id);
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
}
