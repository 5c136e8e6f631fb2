import { Locale, type LocalizedText, localize, type RequestContext, resolveLocale } from "@ogc/kit";
import { Arg, Ctx, Field, Int, ObjectType } from "type-graphql";
import { Column } from "typeorm";

/** A catalog term: an ordered, coded entry whose name and description exist in English, Spanish and French. */
@ObjectType()
export abstract class LocalizedTerm {
  @Column("int")
  @Field(() => Int, { description: "Position in the official list, from 1." })
  position!: number;

  @Column("simple-json", { name: "name" })
  nameText!: LocalizedText;

  @Column("simple-json", { name: "description" })
  descriptionText!: LocalizedText;

  @Field(() => String, { description: "Name in `locale`, else in the request's Accept-Language, else in English." })
  name(@Arg("locale", () => Locale, { nullable: true }) locale: Locale | null, @Ctx() context: RequestContext): string {
    return localize(this.nameText, resolveLocale(locale, context.locale));
  }

  @Field(() => String, { description: "Description in `locale`, else in the request's Accept-Language, else in English." })
  description(@Arg("locale", () => Locale, { nullable: true }) locale: Locale | null, @Ctx() context: RequestContext): string {
    return localize(this.descriptionText, resolveLocale(locale, context.locale));
  }
}
