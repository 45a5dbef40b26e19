import { crc32, deflateSync } from "node:zlib";
import { jpegProblem, pdfProblem, pngProblem } from "./scan-check.js";

function chunk(type: string, body: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(body.length, 0);
  head.write(type, 4, "latin1");
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), body])), 0);
  return Buffer.concat([head, body, crc]);
}

/** A real RGB PNG of the given size (grey pixels). */
function png(width: number, height: number): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const rows = Buffer.alloc(height * (1 + width * 3), 0x80);
  for (let y = 0; y < height; y++) rows[y * (1 + width * 3)] = 0;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(rows)),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}
const PNG = png(3, 2);

/** A baseline JPEG's structure: SOI, DQT, SOF0 1x1, DHT, SOS, scan data, EOI. */
function jpeg(tail = Buffer.alloc(0)): Buffer {
  const segment = (marker: number, body: Buffer) => {
    const head = Buffer.alloc(4);
    head.writeUInt16BE(0xff00 | marker, 0);
    head.writeUInt16BE(body.length + 2, 2);
    return Buffer.concat([head, body]);
  };
  return Buffer.concat([
    Buffer.from([0xff, 0xd8]),
    segment(0xdb, Buffer.concat([Buffer.from([0]), Buffer.alloc(64, 1)])),
    segment(0xc0, Buffer.from([8, 0, 1, 0, 1, 1, 1, 0x11, 0])),
    segment(
      0xc4,
      Buffer.concat([Buffer.from([0]), Buffer.from([1]), Buffer.alloc(15), Buffer.from([0])]),
    ),
    segment(0xda, Buffer.from([1, 1, 0, 0, 63, 0])),
    Buffer.from([0x00, 0xff, 0x00, 0x3f]),
    Buffer.from([0xff, 0xd9]),
    tail,
  ]);
}

const pdf = (body: string) =>
  Buffer.from(
    `%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R ${body} >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n`,
    "latin1",
  );

describe("scans are checked by decoding them", () => {
  it("accepts a real PNG and refuses one with a web page behind it, cut short or corrupted", () => {
    expect(pngProblem(PNG)).toBeNull();
    expect(pngProblem(Buffer.concat([PNG, Buffer.from("<html><script>alert(1)</script>")]))).toBe(
      "bytes follow the PNG's end",
    );
    const html = Buffer.concat([PNG.subarray(0, 8), Buffer.from("<html><body>hi</body></html>")]);
    expect(pngProblem(html)).not.toBeNull();
    expect(pngProblem(PNG.subarray(0, PNG.length - 12))).not.toBeNull();
    const corrupted = Buffer.from(PNG);
    corrupted[PNG.length - 20] ^= 0xff;
    expect(pngProblem(corrupted)).toMatch(/CRC|decode/);
  });

  it("refuses a PNG whose image data does not fill its dimensions", () => {
    const big = Buffer.from(PNG);
    big.writeUInt32BE(100, 16); // width 100, the same 3x2 image data
    big.writeUInt32BE(crc32(big.subarray(12, 29)), 29); // a correct CRC for the lying header
    expect(pngProblem(big)).toBe("the PNG's image data does not match its size");
  });

  it("walks a JPEG to its end and refuses trailing bytes or a missing frame", () => {
    expect(jpegProblem(jpeg())).toBeNull();
    expect(jpegProblem(jpeg(Buffer.from("<html>")))).toBe("bytes follow the JPEG's end");
    expect(jpegProblem(Buffer.from([0xff, 0xd8, 0xff, 0xd9]))).toBe(
      "a JPEG without a frame, tables or scan",
    );
    expect(jpegProblem(Buffer.from("\xff\xd8\xff<html>", "latin1"))).not.toBeNull();
  });

  it("accepts a PDF of pages and refuses scripts, however they are spelt or packed", () => {
    expect(pdfProblem(pdf(""))).toBeNull();
    expect(pdfProblem(pdf("/OpenAction << /S /JavaScript /JS (app.alert(1)) >>"))).toMatch(
      /JavaScript|OpenAction/,
    );
    expect(pdfProblem(pdf("/Names << /J#61vaScript 3 0 R >>"))).toBe("the PDF carries /JavaScript");
    const packed = deflateSync(Buffer.from("<< /S /Launch /F (cmd.exe) >>"));
    const withStream = Buffer.concat([
      Buffer.from("%PDF-1.5\n3 0 obj << /Filter /FlateDecode >> stream\n", "latin1"),
      packed,
      Buffer.from("\nendstream endobj\ntrailer << >>\n%%EOF\n", "latin1"),
    ]);
    expect(pdfProblem(withStream)).toBe("the PDF carries /Launch in a compressed stream");
    expect(pdfProblem(Buffer.from("%PDF-1.4\n<html>"))).not.toBeNull();
  });
});
