import { maskValue, type Caller, type HubClient } from "@gongxiang/kit";
import type { CaseEntity } from "../case/case.entity.js";

/** Where a notice can go, or why it goes nowhere. */
export type Address =
  | { kind: "phone"; phone: string; channel: string }
  | { kind: "deceased" }
  | { kind: "none"; reason: string };

const MOBILE = /^1[3-9]\d{9}$/;

interface Registered {
  status?: string | null;
  phone?: string | null;
}

/**
 * Finds where a case's notice goes, through the sharing rules: the population base is asked, as
 * the handling department for the item (the notifying department's own grant, logged like any
 * read), for the applicant's status and phone. A deceased applicant gets no notice; a phone
 * released in full is used; otherwise the number the applicant stated at the counter, never a
 * masked one. A gateway that cannot be reached is an error (the notice is retried).
 */
export class AddressBook {
  constructor(private readonly gateway: Pick<HubClient, "request">) {}

  async resolve(row: CaseEntity): Promise<Address> {
    const answer = await this.gateway.request<{ personByCitizenId: Registered | null }>(
      `query NoticeAddress($citizenId: String!) { personByCitizenId(citizenId: $citizenId) { status phone } }`,
      { citizenId: row.applicantCitizenId },
      {
        sub: "system:notifier",
        dept: row.department as Caller["dept"],
        roles: ["clerk"],
        site: null,
        purpose: `item:${row.itemCode}`,
      },
    );
    const person = answer.data?.personByCitizenId ?? null;
    if (!answer.data && answer.errors.every((e) => !e.path)) {
      throw new Error(`the applicant's contact could not be read: ${answer.errors[0]?.message}`);
    }
    if (person?.status === "DECEASED") return { kind: "deceased" };
    if (typeof person?.phone === "string" && MOBILE.test(person.phone)) {
      return {
        kind: "phone",
        phone: person.phone,
        channel: `population:Person.phone (${row.department})`,
      };
    }
    if (row.contact) {
      return { kind: "phone", phone: row.contact.phone, channel: "stated by applicant" };
    }
    return {
      kind: "none",
      reason:
        "no number to send to: the department may not read the registered phone in full and the applicant stated none",
    };
  }
}

/** A number as it may be shown and logged. */
export function maskedPhone(phone: string): string {
  return String(maskValue("PHONE", phone));
}
