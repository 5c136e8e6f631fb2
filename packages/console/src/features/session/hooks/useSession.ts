import { CombinedGraphQLErrors } from "@apollo/client/errors";
import { useApolloClient, useMutation, useQuery } from "@apollo/client/react";
import { useCallback, useSyncExternalStore } from "react";
import type { Role } from "../../../gql/graphql";
import { type ApiProblem, toApiProblem } from "../../errors/api-problem";
import { toTokens } from "../refresh";
import { acceptInvitationMutation, signInMutation, signOutMutation, viewerQuery } from "../session-operations";
import { sessionStore } from "../session-store";

export type SignInResult = { kind: "signedIn"; role: Role } | SignInFailure;
export type SignInFailure = { kind: "credentials" } | { kind: "locked"; retryAt: string | null } | { kind: "other"; message: string };
/** Accepting an invitation signs the new account in, or fails with what the API said (a field's error, a spent token...). */
export type AcceptInvitationResult = { kind: "signedIn"; role: Role } | { kind: "failed"; problem: ApiProblem };

/** The signed-in account (`viewer`) and the actions that change it. */
export function useSession() {
  useSyncExternalStore(sessionStore.subscribe, sessionStore.snapshot);
  const signedIn = sessionStore.signedIn;
  const client = useApolloClient();
  const { data, loading } = useQuery(viewerQuery, { skip: !signedIn, fetchPolicy: "cache-and-network" });
  const [signInRequest] = useMutation(signInMutation);
  const [signOutRequest] = useMutation(signOutMutation);
  const [acceptRequest] = useMutation(acceptInvitationMutation);

  const start = useCallback(
    async (tokens: Parameters<typeof toTokens>[0]) => {
      // Someone else was signed in here: end that session first (on the server too), so no tab goes on as them.
      if (sessionStore.signedIn) {
        await signOutRequest().catch(() => undefined);
        sessionStore.set(null);
      }
      sessionStore.set(toTokens(tokens));
      // Everything read so far was read anonymously: read it again as the signed-in account.
      await client.resetStore();
    },
    [client, signOutRequest],
  );

  const signIn = useCallback(
    async (email: string, password: string): Promise<SignInResult> => {
      try {
        const result = await signInRequest({ variables: { email, password } });
        if (!result.data) return { kind: "other", message: "" };
        await start(result.data.signIn);
        return { kind: "signedIn", role: result.data.signIn.account.role };
      } catch (error) {
        const first = CombinedGraphQLErrors.is(error) ? error.errors[0] : undefined;
        const code = first?.extensions?.code;
        if (code === "UNAUTHENTICATED") return { kind: "credentials" };
        if (code === "RATE_LIMITED") return { kind: "locked", retryAt: (first?.extensions?.retryAt as string | undefined) ?? null };
        return { kind: "other", message: first?.message ?? "" };
      }
    },
    [start, signInRequest],
  );

  const acceptInvitation = useCallback(
    async (token: string, displayName: string, password: string): Promise<AcceptInvitationResult> => {
      try {
        const result = await acceptRequest({ variables: { token, displayName, password } });
        if (!result.data) return { kind: "failed", problem: { kind: "server", message: "" } };
        await start(result.data.acceptInvitation);
        return { kind: "signedIn", role: result.data.acceptInvitation.account.role };
      } catch (error) {
        return { kind: "failed", problem: toApiProblem(error) };
      }
    },
    [start, acceptRequest],
  );

  const signOut = useCallback(async () => {
    // Ending the session on the server revokes its tokens; the local session ends whatever the server says.
    await signOutRequest().catch(() => undefined);
    sessionStore.set(null);
    await client.clearStore();
  }, [client, signOutRequest]);

  return { signedIn, viewer: data?.viewer ?? null, loading: signedIn && loading && !data, signIn, signOut, acceptInvitation };
}
