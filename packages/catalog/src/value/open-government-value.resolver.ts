import { Ctx, Query, Resolver } from "type-graphql";
import type { CatalogContext } from "../context.js";
import { OpenGovernmentValueDefinition } from "./open-government-value.entity.js";

@Resolver(() => OpenGovernmentValueDefinition)
export class OpenGovernmentValueResolver {
  @Query(() => [OpenGovernmentValueDefinition], { description: "The three open-government values, with their definitions." })
  openGovernmentValues(@Ctx() { catalog }: CatalogContext): Promise<OpenGovernmentValueDefinition[]> {
    return catalog.values();
  }
}
