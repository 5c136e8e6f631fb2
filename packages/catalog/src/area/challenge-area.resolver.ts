import { ChallengeAreaCode } from "@ogc/kit";
import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from "type-graphql";
import type { CatalogContext } from "../context.js";
import { ChallengeArea } from "./challenge-area.entity.js";
import { IrmPolicyTag } from "./irm-policy-tag.entity.js";

@Resolver(() => ChallengeArea)
export class ChallengeAreaResolver {
  @Query(() => [ChallengeArea], { description: "The ten challenge areas, in their official order." })
  challengeAreas(@Ctx() { catalog }: CatalogContext): Promise<ChallengeArea[]> {
    return catalog.areas();
  }

  @Query(() => ChallengeArea, { nullable: true, description: "One challenge area by its code." })
  challengeArea(
    @Arg("code", () => ChallengeAreaCode) code: ChallengeAreaCode,
    @Ctx() { catalog }: CatalogContext,
  ): Promise<ChallengeArea | null> {
    return catalog.area(code);
  }

  @Query(() => [IrmPolicyTag], {
    name: "irmPolicyTags",
    description: "Every IRM policy-area tag that suggests a challenge area, with that area.",
  })
  allIrmPolicyTags(@Ctx() { catalog }: CatalogContext): Promise<IrmPolicyTag[]> {
    return catalog.tags();
  }

  @FieldResolver(() => [String], { description: "IRM policy-area tags that suggest this area, as the IRM database spells them." })
  async irmPolicyTags(@Root() area: ChallengeArea, @Ctx() { catalog }: CatalogContext): Promise<string[]> {
    return (await catalog.tagsOf(area.code)).map((tag) => tag.tag);
  }
}
