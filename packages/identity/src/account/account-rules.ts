import { BadUserInputError, msg, Role } from "@ogc/kit";

/** The organisations an account acts for (DOMAIN.md, Actors); which ones apply depends on the role. */
export interface AccountScope {
  memberId: string | null;
  institutionIds: string[];
  partnerId: string | null;
}

export const EMAIL_MAX_LENGTH = 254;
export const DISPLAY_NAME_MAX_LENGTH = 200;

// Deliberately loose: one @, no spaces, a dot in the domain. Whether the mailbox exists is the invitation's job.
const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The e-mail as given (trimmed) and its lower-case key: e-mails are unique whatever their case. */
export function normaliseEmail(email: string, field = "email"): { email: string; emailKey: string } {
  const trimmed = email.trim();
  if (trimmed.length > EMAIL_MAX_LENGTH || !EMAIL_PATTERN.test(trimmed)) {
    throw new BadUserInputError("Enter a valid e-mail address, like name@example.org.", field);
  }
  return { email: trimmed, emailKey: trimmed.toLowerCase() };
}

/** The lookup key of an e-mail typed at sign-in; never fails, so malformed input is just "wrong". */
export function emailKeyOf(email: string): string {
  return email.trim().toLowerCase();
}

export function checkDisplayName(displayName: string, field = "displayName"): string {
  const trimmed = displayName.trim();
  if (trimmed.length === 0) throw new BadUserInputError("Enter a display name.", field);
  if (trimmed.length > DISPLAY_NAME_MAX_LENGTH) {
    throw new BadUserInputError(msg`A display name has at most ${DISPLAY_NAME_MAX_LENGTH} characters.`, field);
  }
  return trimmed;
}

function cleanId(id: string | null | undefined): string | null {
  const trimmed = id?.trim();
  return trimmed ? trimmed : null;
}

/**
 * The scope a role needs, and nothing more: an INSTITUTION_OFFICER acts for one member and one or more of its
 * institutions, a PARTNER_EDITOR for one partner; other roles have no scope. `path` prefixes the offending field.
 */
export function checkScope(
  role: Role,
  scope: { memberId?: string | null; institutionIds?: string[] | null; partnerId?: string | null },
  path = "",
): AccountScope {
  const memberId = cleanId(scope.memberId);
  const institutionIds = [...new Set((scope.institutionIds ?? []).map(cleanId).filter((id): id is string => id !== null))];
  const partnerId = cleanId(scope.partnerId);
  switch (role) {
    case Role.INSTITUTION_OFFICER:
      if (!memberId) throw new BadUserInputError("An institution officer acts for one member: give its id.", `${path}memberId`);
      if (institutionIds.length === 0) {
        throw new BadUserInputError("An institution officer acts for at least one institution: give their ids.", `${path}institutionIds`);
      }
      if (partnerId) throw new BadUserInputError("An institution officer has no partner.", `${path}partnerId`);
      return { memberId, institutionIds, partnerId: null };
    case Role.PARTNER_EDITOR:
      if (!partnerId) throw new BadUserInputError("A partner editor edits for one partner: give its id.", `${path}partnerId`);
      if (memberId || institutionIds.length > 0) {
        throw new BadUserInputError("A partner editor acts for a partner, not for a member or institutions.", `${path}memberId`);
      }
      return { memberId: null, institutionIds: [], partnerId };
    default:
      if (memberId || institutionIds.length > 0 || partnerId) {
        throw new BadUserInputError(msg`The role ${role} has no member, institution or partner scope.`, `${path}role`);
      }
      return { memberId: null, institutionIds: [], partnerId: null };
  }
}
