import { buildFederatedSchema } from "@gongxiang/kit";
import type { GraphQLSchema } from "graphql";
import { caseReference } from "./case/case.reference.js";
import { CaseResolver } from "./case/case.resolver.js";
import { DisclosureResolver } from "./disclosure/disclosure.resolver.js";
import { MessageResolver } from "./message/message.resolver.js";
import { InboxResolver } from "./inbox/inbox.resolver.js";
import { NoticeResolver } from "./notification/notice.resolver.js";
import { RatingResolver } from "./rating/rating.resolver.js";
import { ScanResolver } from "./upload/scan.resolver.js";
import { StatisticsResolver } from "./statistics/statistics.resolver.js";
import { WorkflowResolver } from "./workflow/workflow.resolver.js";

/** The cases subgraph's schema (also what `npm run compose` prints). */
export function buildCasesSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema(
    {
      resolvers: [
        CaseResolver,
        WorkflowResolver,
        RatingResolver,
        StatisticsResolver,
        MessageResolver,
        DisclosureResolver,
        NoticeResolver,
        InboxResolver,
        ScanResolver,
      ],
    },
    { Case: caseReference },
  );
}
