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
          summary
          callerDept
          departmentName
          siteName
          readerText
          purposeText
          caseNumber
          base
          released
          items {
            item
            label
            outcome
            outcomeText
          }
          proof {
            leafIndex
          }
        }
      }
    }
  }
`);

/** The same entries with everything `npm run verify-usage` checks: saved as usage.json. */
export const MyDataUsageExportQuery = graphql(`
  query MyDataUsageExport($after: String) {
    myDataUsage(first: 50, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          at
          summary
          departmentName
          siteName
          purposeText
          caseNumber
          serviceItemName
          requestId
          callerSub
          callerDept
          callerRoles
          callerSite
          purpose
          serviceItemCode
          subjectCitizenId
          base
          items {
            item
            label
            outcome
            outcomeText
          }
          proof {
            leaf
            leafIndex
            treeSize
            auditPath
            checkpoint {
              id
              partition
              treeSize
              rootHash
              signedAt
              keyId
              jws
            }
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
