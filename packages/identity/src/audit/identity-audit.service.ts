import { AuditEntry, type Connection, type PageArgs, paginate, requireRole, SUPPORT_ROLES } from "@ogc/kit";
import type { DataSource } from "typeorm";
import type { Caller } from "../shared/caller.js";

/** The identity subgraph's audit log, for the support unit. */
export class IdentityAuditService {
  constructor(private readonly dataSource: DataSource) {}

  /** Entries newest first. */
  list(caller: Caller, page: PageArgs): Promise<Connection<AuditEntry>> {
    requireRole(caller.viewer, SUPPORT_ROLES);
    return paginate(
      this.dataSource.getRepository(AuditEntry).createQueryBuilder("entry"),
      page,
      { column: "entry.at", property: "at", direction: "DESC" },
      { column: "entry.id", property: "id" },
    );
  }
}
