import { defaultFieldResolver, type GraphQLField, type GraphQLSchema } from "graphql";
import { Directive } from "type-graphql";
import { Action } from "../access/actions.js";
import { refusalError } from "../access/authorize.js";
import { isPublic } from "../auth/caller.js";
import { UnauthenticatedError } from "../errors/errors.js";
import type { RequestAccess } from "../access/request-access.js";
import { actionOf } from "./action-directive.js";

const known = new Set<string>(Object.values(Action));

/** Declares the action a root field performs (secure by default: a root field without one fails the build). */
export function Requires(action: Action): MethodDecorator {
  return Directive(`@action(name: "${action}")`);
}

/** The action a field declares, read from its @action directive. */
export function declaredAction(field: GraphQLField<unknown, unknown>): Action | null {
  return actionOf(field.astNode);
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
