import type { Language } from "../service-item/service-item.enums.js";
import type { ServiceItem } from "../service-item/service-item.type.js";
import { noticePhrases, type NoticePhrases } from "./notice-phrases.js";

/** The notice's parts, in order: a heading and its lines. */
function sections(item: ServiceItem, say: NoticePhrases): [string, string[]][] {
  const accept = item.steps[0];
  const levels = (list: string[]) => list.map((level) => say.levels[level] ?? level).join(say.list);
  const h = say.headings;
  return [
    [
      h.item,
      [
        say.itemLine(item.name, item.code),
        ...(item.itemType ? [say.typeLine(say.itemType[item.itemType] ?? item.itemType)] : []),
        say.handledBy(say.department(item.department)),
        ...(item.implementingBody ? [say.implementedBy(item.implementingBody)] : []),
      ],
    ],
    [h.conditions, [item.acceptanceConditions]],
    [
      h.materials,
      item.materials.map(
        (m, i) =>
          `${i + 1}. ${m.name}${say.colon}${m.licenceType ? say.byLicence : say.bring(m.required)}${
            m.originalRequired ? say.original : ""
          }`,
      ),
    ],
    [
      h.where,
      [say.acceptAt(levels(accept?.levels ?? [])), say.scope(say.scopes[item.scope] ?? item.scope)],
    ],
    [
      h.steps,
      item.steps.map((s) =>
        say.step(
          s.order,
          s.name,
          levels(s.levels),
          say.who(say.department(s.department), say.roles[s.role] ?? s.role),
        ),
      ),
    ],
    [h.limits, [say.promised(item.promisedWorkingDays), say.statutory(item.statutoryWorkingDays)]],
    [h.fee, [say.fee(item.feeFen)]],
    [h.trips, [say.trips(item.maxTrips)]],
    [h.basis, [item.legalBasis]],
  ];
}

const escape = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!,
  );

/**
 * 一次性告知单: everything a resident must know and bring, once, as text and a printable page,
 * for an item already in the language asked for (the catalog's texts) and in its phrases.
 */
export function oneTimeNotice(
  item: ServiceItem,
  language: Language = "ZH",
): { text: string; html: string } {
  const say = noticePhrases[language];
  const parts = sections(item, say);
  const title = say.title(item.name);
  const text = [
    title,
    ...parts.map(([heading, lines]) => `${say.heading(heading)}\n${lines.join("\n")}`),
  ].join("\n\n");
  const html = `<!doctype html>
<html lang="${say.lang}"><head><meta charset="utf-8"><title>${escape(title)}</title>
<style>body{font:16px/1.7 "Noto Sans CJK SC",sans-serif;max-width:46em;margin:2em auto;color:#111}
h1{font-size:1.6em;border-bottom:2px solid #b00;padding-bottom:.3em}h2{font-size:1.15em;margin:1.2em 0 .3em}
p{margin:.2em 0}@media print{body{margin:0}}</style></head>
<body><h1>${escape(title)}</h1>
${parts.map(([heading, lines]) => `<h2>${escape(heading)}</h2>\n${lines.map((l) => `<p>${escape(l)}</p>`).join("\n")}`).join("\n")}
</body></html>`;
  return { text, html };
}
