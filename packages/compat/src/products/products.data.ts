// The suite's expected data set (COMPATIBILITY.md of apollographql/apollo-federation-subgraph-compatibility), hard-coded
// as the reference implementations do: the suite checks federation behaviour, not storage.

export interface UserData {
  email: string;
  name: string;
  totalProductsCreated: number;
  yearsOfEmployment: number;
}

export interface CaseStudyData {
  caseNumber: string;
  description: string | null;
}

export interface ProductResearchData {
  study: CaseStudyData;
  outcome: string | null;
}

export interface ProductDimensionData {
  size: string;
  weight: number;
  unit: string;
}

export interface ProductData {
  id: string;
  sku: string;
  package: string;
  variation: { id: string };
  dimensions: ProductDimensionData;
  research: ProductResearchData[];
  createdBy: UserData;
  notes: string | null;
}

export interface DeprecatedProductData {
  sku: string;
  package: string;
  reason: string;
  createdBy: UserData;
}

export const dimension: ProductDimensionData = { size: "small", weight: 1, unit: "kg" };

export const user: UserData = {
  email: "support@apollographql.com",
  name: "Jane Smith",
  totalProductsCreated: 1337,
  yearsOfEmployment: 10,
};

export const deprecatedProduct: DeprecatedProductData = {
  sku: "apollo-federation-v1",
  package: "@apollo/federation-v1",
  reason: "Migrate to Federation V2",
  createdBy: user,
};

export const productResearch: ProductResearchData[] = [
  { study: { caseNumber: "1234", description: "Federation Study" }, outcome: null },
  { study: { caseNumber: "1235", description: "Studio Study" }, outcome: null },
];

export const products: ProductData[] = [
  {
    id: "apollo-federation",
    sku: "federation",
    package: "@apollo/federation",
    variation: { id: "OSS" },
    dimensions: dimension,
    research: [productResearch[0] as ProductResearchData],
    createdBy: user,
    notes: null,
  },
  {
    id: "apollo-studio",
    sku: "studio",
    package: "",
    variation: { id: "platform" },
    dimensions: dimension,
    research: [productResearch[1] as ProductResearchData],
    createdBy: user,
    notes: null,
  },
];
