import type { ReactNode } from "react";
import { useI18n } from "../../i18n/i18n";
import type { CaseMaterial } from "./case-types";

/**
 * The case's materials: satisfied by an e-licence (its seal verified, no copy), uploaded (its
 * SHA-256), or outstanding with the reason; `action` renders the upload control where allowed.
 */
export function MaterialList({
  materials,
  action,
}: {
  materials: CaseMaterial[];
  action?: (material: CaseMaterial) => ReactNode;
}) {
  const { t, tMaybe } = useI18n();
  return (
    <ul className="materials">
      {materials.map((material) => (
        <li
          key={material.name}
          className={`material material-${material.status.toLowerCase()}`}
          data-material={material.name}
        >
          <div className="material-head">
            <span className="material-name">{material.name}</span>
            <span className={`badge badge-material-${material.status.toLowerCase()}`}>
              {tMaybe(`materialStatus.${material.status}`, material.status)}
            </span>
          </div>
          {material.status === "BY_LICENCE" && (
            <p className="material-detail">
              {material.sealVerified ? t("material.sealVerified") : t("material.sealNotVerified")}
              <span className="mono">{material.licenceIdentifier}</span>
            </p>
          )}
          {material.status === "UPLOADED" && material.uploadSha256 && (
            <p className="material-detail">
              {t("material.uploaded")}
              <span className="mono">
                {t("material.sha256", { hash: material.uploadSha256.slice(0, 16) })}
              </span>
            </p>
          )}
          {material.status === "OUTSTANDING" && material.reason && (
            <p className="material-detail">{material.reason}</p>
          )}
          {action?.(material)}
        </li>
      ))}
    </ul>
  );
}
