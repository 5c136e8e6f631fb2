import { SetContextLink } from "@apollo/client/link/context";
import { accessToken } from "./refresh";
import type { SessionStore } from "./session-store";

/** Adds `Authorization: Bearer <access token>` to every operation while signed in, refreshing the token first if due. */
export function authLink(store: SessionStore): SetContextLink {
  return new SetContextLink(async (previous) => {
    const token = await accessToken(store);
    if (!token) return {};
    return { headers: { ...previous.headers, authorization: `Bearer ${token}` } };
  });
}
