import {
  Frontier,
  leafHash as hubLeafHash,
  verifyConsistency,
  verifyInclusion,
} from "@gongxiang/kit";
import { canonicalJson } from "@gongxiang/kit";
import { canonical, consistencyHolds, inclusionHolds, leafHash } from "./rfc6962.js";

/**
 * The offline verifier's proof checks are written apart from the hub's; they must agree with
 * the hub's on every proof, genuine or not, and hash leaves the same way.
 */
const leaves = Array.from({ length: 40 }, (_, i) => hubLeafHash(Buffer.from(`entry ${i}`)));
const roots = [Frontier.empty().root()];
const frontier = Frontier.empty();
for (const leaf of leaves) {
  frontier.append(leaf);
  roots.push(frontier.root());
}
const random = (n: number) => Buffer.from(Array.from({ length: 32 }, (_, i) => (n * 31 + i) % 256));

it("agrees with the hub's checks on random proofs of every shape", () => {
  for (let size = 0; size <= 40; size++) {
    for (let index = -1; index <= size; index++) {
      for (let length = 0; length < 8; length++) {
        const path = Array.from({ length }, (_, i) => random(size * 100 + index * 10 + i));
        const leaf = index >= 0 && index < size ? leaves[index]! : random(index);
        const root = roots[size] ?? random(size);
        expect(inclusionHolds(leaf, index, size, path, root)).toBe(
          verifyInclusion(leaf, index, size, path, root),
        );
      }
    }
    for (let first = 0; first <= size; first++) {
      const proof = [random(first), random(size)].slice(0, (first + size) % 3);
      expect(consistencyHolds(first, size, roots[first]!, roots[size]!, proof)).toBe(
        verifyConsistency(first, size, roots[first]!, roots[size]!, proof),
      );
    }
  }
});

it("hashes and canonicalizes leaves as the hub does", () => {
  const value = { z: [3, { b: "二", a: null }], a: "é", m: { y: 1, x: true } };
  expect(canonical(value)).toBe(canonicalJson(value));
  expect(leafHash(Buffer.from("x")).equals(hubLeafHash(Buffer.from("x")))).toBe(true);
});
