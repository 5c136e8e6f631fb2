import { Field, InputType } from "type-graphql";

@InputType({ description: "A new award cycle, open for nominations as soon as it is created." })
export class OpenAwardCycleInput {
  @Field({ description: "The cycle's name, at most 200 characters." })
  name!: string;

  @Field({ description: "The first day nominations are announced to be taken (YYYY-MM-DD)." })
  opensOn!: string;

  @Field({ description: "The last day nominations are announced to be taken (YYYY-MM-DD), after `opensOn`." })
  closesOn!: string;
}
