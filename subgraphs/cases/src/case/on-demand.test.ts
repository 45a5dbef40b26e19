import { onDemand } from "./on-demand.js";

it("loads nothing until awaited, then once however often it is awaited", async () => {
  let loads = 0;
  const value = onDemand(async () => {
    loads++;
    return [1, 2];
  });
  const copied = { ...{ history: value } };
  expect(loads).toBe(0);
  expect(await copied.history).toEqual([1, 2]);
  expect(await value).toEqual([1, 2]);
  expect(loads).toBe(1);
});

it("passes a failed load on to whoever awaits it", async () => {
  const value = onDemand(() => Promise.reject(new Error("no history")));
  await expect(Promise.resolve(value)).rejects.toThrow("no history");
});
