import { createEntityClient, type EntityClient, type Role, ServiceUnavailableError } from "@ogc/kit";

/** What the challenge subgraph needs to know of an identity account: who may facilitate a coordination case. */
export interface IdentityAccount {
  id: string;
  role: Role;
  /** `AccountStatus`: ACTIVE, or DISABLED (cannot sign in). */
  status: string;
}

/**
 * The identity subgraph, as the challenge subgraph asks it about accounts it references (DESIGN.md: a reference is
 * checked against its owner when written). `null` where no account has the id.
 */
export interface AccountDirectory {
  accounts(ids: readonly string[], authorization?: string): Promise<(IdentityAccount | null)[]>;
}

/**
 * The identity service could not be asked: the write that needs it is refused, with a message the caller can act on.
 * The cause (which may name internal addresses) stays in `cause`, for the logs, not in the message.
 */
export class IdentityUnavailableError extends ServiceUnavailableError {
  constructor(readonly detail: string) {
    super("The identity service could not be asked to check the account, so nothing was saved; try again in a minute.");
  }
}

/** Asks the identity subgraph's `_entities` over HTTP (`IDENTITY_URL`), forwarding the caller's Authorization header. */
export class HttpAccountDirectory implements AccountDirectory {
  private readonly client: EntityClient;
  constructor(url: string, timeoutMs = 5_000) {
    this.client = createEntityClient({ url, timeoutMs });
  }

  async accounts(ids: readonly string[], authorization?: string): Promise<(IdentityAccount | null)[]> {
    try {
      return await this.client.fetch<IdentityAccount>(
        "Account",
        ids.map((id) => ({ id })),
        "id role status",
        authorization,
      );
    } catch (error) {
      throw new IdentityUnavailableError(error instanceof Error ? error.message : String(error));
    }
  }
}

/** Accounts held in memory, for tests and tools; counts the requests it gets. */
export class InMemoryAccountDirectory implements AccountDirectory {
  readonly byId = new Map<string, IdentityAccount>();
  requests = 0;
  /** Set to make every request fail, as an unreachable identity service would. */
  unavailable = false;
  /** Authorization headers received, in order. */
  readonly authorizations: (string | undefined)[] = [];

  add(id: string, role: Role, status = "ACTIVE"): IdentityAccount {
    const account = { id, role, status };
    this.byId.set(id, account);
    return account;
  }

  async accounts(ids: readonly string[], authorization?: string): Promise<(IdentityAccount | null)[]> {
    this.requests += 1;
    this.authorizations.push(authorization);
    if (this.unavailable) throw new IdentityUnavailableError("identity unavailable");
    return ids.map((id) => this.byId.get(id) ?? null);
  }
}
