import type { FieldSet, FieldSpec } from "@gongxiang/kit";
import type { LicenceTypeDefinition } from "../licence-type/licence-types.js";

const sets = new Map<string, FieldSet>();
const whole = (item: string): FieldSpec => ({ item, whole: true });

/**
 * A licence of one type as the rules see it: its content under the type's item
 * (`Licence:<TYPE>`), and each field that copies a person's data under that data item too, so
 * classification follows the data wherever it is stored (an ID card's ethnic group stays as
 * NOT_SHARED as Person.ethnicity). Field names are those of the seal's disclosures.
 * Reached through its holder, the holder's citizen ID (and a number that is one) is no news.
 */
export function licenceFields(type: LicenceTypeDefinition, throughHolder: boolean): FieldSet {
  const name = `Licence:${type.code}${throughHolder ? "@holder" : ""}`;
  let set = sets.get(name);
  if (set) return set;
  const fields: Record<string, FieldSpec> = {
    licence: whole(`Licence:${type.code}`),
    "holder.name": whole("Person.name"),
  };
  if (!throughHolder) fields["holder.citizenId"] = whole("Person.citizenId");
  if (type.numberCarries && !(throughHolder && type.numberCarries === "Person.citizenId")) {
    fields.number = whole(type.numberCarries);
  }
  for (const field of type.fields) {
    if (field.carries) fields[`data.${field.key}`] = whole(field.carries);
  }
  set = { name, fields };
  sets.set(name, set);
  return set;
}
