import type { RequestContext } from "@ogc/kit";
import type { CatalogService } from "./catalog.service.js";

export interface CatalogContext extends RequestContext {
  catalog: CatalogService;
}
