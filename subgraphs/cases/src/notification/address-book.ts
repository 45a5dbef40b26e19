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

/** What of a case its notice's address turns on. */
export type NoticeCase = Pick<
  CaseEntity,
  "applicantCitizenId" | "department" | "itemCode" | "contact"
>;

/**
 * Finds where cases' notices go, through the sharing rules: the population base is asked, as
 * the handling department for the item (the notifying department's own grant, logged like any
 * read), for the applicants' status and phone, in one read per department and item. A deceased
 * applicant gets no notice; a phone released in full is used; otherwise the number the
 * applicant stated at the counter, never a masked one. Where the gateway cannot be reached or
 * the read fails as a whole, the answer is an Error (the notice is retried).
 */
export class AddressBook {
  constructor(private readonly gateway: Pick<HubClient, "request">) {}

  /** Each case's address, in the order given. */
  async resolveAll(cases: readonly NoticeCase[]): Promise<(Address | Error)[]> {
    const groups = new Map<string, NoticeCase[]>();
    for (const row of cases) {
      const key = `${row.department}\n${row.itemCode}`;
      groups.set(key, [...(groups.get(key) ?? []), row]);
    }
    const registered = new Map<NoticeCase, Registered | null | Error>();
    await Promise.all(
      [...groups.values()].map(async (group) => {
        // A read that fails, or a gateway not reached, fails this group's notices (retried).
        const found = await this.registered(group).catch(
          (error: unknown) =>
            new Error(
              `the applicant's contact could not be read: ${error instanceof Error ? error.message : String(error)}`,
            ),
        );
        for (const row of group) {
          registered.set(
            row,
            found instanceof Error ? found : (found.get(row.applicantCitizenId) ?? null),
          );
        }
      }),
    );
    return cases.map((row) => {
      const person = registered.get(row) ?? null;
      return person instanceof Error ? person : addressOf(row, person);
    });
  }

  /** One group's applicants as registered (absent: none, or nothing the department may read). */
  private async registered(group: NoticeCase[]): Promise<Map<string, Registered | null>> {
    const { department, itemCode } = group[0]!;
    const citizenIds = [...new Set(group.map((row) => row.applicantCitizenId))];
    const answer = await this.gateway.request<{ persons: (Registered | null)[] }>(
      `query NoticeAddresses($citizenIds: [String!]!) { persons(citizenIds: $citizenIds) { status phone } }`,
      { citizenIds },
      {
        sub: "system:notifier",
        dept: department as Caller["dept"],
        roles: ["clerk"],
        site: null,
        purpose: `item:${itemCode}`,
      },
    );
    // The read failed as a whole (the field itself, not a person's phone): nobody was found
    // wanting, so no notice may be settled on it.
    const persons = answer.data?.persons;
    const whole = answer.errors.find((error) => !error.path || error.path.length <= 1);
    if (!persons || whole || persons.length !== citizenIds.length) {
      throw new Error(whole?.message ?? answer.errors[0]?.message ?? "no answer");
    }
    return new Map(citizenIds.map((citizenId, i) => [citizenId, persons[i] ?? null]));
  }
}

function addressOf(row: NoticeCase, person: Registered | null): Address {
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

/** A number as it may be shown and logged. */
export function maskedPhone(phone: string): string {
  return String(maskValue("PHONE", phone));
}
