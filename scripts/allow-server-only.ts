// Imported first by scripts that load lib/ modules outside Next.js: those start with `import "server-only"`,
// which throws outside Next.js's server bundle, and these processes are server-side by nature, so that one
// module resolves to an empty one (as scripts/mail-worker.ts and scripts/bench-sign-in.ts do inline).
// Load lib/ modules with a dynamic import() after this, so the hook is in place before they resolve.
import { register } from "node:module";

const SERVER_ONLY_HOOK = `export async function resolve(specifier, context, next) {
  return specifier === "server-only" ? { url: "data:text/javascript,export {};", shortCircuit: true } : next(specifier, context);
}`;
register(`data:text/javascript,${encodeURIComponent(SERVER_ONLY_HOOK)}`);
