import { Kind, type DocumentNode, type FieldDefinitionNode } from "graphql";
import type { Action } from "../access/actions.js";

/**
 * The @action directive as text: its spec, its definition and how a field's is read. Kept apart
 * from `required-actions.ts` (which builds on type-graphql) so that the gateway can read the
 * actions of a supergraph without loading the schema builder.
 */

/** The spec the @action directive is linked from; composed into the supergraph. */
export const ACTION_SPEC = `@link(url: "https://gongxiang.dev/action/v1.0", import: ["@action"])
  @composeDirective(name: "@action")`;
export const ACTION_DIRECTIVE = `"""The operation a root field performs; the authorization core decides who may."""
directive @action(name: String!) on FIELD_DEFINITION`;

/** The action a field definition declares in its @action directive, if any. */
export function actionOf(node: FieldDefinitionNode | null | undefined): Action | null {
  const directive = node?.directives?.find((d) => d.name.value === "action");
  const argument = directive?.arguments?.find((a) => a.name.value === "name")?.value;
  return argument?.kind === "StringValue" ? (argument.value as Action) : null;
}

/** The action each root Query field of a (super)graph document declares, by field name. */
export function queryActions(document: DocumentNode): Map<string, string> {
  const actions = new Map<string, string>();
  for (const definition of document.definitions) {
    if (
      (definition.kind !== Kind.OBJECT_TYPE_DEFINITION &&
        definition.kind !== Kind.OBJECT_TYPE_EXTENSION) ||
      definition.name.value !== "Query"
    ) {
      continue;
    }
    for (const field of definition.fields ?? []) {
      const action = actionOf(field);
      if (action) actions.set(field.name.value, action);
    }
  }
  return actions;
}
