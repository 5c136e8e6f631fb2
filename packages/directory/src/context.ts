import type { RequestContext } from "@ogc/kit";
import type { Directory } from "./directory.js";

export interface DirectoryContext extends RequestContext {
  directory: Directory;
}
