import type { ReferenceResolvers } from "@ogc/kit";
import { deprecatedProduct, productResearch, products, user } from "./products.data.js";

interface ProductReference {
  id?: string;
  sku?: string;
  package?: string;
  variation?: { id?: string };
}

/** Finds a product by whichever of its three keys the router sent. */
function findProduct(reference: ProductReference) {
  if (reference.id !== undefined) return products.find((product) => product.id === reference.id) ?? null;
  if (reference.sku !== undefined && reference.package !== undefined) {
    return products.find((product) => product.sku === reference.sku && product.package === reference.package) ?? null;
  }
  if (reference.sku !== undefined && reference.variation?.id !== undefined) {
    return products.find((product) => product.sku === reference.sku && product.variation.id === reference.variation?.id) ?? null;
  }
  return null;
}

export const productsReferenceResolvers: ReferenceResolvers = {
  Product: { __resolveReference: (reference: ProductReference) => findProduct(reference) },
  DeprecatedProduct: {
    __resolveReference: (reference: { sku: string; package: string }) =>
      reference.sku === deprecatedProduct.sku && reference.package === deprecatedProduct.package ? deprecatedProduct : null,
  },
  ProductResearch: {
    __resolveReference: (reference: { study: { caseNumber: string } }) =>
      productResearch.find((research) => research.study.caseNumber === reference.study.caseNumber) ?? null,
  },
  // The representation carries the `@requires` fields from `users`; they win over local data.
  User: {
    __resolveReference: (reference: { email: string }) => (reference.email === user.email ? { ...user, ...reference } : null),
  },
  Inventory: { __resolveReference: (reference: { id: string }) => ({ id: reference.id, deprecatedProducts: [deprecatedProduct] }) },
};
