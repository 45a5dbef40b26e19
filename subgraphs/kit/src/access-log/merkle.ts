import { createHash } from "node:crypto";

/**
 * RFC 6962 Merkle tree hashing (as Certificate Transparency): leaf = SHA-256(0x00 || leaf),
 * node = SHA-256(0x01 || left || right), a tree of n leaves splits at the largest power of two
 * below n. Sizes and indexes are plain numbers (safe integers), never 32-bit bit operations.
 */

const LEAF_PREFIX = Buffer.from([0]);
const NODE_PREFIX = Buffer.from([1]);

/** The root of the empty tree: SHA-256 of nothing. */
export const EMPTY_ROOT = createHash("sha256").digest();

export function leafHash(leaf: Uint8Array): Buffer {
  return createHash("sha256").update(LEAF_PREFIX).update(leaf).digest();
}

export function nodeHash(left: Uint8Array, right: Uint8Array): Buffer {
  return createHash("sha256").update(NODE_PREFIX).update(left).update(right).digest();
}

/** A perfect subtree: 2^level leaves starting at leaf index * 2^level. */
export interface NodeRef {
  level: number;
  index: number;
}

export const nodeKey = (node: NodeRef) => `${node.level}:${node.index}`;

/** The largest power of two strictly below n (n > 1). */
function splitPoint(n: number): number {
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
}

/**
 * The perfect subtrees whose right fold is MTH(D[start:end]), left to right. Every range an
 * RFC 6962 proof names starts at a multiple of its own split, so the pieces are aligned nodes.
 */
export function rangeNodes(start: number, end: number): NodeRef[] {
  const nodes: NodeRef[] = [];
  let at = start;
  while (at < end) {
    let size = 1;
    let level = 0;
    while (size * 2 <= end - at && at % (size * 2) === 0) {
      size *= 2;
      level += 1;
    }
    nodes.push({ level, index: at / size });
    at += size;
  }
  return nodes;
}

/** Folds the hashes of rangeNodes(...) into the range's hash (right to left). */
export function foldRange(hashes: Buffer[]): Buffer {
  if (hashes.length === 0) return EMPTY_ROOT;
  let hash = hashes[hashes.length - 1]!;
  for (let i = hashes.length - 2; i >= 0; i--) hash = nodeHash(hashes[i]!, hash);
  return hash;
}

/** The ranges [start, end) whose hashes form PATH(index, D[0:size]), leaf upwards. */
export function inclusionRanges(index: number, size: number): [number, number][] {
  if (!Number.isSafeInteger(index) || index < 0 || index >= size) {
    throw new RangeError(`leaf ${index} is not in a tree of ${size}`);
  }
  const ranges: [number, number][] = [];
  const walk = (m: number, start: number, end: number) => {
    const n = end - start;
    if (n <= 1) return;
    const k = splitPoint(n);
    if (m < k) {
      walk(m, start, start + k);
      ranges.push([start + k, end]);
    } else {
      walk(m - k, start + k, end);
      ranges.push([start, start + k]);
    }
  };
  walk(index, 0, size);
  return ranges;
}

/** The ranges whose hashes form PROOF(first, D[0:second]) (RFC 6962 2.1.2). */
export function consistencyRanges(first: number, second: number): [number, number][] {
  if (!Number.isSafeInteger(first) || first < 0 || first > second) {
    throw new RangeError(`no consistency proof from ${first} to ${second}`);
  }
  const ranges: [number, number][] = [];
  if (first === 0 || first === second) return ranges;
  const sub = (m: number, start: number, end: number, whole: boolean) => {
    const n = end - start;
    if (m === n) {
      if (!whole) ranges.push([start, end]);
      return;
    }
    const k = splitPoint(n);
    if (m <= k) {
      sub(m, start, start + k, whole);
      ranges.push([start + k, end]);
    } else {
      sub(m - k, start + k, end, false);
      ranges.push([start, start + k]);
    }
  };
  sub(first, 0, second, true);
  return ranges;
}

const isHash = (value: unknown): value is Buffer => Buffer.isBuffer(value) && value.length === 32;

/** RFC 9162 2.1.3.2: does `path` prove leaf `index` of a tree of `size` with this root? */
export function verifyInclusion(
  leaf: Buffer,
  index: number,
  size: number,
  path: Buffer[],
  root: Buffer,
): boolean {
  if (!isHash(leaf) || !isHash(root) || !path.every(isHash)) return false;
  if (!Number.isSafeInteger(index) || !Number.isSafeInteger(size) || index < 0 || index >= size) {
    return false;
  }
  let fn = index;
  let sn = size - 1;
  let hash = leaf;
  for (const sibling of path) {
    if (sn === 0) return false;
    if (fn % 2 === 1 || fn === sn) {
      hash = nodeHash(sibling, hash);
      while (fn % 2 === 0 && fn !== 0) {
        fn = Math.floor(fn / 2);
        sn = Math.floor(sn / 2);
      }
    } else {
      hash = nodeHash(hash, sibling);
    }
    fn = Math.floor(fn / 2);
    sn = Math.floor(sn / 2);
  }
  return sn === 0 && hash.equals(root);
}

/** RFC 9162 2.1.4.2: is the tree (second, secondRoot) an append-only extension of (first, firstRoot)? */
export function verifyConsistency(
  first: number,
  second: number,
  firstRoot: Buffer,
  secondRoot: Buffer,
  proof: Buffer[],
): boolean {
  if (!isHash(firstRoot) || !isHash(secondRoot) || !proof.every(isHash)) return false;
  if (!Number.isSafeInteger(first) || !Number.isSafeInteger(second) || first < 0) return false;
  if (first > second) return false;
  if (first === second) return proof.length === 0 && firstRoot.equals(secondRoot);
  if (first === 0) return proof.length === 0 && firstRoot.equals(EMPTY_ROOT);
  const path = isPowerOfTwo(first) ? [firstRoot, ...proof] : [...proof];
  if (path.length === 0) return false;
  let fn = first - 1;
  let sn = second - 1;
  while (fn % 2 === 1) {
    fn = Math.floor(fn / 2);
    sn = Math.floor(sn / 2);
  }
  let fr = path[0]!;
  let sr = path[0]!;
  for (const c of path.slice(1)) {
    if (sn === 0) return false;
    if (fn % 2 === 1 || fn === sn) {
      fr = nodeHash(c, fr);
      sr = nodeHash(c, sr);
      while (fn % 2 === 0 && fn !== 0) {
        fn = Math.floor(fn / 2);
        sn = Math.floor(sn / 2);
      }
    } else {
      sr = nodeHash(sr, c);
    }
    fn = Math.floor(fn / 2);
    sn = Math.floor(sn / 2);
  }
  return sn === 0 && fr.equals(firstRoot) && sr.equals(secondRoot);
}

function isPowerOfTwo(n: number): boolean {
  let k = 1;
  while (k < n) k *= 2;
  return k === n;
}

/**
 * The right edge of a growing tree: the roots of its perfect subtrees, largest first. Appending
 * a leaf completes at most one node per level; the root is their right fold.
 */
export class Frontier {
  private constructor(
    private size_: number,
    private readonly stack: { level: number; hash: Buffer }[],
  ) {}

  static empty(): Frontier {
    return new Frontier(0, []);
  }

  /** The frontier of a tree of `size` from the hashes of rangeNodes(0, size), in order. */
  static of(size: number, hashes: Buffer[]): Frontier {
    const nodes = rangeNodes(0, size);
    if (nodes.length !== hashes.length) throw new RangeError("frontier hashes do not fit the size");
    return new Frontier(
      size,
      nodes.map((node, i) => ({ level: node.level, hash: hashes[i]! })),
    );
  }

  get size(): number {
    return this.size_;
  }

  /** Appends a leaf hash; returns the interior nodes it completed (level >= 1). */
  append(leaf: Buffer): (NodeRef & { hash: Buffer })[] {
    const completed: (NodeRef & { hash: Buffer })[] = [];
    let entry = { level: 0, hash: leaf };
    let position = this.size_;
    while (this.stack.length > 0 && this.stack[this.stack.length - 1]!.level === entry.level) {
      const left = this.stack.pop()!;
      position = Math.floor(position / 2);
      entry = { level: entry.level + 1, hash: nodeHash(left.hash, entry.hash) };
      completed.push({ level: entry.level, index: position, hash: entry.hash });
    }
    this.stack.push(entry);
    this.size_ += 1;
    return completed;
  }

  root(): Buffer {
    return foldRange(this.stack.map((entry) => entry.hash));
  }
}
