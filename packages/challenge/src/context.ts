import type { RequestContext } from "@ogc/kit";
import type { Challenge } from "./challenge.js";

export interface ChallengeContext extends RequestContext {
  challenge: Challenge;
}
