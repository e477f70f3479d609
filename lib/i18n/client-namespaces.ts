// Which message namespaces a page's client components use, read from the source: every "use client" module
// a page reaches through its imports, and every module those reach, with the namespaces of their
// useTranslations calls. The budget test (client-messages.test.ts) holds each page's <ClientMessages> to
// exactly this set, so a page sends the browser the messages its client components use and nothing more.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

const ROOT = path.resolve(import.meta.dirname, "../..");
const IMPORT = /(?:import|export)\s[^;]*?from\s+"([^"]+)"|import\s+"([^"]+)"/g;
// useTranslations("Namespace"), or useTranslations(`Namespace.${kind}`): then the whole static part counts.
const TRANSLATIONS = /useTranslations\(\s*(?:"([^"]+)"\s*\)|`([^`$]*)\$\{)/g;

function resolveImport(from: string, specifier: string): string | null {
  const base = specifier.startsWith("@/") ? path.join(ROOT, specifier.slice(2)) : specifier.startsWith(".") ? path.resolve(path.dirname(from), specifier) : null;
  if (!base) return null;
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, path.join(base, "index.ts"), path.join(base, "index.tsx")]) {
    if (existsSync(candidate) && /\.tsx?$/.test(candidate)) return candidate;
  }
  return null;
}

function imports(file: string, source: string): string[] {
  return [...source.matchAll(IMPORT)].map((match) => resolveImport(file, match[1] ?? match[2]!)).filter((resolved): resolved is string => resolved !== null);
}

function staticPart(file: string, prefix: string): string {
  const namespace = prefix.replace(/\.$/, "");
  if (!namespace) throw new Error(`${file}: useTranslations with a computed namespace must start with a fixed one`);
  return namespace;
}

const isClient = (source: string) => /^\s*["']use client["']/.test(source);

/** The namespaces the client components reachable from `entry` use (a module inside a client tree counts too). */
export function clientNamespaces(entry: string): string[] {
  const namespaces = new Set<string>();
  const seen = new Set<string>();
  const visit = (file: string, inClientTree: boolean) => {
    const key = `${file}:${inClientTree}`;
    if (seen.has(key)) return;
    seen.add(key);
    const source = readFileSync(file, "utf8");
    const client = inClientTree || isClient(source);
    if (client) for (const match of source.matchAll(TRANSLATIONS)) namespaces.add(match[1] ?? staticPart(file, match[2]!));
    for (const imported of imports(file, source)) {
      // lib/ holds no client components, and walking it would only find server code.
      if (!imported.startsWith(path.join(ROOT, "lib"))) visit(imported, client);
    }
  };
  visit(path.resolve(ROOT, entry), false);
  return [...namespaces].sort();
}
