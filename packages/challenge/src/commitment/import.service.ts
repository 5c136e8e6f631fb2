import { Actor, runUpsert, type UpsertResult } from "@ogc/kit";
import type { DataSource } from "typeorm";
import type { DirectoryReader } from "../directory/directory-client.js";
import { type CommitmentUpsertDraft, commitmentUpsert, type MilestoneUpsertDraft, milestoneUpsert } from "./commitment.upsert.js";

/** Batch upserts of the importer, keyed by OGP ids: all rows of a batch or none. */
export class ImportService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly actor: Actor,
    private readonly directory: DirectoryReader,
  ) {}

  commitments(rows: readonly CommitmentUpsertDraft[], options: { dryRun?: boolean | null } = {}): Promise<UpsertResult> {
    return runUpsert(this.dataSource, this.actor, commitmentUpsert(this.actor, this.directory), rows, options);
  }

  milestones(rows: readonly MilestoneUpsertDraft[], options: { dryRun?: boolean | null } = {}): Promise<UpsertResult> {
    return runUpsert(this.dataSource, this.actor, milestoneUpsert(this.actor), rows, options);
  }
}
