/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query AccessLog(\n    $department: String\n    $subjectCitizenId: String\n    $item: String\n    $from: String\n    $to: String\n    $after: String\n  ) {\n    accessLog(\n      department: $department\n      subjectCitizenId: $subjectCitizenId\n      item: $item\n      from: $from\n      to: $to\n      after: $after\n      first: 50\n    ) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          at\n          requestId\n          callerSub\n          callerDept\n          callerRoles\n          callerSite\n          purpose\n          subjectCitizenId\n          base\n          released\n          items {\n            item\n            outcome\n          }\n        }\n      }\n    }\n  }\n": typeof types.AccessLogDocument,
    "\n  query VerifyAccessLog {\n    verifyAccessLog {\n      ok\n      checked\n      firstBrokenEntryId\n    }\n  }\n": typeof types.VerifyAccessLogDocument,
    "\n  fragment CaseDetail on Case {\n    id\n    number\n    status\n    version\n    itemCode\n    itemName\n    department\n    site\n    agentSub\n    acceptedOn\n    deadline\n    supervision\n    refusalReason\n    supplementItems\n    resultLicenceIdentifier\n    createdAt\n    visits\n    formFields {\n      key\n      label\n      type\n      required\n      value\n      manual\n      reason\n      source {\n        base\n        recordId\n        licenceIdentifier\n        fetchedAt\n        verified\n      }\n    }\n    materials {\n      name\n      required\n      satisfiedBy\n      status\n      licenceIdentifier\n      sealVerified\n      uploadSha256\n      reason\n    }\n    history {\n      id\n      at\n      action\n      actorSub\n      actorDept\n      actorRole\n      actorSite\n      fromStatus\n      toStatus\n      opinion\n      contentHash\n    }\n    rating {\n      score\n      comment\n      followUpDue\n      followUpAnswer\n    }\n  }\n": typeof types.CaseDetailFragmentDoc,
    "\n  query CaseById($id: ID!) {\n    case(id: $id) {\n      ...CaseDetail\n      serviceItem {\n        code\n        promisedWorkingDays\n        steps {\n          order\n          action\n          name\n          role\n          levels\n          department\n        }\n      }\n    }\n  }\n": typeof types.CaseByIdDocument,
    "\n  query VerifyCase($id: ID!) {\n    verifyCase(id: $id) {\n      ok\n      checked\n      firstFailedEventId\n      reason\n    }\n  }\n": typeof types.VerifyCaseDocument,
    "\n  mutation StartCase($input: StartCaseInput!) {\n    startCase(input: $input) {\n      ...CaseDetail\n    }\n  }\n": typeof types.StartCaseDocument,
    "\n  mutation SetCaseFields($id: ID!, $expectedVersion: Int!, $values: [FieldValueInput!]!) {\n    setCaseFields(id: $id, expectedVersion: $expectedVersion, values: $values) {\n      ...CaseDetail\n    }\n  }\n": typeof types.SetCaseFieldsDocument,
    "\n  mutation DecideCase(\n    $id: ID!\n    $expectedVersion: Int!\n    $decision: CaseDecision!\n    $opinion: String\n  ) {\n    decideCase(id: $id, expectedVersion: $expectedVersion, decision: $decision, opinion: $opinion) {\n      ...CaseDetail\n    }\n  }\n": typeof types.DecideCaseDocument,
    "\n  mutation RequestSupplement($id: ID!, $expectedVersion: Int!, $items: [String!]!, $note: String!) {\n    requestSupplement(id: $id, expectedVersion: $expectedVersion, items: $items, note: $note) {\n      ...CaseDetail\n    }\n  }\n": typeof types.RequestSupplementDocument,
    "\n  mutation ResubmitCase($id: ID!, $expectedVersion: Int!) {\n    resubmitCase(id: $id, expectedVersion: $expectedVersion) {\n      ...CaseDetail\n    }\n  }\n": typeof types.ResubmitCaseDocument,
    "\n  mutation CompleteCase($id: ID!, $expectedVersion: Int!, $opinion: String) {\n    completeCase(id: $id, expectedVersion: $expectedVersion, opinion: $opinion) {\n      ...CaseDetail\n    }\n  }\n": typeof types.CompleteCaseDocument,
    "\n  mutation DeliverCase($id: ID!, $expectedVersion: Int!) {\n    deliverCase(id: $id, expectedVersion: $expectedVersion) {\n      ...CaseDetail\n    }\n  }\n": typeof types.DeliverCaseDocument,
    "\n  mutation AnswerFollowUp($id: ID!, $expectedVersion: Int!, $answer: String!) {\n    answerFollowUp(id: $id, expectedVersion: $expectedVersion, answer: $answer) {\n      ...CaseDetail\n    }\n  }\n": typeof types.AnswerFollowUpDocument,
    "\n  query CaseList($status: CaseStatus, $supervision: Supervision, $after: String) {\n    cases(first: 30, status: $status, supervision: $supervision, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          number\n          status\n          itemName\n          department\n          site\n          supervision\n          acceptedOn\n          deadline\n          createdAt\n        }\n      }\n    }\n  }\n": typeof types.CaseListDocument,
    "\n  query Catalog($search: String, $department: String, $after: String) {\n    serviceItems(search: $search, department: $department, first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          code\n          name\n          department\n          level\n          scope\n          promisedWorkingDays\n          feeFen\n        }\n      }\n    }\n  }\n": typeof types.CatalogDocument,
    "\n  query CatalogItem($code: String!) {\n    serviceItem(code: $code) {\n      code\n      name\n      version\n      department\n      level\n      scope\n      legalBasis\n      acceptanceConditions\n      promisedWorkingDays\n      statutoryWorkingDays\n      maxTrips\n      feeFen\n      resultLicenceType\n      formFields {\n        key\n        label\n        type\n        required\n        source\n        manual\n      }\n      materials {\n        name\n        required\n        satisfiedBy\n        originalRequired\n      }\n      eligibility {\n        description\n      }\n      steps {\n        order\n        action\n        name\n        role\n        levels\n        department\n      }\n    }\n  }\n": typeof types.CatalogItemDocument,
    "\n  query StationItems($site: String!, $department: String!) {\n    serviceItems(site: $site, department: $department, first: 50) {\n      edges {\n        node {\n          code\n          name\n          promisedWorkingDays\n          feeFen\n          materials {\n            name\n            satisfiedBy\n          }\n        }\n      }\n    }\n  }\n": typeof types.StationItemsDocument,
    "\n  query StationSite($code: String!) {\n    serviceSite(code: $code) {\n      code\n      name\n      level\n    }\n  }\n": typeof types.StationSiteDocument,
    "\n  fragment GrantRow on SharingGrant {\n    id\n    consumer\n    provider\n    items\n    level\n    purposes\n    legalBasis\n    validFrom\n    validUntil\n    status\n    inForce\n    requestedAt\n    requestedBy\n    dueOn\n    overdue\n    decidedAt\n    decidedBy\n    decisionReason\n    revokedAt\n    revokedBy\n    revocationReason\n  }\n": typeof types.GrantRowFragmentDoc,
    "\n  query SharingGrants($provider: String, $consumer: String, $status: GrantStatus) {\n    sharingGrants(provider: $provider, consumer: $consumer, status: $status, first: 100) {\n      totalCount\n      edges {\n        node {\n          ...GrantRow\n        }\n      }\n    }\n  }\n": typeof types.SharingGrantsDocument,
    "\n  mutation ApproveGrant($id: ID!) {\n    approveSharingGrant(id: $id) {\n      ...GrantRow\n    }\n  }\n": typeof types.ApproveGrantDocument,
    "\n  mutation RejectGrant($id: ID!, $reason: String!) {\n    rejectSharingGrant(id: $id, reason: $reason) {\n      ...GrantRow\n    }\n  }\n": typeof types.RejectGrantDocument,
    "\n  mutation RevokeGrant($id: ID!, $reason: String!) {\n    revokeSharingGrant(id: $id, reason: $reason) {\n      ...GrantRow\n    }\n  }\n": typeof types.RevokeGrantDocument,
    "\n  mutation RequestGrant($input: RequestSharingGrantInput!) {\n    requestSharingGrant(input: $input) {\n      ...GrantRow\n    }\n  }\n": typeof types.RequestGrantDocument,
    "\n  fragment DataResourceRow on DataResource {\n    item\n    base\n    provider\n    description\n    sensitivity\n    shareType\n    masking\n    householdScope\n    dataKeys\n    classifiedAt\n    classifiedBy\n  }\n": typeof types.DataResourceRowFragmentDoc,
    "\n  query DataResources($provider: String) {\n    dataResources(provider: $provider, first: 100) {\n      totalCount\n      edges {\n        node {\n          ...DataResourceRow\n        }\n      }\n    }\n    unclassifiedDataItems\n  }\n": typeof types.DataResourcesDocument,
    "\n  mutation ClassifyDataResource($input: ClassifyDataResourceInput!) {\n    classifyDataResource(input: $input) {\n      ...DataResourceRow\n    }\n  }\n": typeof types.ClassifyDataResourceDocument,
    "\n  query DepartmentStatistics($department: String!) {\n    caseStatistics(department: $department) {\n      cases\n      completed\n      onTimeRate\n      averageHandlingWorkingDays\n      autoFillShare\n      materialsByLicence\n      materialsByUpload\n      tripsPerCase\n      satisfaction\n      yellow\n      red\n    }\n  }\n": typeof types.DepartmentStatisticsDocument,
    "\n  query DepartmentItems($department: String!) {\n    serviceItems(department: $department, first: 50) {\n      edges {\n        node {\n          code\n          name\n        }\n      }\n    }\n  }\n": typeof types.DepartmentItemsDocument,
    "\n  query PersonCheck($citizenId: String!) {\n    personByCitizenId(citizenId: $citizenId) {\n      citizenId\n      name\n      gender\n      birthDate\n      age\n      address\n      phone\n      status\n      household {\n        number\n      }\n    }\n  }\n": typeof types.PersonCheckDocument,
    "\n  query MyCases {\n    cases(first: 50) {\n      edges {\n        node {\n          id\n          number\n          status\n          version\n          itemName\n          department\n          acceptedOn\n          deadline\n          createdAt\n          resultLicenceIdentifier\n          history {\n            id\n            at\n            action\n            actorRole\n            actorDept\n            toStatus\n            opinion\n          }\n          rating {\n            score\n            comment\n            followUpAnswer\n          }\n        }\n      }\n    }\n  }\n": typeof types.MyCasesDocument,
    "\n  query MyDataUsage($after: String) {\n    myDataUsage(first: 50, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          at\n          callerDept\n          callerRoles\n          purpose\n          base\n          released\n          items {\n            item\n            outcome\n          }\n        }\n      }\n    }\n  }\n": typeof types.MyDataUsageDocument,
    "\n  mutation RateCase($id: ID!, $expectedVersion: Int!, $score: Int!, $comment: String) {\n    rateCase(id: $id, expectedVersion: $expectedVersion, score: $score, comment: $comment) {\n      id\n      version\n      rating {\n        score\n        comment\n        followUpDue\n      }\n    }\n  }\n": typeof types.RateCaseDocument,
};
const documents: Documents = {
    "\n  query AccessLog(\n    $department: String\n    $subjectCitizenId: String\n    $item: String\n    $from: String\n    $to: String\n    $after: String\n  ) {\n    accessLog(\n      department: $department\n      subjectCitizenId: $subjectCitizenId\n      item: $item\n      from: $from\n      to: $to\n      after: $after\n      first: 50\n    ) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          at\n          requestId\n          callerSub\n          callerDept\n          callerRoles\n          callerSite\n          purpose\n          subjectCitizenId\n          base\n          released\n          items {\n            item\n            outcome\n          }\n        }\n      }\n    }\n  }\n": types.AccessLogDocument,
    "\n  query VerifyAccessLog {\n    verifyAccessLog {\n      ok\n      checked\n      firstBrokenEntryId\n    }\n  }\n": types.VerifyAccessLogDocument,
    "\n  fragment CaseDetail on Case {\n    id\n    number\n    status\n    version\n    itemCode\n    itemName\n    department\n    site\n    agentSub\n    acceptedOn\n    deadline\n    supervision\n    refusalReason\n    supplementItems\n    resultLicenceIdentifier\n    createdAt\n    visits\n    formFields {\n      key\n      label\n      type\n      required\n      value\n      manual\n      reason\n      source {\n        base\n        recordId\n        licenceIdentifier\n        fetchedAt\n        verified\n      }\n    }\n    materials {\n      name\n      required\n      satisfiedBy\n      status\n      licenceIdentifier\n      sealVerified\n      uploadSha256\n      reason\n    }\n    history {\n      id\n      at\n      action\n      actorSub\n      actorDept\n      actorRole\n      actorSite\n      fromStatus\n      toStatus\n      opinion\n      contentHash\n    }\n    rating {\n      score\n      comment\n      followUpDue\n      followUpAnswer\n    }\n  }\n": types.CaseDetailFragmentDoc,
    "\n  query CaseById($id: ID!) {\n    case(id: $id) {\n      ...CaseDetail\n      serviceItem {\n        code\n        promisedWorkingDays\n        steps {\n          order\n          action\n          name\n          role\n          levels\n          department\n        }\n      }\n    }\n  }\n": types.CaseByIdDocument,
    "\n  query VerifyCase($id: ID!) {\n    verifyCase(id: $id) {\n      ok\n      checked\n      firstFailedEventId\n      reason\n    }\n  }\n": types.VerifyCaseDocument,
    "\n  mutation StartCase($input: StartCaseInput!) {\n    startCase(input: $input) {\n      ...CaseDetail\n    }\n  }\n": types.StartCaseDocument,
    "\n  mutation SetCaseFields($id: ID!, $expectedVersion: Int!, $values: [FieldValueInput!]!) {\n    setCaseFields(id: $id, expectedVersion: $expectedVersion, values: $values) {\n      ...CaseDetail\n    }\n  }\n": types.SetCaseFieldsDocument,
    "\n  mutation DecideCase(\n    $id: ID!\n    $expectedVersion: Int!\n    $decision: CaseDecision!\n    $opinion: String\n  ) {\n    decideCase(id: $id, expectedVersion: $expectedVersion, decision: $decision, opinion: $opinion) {\n      ...CaseDetail\n    }\n  }\n": types.DecideCaseDocument,
    "\n  mutation RequestSupplement($id: ID!, $expectedVersion: Int!, $items: [String!]!, $note: String!) {\n    requestSupplement(id: $id, expectedVersion: $expectedVersion, items: $items, note: $note) {\n      ...CaseDetail\n    }\n  }\n": types.RequestSupplementDocument,
    "\n  mutation ResubmitCase($id: ID!, $expectedVersion: Int!) {\n    resubmitCase(id: $id, expectedVersion: $expectedVersion) {\n      ...CaseDetail\n    }\n  }\n": types.ResubmitCaseDocument,
    "\n  mutation CompleteCase($id: ID!, $expectedVersion: Int!, $opinion: String) {\n    completeCase(id: $id, expectedVersion: $expectedVersion, opinion: $opinion) {\n      ...CaseDetail\n    }\n  }\n": types.CompleteCaseDocument,
    "\n  mutation DeliverCase($id: ID!, $expectedVersion: Int!) {\n    deliverCase(id: $id, expectedVersion: $expectedVersion) {\n      ...CaseDetail\n    }\n  }\n": types.DeliverCaseDocument,
    "\n  mutation AnswerFollowUp($id: ID!, $expectedVersion: Int!, $answer: String!) {\n    answerFollowUp(id: $id, expectedVersion: $expectedVersion, answer: $answer) {\n      ...CaseDetail\n    }\n  }\n": types.AnswerFollowUpDocument,
    "\n  query CaseList($status: CaseStatus, $supervision: Supervision, $after: String) {\n    cases(first: 30, status: $status, supervision: $supervision, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          number\n          status\n          itemName\n          department\n          site\n          supervision\n          acceptedOn\n          deadline\n          createdAt\n        }\n      }\n    }\n  }\n": types.CaseListDocument,
    "\n  query Catalog($search: String, $department: String, $after: String) {\n    serviceItems(search: $search, department: $department, first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          code\n          name\n          department\n          level\n          scope\n          promisedWorkingDays\n          feeFen\n        }\n      }\n    }\n  }\n": types.CatalogDocument,
    "\n  query CatalogItem($code: String!) {\n    serviceItem(code: $code) {\n      code\n      name\n      version\n      department\n      level\n      scope\n      legalBasis\n      acceptanceConditions\n      promisedWorkingDays\n      statutoryWorkingDays\n      maxTrips\n      feeFen\n      resultLicenceType\n      formFields {\n        key\n        label\n        type\n        required\n        source\n        manual\n      }\n      materials {\n        name\n        required\n        satisfiedBy\n        originalRequired\n      }\n      eligibility {\n        description\n      }\n      steps {\n        order\n        action\n        name\n        role\n        levels\n        department\n      }\n    }\n  }\n": types.CatalogItemDocument,
    "\n  query StationItems($site: String!, $department: String!) {\n    serviceItems(site: $site, department: $department, first: 50) {\n      edges {\n        node {\n          code\n          name\n          promisedWorkingDays\n          feeFen\n          materials {\n            name\n            satisfiedBy\n          }\n        }\n      }\n    }\n  }\n": types.StationItemsDocument,
    "\n  query StationSite($code: String!) {\n    serviceSite(code: $code) {\n      code\n      name\n      level\n    }\n  }\n": types.StationSiteDocument,
    "\n  fragment GrantRow on SharingGrant {\n    id\n    consumer\n    provider\n    items\n    level\n    purposes\n    legalBasis\n    validFrom\n    validUntil\n    status\n    inForce\n    requestedAt\n    requestedBy\n    dueOn\n    overdue\n    decidedAt\n    decidedBy\n    decisionReason\n    revokedAt\n    revokedBy\n    revocationReason\n  }\n": types.GrantRowFragmentDoc,
    "\n  query SharingGrants($provider: String, $consumer: String, $status: GrantStatus) {\n    sharingGrants(provider: $provider, consumer: $consumer, status: $status, first: 100) {\n      totalCount\n      edges {\n        node {\n          ...GrantRow\n        }\n      }\n    }\n  }\n": types.SharingGrantsDocument,
    "\n  mutation ApproveGrant($id: ID!) {\n    approveSharingGrant(id: $id) {\n      ...GrantRow\n    }\n  }\n": types.ApproveGrantDocument,
    "\n  mutation RejectGrant($id: ID!, $reason: String!) {\n    rejectSharingGrant(id: $id, reason: $reason) {\n      ...GrantRow\n    }\n  }\n": types.RejectGrantDocument,
    "\n  mutation RevokeGrant($id: ID!, $reason: String!) {\n    revokeSharingGrant(id: $id, reason: $reason) {\n      ...GrantRow\n    }\n  }\n": types.RevokeGrantDocument,
    "\n  mutation RequestGrant($input: RequestSharingGrantInput!) {\n    requestSharingGrant(input: $input) {\n      ...GrantRow\n    }\n  }\n": types.RequestGrantDocument,
    "\n  fragment DataResourceRow on DataResource {\n    item\n    base\n    provider\n    description\n    sensitivity\n    shareType\n    masking\n    householdScope\n    dataKeys\n    classifiedAt\n    classifiedBy\n  }\n": types.DataResourceRowFragmentDoc,
    "\n  query DataResources($provider: String) {\n    dataResources(provider: $provider, first: 100) {\n      totalCount\n      edges {\n        node {\n          ...DataResourceRow\n        }\n      }\n    }\n    unclassifiedDataItems\n  }\n": types.DataResourcesDocument,
    "\n  mutation ClassifyDataResource($input: ClassifyDataResourceInput!) {\n    classifyDataResource(input: $input) {\n      ...DataResourceRow\n    }\n  }\n": types.ClassifyDataResourceDocument,
    "\n  query DepartmentStatistics($department: String!) {\n    caseStatistics(department: $department) {\n      cases\n      completed\n      onTimeRate\n      averageHandlingWorkingDays\n      autoFillShare\n      materialsByLicence\n      materialsByUpload\n      tripsPerCase\n      satisfaction\n      yellow\n      red\n    }\n  }\n": types.DepartmentStatisticsDocument,
    "\n  query DepartmentItems($department: String!) {\n    serviceItems(department: $department, first: 50) {\n      edges {\n        node {\n          code\n          name\n        }\n      }\n    }\n  }\n": types.DepartmentItemsDocument,
    "\n  query PersonCheck($citizenId: String!) {\n    personByCitizenId(citizenId: $citizenId) {\n      citizenId\n      name\n      gender\n      birthDate\n      age\n      address\n      phone\n      status\n      household {\n        number\n      }\n    }\n  }\n": types.PersonCheckDocument,
    "\n  query MyCases {\n    cases(first: 50) {\n      edges {\n        node {\n          id\n          number\n          status\n          version\n          itemName\n          department\n          acceptedOn\n          deadline\n          createdAt\n          resultLicenceIdentifier\n          history {\n            id\n            at\n            action\n            actorRole\n            actorDept\n            toStatus\n            opinion\n          }\n          rating {\n            score\n            comment\n            followUpAnswer\n          }\n        }\n      }\n    }\n  }\n": types.MyCasesDocument,
    "\n  query MyDataUsage($after: String) {\n    myDataUsage(first: 50, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          at\n          callerDept\n          callerRoles\n          purpose\n          base\n          released\n          items {\n            item\n            outcome\n          }\n        }\n      }\n    }\n  }\n": types.MyDataUsageDocument,
    "\n  mutation RateCase($id: ID!, $expectedVersion: Int!, $score: Int!, $comment: String) {\n    rateCase(id: $id, expectedVersion: $expectedVersion, score: $score, comment: $comment) {\n      id\n      version\n      rating {\n        score\n        comment\n        followUpDue\n      }\n    }\n  }\n": types.RateCaseDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccessLog(\n    $department: String\n    $subjectCitizenId: String\n    $item: String\n    $from: String\n    $to: String\n    $after: String\n  ) {\n    accessLog(\n      department: $department\n      subjectCitizenId: $subjectCitizenId\n      item: $item\n      from: $from\n      to: $to\n      after: $after\n      first: 50\n    ) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          at\n          requestId\n          callerSub\n          callerDept\n          callerRoles\n          callerSite\n          purpose\n          subjectCitizenId\n          base\n          released\n          items {\n            item\n            outcome\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').AccessLogDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VerifyAccessLog {\n    verifyAccessLog {\n      ok\n      checked\n      firstBrokenEntryId\n    }\n  }\n"): typeof import('./graphql').VerifyAccessLogDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CaseDetail on Case {\n    id\n    number\n    status\n    version\n    itemCode\n    itemName\n    department\n    site\n    agentSub\n    acceptedOn\n    deadline\n    supervision\n    refusalReason\n    supplementItems\n    resultLicenceIdentifier\n    createdAt\n    visits\n    formFields {\n      key\n      label\n      type\n      required\n      value\n      manual\n      reason\n      source {\n        base\n        recordId\n        licenceIdentifier\n        fetchedAt\n        verified\n      }\n    }\n    materials {\n      name\n      required\n      satisfiedBy\n      status\n      licenceIdentifier\n      sealVerified\n      uploadSha256\n      reason\n    }\n    history {\n      id\n      at\n      action\n      actorSub\n      actorDept\n      actorRole\n      actorSite\n      fromStatus\n      toStatus\n      opinion\n      contentHash\n    }\n    rating {\n      score\n      comment\n      followUpDue\n      followUpAnswer\n    }\n  }\n"): typeof import('./graphql').CaseDetailFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseById($id: ID!) {\n    case(id: $id) {\n      ...CaseDetail\n      serviceItem {\n        code\n        promisedWorkingDays\n        steps {\n          order\n          action\n          name\n          role\n          levels\n          department\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CaseByIdDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VerifyCase($id: ID!) {\n    verifyCase(id: $id) {\n      ok\n      checked\n      firstFailedEventId\n      reason\n    }\n  }\n"): typeof import('./graphql').VerifyCaseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartCase($input: StartCaseInput!) {\n    startCase(input: $input) {\n      ...CaseDetail\n    }\n  }\n"): typeof import('./graphql').StartCaseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetCaseFields($id: ID!, $expectedVersion: Int!, $values: [FieldValueInput!]!) {\n    setCaseFields(id: $id, expectedVersion: $expectedVersion, values: $values) {\n      ...CaseDetail\n    }\n  }\n"): typeof import('./graphql').SetCaseFieldsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecideCase(\n    $id: ID!\n    $expectedVersion: Int!\n    $decision: CaseDecision!\n    $opinion: String\n  ) {\n    decideCase(id: $id, expectedVersion: $expectedVersion, decision: $decision, opinion: $opinion) {\n      ...CaseDetail\n    }\n  }\n"): typeof import('./graphql').DecideCaseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestSupplement($id: ID!, $expectedVersion: Int!, $items: [String!]!, $note: String!) {\n    requestSupplement(id: $id, expectedVersion: $expectedVersion, items: $items, note: $note) {\n      ...CaseDetail\n    }\n  }\n"): typeof import('./graphql').RequestSupplementDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResubmitCase($id: ID!, $expectedVersion: Int!) {\n    resubmitCase(id: $id, expectedVersion: $expectedVersion) {\n      ...CaseDetail\n    }\n  }\n"): typeof import('./graphql').ResubmitCaseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompleteCase($id: ID!, $expectedVersion: Int!, $opinion: String) {\n    completeCase(id: $id, expectedVersion: $expectedVersion, opinion: $opinion) {\n      ...CaseDetail\n    }\n  }\n"): typeof import('./graphql').CompleteCaseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeliverCase($id: ID!, $expectedVersion: Int!) {\n    deliverCase(id: $id, expectedVersion: $expectedVersion) {\n      ...CaseDetail\n    }\n  }\n"): typeof import('./graphql').DeliverCaseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AnswerFollowUp($id: ID!, $expectedVersion: Int!, $answer: String!) {\n    answerFollowUp(id: $id, expectedVersion: $expectedVersion, answer: $answer) {\n      ...CaseDetail\n    }\n  }\n"): typeof import('./graphql').AnswerFollowUpDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseList($status: CaseStatus, $supervision: Supervision, $after: String) {\n    cases(first: 30, status: $status, supervision: $supervision, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          number\n          status\n          itemName\n          department\n          site\n          supervision\n          acceptedOn\n          deadline\n          createdAt\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CaseListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Catalog($search: String, $department: String, $after: String) {\n    serviceItems(search: $search, department: $department, first: 20, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          code\n          name\n          department\n          level\n          scope\n          promisedWorkingDays\n          feeFen\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CatalogDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CatalogItem($code: String!) {\n    serviceItem(code: $code) {\n      code\n      name\n      version\n      department\n      level\n      scope\n      legalBasis\n      acceptanceConditions\n      promisedWorkingDays\n      statutoryWorkingDays\n      maxTrips\n      feeFen\n      resultLicenceType\n      formFields {\n        key\n        label\n        type\n        required\n        source\n        manual\n      }\n      materials {\n        name\n        required\n        satisfiedBy\n        originalRequired\n      }\n      eligibility {\n        description\n      }\n      steps {\n        order\n        action\n        name\n        role\n        levels\n        department\n      }\n    }\n  }\n"): typeof import('./graphql').CatalogItemDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StationItems($site: String!, $department: String!) {\n    serviceItems(site: $site, department: $department, first: 50) {\n      edges {\n        node {\n          code\n          name\n          promisedWorkingDays\n          feeFen\n          materials {\n            name\n            satisfiedBy\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').StationItemsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StationSite($code: String!) {\n    serviceSite(code: $code) {\n      code\n      name\n      level\n    }\n  }\n"): typeof import('./graphql').StationSiteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment GrantRow on SharingGrant {\n    id\n    consumer\n    provider\n    items\n    level\n    purposes\n    legalBasis\n    validFrom\n    validUntil\n    status\n    inForce\n    requestedAt\n    requestedBy\n    dueOn\n    overdue\n    decidedAt\n    decidedBy\n    decisionReason\n    revokedAt\n    revokedBy\n    revocationReason\n  }\n"): typeof import('./graphql').GrantRowFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SharingGrants($provider: String, $consumer: String, $status: GrantStatus) {\n    sharingGrants(provider: $provider, consumer: $consumer, status: $status, first: 100) {\n      totalCount\n      edges {\n        node {\n          ...GrantRow\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').SharingGrantsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveGrant($id: ID!) {\n    approveSharingGrant(id: $id) {\n      ...GrantRow\n    }\n  }\n"): typeof import('./graphql').ApproveGrantDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RejectGrant($id: ID!, $reason: String!) {\n    rejectSharingGrant(id: $id, reason: $reason) {\n      ...GrantRow\n    }\n  }\n"): typeof import('./graphql').RejectGrantDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeGrant($id: ID!, $reason: String!) {\n    revokeSharingGrant(id: $id, reason: $reason) {\n      ...GrantRow\n    }\n  }\n"): typeof import('./graphql').RevokeGrantDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestGrant($input: RequestSharingGrantInput!) {\n    requestSharingGrant(input: $input) {\n      ...GrantRow\n    }\n  }\n"): typeof import('./graphql').RequestGrantDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DataResourceRow on DataResource {\n    item\n    base\n    provider\n    description\n    sensitivity\n    shareType\n    masking\n    householdScope\n    dataKeys\n    classifiedAt\n    classifiedBy\n  }\n"): typeof import('./graphql').DataResourceRowFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DataResources($provider: String) {\n    dataResources(provider: $provider, first: 100) {\n      totalCount\n      edges {\n        node {\n          ...DataResourceRow\n        }\n      }\n    }\n    unclassifiedDataItems\n  }\n"): typeof import('./graphql').DataResourcesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClassifyDataResource($input: ClassifyDataResourceInput!) {\n    classifyDataResource(input: $input) {\n      ...DataResourceRow\n    }\n  }\n"): typeof import('./graphql').ClassifyDataResourceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DepartmentStatistics($department: String!) {\n    caseStatistics(department: $department) {\n      cases\n      completed\n      onTimeRate\n      averageHandlingWorkingDays\n      autoFillShare\n      materialsByLicence\n      materialsByUpload\n      tripsPerCase\n      satisfaction\n      yellow\n      red\n    }\n  }\n"): typeof import('./graphql').DepartmentStatisticsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DepartmentItems($department: String!) {\n    serviceItems(department: $department, first: 50) {\n      edges {\n        node {\n          code\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').DepartmentItemsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PersonCheck($citizenId: String!) {\n    personByCitizenId(citizenId: $citizenId) {\n      citizenId\n      name\n      gender\n      birthDate\n      age\n      address\n      phone\n      status\n      household {\n        number\n      }\n    }\n  }\n"): typeof import('./graphql').PersonCheckDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyCases {\n    cases(first: 50) {\n      edges {\n        node {\n          id\n          number\n          status\n          version\n          itemName\n          department\n          acceptedOn\n          deadline\n          createdAt\n          resultLicenceIdentifier\n          history {\n            id\n            at\n            action\n            actorRole\n            actorDept\n            toStatus\n            opinion\n          }\n          rating {\n            score\n            comment\n            followUpAnswer\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').MyCasesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyDataUsage($after: String) {\n    myDataUsage(first: 50, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          at\n          callerDept\n          callerRoles\n          purpose\n          base\n          released\n          items {\n            item\n            outcome\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').MyDataUsageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RateCase($id: ID!, $expectedVersion: Int!, $score: Int!, $comment: String) {\n    rateCase(id: $id, expectedVersion: $expectedVersion, score: $score, comment: $comment) {\n      id\n      version\n      rating {\n        score\n        comment\n        followUpDue\n      }\n    }\n  }\n"): typeof import('./graphql').RateCaseDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
