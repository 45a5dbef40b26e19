import {
  defaultFieldResolver,
  Kind,
  type DocumentNode,
  type FieldDefinitionNode,
  type GraphQLField,
  type GraphQLSchema,
} from "graphql";
import { Directive } from "type-graphql";
import { Action } from "../access/actions.js";
import { refusalError } from "../access/authorize.js";
import { isPublic } from "../auth/caller.js";
import { UnauthenticatedError } from "../errors/errors.js";
import type { RequestAccess } from "../access/request-access.js";

/** The spec the @action directive is linked from; composed into the supergraph. */
export const ACTION_SPEC = `@link(url: "https://gongxiang.dev/action/v1.0", import: ["@action"])
  @composeDirective(name: "@action")`;
export const ACTION_DIRECTIVE = `"""The operation a root field performs; the authorization core decides who may."""
directive @action(name: String!) on FIELD_DEFINITION`;

const known = new Set<string>(Object.values(Action));

/** Declares the action a root field performs (secure by default: a root field without one fails the build). */
export function Requires(action: Action): MethodDecorator {
  return Directive(`@action(name: "${action}")`);
}

/** The action a field declares, read from its @action directive. */
export function declaredAction(field: GraphQLField<unknown, unknown>): Action | null {
  return actionOf(field.astNode);
}

function actionOf(node: FieldDefinitionNode | null | undefined): Action | null {
  const directive = node?.directives?.find((d) => d.name.value === "action");
  const argument = directive?.arguments?.find((a) => a.name.value === "name")?.value;
  return argument?.kind === "StringValue" ? (argument.value as Action) : null;
}

/** Federation's own root fields: entity references decide access in their resolvers. */
const FEDERATION_FIELDS = new Set(["_entities", "_service"]);

/**
 * Puts every root Query and Mutation field behind its declared action: the caller must be one
 * who may ask for it at all before its resolver runs (the service then checks the resource).
 * A root field that declares no action, or an unknown one, stops the subgraph from starting.
 */
export function enforceActions(schema: GraphQLSchema): GraphQLSchema {
  for (const type of [schema.getQueryType(), schema.getMutationType()]) {
    for (const field of Object.values(type?.getFields() ?? {})) {
      if (FEDERATION_FIELDS.has(field.name)) continue;
      const action = declaredAction(field);
      if (!action || !known.has(action)) {
        throw new Error(`${type!.name}.${field.name} declares no known action (@Requires)`);
      }
      const resolve = field.resolve ?? defaultFieldResolver;
      field.resolve = (source, args, context: { access: RequestAccess }, info) => {
        const { access } = context;
        const verdict = access.policy.authorizeCaller(access.caller, action);
        if (!verdict.allowed) {
          // Without a token only what is published is answered: anything else wants one.
          if (isPublic(access.caller)) throw new UnauthenticatedError(`${action} needs a token`);
          throw refusalError(action, verdict);
        }
        return resolve(source, args, context, info);
      };
    }
  }
  return schema;
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
