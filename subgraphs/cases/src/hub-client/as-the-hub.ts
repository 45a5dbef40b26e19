import { DATA_BUREAU, type ActingAs } from "@gongxiang/kit";

/**
 * The cases base reading published catalog data for itself (routing a message, what an item
 * publishes), as the data bureau that runs the hub: not as a visitor, whose address has a limit
 * of its own.
 */
export const AS_THE_HUB: ActingAs = {
  sub: "service:cases",
  dept: DATA_BUREAU,
  roles: ["clerk"],
  site: null,
  purpose: null,
};
