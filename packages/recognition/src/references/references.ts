import { BadUserInputError, type LoaderRegistry, type MemberProfile, type MemberProfileFilter, memberIdsWhere, msg } from "@ogc/kit";
import type { CommitmentReference, ReferenceChecker } from "./reference-checker.js";

/** Commitment statuses that show the reform was adopted and is being, or has been, implemented by its government. */
export const NOMINABLE_COMMITMENT_STATUSES: readonly string[] = ["IN_PROGRESS", "COMPLETED"];

/** The reference checks and directory reads one request makes, with the caller's token forwarded to the owners. */
export class References {
  constructor(
    private readonly checker: ReferenceChecker,
    private readonly loaders: LoaderRegistry,
    private readonly authorization: string | undefined,
  ) {}

  /**
   * Ids of the directory members of this type and region (sorted; empty when none), null when the filter names neither.
   * The directory's member list is asked for at most once per request, however many filters read it.
   */
  async memberIdsWhere(filter: MemberProfileFilter): Promise<string[] | null> {
    if (!filter.memberType && !filter.region) return null;
    const profiles = await this.loaders
      .get<string, MemberProfile[]>("directory.memberProfiles", async (keys) => {
        const all = await this.checker.memberProfiles(this.authorization);
        return keys.map(() => all);
      })
      .load("all");
    return memberIdsWhere(profiles, filter);
  }

  /** BAD_USER_INPUT on `field` unless the directory knows this member. */
  async requireMember(memberId: string, field = "memberId"): Promise<void> {
    const [member] = await this.checker.members([memberId], this.authorization);
    if (!member) throw new BadUserInputError(msg`There is no OGP member with the id ${memberId} in the directory.`, field);
  }

  /**
   * DOMAIN.md rule 10: a nomination stands only where the reform was adopted and implemented by that government. Every
   * commitment must exist, belong to `memberId`, and be IN_PROGRESS or COMPLETED; the first that is not is refused
   * with BAD_USER_INPUT on `field`, saying which commitment and why.
   */
  async requireNominableCommitments(
    memberId: string,
    commitmentIds: readonly string[],
    field = "commitmentIds",
  ): Promise<CommitmentReference[]> {
    const found = await this.checker.commitments(commitmentIds, this.authorization);
    return commitmentIds.map((id, index) => {
      const commitment = found[index];
      if (!commitment) {
        throw new BadUserInputError(
          msg`There is no commitment with the id ${id} that you can see: it does not exist, or it is still a draft only its institution sees (a nomination needs a commitment IN_PROGRESS or COMPLETED).`,
          field,
        );
      }
      const label = commitment.ogpId ?? commitment.id;
      if (commitment.member.id !== memberId) {
        throw new BadUserInputError(
          msg`${label} belongs to another member: a government can only be nominated for its own reforms.`,
          field,
        );
      }
      if (!NOMINABLE_COMMITMENT_STATUSES.includes(commitment.status)) {
        throw new BadUserInputError(
          msg`${label} is still in ${commitment.status}: a nomination stands only for a reform the government has adopted and is implementing (IN_PROGRESS) or has completed (COMPLETED).`,
          field,
        );
      }
      return commitment;
    });
  }
}
