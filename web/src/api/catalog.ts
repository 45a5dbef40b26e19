import { graphql } from "../graphql/generated";

export const CatalogQuery = graphql(`
  query Catalog($search: String, $department: String, $after: String, $language: Language) {
    serviceItems(
      search: $search
      department: $department
      first: 20
      after: $after
      language: $language
    ) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          code
          name
          department
          level
          scope
          promisedWorkingDays
          feeFen
        }
      }
    }
  }
`);

export const CatalogItemQuery = graphql(`
  query CatalogItem($code: String!, $language: Language) {
    serviceItem(code: $code, language: $language) {
      code
      name
      version
      itemType
      department
      implementingBody
      level
      scope
      legalBasis
      acceptanceConditions
      promisedWorkingDays
      statutoryWorkingDays
      maxTrips
      feeFen
      resultLicenceType
      formFields {
        key
        label
        type
        required
        source
        manual
      }
      materials {
        name
        required
        satisfiedBy
        originalRequired
      }
      eligibility {
        description
      }
      steps {
        order
        action
        name
        role
        levels
        department
      }
    }
  }
`);
