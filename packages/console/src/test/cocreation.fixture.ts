/** An active co-creation link of a commitment, as the commitment pages read it. */
export const activeCoCreator = {
  __typename: "CoCreationLink" as const,
  id: "link-1",
  version: 2,
  role: "EVALUATION" as const,
  status: "ACTIVE" as const,
  partner: { __typename: "Partner" as const, id: "p1", name: "Open Courts Watch" },
};
