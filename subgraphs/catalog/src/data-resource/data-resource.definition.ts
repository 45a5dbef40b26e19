import { departments, maskingRules, z } from "@gongxiang/kit";
import { dataBases, sensitivities, shareTypes } from "./data-resource.enums.js";

export const dataResourceDefinition = z
  .object({
    item: z
      .string()
      .regex(
        /^([A-Z][A-Za-z0-9]*\.[a-z][A-Za-z0-9]*|Licence:[A-Z][A-Z_]*)$/,
        "must be Type.field or Licence:<TYPE>",
      ),
    base: z.enum(dataBases),
    provider: z.enum(departments),
    description: z.string().trim().min(1).max(200),
    sensitivity: z.enum(sensitivities),
    shareType: z.enum(shareTypes),
    masking: z.enum(maskingRules),
    householdScope: z.boolean(),
    dataKeys: z
      .array(z.string().regex(/^[a-z][A-Za-z0-9]{0,39}$/))
      .max(50)
      .nullable()
      .default(null),
  })
  .superRefine((entry, ctx) => {
    const licenceType = entry.item.startsWith("Licence:");
    if (licenceType !== (entry.dataKeys !== null)) {
      ctx.addIssue({
        code: "custom",
        path: ["dataKeys"],
        message: "licence types, and only they, list their data keys",
      });
    }
    if (licenceType && entry.base !== "licences") {
      ctx.addIssue({ code: "custom", path: ["base"], message: "licence types are in licences" });
    }
  });
export type DataResourceDefinition = z.infer<typeof dataResourceDefinition>;
