import { ArgsType, Field } from "type-graphql";

@ArgsType()
export class SignInArgs {
  @Field({ description: "The account's e-mail, in any case." })
  email!: string;

  @Field({ description: "The account's password." })
  password!: string;
}
