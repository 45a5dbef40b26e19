import { Action, Requires } from "@gongxiang/kit";
import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from "type-graphql";
import type { CasesContext } from "../context.js";
import { MessageService } from "./message.service.js";
import {
  MessageReceipt,
  MessageStatistics,
  PublishedMessageConnection,
  ResidentMessage,
  ResidentMessageConnection,
  SubmitMessageInput,
} from "./message.type.js";

const messages = (ctx: CasesContext) => new MessageService(ctx);

@Resolver(() => ResidentMessage)
export class MessageResolver {
  @Mutation(() => MessageReceipt, {
    description:
      "我有话说: a message about a service item, a service site or your own case, routed to the department that must answer it within 5 working days. Without a token too (limited per address and day).",
  })
  @Requires(Action.MESSAGE_SUBMIT)
  submitMessage(
    @Arg("input", () => SubmitMessageInput) input: SubmitMessageInput,
    @Ctx() ctx: CasesContext,
  ): Promise<MessageReceipt> {
    return messages(ctx).submit(input);
  }

  @Mutation(() => ResidentMessage, {
    description:
      "The department's answer; with publish, and the writer's leave, published with personal data blanked out.",
  })
  @Requires(Action.MESSAGE_HANDLE)
  answerMessage(
    @Arg("id", () => ID) id: string,
    @Arg("answer", () => String) answer: string,
    @Arg("publish", () => Boolean) publish: boolean,
    @Ctx() ctx: CasesContext,
  ): Promise<ResidentMessage> {
    return messages(ctx).answer(id, answer, publish);
  }

  @Mutation(() => ResidentMessage, {
    description: "The writer rates the answer, 1 to 5: a citizen by id, a visitor by receipt.",
  })
  @Requires(Action.MESSAGE_RATE)
  rateMessageAnswer(
    @Arg("score", () => Int) score: number,
    @Arg("id", () => ID, { nullable: true }) id: string | null,
    @Arg("receipt", () => String, { nullable: true }) receipt: string | null,
    @Ctx() ctx: CasesContext,
  ): Promise<ResidentMessage> {
    return messages(ctx).rate(id ?? null, receipt ?? null, score);
  }

  @Query(() => ResidentMessage, { description: "A visitor's own message, by its receipt." })
  @Requires(Action.MESSAGE_SUBMIT)
  messageByReceipt(
    @Arg("receipt", () => String) receipt: string,
    @Ctx() ctx: CasesContext,
  ): Promise<ResidentMessage> {
    return messages(ctx).withReceipt(receipt);
  }

  @Query(() => ResidentMessageConnection, {
    description: "A citizen's own messages, newest first.",
  })
  @Requires(Action.MESSAGE_READ_OWN)
  myMessages(
    @Arg("first", () => Int, { nullable: true }) first: number | null,
    @Arg("after", () => String, { nullable: true }) after: string | null,
    @Ctx() ctx: CasesContext,
  ): Promise<ResidentMessageConnection> {
    return messages(ctx).mine(first, after);
  }

  @Query(() => ResidentMessageConnection, {
    description:
      "Messages routed to your department, newest first, with their supervision colour (the data bureau's auditors: all).",
  })
  @Requires(Action.MESSAGE_HANDLE)
  messageInbox(
    @Arg("department", () => String, { nullable: true }) department: string | null,
    @Arg("answered", () => Boolean, { nullable: true }) answered: boolean | null,
    @Arg("first", () => Int, { nullable: true }) first: number | null,
    @Arg("after", () => String, { nullable: true }) after: string | null,
    @Ctx() ctx: CasesContext,
  ): Promise<ResidentMessageConnection> {
    return messages(ctx).inbox({ department, answered }, first, after);
  }

  @Query(() => PublishedMessageConnection, {
    description: "Published messages and answers (阳光红页), newest first; no token needed.",
  })
  @Requires(Action.MESSAGE_READ_PUBLISHED)
  publishedMessages(
    @Arg("department", () => String, { nullable: true }) department: string | null,
    @Arg("itemCode", () => String, { nullable: true }) itemCode: string | null,
    @Arg("first", () => Int, { nullable: true }) first: number | null,
    @Arg("after", () => String, { nullable: true }) after: string | null,
    @Ctx() ctx: CasesContext,
  ): Promise<PublishedMessageConnection> {
    return messages(ctx).published({ department, itemCode }, first, after);
  }

  @Query(() => MessageStatistics, {
    description:
      "How a department answers its messages: received, on time, ratings; no token needed.",
  })
  @Requires(Action.MESSAGE_READ_PUBLISHED)
  messageStatistics(
    @Arg("department", () => String) department: string,
    @Ctx() ctx: CasesContext,
  ): Promise<MessageStatistics> {
    return messages(ctx).statistics(department);
  }
}
