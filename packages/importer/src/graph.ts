/** The importer is a client of the graph: everything it reads and writes goes through the gateway, as its account. */

export interface GraphClient {
  request<T>(query: string, variables?: Record<string, unknown>): Promise<T>;
}

export class GraphError extends Error {
  constructor(
    message: string,
    readonly code: string | null,
  ) {
    super(message);
    this.name = "GraphError";
  }
}

export interface GraphClientOptions {
  /** The gateway's GraphQL endpoint, e.g. http://localhost:4000/graphql. */
  url: string;
  /** An access token of a support-unit account. */
  token?: string | null;
  /** The `Accept-Language` to send, so that the graph's messages (refusals, batch summaries) are in that language. */
  acceptLanguage?: string | null;
  fetch?: typeof fetch;
}

export function createGraphClient({ url, token, acceptLanguage, fetch: fetcher = fetch }: GraphClientOptions): GraphClient {
  return {
    async request<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
      let response: Response;
      try {
        response = await fetcher(url, {
          method: "POST",
          headers: {
            "content-type": "application/json",
            ...(token ? { authorization: `Bearer ${token}` } : {}),
            ...(acceptLanguage ? { "accept-language": acceptLanguage } : {}),
          },
          body: JSON.stringify({ query, variables }),
        });
      } catch (error) {
        throw new GraphError(`Cannot reach the gateway at ${url}: ${(error as Error).message}`, "UNREACHABLE");
      }
      const text = await response.text();
      let body: { data?: T; errors?: { message: string; extensions?: { code?: string } }[] };
      try {
        body = JSON.parse(text);
      } catch {
        throw new GraphError(`The gateway at ${url} answered ${response.status} without GraphQL: ${text.slice(0, 200)}`, null);
      }
      const first = body.errors?.[0];
      if (first) throw new GraphError(body.errors?.map((error) => error.message).join("; ") ?? "", first.extensions?.code ?? null);
      if (!body.data) throw new GraphError(`The gateway at ${url} answered ${response.status} without data.`, null);
      return body.data;
    },
  };
}

/** Signs in with an e-mail and a password and returns an access token. */
export async function signIn(url: string, email: string, password: string, fetcher: typeof fetch = fetch): Promise<string> {
  const graph = createGraphClient({ url, fetch: fetcher });
  const data = await graph.request<{ signIn: { accessToken: string } }>(
    "mutation ($email: String!, $password: String!) { signIn(email: $email, password: $password) { accessToken } }",
    { email, password },
  );
  return data.signIn.accessToken;
}
