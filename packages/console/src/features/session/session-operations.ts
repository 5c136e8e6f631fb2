import { graphql } from "../../gql";

export const signInMutation = graphql(`
  mutation SignIn($email: String!, $password: String!) {
    signIn(email: $email, password: $password) {
      accessToken
      accessTokenExpiresAt
      refreshToken
      account {
        id
        role
      }
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
      accessToken
      accessTokenExpiresAt
      refreshToken
      account {
        id
        role
      }
    }
  }
`);
