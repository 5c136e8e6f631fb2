import { OpenGovernmentValue } from "@ogc/kit";
import { Field, ObjectType } from "type-graphql";
import { Entity, PrimaryColumn } from "typeorm";
import { LocalizedTerm } from "../shared/localized-term.js";

@Entity("open_government_value")
@ObjectType({ description: "One of the three open-government values; every challenge commitment must serve at least one." })
export class OpenGovernmentValueDefinition extends LocalizedTerm {
  @PrimaryColumn("varchar", { length: 40 })
  @Field(() => OpenGovernmentValue)
  code!: OpenGovernmentValue;
}
