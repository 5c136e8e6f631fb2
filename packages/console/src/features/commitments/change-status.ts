import { graphql } from "../../gql";

/**
 * Moves a commitment along its lifecycle (submit, start the review, conclude, start and complete implementation,
 * withdraw): the one operation every page that does so sends.
 */
export const changeCommitmentStatusMutation = graphql(`
  mutation ChangeCommitmentStatus($input: ChangeCommitmentStatusInput!) {
    changeCommitmentStatus(input: $input) {
      id
      version
      status
    }
  }
`);
