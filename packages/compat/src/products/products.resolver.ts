import { Arg, FieldResolver, ID, Int, Query, Resolver, Root } from "type-graphql";
import { type DeprecatedProductData, deprecatedProduct, type ProductData, products } from "./products.data.js";
import { DeprecatedProduct, Product, User } from "./products.types.js";

@Resolver(() => Product)
export class ProductResolver {
  @Query(() => Product, { nullable: true })
  product(@Arg("id", () => ID) id: string): ProductData | undefined {
    return products.find((product) => product.id === id);
  }

  @Query(() => DeprecatedProduct, { nullable: true, deprecationReason: "Use product query instead" })
  deprecatedProduct(
    @Arg("sku", () => String) sku: string,
    @Arg("package", () => String) packageName: string,
  ): DeprecatedProductData | null {
    return deprecatedProduct.sku === sku && deprecatedProduct.package === packageName ? deprecatedProduct : null;
  }
}

@Resolver(() => User)
export class UserResolver {
  /** `@requires`: computed from the two fields the router fetched from `users` and passed in the representation. */
  @FieldResolver(() => Int, { nullable: true })
  averageProductsCreatedPerYear(@Root() user: User): number | null {
    if (!user.totalProductsCreated) return null;
    return Math.round(user.totalProductsCreated / user.yearsOfEmployment);
  }
}
