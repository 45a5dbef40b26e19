import { graphql } from "../graphql/generated";

export const GrantFragment = graphql(`
  fragment GrantRow on SharingGrant {
    id
    consumer
    provider
    items
    level
    purposes
    legalBasis
    validFrom
    validUntil
    status
    inForce
    requestedAt
    requestedBy
    dueOn
    overdue
    decidedAt
    decidedBy
    decisionReason
    revokedAt
    revokedBy
    revocationReason
  }
`);

export const SharingGrantsQuery = graphql(`
  query SharingGrants($provider: String, $consumer: String, $status: GrantStatus) {
    sharingGrants(provider: $provider, consumer: $consumer, status: $status, first: 100) {
      totalCount
      edges {
        node {
          ...GrantRow
        }
      }
    }
  }
`);

export const ApproveGrantMutation = graphql(`
  mutation ApproveGrant($id: ID!) {
    approveSharingGrant(id: $id) {
      ...GrantRow
    }
  }
`);

export const RejectGrantMutation = graphql(`
  mutation RejectGrant($id: ID!, $reason: String!) {
    rejectSharingGrant(id: $id, reason: $reason) {
      ...GrantRow
    }
  }
`);

export const RevokeGrantMutation = graphql(`
  mutation RevokeGrant($id: ID!, $reason: String!) {
    revokeSharingGrant(id: $id, reason: $reason) {
      ...GrantRow
    }
  }
`);

export const RequestGrantMutation = graphql(`
  mutation RequestGrant($input: RequestSharingGrantInput!) {
    requestSharingGrant(input: $input) {
      ...GrantRow
    }
  }
`);

export const DataResourceFragment = graphql(`
  fragment DataResourceRow on DataResource {
    item
    base
    provider
    description
    sensitivity
    shareType
    masking
    householdScope
    dataKeys
    classifiedAt
    classifiedBy
  }
`);

export const DataResourcesQuery = graphql(`
  query DataResources($provider: String) {
    dataResources(provider: $provider, first: 100) {
      totalCount
      edges {
        node {
          ...DataResourceRow
        }
      }
    }
    unclassifiedDataItems
  }
`);

export const ClassifyDataResourceMutation = graphql(`
  mutation ClassifyDataResource($input: ClassifyDataResourceInput!) {
    classifyDataResource(input: $input) {
      ...DataResourceRow
    }
  }
`);
