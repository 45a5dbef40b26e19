import { graphql } from "../graphql/generated";

export const CatalogQuery = graphql(`
  query Catalog($search: String, $department: String, $after: String) {
    serviceItems(search: $search, department: $department, first: 20, after: $after) {
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
  query CatalogItem($code: String!) {
    serviceItem(code: $code) {
      code
      name
      version
      department
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
