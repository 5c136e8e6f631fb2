import { type Logger, transaction } from "@ogc/kit";
import type { DataSource } from "typeorm";
import { addSeconds, DAY, HOUR, iso } from "../shared/clock.js";
import { RefreshToken, Session, SignInThrottle } from "./session.entity.js";

/** Ended or expired sessions are kept this long (to look into an incident), then deleted with their refresh tokens. */
export const ENDED_SESSION_RETENTION_SECONDS = 30 * DAY;
/** A sign-in throttle row (failure count) with no lock in force is forgotten after this long without a failure. */
export const IDLE_THROTTLE_SECONDS = DAY;
/** How often `startIdentity` runs the clean-up. */
export const CLEAN_UP_INTERVAL_MS = HOUR * 1000;

export interface CleanUpResult {
  refreshTokens: number;
  sessions: number;
  throttles: number;
}

/**
 * Deletes what no longer serves a purpose: expired refresh tokens (refused anyway), sessions ended or expired more than
 * 30 days ago (with their tokens), and sign-in failure counts idle for a day whose lock-out, if any, is over. One
 * transaction; not audited (maintenance, not a change anyone made). The audit log is never touched.
 *
 * Trade-off: presenting a refresh token that expired and was deleted reads "not valid" instead of ending its session
 * as a reused token would; such a token could not be used anyway.
 */
export async function cleanUpExpired(dataSource: DataSource, now: Date): Promise<CleanUpResult> {
  const cutoff = iso(addSeconds(now, -ENDED_SESSION_RETENTION_SECONDS));
  const idle = iso(addSeconds(now, -IDLE_THROTTLE_SECONDS));
  return transaction(dataSource, async (manager) => {
    const endedSessions = manager
      .getRepository(Session)
      .createQueryBuilder("session")
      .select("session.id")
      .where(
        "(session.revoked_at IS NOT NULL AND session.revoked_at <= :cutoff) OR (session.revoked_at IS NULL AND session.expires_at <= :cutoff)",
      );
    const tokens = await manager
      .createQueryBuilder()
      .delete()
      .from(RefreshToken)
      .where(`expires_at <= :now OR session_id IN (${endedSessions.getQuery()})`, { now: iso(now), cutoff })
      .execute();
    const sessions = await manager
      .createQueryBuilder()
      .delete()
      .from(Session)
      .where("(revoked_at IS NOT NULL AND revoked_at <= :cutoff) OR (revoked_at IS NULL AND expires_at <= :cutoff)", { cutoff })
      .execute();
    const throttles = await manager
      .createQueryBuilder()
      .delete()
      .from(SignInThrottle)
      .where("updated_at <= :idle AND (locked_until IS NULL OR locked_until <= :now)", { idle, now: iso(now) })
      .execute();
    return { refreshTokens: tokens.affected ?? 0, sessions: sessions.affected ?? 0, throttles: throttles.affected ?? 0 };
  });
}

/**
 * Runs `cleanUpExpired` every `intervalMs` (first run after one interval) on an unref'd timer, so it never keeps the
 * process alive. Failures are logged and retried at the next tick. Returns the function that stops it.
 */
export function scheduleCleanUp(
  dataSource: DataSource,
  logger: Logger,
  now: () => Date = () => new Date(),
  intervalMs = CLEAN_UP_INTERVAL_MS,
): () => void {
  let running = false;
  const timer = setInterval(async () => {
    if (running || !dataSource.isInitialized) return;
    running = true;
    try {
      const deleted = await cleanUpExpired(dataSource, now());
      if (deleted.refreshTokens + deleted.sessions + deleted.throttles > 0) logger.info({ deleted }, "expired sessions and tokens deleted");
    } catch (error) {
      logger.error({ err: error }, "clean-up of expired sessions and tokens failed; retrying at the next interval");
    } finally {
      running = false;
    }
  }, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
