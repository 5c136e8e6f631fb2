/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Code of one of the ten policy areas of the Open Gov Challenge. */
export type ChallengeAreaCode =
  | 'ACCESS_TO_INFORMATION'
  | 'ANTI_CORRUPTION'
  | 'CIVIC_SPACE'
  | 'CLIMATE_AND_ENVIRONMENT'
  | 'DIGITAL_GOVERNANCE'
  | 'FISCAL_OPENNESS'
  | 'GENDER_AND_INCLUSION'
  | 'JUSTICE'
  | 'MEDIA_FREEDOM'
  | 'PUBLIC_PARTICIPATION';

/** A working language of OGP. Localized texts fall back to English when missing in the requested language. */
export type Locale =
  | 'EN'
  | 'ES'
  | 'FR';

export type ChallengeAreasQueryVariables = Exact<{
  locale: Locale;
}>;


export type ChallengeAreasQuery = { challengeAreas: Array<{ __typename: 'ChallengeArea', code: ChallengeAreaCode, position: number, name: string, description: string }> };


export const ChallengeAreasDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChallengeAreas"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locale"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Locale"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"challengeAreas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}}]},{"kind":"Field","name":{"kind":"Name","value":"description"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}}]}]}}]}}]} as unknown as DocumentNode<ChallengeAreasQuery, ChallengeAreasQueryVariables>;