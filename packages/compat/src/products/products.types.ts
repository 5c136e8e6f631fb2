import { Directive, Field, Float, ID, Int, ObjectType } from "type-graphql";

// The suite's `products` schema (products.graphql of @apollo/federation-subgraph-compatibility-tests) in type-graphql,
// with the federation directives given through `@Directive` as the hub's subgraphs do.

@ObjectType()
export class ProductVariation {
  @Field(() => ID)
  id!: string;
}

@ObjectType()
@Directive("@shareable")
export class ProductDimension {
  @Field(() => String, { nullable: true })
  size!: string | null;

  @Field(() => Float, { nullable: true })
  weight!: number | null;

  @Field(() => String, { nullable: true })
  @Directive("@inaccessible")
  unit!: string | null;
}

@ObjectType()
export class CaseStudy {
  @Field(() => ID)
  caseNumber!: string;

  @Field(() => String, { nullable: true })
  description!: string | null;
}

@ObjectType()
@Directive('@key(fields: "study { caseNumber }")')
export class ProductResearch {
  @Field(() => CaseStudy)
  study!: CaseStudy;

  @Field(() => String, { nullable: true })
  outcome!: string | null;
}

/** Owned by the `users` subgraph; this one adds a computed field, overrides `name` and provides `totalProductsCreated`. */
@ObjectType()
@Directive("@extends")
@Directive('@key(fields: "email")')
export class User {
  @Field(() => Int, { nullable: true })
  @Directive('@requires(fields: "totalProductsCreated yearsOfEmployment")')
  averageProductsCreatedPerYear!: number | null;

  @Field(() => ID)
  @Directive("@external")
  email!: string;

  @Field(() => String, { nullable: true })
  @Directive('@override(from: "users")')
  name!: string | null;

  @Field(() => Int, { nullable: true })
  @Directive("@external")
  totalProductsCreated!: number | null;

  @Field(() => Int)
  @Directive("@external")
  yearsOfEmployment!: number;
}

@ObjectType()
@Directive("@custom")
@Directive('@key(fields: "id")')
@Directive('@key(fields: "sku package")')
@Directive('@key(fields: "sku variation { id }")')
export class Product {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true })
  sku!: string | null;

  @Field(() => String, { nullable: true })
  package!: string | null;

  @Field(() => ProductVariation, { nullable: true })
  variation!: ProductVariation | null;

  @Field(() => ProductDimension, { nullable: true })
  dimensions!: ProductDimension | null;

  @Field(() => User, { nullable: true })
  @Directive('@provides(fields: "totalProductsCreated")')
  createdBy!: User | null;

  @Field(() => String, { nullable: true })
  @Directive('@tag(name: "internal")')
  notes!: string | null;

  @Field(() => [ProductResearch])
  research!: ProductResearch[];
}

@ObjectType()
@Directive('@key(fields: "sku package")')
export class DeprecatedProduct {
  @Field(() => String)
  sku!: string;

  @Field(() => String)
  package!: string;

  @Field(() => String, { nullable: true })
  reason!: string | null;

  @Field(() => User, { nullable: true })
  createdBy!: User | null;
}

/** The `inventory` subgraph's interface, seen here as one object type that adds `deprecatedProducts` to every implementation. */
@ObjectType()
@Directive("@interfaceObject")
@Directive('@key(fields: "id")')
export class Inventory {
  @Field(() => ID)
  id!: string;

  @Field(() => [DeprecatedProduct])
  deprecatedProducts!: DeprecatedProduct[];
}
