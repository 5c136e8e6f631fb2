import type { CoCreationRole } from "../gql/graphql";

/** What an institution needs to answer a co-creation request, carried in the address the partner sends it. */
export interface AnswerLink {
  link: string;
  version: number;
  commitment: string;
  partner: string;
  role: CoCreationRole;
}

const ROLES: readonly CoCreationRole[] = ["DESIGN", "IMPLEMENTATION", "EVALUATION"];

export function answerPath(answer: AnswerLink): string {
  const params = new URLSearchParams({
    link: answer.link,
    version: String(answer.version),
    commitment: answer.commitment,
    partner: answer.partner,
    role: answer.role,
  });
  return `/co-creation/answer?${params.toString()}`;
}

export function parseAnswer(params: URLSearchParams): AnswerLink | null {
  const link = params.get("link");
  const version = Number(params.get("version"));
  const commitment = params.get("commitment");
  const partner = params.get("partner");
  const role = ROLES.find((r) => r === params.get("role"));
  if (!link || !Number.isInteger(version) || !commitment || !partner || !role) return null;
  return { link, version, commitment, partner, role };
}
