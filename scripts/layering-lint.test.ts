// The layering ESLint enforces (eslint.config.mjs, README "Architecture"): imports that break it must fail
// lint, however they are written. Each probe is linted as if it were a file at that path.
import path from "node:path";
import { ESLint } from "eslint";
import { beforeAll, describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "..");
const eslint = new ESLint({ cwd: root });

async function ruleIds(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  return (result?.messages ?? []).map((message) => message.ruleId ?? message.message);
}

const LAYERING = "import/no-restricted-paths";

describe("lint refuses imports that break the layering", () => {
  // The first lint loads the configuration, every plugin and the import resolver: seconds on a loaded machine,
  // more than a probe's own time limit. Loaded once here, so each probe times only its own lint.
  beforeAll(() => ruleIds("lib/members/lint-warm-up.ts", "export const probe = 1;\n"), 60_000);

  it.each([
    ["a page importing a data file by alias", "app/organizations/lint-probe.tsx", 'import { organizationsRepresentedBy } from "@/lib/organizations/data";\nexport const probe = organizationsRepresentedBy;\n'],
    ["a page importing a data file by a relative path", "app/organizations/lint-probe.tsx", 'import { organizationsRepresentedBy } from "../../lib/organizations/data";\nexport const probe = organizationsRepresentedBy;\n'],
    ["a component importing a mutations file", "components/admin/lint-probe.tsx", 'import { erasePerson } from "@/lib/members/mutations";\nexport const probe = erasePerson;\n'],
    ["a component importing a service", "components/account/lint-probe.tsx", 'import { listOwnSessions } from "@/lib/account/session-service";\nexport const probe = listOwnSessions;\n'],
    ["a page importing the database client", "app/lint-probe.tsx", 'import { db } from "../lib/db";\nexport const probe = db;\n'],
    ["lib/ importing a component", "lib/members/lint-probe.ts", 'import { Button } from "../../components/ui/button";\nexport const probe = Button;\n'],
    ["a domain importing another domain's service", "lib/invitations/service.ts", 'import { approve } from "@/lib/applications/service";\nexport const probe = approve;\n'],
    ["a domain importing another domain's loader by a relative path", "lib/members/loaders.ts", 'import { loadOwnApplication } from "../applications/loaders";\nexport const probe = loadOwnApplication;\n'],
    ["infrastructure importing a domain", "lib/mail/worker.ts", 'import { findMemberForAdmin } from "@/lib/members/data";\nexport const probe = findMemberForAdmin;\n'],
    ["a top-level infrastructure file importing a domain", "lib/action.ts", 'import { memberFilterSchema } from "../lib/members/schema";\nexport const probe = memberFilterSchema;\n'],
  ])("%s", async (_name, file, code) => {
    expect(await ruleIds(file, code)).toContain(LAYERING);
  });

  it.each([
    ["a helpers file", "lib/members/helpers.ts"],
    ["a utils file in a new domain", "lib/board/utils.ts"],
    ["a nested file", "lib/organizations/internal/slug.ts"],
  ])("refuses a domain file outside the closed set of names: %s", async (_name, file) => {
    expect(await ruleIds(file, "export const probe = 1;\n")).toContain("boundaries/no-unknown-files");
  });

  it("accepts the closed set of names, a service split by topic included", async () => {
    for (const file of ["lib/members/schema.ts", "lib/members/policy.ts", "lib/members/format.ts", "lib/account/password-service.ts", "lib/countries/reference-data.ts"]) {
      expect([file, await ruleIds(file, "export const probe = 1;\n")]).toEqual([file, []]);
    }
  });

  it("lets a domain use another domain's data, schema and policy", async () => {
    const code = 'import { countryExists } from "@/lib/countries/data";\nimport { memberFilterSchema } from "@/lib/members/schema";\nexport const probe = [countryExists, memberFilterSchema];\n';
    expect(await ruleIds("lib/applications/service.ts", code)).not.toContain(LAYERING);
  });

  it("lets a page use loaders and policies", async () => {
    const code = 'import { loadRepresentedOrganizations } from "@/lib/organizations/loaders";\nimport { canEnterMemberArea } from "@/lib/auth/policy";\nexport const probe = [loadRepresentedOrganizations, canEnterMemberArea];\n';
    expect(await ruleIds("app/organizations/lint-probe.tsx", code)).not.toContain(LAYERING);
  });
});
