import { graphql } from "../graphql/generated";

export const MyCasesQuery = graphql(`
  query MyCases {
    cases(first: 50) {
      edges {
        node {
          id
          number
          status
          version
          itemName
          department
          acceptedOn
          deadline
          createdAt
          resultLicenceIdentifier
          history {
            id
            at
            action
            actorRole
            actorDept
            toStatus
            opinion
          }
          rating {
            score
            comment
            followUpAnswer
          }
        }
      }
    }
  }
`);

export const MyDataUsageQuery = graphql(`
  query MyDataUsage($after: String) {
    myDataUsage(first: 50, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          at
          callerDept
          callerRoles
          purpose
          base
          released
          items {
            item
            outcome
          }
        }
      }
    }
  }
`);

export const RateCaseMutation = graphql(`
  mutation RateCase($id: ID!, $expectedVersion: Int!, $score: Int!, $comment: String) {
    rateCase(id: $id, expectedVersion: $expectedVersion, score: $score, comment: $comment) {
      id
      version
      rating {
        score
        comment
        followUpDue
      }
    }
  }
`);
