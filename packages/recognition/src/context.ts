import type { RequestContext } from "@ogc/kit";
import type { Recognition } from "./recognition.js";

export interface RecognitionContext extends RequestContext {
  recognition: Recognition;
}
