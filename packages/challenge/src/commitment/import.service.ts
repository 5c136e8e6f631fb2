import { Actor, runUpsert, type UpsertResult } from "@ogc/kit";
import type { DataSource } from "typeorm";
import type { DirectoryReader } from "../directory/directory-client.js";
import { type UpsertOptions, upsertSource } from "../shared/validation.js";
import { type CommitmentUpsertDraft, commitmentUpsert, type MilestoneUpsertDraft, milestoneUpsert } from "./commitment.upsert.js";

/** Batch upserts of the importer, keyed by OGP ids: all rows of a batch or none. */
export class ImportService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly actor: Actor,
    private readonly directory: DirectoryReader,
  ) {}

  async commitments(rows: readonly CommitmentUpsertDraft[], options: UpsertOptions = {}): Promise<UpsertResult> {
    const note = upsertSource(options.source);
    return runUpsert(this.dataSource, this.actor, commitmentUpsert(this.actor, this.directory, note), rows, { dryRun: options.dryRun });
  }

  async milestones(rows: readonly MilestoneUpsertDraft[], options: UpsertOptions = {}): Promise<UpsertResult> {
    const note = upsertSource(options.source) ?? "Imported";
    return runUpsert(this.dataSource, this.actor, milestoneUpsert(this.actor, note), rows, { dryRun: options.dryRun });
  }
}
