import { registerEnumType } from "type-graphql";

/**
 * A GraphQL enum from a list of names the kit or a service already keeps as a const array
 * (admin levels, masking rules...), so the array stays the one source of its values.
 */
export function listEnum<T extends string>(
  values: readonly T[],
  name: string,
  description: string,
): { [K in T]: K } {
  const enumObject = Object.fromEntries(values.map((value) => [value, value])) as { [K in T]: K };
  registerEnumType(enumObject, { name, description });
  return enumObject;
}
