import { endCoCreationMutation } from "../features/cocreation/components/EndCoCreation";

/** An active co-creation link of a commitment, as the commitment pages read it. */
export const activeCoCreator = {
  __typename: "CoCreationLink" as const,
  id: "link-1",
  version: 2,
  role: "EVALUATION" as const,
  status: "ACTIVE" as const,
  partner: { __typename: "Partner" as const, id: "p1", name: "Open Courts Watch" },
};

/** The API's answer when the active co-creator's link is ended with `reason`. */
export function endedCoCreator(reason: string) {
  return {
    request: { query: endCoCreationMutation, variables: { input: { id: activeCoCreator.id, version: activeCoCreator.version, reason } } },
    result: {
      data: {
        endCoCreation: { __typename: "CoCreationLink" as const, id: activeCoCreator.id, version: 3, status: "ENDED" as const, reason },
      },
    },
  };
}
