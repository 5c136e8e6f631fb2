import { buildFederatedSchema, type SubgraphDefinition } from "@ogc/kit";
import { ChallengeArea } from "./area/challenge-area.entity.js";
import { challengeAreaReference } from "./area/challenge-area.reference.js";
import { ChallengeAreaResolver } from "./area/challenge-area.resolver.js";
import { IrmPolicyTag } from "./area/irm-policy-tag.entity.js";
import { CatalogService } from "./catalog.service.js";
import type { CatalogContext } from "./context.js";
import { EligibilityCriterionDefinition } from "./criterion/eligibility-criterion.entity.js";
import { EligibilityCriterionResolver } from "./criterion/eligibility-criterion.resolver.js";
import { CatalogInitial1764115200000 } from "./migrations/1764115200000-catalog-initial.js";
import { OpenGovernmentValueDefinition } from "./value/open-government-value.entity.js";
import { OpenGovernmentValueResolver } from "./value/open-government-value.resolver.js";

/** The catalog subgraph: public, read-only reference data. */
export const catalogSubgraph: SubgraphDefinition<CatalogContext> = {
  name: "catalog",
  defaultPort: 4001,
  entities: [ChallengeArea, IrmPolicyTag, OpenGovernmentValueDefinition, EligibilityCriterionDefinition],
  migrations: [CatalogInitial1764115200000],
  buildSchema: () =>
    buildFederatedSchema({
      resolvers: [ChallengeAreaResolver, OpenGovernmentValueResolver, EligibilityCriterionResolver],
      referenceResolvers: { ChallengeArea: challengeAreaReference },
      validate: false,
    }),
  extendContext: (base, { dataSource }) => ({ ...base, catalog: new CatalogService(dataSource, base.loaders) }),
};
