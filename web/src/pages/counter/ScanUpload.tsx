import { useId, useState } from "react";
import { ApiError } from "../../api/client";
import { useHub } from "../../app/hub";
import { useI18n } from "../../i18n/i18n";
import { ErrorNotice } from "../../ui/notice";

/**
 * A scan for a material, from a file or the device's camera (`capture`), streamed to the
 * gateway's upload route as it is: no base64, no JSON.
 */
export function ScanUpload({
  caseId,
  version,
  material,
  disabled,
  onUploaded,
}: {
  caseId: string;
  version: number;
  material: string;
  /** While the case reloads, its version is not known yet. */
  disabled: boolean;
  onUploaded: () => void;
}) {
  const { client } = useHub();
  const { t } = useI18n();
  const id = useId();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const upload = async (file: File | undefined) => {
    if (!file) return;
    setPending(true);
    setError(null);
    try {
      await client.uploadScan({ caseId, expectedVersion: version, material, file });
      onUploaded();
    } catch (caught) {
      setError(caught instanceof ApiError ? caught : new ApiError("NETWORK", String(caught), 0));
    } finally {
      setPending(false);
    }
  };
  return (
    <div className="scan-upload">
      <label htmlFor={id}>{t("material.uploadLabel", { name: material })}</label>
      <input
        id={id}
        type="file"
        accept="image/jpeg,image/png,application/pdf"
        capture="environment"
        disabled={disabled || pending}
        data-upload={material}
        onChange={(event) => void upload(event.target.files?.[0])}
      />
      {pending && <span role="status">{t("material.uploading")}</span>}
      <ErrorNotice error={error} />
    </div>
  );
}
