// The layering ESLint enforces (eslint.config.mjs, README "Architecture"): imports that break it must fail
// lint, however they are written. Each probe is linted as if it were a file at that path.
import path from "node:path";
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "..");
const eslint = new ESLint({ cwd: root });

async function ruleIds(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  return (result?.messages ?? []).map((message) => message.ruleId ?? message.message);
}

const LAYERING = "import/no-restricted-paths";

describe("lint refuses imports that break the layering", () => {
  it.each([
    ["a page importing a data file by alias", "app/organizations/lint-probe.tsx", 'import { organizationsRepresentedBy } from "@/lib/organizations/data";\nexport const probe = organizationsRepresentedBy;\n'],
    ["a page importing a data file by a relative path", "app/organizations/lint-probe.tsx", 'import { organizationsRepresentedBy } from "../../lib/organizations/data";\nexport const probe = organizationsRepresentedBy;\n'],
    ["a component importing a mutations file", "components/admin/lint-probe.tsx", 'import { erasePerson } from "@/lib/members/mutations";\nexport const probe = erasePerson;\n'],
    ["a component importing a service", "components/account/lint-probe.tsx", 'import { listOwnSessions } from "@/lib/account/session-service";\nexport const probe = listOwnSessions;\n'],
    ["a page importing the database client", "app/lint-probe.tsx", 'import { db } from "../lib/db";\nexport const probe = db;\n'],
    ["lib/ importing a component", "lib/members/lint-probe.ts", 'import { Button } from "../../components/ui/button";\nexport const probe = Button;\n'],
  ])("%s", async (_name, file, code) => {
    expect(await ruleIds(file, code)).toContain(LAYERING);
  });

  it("lets a page use loaders and policies", async () => {
    const code = 'import { loadRepresentedOrganizations } from "@/lib/organizations/loaders";\nimport { canEnterMemberArea } from "@/lib/auth/policy";\nexport const probe = [loadRepresentedOrganizations, canEnterMemberArea];\n';
    expect(await ruleIds("app/organizations/lint-probe.tsx", code)).not.toContain(LAYERING);
  });
});
