import {
  Actor,
  type AuditSpec,
  alignByKey,
  BadUserInputError,
  ConflictError,
  editRecord,
  freshRecord,
  insertAudited,
  type LoaderRegistry,
  msg,
  now,
  requireViewer,
  transaction,
} from "@ogc/kit";
import { type DataSource, In } from "typeorm";
import { isoDate, requiredText, type TextMessages } from "../shared/validation.js";
import { AWARD_CYCLE_FIELDS, AwardCycle, AwardCycleStatus } from "./award-cycle.entity.js";

export const AWARD_CYCLE_AUDIT: AuditSpec<AwardCycle> = { entityType: "AwardCycle", fields: AWARD_CYCLE_FIELDS };

const CYCLE_NAME: TextMessages = {
  required: msg`The cycle's name is required.`,
  tooLong: (max) => msg`The cycle's name is longer than ${max} characters.`,
};

/** Award cycles: public reads, writes by the support unit, audited in the same transaction. */
export class AwardCycleService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly loaders: LoaderRegistry,
    private readonly actor: Actor,
  ) {}

  byId(id: string): Promise<AwardCycle | null> {
    return this.loaders
      .get<string, AwardCycle | null>("awardCycle.byId", async (ids) => {
        const rows = await this.dataSource.getRepository(AwardCycle).findBy({ id: In([...ids]) });
        return alignByKey(ids, rows, (row) => row.id);
      })
      .load(id);
  }

  /** Every cycle, latest opening first. */
  list(): Promise<AwardCycle[]> {
    return this.dataSource.getRepository(AwardCycle).find({ order: { opensOn: "DESC", id: "DESC" } });
  }

  open(input: { name: string; opensOn: string; closesOn: string }): Promise<AwardCycle> {
    const viewer = requireViewer(this.actor.viewer);
    const opensOn = isoDate(
      input.opensOn,
      "opensOn",
      (value) => msg`The opening date must be a calendar date written YYYY-MM-DD, not "${value}".`,
    );
    const closesOn = isoDate(
      input.closesOn,
      "closesOn",
      (value) => msg`The closing date must be a calendar date written YYYY-MM-DD, not "${value}".`,
    );
    if (closesOn <= opensOn) throw new BadUserInputError("The closing date must come after the opening date.", "closesOn");
    const cycle = Object.assign(new AwardCycle(), freshRecord(), {
      name: requiredText(input.name, "name", CYCLE_NAME, 200),
      opensOn,
      closesOn,
      status: AwardCycleStatus.OPEN,
      openedBy: viewer.accountId,
      closedBy: null,
      closedAt: null,
    });
    return transaction(this.dataSource, (manager) =>
      insertAudited(manager, AwardCycle, cycle, AWARD_CYCLE_AUDIT, this.actor, "openAwardCycle"),
    );
  }

  close(key: { id: string; version: number }): Promise<AwardCycle> {
    const viewer = requireViewer(this.actor.viewer);
    return transaction(this.dataSource, (manager) =>
      editRecord(manager, AwardCycle, key, AWARD_CYCLE_AUDIT, this.actor, "closeAwardCycle", (existing) => {
        if (existing.status === AwardCycleStatus.CLOSED) throw new ConflictError("This award cycle is already closed.", { field: "id" });
        return Object.assign(new AwardCycle(), existing, { status: AwardCycleStatus.CLOSED, closedBy: viewer.accountId, closedAt: now() });
      }),
    );
  }
}
