import { createOrm, type Orm } from "@gongxiang/kit";
import { CaseEntity } from "./case/case.entity.js";
import { ResidentMessageEntity } from "./message/message.entity.js";
import { migrations } from "./migrations/index.js";
import { OutboxEntity } from "./notification/outbox.entity.js";
import { UploadEntity } from "./upload/upload.entity.js";
import { CaseEventEntity } from "./workflow/case-event.entity.js";
import { OfficialKeyEntity } from "./workflow/official-key.entity.js";

export function createCasesOrm(
  databaseUrl: string,
  options: { poolMax?: number; log?: (message: string) => void } = {},
): Promise<Orm> {
  return createOrm({
    clientUrl: databaseUrl,
    entities: [
      CaseEntity,
      CaseEventEntity,
      OfficialKeyEntity,
      UploadEntity,
      OutboxEntity,
      ResidentMessageEntity,
    ],
    migrations,
    ...options,
  });
}
