import { graphql } from "../../gql";

/** What starting a session answers, by signing in or by accepting an invitation: the tokens and who signed in. */
export const newSessionFields = graphql(`
  fragment NewSession on SignInPayload {
    accessToken
    accessTokenExpiresAt
    refreshToken
    account {
      id
      role
    }
  }
`);

export const signInMutation = graphql(`
  mutation SignIn($email: String!, $password: String!) {
    signIn(email: $email, password: $password) {
      ...NewSession
    }
  }
`);

export const refreshSessionMutation = graphql(`
  mutation RefreshSession($refreshToken: String!) {
    refreshSession(refreshToken: $refreshToken) {
      accessToken
      accessTokenExpiresAt
      refreshToken
    }
  }
`);

export const signOutMutation = graphql(`
  mutation SignOut {
    signOut
  }
`);

export const viewerQuery = graphql(`
  query Viewer {
    viewer {
      id
      displayName
      role
      email
      memberId
      institutionIds
      partnerId
    }
  }
`);

export const acceptInvitationMutation = graphql(`
  mutation AcceptInvitation($token: String!, $displayName: String!, $password: String!) {
    acceptInvitation(token: $token, displayName: $displayName, password: $password) {
      ...NewSession
    }
  }
`);
