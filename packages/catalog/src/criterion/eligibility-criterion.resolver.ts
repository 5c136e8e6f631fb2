import { Ctx, Query, Resolver } from "type-graphql";
import type { CatalogContext } from "../context.js";
import { EligibilityCriterionDefinition } from "./eligibility-criterion.entity.js";

@Resolver(() => EligibilityCriterionDefinition)
export class EligibilityCriterionResolver {
  @Query(() => [EligibilityCriterionDefinition], { description: "The four eligibility criteria, with their definitions." })
  eligibilityCriteria(@Ctx() { catalog }: CatalogContext): Promise<EligibilityCriterionDefinition[]> {
    return catalog.criteria();
  }
}
