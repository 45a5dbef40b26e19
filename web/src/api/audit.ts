import { graphql } from "../graphql/generated";

export const AccessLogQuery = graphql(`
  query AccessLog(
    $department: String
    $subjectCitizenId: String
    $item: String
    $from: String
    $to: String
    $after: String
  ) {
    accessLog(
      department: $department
      subjectCitizenId: $subjectCitizenId
      item: $item
      from: $from
      to: $to
      after: $after
      first: 50
    ) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          at
          requestId
          callerSub
          callerDept
          callerRoles
          callerSite
          purpose
          subjectCitizenId
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

export const VerifyAccessLogQuery = graphql(`
  query VerifyAccessLog {
    verifyAccessLog {
      ok
      checked
      firstBrokenEntryId
    }
  }
`);
