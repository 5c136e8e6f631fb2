import { AuditEntry, type Connection, type PageArgs, paginate } from "@ogc/kit";
import type { DataSource } from "typeorm";

export interface AuditLogFilter {
  entityType?: string | null;
  entityId?: string | null;
}

/** Reads the challenge subgraph's own audit log, newest first. */
export class AuditLogService {
  constructor(private readonly dataSource: DataSource) {}

  list(page: PageArgs, filter: AuditLogFilter | null | undefined): Promise<Connection<AuditEntry>> {
    const query = this.dataSource.getRepository(AuditEntry).createQueryBuilder("entry");
    if (filter?.entityType) query.andWhere("entry.entityType = :entityType", { entityType: filter.entityType });
    if (filter?.entityId) query.andWhere("entry.entityId = :entityId", { entityId: filter.entityId });
    return paginate(query, page, { column: "entry.at", property: "at", direction: "DESC" }, { column: "entry.id", property: "id" });
  }
}
