import { graphql } from "../graphql/generated";

// 阳光红页: what anyone reads without a token.

export const OneTimeNoticeQuery = graphql(`
  query OneTimeNotice($code: String!, $language: Language) {
    oneTimeNotice(code: $code, language: $language) {
      itemCode
      text
      html
    }
    serviceItem(code: $code, language: $language) {
      code
      name
    }
  }
`);

export const ItemDisclosureQuery = graphql(`
  query ItemDisclosure(
    $code: String!
    $from: String
    $to: String
    $month: String
    $language: Language
  ) {
    serviceItem(code: $code, language: $language) {
      code
      name
      department
      disclosure {
        results
        outcomes
      }
    }
    disclosedResults(itemCode: $code, from: $from, to: $to) {
      itemCode
      minimumCount
      months {
        month
        received
        approved
        refused
        refusedByRule {
          rule
          count
        }
        completed
        completedOnTime
      }
    }
    outcomeFigures(itemCode: $code, month: $month) {
      itemCode
      minimumCount
      autoFillShare
      licenceMaterialShare
      uploadsPerCase
      medianWorkingDays
      p90WorkingDays
      sameVillageShare
      averageRating
      followUpAnswerRate
    }
  }
`);

export const CheckpointsQuery = graphql(`
  query Checkpoints($after: String) {
    accessLogCheckpoints(latestOnly: true, first: 50, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
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
`);

export const MessageTargetsQuery = graphql(`
  query MessageTargets($language: Language) {
    serviceItems(first: 50, language: $language) {
      edges {
        node {
          code
          name
          department
        }
      }
    }
    serviceSites(first: 100) {
      edges {
        node {
          code
          name
        }
      }
    }
  }
`);
