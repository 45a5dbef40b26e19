import { graphql } from "../graphql/generated";

// 我有话说: residents' messages, the departments' answers, what is published.

export const PublishedMessagesQuery = graphql(`
  query PublishedMessages($itemCode: String, $after: String) {
    publishedMessages(itemCode: $itemCode, first: 20, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          number
          about
          itemCode
          siteCode
          department
          question
          answer
          askedOn
          answeredOn
          answeredOnTime
          rating
        }
      }
    }
  }
`);

export const MessageStatisticsQuery = graphql(`
  query MessageStatistics($department: String!) {
    messageStatistics(department: $department) {
      department
      received
      answered
      answeredOnTime
      overdue
      rated
      averageRating
    }
  }
`);

export const SubmitMessageMutation = graphql(`
  mutation SubmitMessage($input: SubmitMessageInput!) {
    submitMessage(input: $input) {
      number
      department
      dueOn
      receipt
    }
  }
`);

export const MessageByReceiptQuery = graphql(`
  query MessageByReceipt($receipt: String!) {
    messageByReceipt(receipt: $receipt) {
      id
      number
      about
      itemCode
      department
      question
      dueOn
      supervision
      answer
      answeredAt
      published
      rating
    }
  }
`);

export const MyMessagesQuery = graphql(`
  query MyMessages($after: String) {
    myMessages(first: 20, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          number
          about
          itemCode
          siteCode
          caseId
          department
          question
          dueOn
          supervision
          answer
          answeredAt
          published
          rating
        }
      }
    }
  }
`);

export const RateMessageAnswerMutation = graphql(`
  mutation RateMessageAnswer($id: ID, $receipt: String, $score: Int!) {
    rateMessageAnswer(id: $id, receipt: $receipt, score: $score) {
      id
      rating
    }
  }
`);

export const MessageInboxQuery = graphql(`
  query MessageInbox($answered: Boolean, $after: String) {
    messageInbox(answered: $answered, first: 20, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          number
          about
          itemCode
          siteCode
          caseId
          department
          question
          contactPhone
          publishable
          createdAt
          dueOn
          supervision
          answer
          answeredAt
          published
          rating
        }
      }
    }
  }
`);

export const AnswerMessageMutation = graphql(`
  mutation AnswerMessage($id: ID!, $answer: String!, $publish: Boolean!) {
    answerMessage(id: $id, answer: $answer, publish: $publish) {
      id
      answer
      answeredAt
      published
      supervision
    }
  }
`);

export const MyNotificationsQuery = graphql(`
  query MyNotifications($after: String) {
    myNotifications(first: 20, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          caseNumber
          itemName
          kind
          message
          state
          deliveredTo
          createdAt
          deliveredAt
        }
      }
    }
  }
`);
