import { parseArgs } from "node:util";
import { citizenIdProblem, departments, roles, type Department, type Role } from "@gongxiang/kit";
import { loadHubConfig } from "./config.js";
import { signDevToken } from "./hub/dev-issuer.js";

const usage = `usage: npm run token -- --sub ID [--dept CODE] --roles r1,r2 [--site DIVISION] [--ttl 3600]
  departments: ${departments.join(", ")}
  roles:       ${roles.join(", ")}
  a citizen's token: --sub <citizen ID> --roles citizen (no --dept)`;

function fail(message: string): never {
  console.error(`${message}\n${usage}`);
  process.exit(2);
}

/** `npm run token`: prints one access token signed by the development issuer. */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      sub: { type: "string" },
      dept: { type: "string" },
      roles: { type: "string" },
      site: { type: "string" },
      ttl: { type: "string", default: "3600" },
    },
    strict: true,
  });
  const config = loadHubConfig();
  if (config.production) fail("the development issuer is not available in production");
  if (!values.sub) fail("--sub is required");
  const tokenRoles = (values.roles ?? "").split(",").filter(Boolean);
  if (tokenRoles.length === 0) fail("--roles is required");
  for (const role of tokenRoles) {
    if (!roles.includes(role as Role)) fail(`unknown role ${role}`);
  }
  if (values.dept && !departments.includes(values.dept as Department)) {
    fail(`unknown department ${values.dept}`);
  }
  if (!values.dept && (tokenRoles.join() !== "citizen" || citizenIdProblem(values.sub))) {
    fail("without --dept the token is a citizen's: --roles citizen and --sub a valid citizen ID");
  }
  if (values.site && !/^\d{6}(\d{3}(\d{3})?)?$/.test(values.site))
    fail("--site must be a division code");
  const ttl = Number(values.ttl);
  if (!Number.isInteger(ttl) || ttl <= 0 || ttl > 7 * 24 * 3600)
    fail("--ttl must be 1..604800 seconds");
  const token = await signDevToken(config.dataDir, {
    sub: values.sub,
    dept: values.dept,
    roles: tokenRoles,
    site: values.site,
    ttlSeconds: ttl,
  });
  process.stdout.write(`${token}\n`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
