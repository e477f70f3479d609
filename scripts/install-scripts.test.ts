// The project's install-script policy (package.json "allowScripts"): every installed dependency with an
// install script has a decision, so `npm install` asks a newcomer nothing. See README, "Install scripts".
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "..");
const INSTALL_SCRIPTS = ["preinstall", "install", "postinstall"] as const;

type Manifest = { name: string; version: string; scripts?: Record<string, string>; allowScripts?: Record<string, boolean> };

const readManifest = (folder: string): Manifest => JSON.parse(readFileSync(path.join(folder, "package.json"), "utf8")) as Manifest;

/** Every package folder below a node_modules folder, nested ones included. */
function packageFolders(nodeModules: string): string[] {
  if (!existsSync(nodeModules)) return [];
  const folders: string[] = [];
  for (const entry of readdirSync(nodeModules, { withFileTypes: true })) {
    if (!entry.isDirectory() || entry.name.startsWith(".")) continue;
    const children = entry.name.startsWith("@")
      ? readdirSync(path.join(nodeModules, entry.name)).map((child) => path.join(nodeModules, entry.name, child))
      : [path.join(nodeModules, entry.name)];
    for (const folder of children) {
      if (!existsSync(path.join(folder, "package.json"))) continue;
      folders.push(folder, ...packageFolders(path.join(folder, "node_modules")));
    }
  }
  return folders;
}

describe("install scripts", () => {
  it("every dependency with an install script is approved or denied in package.json", () => {
    const policy = readManifest(root).allowScripts ?? {};
    const decided = (manifest: Manifest) => `${manifest.name}@${manifest.version}` in policy || manifest.name in policy;
    const undecided = packageFolders(path.join(root, "node_modules"))
      .map(readManifest)
      .filter((manifest) => INSTALL_SCRIPTS.some((script) => manifest.scripts?.[script]))
      .filter((manifest) => !decided(manifest))
      .map((manifest) => `${manifest.name}@${manifest.version}`);

    expect(undecided).toEqual([]);
  });

  it("denies them all: the platform needs no dependency's install script (they download or rebuild binaries)", () => {
    expect(Object.values(readManifest(root).allowScripts ?? {}).every((allowed) => allowed === false)).toBe(true);
  });
});
