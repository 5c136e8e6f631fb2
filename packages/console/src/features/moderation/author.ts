import type { TFunction } from "i18next";
import type { StoryAuthorKind } from "../../gql/graphql";

interface AuthorLike {
  kind: StoryAuthorKind;
  credit?: string | null;
  partner?: { name: string } | null;
}

/** Who a story is from, in words: the partner, the credited government, the member, or the support unit. */
export function authorName(author: AuthorLike, member: { name: string } | null | undefined, t: TFunction): string {
  if (author.credit) return author.credit;
  if (author.kind === "PARTNER" && author.partner) return author.partner.name;
  if (author.kind === "MEMBER_GOVERNMENT" && member) return member.name;
  return t(`moderation.authorKind.${author.kind}`);
}
