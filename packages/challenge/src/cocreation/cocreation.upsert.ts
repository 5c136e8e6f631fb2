import { randomUUID } from "node:crypto";
import { Actor, BadUserInputError, changesOf, chunks, forUpdate, freshRecord, msg, now, type UpsertSpec } from "@ogc/kit";
import { In } from "typeorm";
import type { QueryDeepPartialEntity } from "typeorm/query-builder/QueryPartialEntity.js";
import { Commitment } from "../commitment/commitment.entity.js";
import type { DirectoryPartner, DirectoryReader } from "../directory/directory-client.js";
import { CommitmentEventKind } from "../history/commitment-event.entity.js";
import { recordEvents } from "../history/history.service.js";
import { enumValue, requiredText } from "../shared/validation.js";
import { CoCreationEvent, CoCreationLink, CoCreationRole, CoCreationStatus } from "./cocreation.entity.js";
import { LINK_AUDIT } from "./cocreation.service.js";

/** One co-creation link an import found (the action plan names the partner as supporting), keyed by commitment, partner and role. */
export interface CoCreationLinkUpsertDraft {
  commitmentOgpId?: string | null;
  partnerId?: string | null;
  role?: CoCreationRole | string | null;
}

interface CoCreationLinkUpsertContext {
  commitments: Map<string, Commitment>;
  /** Per commitment id, partner and role: the live (REQUESTED or ACTIVE) link, else the latest one. */
  links: Map<string, CoCreationLink>;
  partners: Map<string, DirectoryPartner | null>;
}

const linkKey = (commitmentId: string, partnerId: string, role: string) => `${commitmentId}|${partnerId}|${role}`;

/**
 * Co-creation links recorded from action plans: created ACTIVE (the plan already records the partner's support, so no
 * request and answer), a REQUESTED one is activated, an ACTIVE one is left as it is. A link the hub declined or ended
 * stays so: an import does not overturn a decision taken here. Partners are checked against the directory in one request.
 */
export function coCreationLinkUpsert(
  actor: Actor,
  directory: DirectoryReader,
  note: string,
): UpsertSpec<CoCreationLinkUpsertDraft, CoCreationLink, CoCreationLinkUpsertContext> {
  return {
    operation: "upsertCoCreationLinks",
    target: CoCreationLink,
    audit: LINK_AUDIT,
    keyField: "partnerId",
    keyOf: (row) => `${row.commitmentOgpId ?? ""} ${row.partnerId ?? ""} ${row.role ?? CoCreationRole.IMPLEMENTATION}`,
    async load(manager, rows) {
      const strings = (values: unknown[]) => [
        ...new Set(values.filter((value): value is string => typeof value === "string" && value !== "")),
      ];
      const ogpIds = strings(rows.map((row) => row.commitmentOgpId));
      const partnerIds = strings(rows.map((row) => row.partnerId));
      // Asked first, in one tick: one `_entities` request for the whole batch.
      const partnerLookup = Promise.all(partnerIds.map((id) => directory.partner(id)));
      const commitments = new Map<string, Commitment>();
      for (const chunk of chunks(ogpIds, 500)) {
        for (const commitment of await manager.getRepository(Commitment).findBy({ ogpId: In(chunk) })) {
          if (commitment.ogpId) commitments.set(commitment.ogpId, commitment);
        }
      }
      const links = new Map<string, CoCreationLink>();
      for (const chunk of chunks(
        [...commitments.values()].map((commitment) => commitment.id),
        500,
      )) {
        const query = manager
          .createQueryBuilder(CoCreationLink, "link")
          .where("link.commitmentId IN (:...ids)", { ids: chunk })
          .orderBy("link.createdAt", "ASC")
          .addOrderBy("link.id", "ASC");
        for (const link of await forUpdate(query, manager).getMany()) {
          const key = linkKey(link.commitmentId, link.partnerId, link.role);
          const held = links.get(key);
          // A live link wins; among final ones, the latest.
          if (!held || held.liveSlot === null) links.set(key, link);
        }
      }
      const partners = await partnerLookup;
      return { commitments, links, partners: new Map(partnerIds.map((id, index) => [id, partners[index] ?? null])) };
    },
    plan(row, { commitments, links, partners }) {
      const commitment = typeof row.commitmentOgpId === "string" ? commitments.get(row.commitmentOgpId) : undefined;
      if (!commitment)
        throw new BadUserInputError(msg`There is no commitment with the OGP id "${row.commitmentOgpId ?? ""}".`, "commitmentOgpId");
      const partnerId = requiredText(row.partnerId, "partnerId", "The partner", 64);
      const partner = partners.get(partnerId) ?? null;
      if (!partner) throw new BadUserInputError(msg`The directory has no partner with the id ${partnerId}.`, "partnerId");
      const role = enumValue(CoCreationRole, row.role ?? CoCreationRole.IMPLEMENTATION, "role", "co-creation role");
      const existing = links.get(linkKey(commitment.id, partner.id, role)) ?? null;
      if (existing && existing.status !== CoCreationStatus.REQUESTED) return { existing, next: existing };
      if (partner.archived) throw new BadUserInputError(msg`The partner ${partnerId} is archived: it takes no new links.`, "partnerId");
      const next = existing
        ? Object.assign(new CoCreationLink(), existing, { status: CoCreationStatus.ACTIVE })
        : Object.assign(new CoCreationLink(), freshRecord(), {
            commitmentId: commitment.id,
            partnerId: partner.id,
            role,
            status: CoCreationStatus.ACTIVE,
            liveSlot: 1,
            note: null,
            reason: null,
          });
      return { existing, next };
    },
    async afterWrite(manager, { created, updated }) {
      const written = [
        ...created.map((link) => ({ link, changes: changesOf(LINK_AUDIT, null, link) })),
        ...updated.map(({ existing, next }) => ({ link: next, changes: changesOf(LINK_AUDIT, existing, next) })),
      ];
      const at = now();
      const linkEvents = written.map(({ link }) => ({
        id: randomUUID(),
        linkId: link.id,
        at,
        actorId: actor.viewer?.accountId ?? null,
        kind: "upsertCoCreationLinks",
        status: link.status,
      }));
      for (const chunk of chunks(linkEvents, 500)) {
        await manager
          .createQueryBuilder()
          .insert()
          .into(CoCreationEvent)
          .values(chunk as QueryDeepPartialEntity<CoCreationEvent>[])
          .updateEntity(false)
          .execute();
      }
      await recordEvents(
        manager,
        actor,
        written.map(({ link, changes }) => {
          const { commitmentId: _commitmentId, ...shown } = changes;
          return { commitmentId: link.commitmentId, kind: CommitmentEventKind.CO_CREATION_LINKED, changes: shown, note };
        }),
      );
    },
  };
}
