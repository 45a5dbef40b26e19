import { withPgClient, type Orm } from "@gongxiang/kit";

/** A place in a text that holds a person's registered name or address. */
export interface Span {
  start: number;
  end: number;
  kind: "NAME" | "ADDRESS";
}

const CJK_RUN = /[\u3400-\u9fff·]+/gu;
/** Chinese names are two to five characters long (with a middle dot in some minority names). */
const NAME_LENGTHS = [2, 3, 4, 5];

/** Every substring of a run of Chinese characters that could be a name. */
function nameCandidates(text: string): Set<string> {
  const candidates = new Set<string>();
  for (const [run] of text.matchAll(CJK_RUN)) {
    const chars = [...run];
    for (const length of NAME_LENGTHS) {
      for (let i = 0; i + length <= chars.length; i++) {
        candidates.add(chars.slice(i, i + length).join(""));
      }
    }
  }
  return candidates;
}

function occurrences(text: string, value: string, kind: Span["kind"]): Span[] {
  const spans: Span[] = [];
  for (let at = text.indexOf(value); at >= 0; at = text.indexOf(value, at + 1)) {
    spans.push({ start: at, end: at + value.length, kind });
  }
  return spans;
}

/**
 * Where texts meant for publication (a resident's message, a department's answer) hold a name or
 * an address registered in this base, anyone's: the publishing base blanks them out. It answers
 * places in the texts it was given and nothing else, to the hub's own services only.
 */
export async function screenForPersonalData(orm: Orm, texts: string[]): Promise<Span[][]> {
  const candidates = [...new Set(texts.flatMap((text) => [...nameCandidates(text)]))];
  const { names, addresses } = await withPgClient(orm, async (client) => ({
    names: (
      await client.query("select distinct name from person where name = any($1::text[])", [
        candidates,
      ])
    ).rows as { name: string }[],
    // Addresses are whole strings inside a text: few texts, a scan of the registered ones.
    addresses: (
      await client.query(
        `select distinct address from (
           select address from person union select address from household
         ) a where exists (select 1 from unnest($1::text[]) t(text) where strpos(t.text, a.address) > 0)`,
        [texts],
      )
    ).rows as { address: string }[],
  }));
  return texts.map((text) =>
    [
      ...names.flatMap(({ name }) => occurrences(text, name, "NAME")),
      ...addresses.flatMap(({ address }) => occurrences(text, address, "ADDRESS")),
    ].sort((a, b) => a.start - b.start),
  );
}
