import { ForbiddenError, type Caller } from "@gongxiang/kit";

/** The data bureau runs the catalog; its data officers may act for every department. */
export const CATALOG_OPERATOR = "data-bureau";

/** Data officers manage their own department's entries; the data bureau's manage all. */
export function mayManage(caller: Caller, department: string): boolean {
  return (
    caller.roles.includes("data-officer") &&
    (caller.dept === department || caller.dept === CATALOG_OPERATOR)
  );
}

export function assertMayManage(caller: Caller, department: string, what: string): void {
  if (!mayManage(caller, department)) {
    throw new ForbiddenError(
      `only a data officer of ${department} or of ${CATALOG_OPERATOR} may change ${what}`,
    );
  }
}
