/**
 * The last day of the Open Gov Challenge (2023-2028). A commitment planned to end later is allowed but flagged to the
 * support unit (DOMAIN rule 8); the API's `Commitment.endsAfterChallenge` compares with the same day.
 */
export const CHALLENGE_ENDS_ON = "2028-03-31";

/** True for a planned end (YYYY-MM-DD) after the challenge's last day; false for none. */
export function endsAfterChallenge(endDate: string | null | undefined): boolean {
  return Boolean(endDate) && (endDate ?? "") > CHALLENGE_ENDS_ON;
}
