import {
  GraphQLError,
  Kind,
  type ASTVisitor,
  type FragmentDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
} from "graphql";

export interface OperationLimits {
  maxDepth: number;
  maxAliases: number;
  /** Field selections after fragments are expanded: a bound on the work one request asks for. */
  maxFields: number;
}

const limitError = (message: string) =>
  new GraphQLError(message, { extensions: { code: "BAD_USER_INPUT" } });

/**
 * Validation rules (run once per distinct document: Apollo caches validated documents by
 * hash) refusing queries that are too deep, too aliased or too large.
 */
export function operationLimitRules(limits: OperationLimits) {
  return [
    (context: ValidationContext): ASTVisitor => ({
      Document: {
        leave(document) {
          const fragments = new Map<string, FragmentDefinitionNode>();
          for (const definition of document.definitions) {
            if (definition.kind === Kind.FRAGMENT_DEFINITION) {
              fragments.set(definition.name.value, definition);
            }
          }
          for (const definition of document.definitions) {
            if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
            const totals = { aliases: 0, fields: 0, depth: 0 };
            walk(definition.selectionSet, 1, new Set(), fragments, totals, limits);
            if (totals.depth > limits.maxDepth) {
              context.reportError(
                limitError(`query is ${totals.depth} levels deep; the limit is ${limits.maxDepth}`),
              );
            } else if (totals.aliases > limits.maxAliases) {
              context.reportError(
                limitError(
                  `query has ${totals.aliases} aliases; the limit is ${limits.maxAliases}`,
                ),
              );
            } else if (totals.fields > limits.maxFields) {
              context.reportError(
                limitError(
                  `query selects ${totals.fields} fields; the limit is ${limits.maxFields}`,
                ),
              );
            }
          }
        },
      },
    }),
  ];
}

function walk(
  selectionSet: SelectionSetNode,
  depth: number,
  visiting: Set<string>,
  fragments: Map<string, FragmentDefinitionNode>,
  totals: { aliases: number; fields: number; depth: number },
  limits: OperationLimits,
): void {
  // Stop counting once a limit is passed: a hostile document must not cost us the walk.
  if (totals.depth > limits.maxDepth || totals.fields > limits.maxFields) return;
  totals.depth = Math.max(totals.depth, depth);
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      totals.fields++;
      if (selection.alias) totals.aliases++;
      if (selection.selectionSet)
        walk(selection.selectionSet, depth + 1, visiting, fragments, totals, limits);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      walk(selection.selectionSet, depth, visiting, fragments, totals, limits);
    } else {
      const name = selection.name.value;
      const fragment = fragments.get(name);
      if (!fragment || visiting.has(name)) continue; // cycles are refused by standard validation
      visiting.add(name);
      walk(fragment.selectionSet, depth, visiting, fragments, totals, limits);
      visiting.delete(name);
    }
  }
}
