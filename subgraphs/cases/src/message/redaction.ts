import { z } from "@gongxiang/kit";

/** What no published text may hold, whoever it belongs to: blanked out by pattern. */
const PATTERNS: RegExp[] = [
  // Any run of six or more digits, however spaced or dashed: ID numbers (with their X),
  // phones written 138 0317 1234, bank cards, household numbers, dates written 19360412.
  /[0-9](?:[\s\-.·/]?[0-9]){5,}(?:[\s-]?[Xx](?![A-Za-z]))?/g,
  /0[0-9]{2,3}-?[0-9]{7,8}/g, // fixed lines
  /[0-9]{4}\s*[-/.年]\s*[0-9]{1,2}\s*[-/.月]\s*[0-9]{1,2}\s*日?/g, // dates (birth dates)
  /[\w.+-]+@[\w-]+(\.[\w-]+)+/g, // e-mail addresses
  // House numbers, the part of an address that points at one home: 3组12号, 8栋2单元301.
  /(?:[0-9一二三四五六七八九十百零〇两]+\s*(?:组|队|号|栋|幢|单元|室|楼|层|户)\s*)+[0-9]*/g,
];

/**
 * The text with full-width digits, letters and separators written as ASCII (one UTF-16 unit
 * for one, so places found in it are places in the original): １３８０３１７１２３４ is a phone.
 */
function halfWidth(text: string): string {
  return text
    .replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, " ");
}
export const BLANK = "〔已隐去〕";

/** Where a text holds something shaped like personal data (the patterns above). */
export function patternSpans(text: string): Span[] {
  return PATTERNS.flatMap((pattern) =>
    [...halfWidth(text).matchAll(pattern)].map((m) => ({
      start: m.index,
      end: m.index + m[0].length,
    })),
  );
}

interface Span {
  start: number;
  end: number;
}

/** Replaces the spans with blanks, overlapping ones merged into one. */
export function blankOut(text: string, spans: Span[]): string {
  const merged: Span[] = [];
  for (const span of [...spans].sort((a, b) => a.start - b.start)) {
    const last = merged.at(-1);
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  let result = "";
  let at = 0;
  for (const span of merged) {
    result += text.slice(at, span.start) + BLANK;
    at = span.end;
  }
  return result + text.slice(at);
}

const screenAnswer = z.object({
  spans: z.array(z.array(z.object({ start: z.number().int(), end: z.number().int() }))),
});

/**
 * Makes texts fit for publication: anything shaped like an ID, a phone, a date, an address or
 * another long number is blanked out by pattern, and every registered name and address of anyone
 * by the population base's screening (POST /screening, the hub's own services only). Without the
 * screening nothing is published: it fails rather than guess.
 */
export class PublicationScreen {
  constructor(
    private url: string | null,
    private readonly token: string | null,
  ) {}

  /** Where the screening is, once known (the hub starts the population base later). */
  connect(url: string): void {
    this.url = url;
  }

  async blank(texts: string[]): Promise<string[]> {
    if (!this.url || !this.token) throw new Error("no personal-data screening is configured");
    const response = await fetch(this.url, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${this.token}` },
      body: JSON.stringify({ texts: texts.map(halfWidth) }),
      signal: AbortSignal.timeout(10_000),
    });
    if (!response.ok) throw new Error(`the screening answered ${response.status}`);
    const { spans } = screenAnswer.parse(await response.json());
    return texts.map((text, i) => blankOut(text, [...(spans[i] ?? []), ...patternSpans(text)]));
  }
}
