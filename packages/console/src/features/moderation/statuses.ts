import type { NominationStatus, StoryStatus } from "../../gql/graphql";

/** Moderation statuses, in the order a story moves through them. */
export const STORY_STATUSES: readonly StoryStatus[] = ["SUBMITTED", "PUBLISHED", "REJECTED"];
export const NOMINATION_STATUSES: readonly NominationStatus[] = ["SUBMITTED", "ACCEPTED", "REJECTED"];

/** The value if it is one of `allowed` (e.g. from the URL), else null. */
export function oneOf<T extends string>(allowed: readonly T[], value: string | null): T | null {
  return allowed.find((candidate) => candidate === value) ?? null;
}
