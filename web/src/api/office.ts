import { graphql } from "../graphql/generated";

export const DepartmentStatisticsQuery = graphql(`
  query DepartmentStatistics($department: String!) {
    caseStatistics(department: $department) {
      cases
      completed
      onTimeRate
      averageHandlingWorkingDays
      autoFillShare
      materialsByLicence
      materialsByUpload
      tripsPerCase
      satisfaction
      yellow
      red
    }
  }
`);

/** The department's items: the purposes a clerk may check an applicant's data for. */
export const DepartmentItemsQuery = graphql(`
  query DepartmentItems($department: String!) {
    serviceItems(department: $department, first: 50) {
      edges {
        node {
          code
          name
        }
      }
    }
  }
`);

/** An applicant's data as the department may read it for a purpose (sent as x-purpose). */
export const PersonCheckQuery = graphql(`
  query PersonCheck($citizenId: String!) {
    personByCitizenId(citizenId: $citizenId) {
      citizenId
      name
      gender
      birthDate
      age
      address
      phone
      status
      household {
        number
      }
    }
  }
`);

/** The official's tasks: the cases waiting on their role, level and site, and for what. */
export const CaseInboxQuery = graphql(`
  query CaseInbox($after: String) {
    caseInbox(first: 30, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          number
          actions
          supervision
          deadline
          case {
            id
            itemName
            status
          }
        }
      }
    }
  }
`);
