import { alignByKey, type ChallengeAreaCode, groupByKey, type LoaderRegistry } from "@ogc/kit";
import { type DataSource, In } from "typeorm";
import { ChallengeArea } from "./area/challenge-area.entity.js";
import { IrmPolicyTag } from "./area/irm-policy-tag.entity.js";
import { EligibilityCriterionDefinition } from "./criterion/eligibility-criterion.entity.js";
import { OpenGovernmentValueDefinition } from "./value/open-government-value.entity.js";

/** Read access to the catalog. One per request: its loaders batch lookups made while resolving one operation. */
export class CatalogService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly loaders: LoaderRegistry,
  ) {}

  areas(): Promise<ChallengeArea[]> {
    return this.dataSource.getRepository(ChallengeArea).find({ order: { position: "ASC" } });
  }

  /** One area by code, batched with every other lookup of the same request. */
  area(code: ChallengeAreaCode): Promise<ChallengeArea | null> {
    return this.loaders
      .get<ChallengeAreaCode, ChallengeArea | null>("area", async (codes) => {
        const rows = await this.dataSource.getRepository(ChallengeArea).findBy({ code: In([...codes]) });
        return alignByKey(codes, rows, (row) => row.code);
      })
      .load(code);
  }

  /** The IRM tags that suggest an area, batched across areas. */
  tagsOf(code: ChallengeAreaCode): Promise<IrmPolicyTag[]> {
    return this.loaders
      .get<ChallengeAreaCode, IrmPolicyTag[]>("tagsByArea", async (codes) => {
        const rows = await this.dataSource.getRepository(IrmPolicyTag).find({ where: { areaCode: In([...codes]) }, order: { tag: "ASC" } });
        return groupByKey(codes, rows, (row) => row.areaCode);
      })
      .load(code);
  }

  tags(): Promise<IrmPolicyTag[]> {
    return this.dataSource.getRepository(IrmPolicyTag).find({ order: { tag: "ASC" } });
  }

  values(): Promise<OpenGovernmentValueDefinition[]> {
    return this.dataSource.getRepository(OpenGovernmentValueDefinition).find({ order: { position: "ASC" } });
  }

  criteria(): Promise<EligibilityCriterionDefinition[]> {
    return this.dataSource.getRepository(EligibilityCriterionDefinition).find({ order: { position: "ASC" } });
  }
}
