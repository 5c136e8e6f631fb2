import { Locale, type LocalizedText, localize, type RequestContext, resolveLocale, VersionedEntity } from "@ogc/kit";
import { Arg, Ctx, Directive, Field, ObjectType } from "type-graphql";
import { Column, Entity } from "typeorm";
import { InstitutionBranch, InstitutionLevel } from "../shared/enums.js";

@ObjectType({ description: "An institution's name in each working language it has one in; at least one is set." })
export class InstitutionNames {
  @Field(() => String, { nullable: true, description: "Name in English, if it has one." })
  en!: string | null;

  @Field(() => String, { nullable: true, description: "Name in Spanish, if it has one." })
  es!: string | null;

  @Field(() => String, { nullable: true, description: "Name in French, if it has one." })
  fr!: string | null;
}

@Entity("institution")
@ObjectType({
  description:
    "A public-sector body of one member, of any branch and level. Only a public institution can own a challenge commitment. Archived, never deleted.",
})
@Directive('@key(fields: "id")')
export class Institution extends VersionedEntity {
  @Column("varchar", { name: "member_id", length: 36 })
  memberId!: string;

  /** The name lists sort and search by: English, else the first name the institution has. */
  @Column("varchar", { name: "name", length: 300 })
  primaryName!: string;

  @Column("varchar", { name: "name_en", length: 300, nullable: true })
  nameEn!: string | null;

  @Column("varchar", { name: "name_es", length: 300, nullable: true })
  nameEs!: string | null;

  @Column("varchar", { name: "name_fr", length: 300, nullable: true })
  nameFr!: string | null;

  @Column("varchar", { length: 16 })
  @Field(() => InstitutionBranch, { description: "Branch of government the institution belongs to." })
  branch!: InstitutionBranch;

  @Column("varchar", { length: 16 })
  @Field(() => InstitutionLevel, { description: "Level of government the institution works at." })
  level!: InstitutionLevel;

  @Column("boolean")
  @Field({
    description: "Archived institutions are hidden from lists unless asked for; they stay resolvable because others reference them.",
  })
  archived!: boolean;

  @Field(() => String, {
    description: "Name in `locale`, else in the request's Accept-Language; when missing there, in English, else the first name it has.",
  })
  name(@Arg("locale", () => Locale, { nullable: true }) locale: Locale | null, @Ctx() context: RequestContext): string {
    return localize(this.localizedName(), resolveLocale(locale, context.locale));
  }

  @Field(() => InstitutionNames, { description: "The name in each language it exists in." })
  names(): InstitutionNames {
    return { en: this.nameEn, es: this.nameEs, fr: this.nameFr };
  }

  /** The kit's LocalizedText needs English; an institution known only in Spanish or French falls back to that name. */
  private localizedName(): LocalizedText {
    return { en: this.nameEn ?? this.primaryName, es: this.nameEs, fr: this.nameFr };
  }
}

export const INSTITUTION_FIELDS = ["memberId", "nameEn", "nameEs", "nameFr", "branch", "level", "archived"] as const;
