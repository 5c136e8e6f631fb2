import "reflect-metadata";
import { loadIdentityEnv } from "./environment.js";
import { runIdentity } from "./start.js";

await runIdentity(loadIdentityEnv());
