import { GraphQLJSONObject } from "graphql-scalars";
import { Directive, Field, Int, ObjectType } from "type-graphql";
import { Person } from "../person/person.type.js";
import { LicenceStatus, VerificationStatus } from "./licence.enums.js";

@ObjectType("SealDisclosure", {
  description: "One field of a licence released to you, and the salt of its digest in the seal.",
})
export class SealDisclosure {
  @Field(() => String, {
    description: "The field: holder.citizenId, holder.name, number or data.<key>.",
  })
  field!: string;

  @Field(() => String, {
    description:
      "The salt: the seal's digest of the field is base64url(sha256(canonical JSON of [salt, field, value]))).",
  })
  salt!: string;
}

@ObjectType("Licence", { description: "An electronic licence (电子证照), sealed by its issuer." })
@Directive('@key(fields: "identifier")')
export class Licence {
  @Field(() => String, {
    description:
      "Identifier 1.2.156.3005.2.<type>.<issuer USCC>.<serial>.<version>.<check> (GB/T 36904 style).",
  })
  identifier!: string;

  @Field(() => String, { description: "Licence type code, e.g. ID_CARD." })
  type!: string;

  @Field(() => String, {
    nullable: true,
    description:
      "The licence's own number as printed (withheld where it copies data you may not read).",
  })
  number!: string | null;

  @Field(() => LicenceStatus, { description: "VALID, EXPIRED (from the dates) or REVOKED." })
  status!: LicenceStatus;

  @Field(() => String, {
    nullable: true,
    description: "Citizen ID number of the holder (decided as Person.citizenId).",
  })
  holderCitizenId!: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Name of the holder as on the licence (decided as Person.name).",
  })
  holderName!: string | null;

  @Field(() => String, { description: "Kind of the holder's identity document (CITIZEN_ID)." })
  holderIdType!: string;

  @Field(() => Person, {
    nullable: true,
    description: "The holder in the population base (decided as Person.citizenId).",
  })
  holder!: Person | null;

  @Field(() => String, { description: "Issuing department code." })
  issuerDept!: string;

  @Field(() => String, { description: "Unified social credit code of the issuer." })
  issuerCode!: string;

  @Field(() => String, { description: "When the licence was issued (ISO 8601)." })
  issuedAt!: string;

  @Field(() => String, { description: "First day in force (ISO 8601 date)." })
  validFrom!: string;

  @Field(() => String, {
    nullable: true,
    description: "Last day in force; null for long-term (长期).",
  })
  validUntil!: string | null;

  @Field(() => String, { description: "12-digit division code of the issuing jurisdiction." })
  jurisdiction!: string;

  @Field(() => GraphQLJSONObject, {
    description:
      "Type-specific data (see LicenceType.fields); a field copying a person's data you may not read is left out and named in `withheld`.",
  })
  data!: Record<string, unknown>;

  @Field(() => [String], {
    description:
      "Fields withheld from you because they carry data items you may not read (e.g. data.ethnicity).",
  })
  withheld!: string[];

  @Field(() => [SealDisclosure], {
    description:
      "The salt of each field released to you: with it, its digest in the seal can be checked offline.",
  })
  sealDisclosures!: SealDisclosure[];

  @Field(() => Int, { description: "Version of the licence content." })
  version!: number;

  @Field(() => String, {
    description:
      "The issuer's seal: a compact JWS over the licence's metadata and a salted digest of each field (selective disclosure), verifiable offline against the JWKS.",
  })
  seal!: string;

  @Field(() => String, { nullable: true, description: "When it was revoked, if it was." })
  revokedAt!: string | null;

  @Field(() => String, { nullable: true, description: "Why it was revoked, if it was." })
  revocationReason!: string | null;
}

@ObjectType("LicenceVerification", {
  description:
    "A VERIFY-level answer about a licence: its standing and why, nothing about the holder.",
})
export class LicenceVerification {
  @Field(() => VerificationStatus, { description: "VALID, EXPIRED, REVOKED, TAMPERED or UNKNOWN." })
  status!: VerificationStatus;

  @Field(() => String, { description: "Why, in words." })
  reason!: string;

  @Field(() => String, {
    nullable: true,
    description: "The licence type, when the licence is known.",
  })
  type!: string | null;
}
