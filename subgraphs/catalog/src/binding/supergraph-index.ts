import { readFile } from "node:fs/promises";
import {
  buildASTSchema,
  getNamedType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  parse,
  type ConstDirectiveNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from "graphql";

export interface SupergraphField {
  typeName: string;
  fieldName: string;
  /** The named type the field returns. */
  returns: GraphQLNamedType;
  leaf: boolean;
  list: boolean;
  /** Subgraphs that resolve the field (by their names in the supergraph). */
  graphs: string[];
}

const ROOTS = new Set(["Query", "Mutation", "Subscription"]);
/** Field names that carry personal data wherever they appear. */
const PERSONAL_NAME = /citizenId|holderName|phone|birthDate|address|applicant/i;

function argument(directive: ConstDirectiveNode, name: string): string | boolean | undefined {
  const value = directive.arguments?.find((arg) => arg.name.value === name)?.value;
  if (!value) return undefined;
  if (value.kind === "EnumValue" || value.kind === "StringValue") return value.value;
  if (value.kind === "BooleanValue") return value.value;
  return undefined;
}

/** What the composed supergraph holds: types, fields and which subgraph serves each. */
export class SupergraphIndex {
  private readonly graphNames = new Map<string, string>();

  private constructor(private readonly schema: GraphQLSchema) {
    const graphEnum = schema.getType("join__Graph");
    if (graphEnum?.astNode?.kind === "EnumTypeDefinition") {
      for (const value of graphEnum.astNode.values ?? []) {
        const join = value.directives?.find((d) => d.name.value === "join__graph");
        const name = join ? argument(join, "name") : undefined;
        if (typeof name === "string") this.graphNames.set(value.name.value, name);
      }
    }
  }

  static fromSdl(sdl: string): SupergraphIndex {
    return new SupergraphIndex(buildASTSchema(parse(sdl), { assumeValidSDL: true }));
  }

  static async fromFile(file: string): Promise<SupergraphIndex> {
    return SupergraphIndex.fromSdl(await readFile(file, "utf8"));
  }

  objectType(name: string): GraphQLObjectType | null {
    const type = this.schema.getType(name);
    return type && isObjectType(type) && !name.startsWith("join__") && !name.startsWith("link__")
      ? type
      : null;
  }

  /** The graphs that declare a type (join__type). */
  typeGraphs(typeName: string): string[] {
    return this.joinGraphs(this.objectType(typeName)?.astNode?.directives, "join__type");
  }

  field(typeName: string, fieldName: string): SupergraphField | null {
    const type = this.objectType(typeName);
    const field = type?.getFields()[fieldName];
    if (!type || !field) return null;
    const own = this.joinGraphs(field.astNode?.directives, "join__field");
    return {
      typeName,
      fieldName,
      returns: getNamedType(field.type),
      leaf: isLeafType(getNamedType(field.type)),
      list: isListType(isNonNullType(field.type) ? field.type.ofType : field.type),
      graphs: own.length ? own : this.typeGraphs(typeName),
    };
  }

  /**
   * Every field that carries personal data, as `Type.field`: all fields of the types reachable
   * from Person, and of any type that refers to a Person or holds a personal-looking field.
   */
  personalFields(): string[] {
    const personal = new Set<string>();
    // From Person everything reachable is about the person; from another type that refers to a
    // person, its own value types are, but other entities (a ServiceItem) stand on their own.
    const visit = (type: GraphQLObjectType, intoEntities: boolean) => {
      if (personal.has(type.name) || ROOTS.has(type.name)) return;
      personal.add(type.name);
      for (const field of Object.values(type.getFields())) {
        const named = getNamedType(field.type);
        if (!isObjectType(named) || !this.objectType(named.name)) continue;
        if (!intoEntities && named.name !== "Person" && this.isEntity(named.name)) continue;
        visit(named, intoEntities);
      }
    };
    const person = this.objectType("Person");
    if (person) visit(person, true);
    for (const type of Object.values(this.schema.getTypeMap())) {
      if (!isObjectType(type) || !this.objectType(type.name) || ROOTS.has(type.name)) continue;
      if (type.name.startsWith("__")) continue;
      const refersToPerson = Object.values(type.getFields()).some(
        (field: GraphQLField<unknown, unknown>) =>
          getNamedType(field.type).name === "Person" || PERSONAL_NAME.test(field.name),
      );
      if (refersToPerson) visit(type, false);
    }
    return [...personal]
      .flatMap((name) => Object.keys(this.objectType(name)!.getFields()).map((f) => `${name}.${f}`))
      .sort();
  }

  /** A type with a key in some subgraph (an entity, resolvable on its own). */
  private isEntity(typeName: string): boolean {
    return (this.objectType(typeName)?.astNode?.directives ?? []).some(
      (d) => d.name.value === "join__type" && d.arguments?.some((a) => a.name.value === "key"),
    );
  }

  private joinGraphs(
    directives: readonly ConstDirectiveNode[] | undefined,
    directiveName: string,
  ): string[] {
    const graphs: string[] = [];
    for (const directive of directives ?? []) {
      if (directive.name.value !== directiveName || argument(directive, "external") === true)
        continue;
      const graph = argument(directive, "graph");
      if (typeof graph === "string") graphs.push(this.graphNames.get(graph) ?? graph.toLowerCase());
    }
    return graphs;
  }
}
