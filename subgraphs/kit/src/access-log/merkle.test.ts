import { createHash } from "node:crypto";
import {
  EMPTY_ROOT,
  Frontier,
  consistencyRanges,
  foldRange,
  inclusionRanges,
  leafHash,
  nodeHash,
  rangeNodes,
  verifyConsistency,
  verifyInclusion,
} from "./merkle.js";

/** The RFC 6962 test data of Certificate Transparency's reference implementations. */
const DATA = ["", "00", "10", "2021", "3031", "40414243", "5051525354555657"]
  .concat("606162636465666768696a6b6c6d6e6f")
  .map((hex) => Buffer.from(hex, "hex"));
const ROOTS = [
  "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
  "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
  "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
  "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
  "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
  "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
  "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
  "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328",
];
const hex = (b: Buffer) => b.toString("hex");
const LEAVES = DATA.map((d) => leafHash(d));

/** MTH straight from the RFC's recursive definition, to check the rest against. */
function mth(leaves: Buffer[]): Buffer {
  if (leaves.length === 0) return EMPTY_ROOT;
  if (leaves.length === 1) return leaves[0]!;
  let k = 1;
  while (k * 2 < leaves.length) k *= 2;
  return nodeHash(mth(leaves.slice(0, k)), mth(leaves.slice(k)));
}

/** Resolves proof ranges from a full list of leaves. */
const hashesOf = (leaves: Buffer[], ranges: [number, number][]) =>
  ranges.map(([a, b]) => {
    const nodes = rangeNodes(a, b).map((node) =>
      mth(leaves.slice(node.index * 2 ** node.level, (node.index + 1) * 2 ** node.level)),
    );
    const folded = foldRange(nodes);
    expect(hex(folded)).toBe(hex(mth(leaves.slice(a, b))));
    return folded;
  });

describe("RFC 6962 Merkle trees", () => {
  it("matches the reference tree heads and proofs", () => {
    expect(hex(EMPTY_ROOT)).toBe(createHash("sha256").digest("hex"));
    const frontier = Frontier.empty();
    LEAVES.forEach((leaf, i) => {
      frontier.append(leaf);
      expect(hex(frontier.root())).toBe(ROOTS[i]);
      expect(hex(mth(LEAVES.slice(0, i + 1)))).toBe(ROOTS[i]);
    });
    expect(hashesOf(LEAVES, inclusionRanges(0, 8)).map(hex)).toEqual([
      "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
      "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
      "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4",
    ]);
    expect(hashesOf(LEAVES, inclusionRanges(5, 8)).map(hex)).toEqual([
      "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
      "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
      "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
    ]);
    expect(hashesOf(LEAVES, consistencyRanges(2, 8)).map(hex)).toEqual([
      "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
      "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4",
    ]);
    expect(hashesOf(LEAVES, consistencyRanges(6, 8)).map(hex)).toEqual([
      "0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a",
      "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
      "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
    ]);
  });

  const many = Array.from({ length: 70 }, (_, i) => leafHash(Buffer.from(`leaf ${i}`)));
  const roots = Array.from({ length: 71 }, (_, n) => mth(many.slice(0, n)));

  it("proves and rejects inclusion in every tree up to 70 leaves", () => {
    for (let n = 1; n <= 70; n++) {
      for (let i = 0; i < n; i++) {
        const path = hashesOf(many, inclusionRanges(i, n));
        expect(verifyInclusion(many[i]!, i, n, path, roots[n]!)).toBe(true);
        expect(verifyInclusion(many[(i + 1) % 70]!, i, n, path, roots[n]!)).toBe(false);
        if (path.length > 0) {
          const flipped = path.map((h) => Buffer.from(h));
          flipped[0]![0]! ^= 1;
          expect(verifyInclusion(many[i]!, i, n, flipped, roots[n]!)).toBe(false);
          expect(verifyInclusion(many[i]!, i, n, path.slice(1), roots[n]!)).toBe(false);
          expect(verifyInclusion(many[i]!, i, n, [...path, path[0]!], roots[n]!)).toBe(false);
        }
        if (n > 1) expect(verifyInclusion(many[i]!, (i + 1) % n, n, path, roots[n]!)).toBe(false);
      }
    }
    expect(() => inclusionRanges(3, 3)).toThrow(RangeError);
  });

  it("proves and rejects consistency between every pair of trees up to 70 leaves", () => {
    for (let second = 0; second <= 70; second++) {
      for (let first = 0; first <= second; first++) {
        const proof = hashesOf(many, consistencyRanges(first, second));
        expect(verifyConsistency(first, second, roots[first]!, roots[second]!, proof)).toBe(true);
        if (first > 0 && first < second) {
          const other = roots[first - 1]!;
          expect(verifyConsistency(first, second, other, roots[second]!, proof)).toBe(false);
          expect(verifyConsistency(first, second, roots[first]!, other, proof)).toBe(false);
          expect(verifyConsistency(first, second, roots[first]!, roots[second]!, [])).toBe(
            proof.length === 0,
          );
        }
      }
    }
  });

  it("keeps a frontier whose completed nodes are the tree's perfect subtrees", () => {
    const frontier = Frontier.empty();
    const completed = new Map<string, string>();
    many.forEach((leaf) => {
      for (const node of frontier.append(leaf)) {
        completed.set(`${node.level}:${node.index}`, hex(node.hash));
      }
    });
    expect(hex(frontier.root())).toBe(hex(roots[70]!));
    for (const [key, hash] of completed) {
      const [level, index] = key.split(":").map(Number) as [number, number];
      expect(hash).toBe(hex(mth(many.slice(index * 2 ** level, (index + 1) * 2 ** level))));
    }
    // Resumed from the stored right edge, it goes on exactly as if it had never stopped.
    const at = 37;
    const edge = rangeNodes(0, at).map((node) =>
      mth(many.slice(node.index * 2 ** node.level, (node.index + 1) * 2 ** node.level)),
    );
    const resumed = Frontier.of(at, edge);
    for (const leaf of many.slice(at)) resumed.append(leaf);
    expect(hex(resumed.root())).toBe(hex(roots[70]!));
  });
});
