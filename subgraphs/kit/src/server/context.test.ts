import type { EntityManager } from "@mikro-orm/postgresql";
import type { SubgraphContext } from "./context.js";
import { createSubgraphContext } from "./context.js";

function context(forks: EntityManager[]) {
  return createSubgraphContext({
    fork: () => {
      const em = { id: forks.length } as unknown as EntityManager;
      forks.push(em);
      return em;
    },
    caller: { sub: "s", dept: null, roles: [], site: null, purpose: null },
    requestId: "r",
    reads: {} as SubgraphContext["reads"],
    log: {} as SubgraphContext["log"],
    access: {} as SubgraphContext["access"],
    releases: {} as SubgraphContext["releases"],
    deps: undefined,
  });
}

/** Apollo Server's copy of a context object (ApolloServer.js, cloneObject). */
const apolloCopy = <T extends object>(object: T): T =>
  Object.assign(Object.create(Object.getPrototypeOf(object) as object) as T, object);

test("a request that reads nothing through the ORM forks nothing, even once Apollo copies it", () => {
  const forks: EntityManager[] = [];
  const original = context(forks);
  apolloCopy(original);
  expect(forks).toHaveLength(0);
});

test("the copy and the original share the one fork", () => {
  const forks: EntityManager[] = [];
  const original = context(forks);
  const copy = apolloCopy(original);
  expect(copy.em).toBe(original.em);
  expect(forks).toHaveLength(1);
});
