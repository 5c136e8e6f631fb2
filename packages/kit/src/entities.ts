/**
 * Reads entities another subgraph owns, the way the gateway does: one `_entities` request per batch, forwarding the
 * caller's token. A subgraph checks a reference against its owner when it writes it (DESIGN.md) with this, never by
 * reading the owner's tables.
 */

export class EntityLookupError extends Error {
  override readonly name = "EntityLookupError";
}

export interface EntityClientOptions {
  /** The owning subgraph's GraphQL endpoint, e.g. `http://localhost:4002/graphql`. */
  url: string;
  timeoutMs?: number;
}

export interface EntityClient {
  /**
   * The entities of `typename` with these keys, in the same order, `null` where the owner knows none.
   * `selection` is the fields to read, e.g. `id archived member { id }`.
   */
  fetch<T>(typename: string, keys: readonly Record<string, unknown>[], selection: string, authorization?: string): Promise<(T | null)[]>;
}

export function createEntityClient(options: EntityClientOptions): EntityClient {
  return {
    async fetch<T>(typename: string, keys: readonly Record<string, unknown>[], selection: string, authorization?: string) {
      if (keys.length === 0) return [];
      if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(typename)) throw new EntityLookupError(`"${typename}" is not a type name`);
      const query = `query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on ${typename} { ${selection} } } }`;
      let response: Response;
      try {
        response = await fetch(options.url, {
          method: "POST",
          headers: { "content-type": "application/json", ...(authorization ? { authorization } : {}) },
          body: JSON.stringify({ query, variables: { representations: keys.map((key) => ({ __typename: typename, ...key })) } }),
          signal: AbortSignal.timeout(options.timeoutMs ?? 5_000),
        });
      } catch (error) {
        throw new EntityLookupError(`${typename} lookup at ${options.url} failed: ${(error as Error).message}`);
      }
      const body = (await response.json().catch(() => ({}))) as { data?: { _entities?: (T | null)[] }; errors?: { message: string }[] };
      const entities = body.data?._entities;
      if (!entities || entities.length !== keys.length) {
        throw new EntityLookupError(
          `${typename} lookup at ${options.url} answered ${response.status}: ${body.errors?.map((e) => e.message).join("; ") ?? "no data"}`,
        );
      }
      // The owner answers null, or an object without the selected fields, for a key it does not know.
      return entities.map((entity) => (entity && Object.keys(entity).length > 0 ? entity : null));
    },
  };
}
