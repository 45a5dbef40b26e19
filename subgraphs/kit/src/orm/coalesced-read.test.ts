import { AsyncLocalStorage } from "node:async_hooks";
import { CoalescedRead } from "./coalesced-read.js";

const request = new AsyncLocalStorage<string>();

test("the shared statement, and a re-run after a refused key, run in no asker's request context", async () => {
  const seen: (string | undefined)[] = [];
  let calls = 0;
  const read = new CoalescedRead<{ key: string }>(
    async (keys) => {
      seen.push(request.getStore());
      calls += 1;
      // The shared statement is refused for its data (as PostgreSQL's 22P02), then each runs alone.
      if (calls === 1) throw Object.assign(new Error("invalid input syntax"), { code: "22P02" });
      return keys.map((key) => ({ key }));
    },
    (row) => row.key,
  );
  const [a, b] = await Promise.all([
    request.run("request-a", () => read.rows(["a"])),
    request.run("request-b", () => read.rows(["b"])),
  ]);
  expect(a).toEqual([{ key: "a" }]);
  expect(b).toEqual([{ key: "b" }]);
  expect(seen).toEqual([undefined, undefined, undefined]);
});

test("a failure while sorting the rows out fails every asker instead of leaving them waiting", async () => {
  const read = new CoalescedRead<{ key: string | null }>(
    async (keys) => keys.map(() => ({ key: null })),
    (row) => row.key!.toLowerCase(),
  );
  const answers = await Promise.allSettled([read.rows(["a"]), read.rows(["b"])]);
  expect(answers.map((answer) => answer.status)).toEqual(["rejected", "rejected"]);
});
