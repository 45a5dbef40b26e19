import { graphql } from "../graphql/generated";

/** A case as the counter, the back office and the resident see it. */
export const CaseDetailFragment = graphql(`
  fragment CaseDetail on Case {
    id
    number
    status
    version
    itemCode
    itemName
    department
    site
    agentSub
    acceptedOn
    deadline
    supervision
    refusalReason
    refusalRule
    eligibility {
      fact
      operator
      value
      description
      manualCheck
      outcome
      reason
      attestedBy
      attestedAt
      attestation
    }
    supplementItems
    resultLicenceIdentifier
    createdAt
    visits
    formFields {
      key
      label
      type
      required
      value
      manual
      reason
      source {
        base
        recordId
        licenceIdentifier
        fetchedAt
        verified
      }
    }
    materials {
      name
      required
      satisfiedBy
      status
      licenceIdentifier
      sealVerified
      uploadSha256
      reason
    }
    history {
      id
      at
      action
      actorSub
      actorDept
      actorRole
      actorSite
      fromStatus
      toStatus
      opinion
      contentHash
    }
    rating {
      score
      comment
      followUpDue
      followUpAnswer
    }
  }
`);

export const CaseByIdQuery = graphql(`
  query CaseById($id: ID!) {
    case(id: $id) {
      ...CaseDetail
      serviceItem {
        code
        promisedWorkingDays
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
  }
`);

export const VerifyCaseQuery = graphql(`
  query VerifyCase($id: ID!) {
    verifyCase(id: $id) {
      ok
      checked
      firstFailedEventId
      reason
    }
  }
`);

export const StartCaseMutation = graphql(`
  mutation StartCase($input: StartCaseInput!) {
    startCase(input: $input) {
      ...CaseDetail
    }
  }
`);

export const SetCaseFieldsMutation = graphql(`
  mutation SetCaseFields($id: ID!, $expectedVersion: Int!, $values: [FieldValueInput!]!) {
    setCaseFields(id: $id, expectedVersion: $expectedVersion, values: $values) {
      ...CaseDetail
    }
  }
`);

export const DecideCaseMutation = graphql(`
  mutation DecideCase(
    $id: ID!
    $expectedVersion: Int!
    $decision: CaseDecision!
    $opinion: String
  ) {
    decideCase(id: $id, expectedVersion: $expectedVersion, decision: $decision, opinion: $opinion) {
      ...CaseDetail
    }
  }
`);

export const RequestSupplementMutation = graphql(`
  mutation RequestSupplement($id: ID!, $expectedVersion: Int!, $items: [String!]!, $note: String!) {
    requestSupplement(id: $id, expectedVersion: $expectedVersion, items: $items, note: $note) {
      ...CaseDetail
    }
  }
`);

export const AttestEligibilityMutation = graphql(`
  mutation AttestEligibility(
    $id: ID!
    $expectedVersion: Int!
    $rule: Int!
    $holds: Boolean!
    $note: String!
  ) {
    attestEligibility(
      id: $id
      expectedVersion: $expectedVersion
      rule: $rule
      holds: $holds
      note: $note
    ) {
      ...CaseDetail
    }
  }
`);

export const ResubmitCaseMutation = graphql(`
  mutation ResubmitCase($id: ID!, $expectedVersion: Int!) {
    resubmitCase(id: $id, expectedVersion: $expectedVersion) {
      ...CaseDetail
    }
  }
`);

export const CompleteCaseMutation = graphql(`
  mutation CompleteCase($id: ID!, $expectedVersion: Int!, $opinion: String) {
    completeCase(id: $id, expectedVersion: $expectedVersion, opinion: $opinion) {
      ...CaseDetail
    }
  }
`);

export const DeliverCaseMutation = graphql(`
  mutation DeliverCase($id: ID!, $expectedVersion: Int!) {
    deliverCase(id: $id, expectedVersion: $expectedVersion) {
      ...CaseDetail
    }
  }
`);

export const AnswerFollowUpMutation = graphql(`
  mutation AnswerFollowUp($id: ID!, $expectedVersion: Int!, $answer: String!) {
    answerFollowUp(id: $id, expectedVersion: $expectedVersion, answer: $answer) {
      ...CaseDetail
    }
  }
`);

/** Cases the caller may list (the station's, the department's within the site, a citizen's own). */
export const CaseListQuery = graphql(`
  query CaseList($status: CaseStatus, $supervision: Supervision, $after: String) {
    cases(first: 30, status: $status, supervision: $supervision, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          number
          status
          itemName
          department
          site
          supervision
          acceptedOn
          deadline
          createdAt
        }
      }
    }
  }
`);
