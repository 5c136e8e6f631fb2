import { today, VersionedEntity } from "@ogc/kit";
import { Directive, Field, Int, ObjectType } from "type-graphql";
import { Column, Entity } from "typeorm";
import { ActionPlanStatus } from "../shared/enums.js";

/** Statuses in which a plan counts as submitted, so it may be amended inside its window (DOMAIN.md, rule 2). */
const AMENDABLE = new Set([ActionPlanStatus.SUBMITTED, ActionPlanStatus.IN_IMPLEMENTATION]);

@ObjectType({
  description:
    "The period during which a member may amend its submitted action plan to add challenge commitments (DOMAIN.md, rule 2). Both dates are included.",
})
export class AmendmentWindow {
  @Field({ description: "First day amendments are accepted (YYYY-MM-DD)." })
  opensOn!: string;

  @Field({ description: "Last day amendments are accepted (YYYY-MM-DD)." })
  closesOn!: string;

  @Field({
    description:
      "True when amendments are accepted today (UTC): today is within the window, and the plan is submitted or in implementation and not archived.",
  })
  isOpen!: boolean;
}

@Entity("action_plan")
@ObjectType({
  description:
    "A member's action plan: 2 or 4 years (earlier plans ran 1 or 3), made of commitments, rated by the IRM. Archived, never deleted.",
})
@Directive('@key(fields: "id")')
@Directive('@key(fields: "ogpId")')
export class ActionPlan extends VersionedEntity {
  @Column("varchar", { name: "ogp_id", length: 32 })
  @Field({ description: "OGP's id for the plan, exactly as OGP writes it, e.g. `AP_ALB01`." })
  ogpId!: string;

  @Column("varchar", { name: "member_id", length: 36 })
  memberId!: string;

  @Column("int")
  @Field(() => Int, { description: "The plan's number in the member's sequence of plans, from 1." })
  number!: number;

  @Column("varchar", { name: "start_date", length: 10 })
  @Field({ description: "First day of implementation (YYYY-MM-DD)." })
  startDate!: string;

  @Column("varchar", { name: "end_date", length: 10 })
  @Field({ description: "Last day of implementation (YYYY-MM-DD)." })
  endDate!: string;

  @Column("int", { name: "length_years" })
  @Field(() => Int, { description: "Length in years: 2 or 4 under OGP's current rules; 1 or 3 for some earlier plans." })
  lengthYears!: number;

  @Column("varchar", { name: "midway_refresh_on", length: 10, nullable: true })
  @Field(() => String, {
    nullable: true,
    description: "When a 4-year plan is refreshed midway (YYYY-MM-DD); null for shorter plans or when not yet set.",
  })
  midwayRefreshOn!: string | null;

  @Column("varchar", { length: 24 })
  @Field(() => ActionPlanStatus, { description: "Where the plan is in its cycle." })
  status!: ActionPlanStatus;

  @Column("varchar", { name: "amendment_opens_on", length: 10, nullable: true })
  amendmentOpensOn!: string | null;

  @Column("varchar", { name: "amendment_closes_on", length: 10, nullable: true })
  amendmentClosesOn!: string | null;

  @Column("boolean")
  @Field({ description: "Archived plans are hidden from lists unless asked for; they stay resolvable because others reference them." })
  archived!: boolean;

  @Field(() => AmendmentWindow, {
    nullable: true,
    description: "When challenge commitments may be added to this plan by amendment; null when no window has been set.",
  })
  amendmentWindow(): AmendmentWindow | null {
    if (!this.amendmentOpensOn || !this.amendmentClosesOn) return null;
    const day = today();
    return {
      opensOn: this.amendmentOpensOn,
      closesOn: this.amendmentClosesOn,
      isOpen: !this.archived && AMENDABLE.has(this.status) && this.amendmentOpensOn <= day && day <= this.amendmentClosesOn,
    };
  }
}

export const ACTION_PLAN_FIELDS = [
  "ogpId",
  "memberId",
  "number",
  "startDate",
  "endDate",
  "lengthYears",
  "midwayRefreshOn",
  "status",
  "amendmentOpensOn",
  "amendmentClosesOn",
  "archived",
] as const;
