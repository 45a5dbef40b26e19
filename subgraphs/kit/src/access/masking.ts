/** Masking rules of the data-resource catalog (what a MASKED grant releases). */
export const maskingRules = ["NONE", "NAME", "CITIZEN_ID", "PHONE", "ADDRESS", "DATE"] as const;
export type MaskingRule = (typeof maskingRules)[number];

const keepEnds = (text: string, head: number, tail: number): string => {
  const chars = [...text];
  if (chars.length <= head + tail) return "*".repeat(chars.length);
  return (
    chars.slice(0, head).join("") +
    "*".repeat(chars.length - head - tail) +
    chars.slice(chars.length - tail).join("")
  );
};

const maskers: Record<MaskingRule, (text: string) => string> = {
  NONE: (text) => text,
  // 李文华 -> 李*华, 王五 -> 王*
  NAME: (text) => {
    const chars = [...text];
    if (chars.length <= 2) return chars[0] + "*".repeat(Math.max(chars.length - 1, 1));
    return chars[0] + "*".repeat(chars.length - 2) + chars.at(-1)!;
  },
  // 450803196311050173 -> 4508031963******73 (region and birth year stay)
  CITIZEN_ID: (text) => keepEnds(text, 10, 2),
  // 13803171234 -> 138****1234
  PHONE: (text) => keepEnds(text, 3, 4),
  // keeps the first nine characters (province, city, county as a rule)
  ADDRESS: (text) => [...text].slice(0, 9).join("") + "****",
  // 1936-04-12 -> 1936-**-**
  DATE: (text) => text.slice(0, 4) + "-**-**",
};

/** Masks one value by its rule; non-string values are masked by their text. */
export function maskValue(rule: MaskingRule, value: unknown): unknown {
  if (value === null || value === undefined) return value;
  if (rule === "NONE") return value;
  return maskers[rule](typeof value === "string" ? value : JSON.stringify(value));
}
