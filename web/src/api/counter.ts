import { graphql } from "../graphql/generated";

/** The items a station may accept for the agent's department. */
export const StationItemsQuery = graphql(`
  query StationItems($site: String!, $department: String!) {
    serviceItems(site: $site, department: $department, first: 50) {
      edges {
        node {
          code
          name
          promisedWorkingDays
          feeFen
          materials {
            name
            satisfiedBy
          }
        }
      }
    }
  }
`);

export const StationSiteQuery = graphql(`
  query StationSite($code: String!) {
    serviceSite(code: $code) {
      code
      name
      level
    }
  }
`);
