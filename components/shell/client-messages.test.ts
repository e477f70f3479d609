// Each page hands its client components exactly the message namespaces they translate: no fewer (a client
// component would show message keys) and no more (the page would carry text it never shows). The set is
// read from the source (lib/i18n/client-namespaces.ts) and compared with what the page declares.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { clientNamespaces } from "@/lib/i18n/client-namespaces";

const root = path.resolve(import.meta.dirname, "../..");
const routeFiles = readdirSync(path.join(root, "app"), { recursive: true, encoding: "utf8" })
  .filter((file) => /(^|\/)(page|layout)\.tsx$/.test(file))
  .map((file) => `app/${file}`)
  .sort();

/** Without the namespaces another one in the list already contains ("Apply.organization" inside "Apply"). */
function minimal(namespaces: string[]): string[] {
  return [...new Set(namespaces)].filter((namespace) => !namespaces.some((other) => other !== namespace && namespace.startsWith(`${other}.`))).sort();
}

/** The namespaces a route file declares, in withClientMessages([...]) or <ClientMessages namespaces={[...]}>. */
function declared(file: string): string[] {
  const source = readFileSync(path.join(root, file), "utf8");
  const lists = [...source.matchAll(/withClientMessages\(\[([^\]]*)\]|<ClientMessages namespaces=\{\[([^\]]*)\]\}/g)].map((match) => match[1] ?? match[2] ?? "");
  return minimal(lists.flatMap((list) => [...list.matchAll(/"([^"]+)"/g)].map((match) => match[1]!)));
}

/** What the file's client components use; the root layout also holds the error and not-found pages. */
function used(file: string): string[] {
  const extra = file === "app/layout.tsx" ? ["app/error.tsx", "app/not-found.tsx"] : [];
  return minimal([file, ...extra].flatMap((entry) => clientNamespaces(entry)));
}

describe("messages sent to the browser", () => {
  it("finds the route files", () => {
    expect(routeFiles).toContain("app/sign-in/page.tsx");
    expect(used("app/sign-in/page.tsx")).toContain("SignIn");
  });

  it.each(routeFiles)("%s declares exactly the namespaces its client components use", (file) => {
    expect(declared(file)).toEqual(used(file));
  });
});
