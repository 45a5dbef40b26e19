import { crc32, inflateSync } from "node:zlib";

/** Why a file is not a safe scan of its declared type; null when it is. */
export type ScanProblem = string | null;

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
/** Most pixels a scan may decode to (a 600 dpi A4 page is about 35 million). */
const MAX_PIXELS = 50_000_000;

/** Bits per pixel of a PNG colour type at a bit depth; null for an invalid pair. */
function pngBitsPerPixel(colourType: number, depth: number): number | null {
  const channels: Record<number, [number, number[]]> = {
    0: [1, [1, 2, 4, 8, 16]],
    2: [3, [8, 16]],
    3: [1, [1, 2, 4, 8]],
    4: [2, [8, 16]],
    6: [4, [8, 16]],
  };
  const entry = channels[colourType];
  return entry && entry[1].includes(depth) ? entry[0] * depth : null;
}

/** Bytes of filtered image data a PNG of these dimensions decodes from. */
function pngDataSize(width: number, height: number, bpp: number, interlaced: boolean): number {
  const row = (w: number) => (w === 0 ? 0 : 1 + Math.ceil((w * bpp) / 8));
  if (!interlaced) return height * row(width);
  // Adam7: seven reduced images.
  const passes = [
    [0, 0, 8, 8],
    [4, 0, 8, 8],
    [0, 4, 4, 8],
    [2, 0, 4, 4],
    [0, 2, 2, 4],
    [1, 0, 2, 2],
    [0, 1, 1, 2],
  ];
  return passes.reduce((sum, [x0, y0, dx, dy]) => {
    const w = Math.ceil((width - x0!) / dx!);
    const h = Math.ceil((height - y0!) / dy!);
    return sum + (w > 0 && h > 0 ? h * row(w) : 0);
  }, 0);
}

/**
 * A PNG, decoded far enough to know it is one: every chunk's length and CRC, an IHDR first with a
 * valid colour type, image data that inflates to exactly what its dimensions need, and IEND as
 * the very last bytes (so nothing, an HTML page say, rides behind the image).
 */
export function pngProblem(bytes: Buffer): ScanProblem {
  if (!bytes.subarray(0, 8).equals(PNG_SIGNATURE)) return "no PNG signature";
  let at = 8;
  let header: { width: number; height: number; bpp: number; interlaced: boolean } | null = null;
  const data: Buffer[] = [];
  while (at < bytes.length) {
    if (at + 12 > bytes.length) return "a PNG chunk is cut short";
    const length = bytes.readUInt32BE(at);
    const type = bytes.subarray(at + 4, at + 8).toString("latin1");
    if (!/^[A-Za-z]{4}$/.test(type)) return "not a PNG chunk";
    const end = at + 12 + length;
    if (length > 0x7fffffff || end > bytes.length) return `the ${type} chunk runs past the file`;
    const crc = bytes.readUInt32BE(end - 4);
    if (crc32(bytes.subarray(at + 4, end - 4)) !== crc) return `the ${type} chunk's CRC is wrong`;
    const body = bytes.subarray(at + 8, end - 4);
    if (header === null && type !== "IHDR") return "a PNG starts with its IHDR chunk";
    if (type === "IHDR") {
      if (header !== null || length !== 13) return "a bad IHDR chunk";
      const width = body.readUInt32BE(0);
      const height = body.readUInt32BE(4);
      const bpp = pngBitsPerPixel(body[9]!, body[8]!);
      if (width === 0 || height === 0 || width * height > MAX_PIXELS) return "bad image dimensions";
      if (bpp === null || body[10] !== 0 || body[11] !== 0 || body[12]! > 1)
        return "a PNG header no decoder accepts";
      header = { width, height, bpp, interlaced: body[12] === 1 };
    } else if (type === "IDAT") {
      data.push(body);
    } else if (type === "IEND") {
      if (end !== bytes.length) return "bytes follow the PNG's end";
      if (!header || data.length === 0) return "a PNG without image data";
      const expected = pngDataSize(header.width, header.height, header.bpp, header.interlaced);
      let pixels: Buffer;
      try {
        pixels = inflateSync(Buffer.concat(data), { maxOutputLength: expected + 1 });
      } catch {
        return "the PNG's image data does not decode";
      }
      return pixels.length === expected ? null : "the PNG's image data does not match its size";
    }
    at = end;
  }
  return "the PNG has no end";
}

/**
 * A JPEG, walked marker by marker: SOI, segments of the lengths they declare, quantisation
 * tables, a frame header with real dimensions, entropy-coded scans, and EOI as the last bytes.
 */
export function jpegProblem(bytes: Buffer): ScanProblem {
  if (bytes[0] !== 0xff || bytes[1] !== 0xd8) return "no JPEG start of image";
  let at = 2;
  let frame = false;
  let tables = false;
  let scans = 0;
  while (at < bytes.length) {
    if (bytes[at] !== 0xff) return "a JPEG segment does not start with a marker";
    while (bytes[at] === 0xff) at++; // fill bytes
    const marker = bytes[at++];
    if (marker === undefined) return "the JPEG is cut short";
    if (marker === 0xd9) {
      if (at !== bytes.length) return "bytes follow the JPEG's end";
      if (!frame || scans === 0 || !tables) return "a JPEG without a frame, tables or scan";
      return null;
    }
    if (marker >= 0xd0 && marker <= 0xd7) continue;
    if (at + 2 > bytes.length) return "a JPEG segment is cut short";
    const length = bytes.readUInt16BE(at);
    if (length < 2 || at + length > bytes.length) return "a JPEG segment runs past the file";
    const body = bytes.subarray(at + 2, at + length);
    if (marker === 0xdb) tables = true;
    const sof = marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker);
    if (sof) {
      if (body.length < 6) return "a bad JPEG frame header";
      const height = body.readUInt16BE(1);
      const width = body.readUInt16BE(3);
      const components = body[5]!;
      if (width === 0 || height === 0 || width * height > MAX_PIXELS) return "bad image dimensions";
      if (components < 1 || components > 4 || body.length !== 6 + 3 * components)
        return "a bad JPEG frame header";
      frame = true;
    }
    at += length;
    if (marker === 0xda) {
      if (!frame) return "a JPEG scan before its frame";
      scans++;
      // Entropy-coded data runs to the next marker that is not a stuffed 0xFF00 or a restart.
      while (at < bytes.length) {
        if (bytes[at] === 0xff) {
          const next = bytes[at + 1];
          if (next === 0x00 || (next !== undefined && next >= 0xd0 && next <= 0xd7)) {
            at += 2;
            continue;
          }
          if (next === 0xff) {
            at++;
            continue;
          }
          break;
        }
        at++;
      }
    }
  }
  return "the JPEG has no end";
}

/** Names that make a PDF act (scripts, launched programs, attachments, forms that post). */
const ACTIVE_NAMES = [
  "JavaScript",
  "JS",
  "Launch",
  "EmbeddedFile",
  "EmbeddedFiles",
  "RichMedia",
  "XFA",
  "AA",
  "OpenAction",
  "SubmitForm",
  "ImportData",
  "GoToR",
  "GoToE",
];

/** A PDF name with its #xx escapes decoded (/J#61vaScript is /JavaScript). */
const decodeNames = (text: string) =>
  text.replace(
    /\/((?:[^\s/<>[\]()%{}]|#[0-9A-Fa-f]{2})+)/g,
    (_m, name: string) =>
      `/${name.replace(/#([0-9A-Fa-f]{2})/g, (_h, hex: string) => String.fromCharCode(parseInt(hex, 16)))}`,
  );

function activeName(text: string): string | null {
  const names = new Set(
    [...decodeNames(text).matchAll(/\/([A-Za-z]+)/g)].map((match) => match[1]!),
  );
  return ACTIVE_NAMES.find((name) => names.has(name)) ?? null;
}

/**
 * A PDF that only shows pages: a header, an end-of-file marker as the last thing in it, and no
 * name that runs code or acts on opening, in the file or inside its compressed streams.
 */
export function pdfProblem(bytes: Buffer): ScanProblem {
  const text = bytes.toString("latin1");
  if (!/^%PDF-[12]\.\d/.test(text)) return "no PDF header";
  if (!/%%EOF\s*$/.test(text.slice(-1024))) return "the PDF does not end with %%EOF";
  if (!/\btrailer\b|\/Type\s*\/XRef/.test(text)) return "the PDF has no trailer";
  const found = activeName(text);
  if (found) return `the PDF carries /${found}`;
  for (const match of text.matchAll(/stream\r?\n/g)) {
    const start = match.index + match[0].length;
    const end = text.indexOf("endstream", start);
    if (end < 0) return "a PDF stream has no end";
    try {
      const inflated = inflateSync(bytes.subarray(start, end), { maxOutputLength: 20_000_000 });
      const inner = activeName(inflated.toString("latin1"));
      if (inner) return `the PDF carries /${inner} in a compressed stream`;
    } catch {
      // Not a deflate stream (an image's DCT data, say): nothing to look inside.
    }
  }
  return null;
}

/** The checks by declared type; anything else is refused before. */
export const SCAN_CHECKS: Record<string, (bytes: Buffer) => ScanProblem> = {
  "image/jpeg": jpegProblem,
  "image/png": pngProblem,
  "application/pdf": pdfProblem,
};
