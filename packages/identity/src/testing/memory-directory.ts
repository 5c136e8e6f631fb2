import { EntityLookupError } from "@ogc/kit";
import type { DirectoryInstitution, DirectoryLookup, DirectoryMember, DirectoryPartner } from "../invitation/directory-references.js";

/** The directory in memory, for tests of the reference checks: edit its records, or set `down` to make it unreachable. */
export class MemoryDirectory {
  readonly members = new Map<string, DirectoryMember>();
  readonly institutions = new Map<string, DirectoryInstitution>();
  readonly partners = new Map<string, DirectoryPartner>();
  down = false;
  /** Lookups made, one per entity type per check (as the entity client sends one request per batch). */
  requests = 0;

  addMember(id: string, archived = false): this {
    this.members.set(id, { id, archived });
    return this;
  }
  addInstitution(id: string, memberId: string, archived = false): this {
    this.institutions.set(id, { id, archived, member: { id: memberId } });
    return this;
  }
  addPartner(id: string, archived = false): this {
    this.partners.set(id, { id, archived });
    return this;
  }

  lookup(): DirectoryLookup {
    const find =
      <T>(records: Map<string, T>) =>
      async (ids: readonly string[]) => {
        this.requests += 1;
        if (this.down) throw new EntityLookupError("directory lookup at memory failed: down");
        return ids.map((id) => records.get(id) ?? null);
      };
    return { members: find(this.members), institutions: find(this.institutions), partners: find(this.partners) };
  }
}
