import { spawnSync } from "node:child_process";
import path from "node:path";

/** The packages only a subgraph needs: the gateway must not load them (issue 14). */
const SUBGRAPH_ONLY = ["@mikro-orm", "knex", "pg", "type-graphql", "@apollo/subgraph"];

/**
 * The packages a fresh Node process has loaded after requiring `target`, read from its
 * require.cache: each module file's package is the path part after its last node_modules.
 */
function packagesLoadedBy(target: string): Set<string> {
  const probe = `
    require(process.argv[1]);
    const names = Object.keys(require.cache).flatMap((file) => {
      const match = /node_modules[\\\\/]((?:@[^\\\\/]+[\\\\/])?[^\\\\/]+)[\\\\/](?!.*node_modules)/.exec(file);
      return match ? [match[1].replace("\\\\", "/")] : [];
    });
    process.stdout.write(JSON.stringify([...new Set(names)]));
  `;
  const run = spawnSync(process.execPath, ["-e", probe, target], { encoding: "utf8" });
  if (run.status !== 0) throw new Error(`requiring ${target} failed:\n${run.stderr}`);
  return new Set(JSON.parse(run.stdout) as string[]);
}

/** Which of the subgraph-only packages are among `loaded` (@mikro-orm stands for its scope). */
function subgraphOnly(loaded: Set<string>): string[] {
  return SUBGRAPH_ONLY.filter((heavy) =>
    [...loaded].some((name) => name === heavy || name.startsWith(`${heavy}/`)),
  );
}

describe("the gateway loads the kit's contracts only", () => {
  it("loads no ORM, query builder, Postgres driver, schema builder or subgraph library", () => {
    const loaded = packagesLoadedBy(path.join(__dirname, "server.js"));
    expect(loaded.has("@apollo/gateway")).toBe(true);
    expect(subgraphOnly(loaded)).toEqual([]);
  });

  it("has a contracts entry that loads none of them either", () => {
    expect(subgraphOnly(packagesLoadedBy(require.resolve("@gongxiang/kit/contracts")))).toEqual([]);
  });

  it("would see them: the kit's main entry loads them all", () => {
    expect(subgraphOnly(packagesLoadedBy(require.resolve("@gongxiang/kit")))).toEqual(
      SUBGRAPH_ONLY,
    );
  });
});
