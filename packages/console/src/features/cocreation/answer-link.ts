/**
 * Which request an institution is asked to answer, carried in the address the partner sends it. The link's status,
 * version and role are read from the API when the address is opened: an address sent days ago would carry stale ones.
 */
export interface AnswerLink {
  link: string;
  commitment: string;
  partner: string;
}

export function answerPath(answer: AnswerLink): string {
  const params = new URLSearchParams({ link: answer.link, commitment: answer.commitment, partner: answer.partner });
  return `/co-creation/answer?${params.toString()}`;
}

/** The request an address names; addresses sent before also carried `version` and `role`, which are ignored. */
export function parseAnswer(params: URLSearchParams): AnswerLink | null {
  const link = params.get("link");
  const commitment = params.get("commitment");
  const partner = params.get("partner");
  if (!link || !commitment || !partner) return null;
  return { link, commitment, partner };
}
