import { BadUserInputError, ConflictError, isUniqueViolation, msg, now } from "@ogc/kit";
import type { DataSource, EntityManager, EntityTarget, FindOptionsWhere, ObjectLiteral } from "typeorm";
import { IdempotencyKey } from "../commitment/commitment.entity.js";

/**
 * One create mutation called with an idempotency key (unique per account): a retry, even one racing the first call,
 * returns what the first call made instead of making it twice. Without a key, every call creates.
 */
export class IdempotentCall<T extends ObjectLiteral & { id: string }> {
  private readonly key: string | null;

  constructor(
    private readonly dataSource: DataSource,
    private readonly target: EntityTarget<T>,
    private readonly operation: string,
    private readonly accountId: string,
    key: string | null | undefined,
  ) {
    this.key = key?.trim() || null;
    if (this.key !== null && this.key.length > 100) {
      throw new BadUserInputError("The idempotency key is longer than 100 characters.", "idempotencyKey");
    }
  }

  /** What an earlier call with this key made, if any. */
  replay(manager: EntityManager = this.dataSource.manager): Promise<T | null> {
    return this.find(manager);
  }

  private async find(manager: EntityManager): Promise<T | null> {
    if (!this.key) return null;
    const stored = await manager.getRepository(IdempotencyKey).findOneBy({ accountId: this.accountId, key: this.key });
    if (!stored) return null;
    if (stored.operation !== this.operation) {
      throw new ConflictError(msg`This idempotency key was already used for ${stored.operation}: use a new key for each new call.`, {
        field: "idempotencyKey",
      });
    }
    return manager.getRepository(this.target).findOneBy({ id: stored.resultId } as FindOptionsWhere<T>);
  }

  /** Remembers the key with what this call made, in the caller's transaction. */
  async remember(manager: EntityManager, resultId: string): Promise<void> {
    if (!this.key) return;
    await manager.insert(IdempotencyKey, {
      accountId: this.accountId,
      key: this.key,
      operation: this.operation,
      resultId,
      createdAt: now(),
    });
  }

  /** Runs the transaction that creates; when a racing call with the same key committed first, answers with its result. */
  async guard(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      if (!this.key || !isUniqueViolation(error)) throw error;
      const first = await this.find(this.dataSource.manager);
      if (first) return first;
      throw error;
    }
  }
}
