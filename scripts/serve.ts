// The platform's web server: Next.js behind a plain Node HTTP server that gives every page its CSP nonce
// (lib/http/page-headers.ts). `npm run serve` in production (after `npm run build`), `npm start` and the
// tests run it too; `--dev` serves the development build (Turbopack, hot reload).
//   PORT (default 3000), HOST (default: every interface)
// SIGTERM / SIGINT: stop taking connections, finish the requests under way and the jobs in hand, exit.
import "next/dist/server/node-environment"; // Next.js's globals (AsyncLocalStorage), as `next start` loads them
import { createServer } from "node:http";
import next from "next";
import { preparePageRequest } from "../lib/http/page-headers";
import { publicServing } from "./public-serving";

const dev = process.argv.includes("--dev");
const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST || undefined;

const app = next({ dev, turbopack: dev, hostname: host ?? "localhost", port });
const handle = app.getRequestHandler();
await app.prepare();

// The public pages (campaigns, the Bangkok Rules explainer, robots.txt, the sitemap) are rate-limited per address
// and answered from memory (lib/http/public-cache.ts); not in development, where every edit must show.
const publicPages = dev ? null : await publicServing();

const server = createServer((request, response) => {
  preparePageRequest(request, response, dev);
  if (publicPages?.handles(request)) void publicPages.serve(request, response, handle);
  else void handle(request, response);
});
server.listen(port, host, () => console.log(`Ready on http://${host ?? "localhost"}:${port}`));

let stopping = false;
async function stop(): Promise<void> {
  if (stopping) return;
  stopping = true;
  server.closeIdleConnections();
  // A request still running after 10 s (a stuck client) is cut off rather than holding up a deploy.
  setTimeout(() => server.closeAllConnections(), 10_000).unref();
  await new Promise((resolve) => server.close(resolve));
  // The background jobs this process runs (instrumentation.ts): finished, or given back to be retried.
  await (globalThis as { wipnJobWorker?: { stop(): Promise<void> } }).wipnJobWorker?.stop();
  await publicPages?.stop();
  await app.close();
  process.exit(0);
}
process.on("SIGTERM", () => void stop());
process.on("SIGINT", () => void stop());
