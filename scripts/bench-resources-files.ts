// bench:resources part "files": a 25 MB file uploaded as a browser sends it (a streamed multipart request read
// by lib/files/upload.ts) into a scratch database, then downloaded through lib/files/download.ts with its body
// read to the end (and its sha256 checked), three times each. Reports each one's time and how far the process's
// memory (rss, and Node's arrayBuffers) rose above its level before; fails past 100 MB (the bound).
import "./allow-server-only";
import { createHash, randomBytes } from "node:crypto";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { createTestDatabase } from "../tests/integration/support/test-database";
import { option, runInChildProcess, type BenchRow } from "./bench-support";

const RUNS = 3;
const MEMORY_LIMIT_MB = 100;
const MB = 1_048_576;
const PIECE = 64 * 1024;

type Sample = { ms: number; rssMb: number; arrayBuffersMb: number };
type ChildResult = { upload: Sample[]; download: Sample[]; bytes: number };

/** Runs `work` while sampling memory every 5 ms: its time and the peak rise above the level before. */
async function sampled(work: () => Promise<void>): Promise<Sample> {
  global.gc?.();
  const before = process.memoryUsage();
  let rss = before.rss;
  let arrayBuffers = before.arrayBuffers;
  const sampler = setInterval(() => {
    const now = process.memoryUsage();
    rss = Math.max(rss, now.rss);
    arrayBuffers = Math.max(arrayBuffers, now.arrayBuffers);
  }, 5);
  const begun = performance.now();
  await work();
  const ms = performance.now() - begun;
  clearInterval(sampler);
  const after = process.memoryUsage();
  return { ms, rssMb: (Math.max(rss, after.rss) - before.rss) / MB, arrayBuffersMb: (Math.max(arrayBuffers, after.arrayBuffers) - before.arrayBuffers) / MB };
}

/** A 25 MB PDF-shaped file (random, so nothing compresses it away), produced piece by piece, never whole. */
async function* bigFile(total: number, hash: ReturnType<typeof createHash>): AsyncGenerator<Uint8Array> {
  const head = Buffer.from("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n", "latin1");
  const tail = Buffer.from("\nstartxref\n0\n%%EOF\n", "latin1");
  hash.update(head);
  yield head;
  for (let sent = head.byteLength; sent < total - tail.byteLength; sent += PIECE) {
    const piece = randomBytes(Math.min(PIECE, total - tail.byteLength - sent));
    hash.update(piece);
    yield piece;
  }
  hash.update(tail);
  yield tail;
}

/** The multipart body a browser would send, streamed. */
function multipartRequest(total: number, hash: ReturnType<typeof createHash>): Request {
  const boundary = "----benchboundary7f3a";
  const encoder = new TextEncoder();
  const source = bigFile(total, hash);
  let state: "head" | "file" | "done" = "head";
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (state === "head") {
        controller.enqueue(encoder.encode(`--${boundary}\r\nContent-Disposition: form-data; name="title"\r\n\r\nA 25 MB report\r\n--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="report.pdf"\r\nContent-Type: application/pdf\r\n\r\n`));
        state = "file";
        return;
      }
      if (state === "done") return controller.close();
      const next = await source.next();
      if (!next.done) return controller.enqueue(next.value);
      controller.enqueue(encoder.encode(`\r\n--${boundary}--\r\n`));
      state = "done";
    },
  });
  return new Request("http://127.0.0.1/resources/new", { method: "POST", headers: { "content-type": `multipart/form-data; boundary=${boundary}` }, body, duplex: "half" } as RequestInit);
}

async function childMain(): Promise<void> {
  const { FILE_MAX_BYTES } = await import("../lib/files/file-limits");
  const { readMultipartUpload } = await import("../lib/files/upload");
  const { fileDownloadResponse } = await import("../lib/files/download");
  const { db } = await import("../lib/db");
  // --file-megabytes N (at most the limit by default) shows whether memory grows with the file or stays flat.
  const total = Number(process.env.BENCH_FILE_MEGABYTES ?? 0) * MB || FILE_MAX_BYTES;
  // Warm up (modules, pool, prepared statements) on a small file before measuring.
  const warm = await readMultipartUpload(multipartRequest(2 * MB, createHash("sha256")));
  if (!warm.file) throw new Error(`warm-up upload refused: ${warm.refusal?.code}`);
  await (await fileDownloadResponse(warm.file.id, new Request("http://127.0.0.1/"))).arrayBuffer();
  const result: ChildResult = { upload: [], download: [], bytes: total };
  for (let run = 0; run < RUNS; run++) {
    const sent = createHash("sha256");
    let fileId = "";
    result.upload.push(await sampled(async () => {
      const upload = await readMultipartUpload(multipartRequest(total, sent), { maxFileBytes: Math.max(total, FILE_MAX_BYTES) });
      if (!upload.file) throw new Error(`upload refused: ${upload.refusal?.code}`);
      fileId = upload.file.id;
    }));
    const received = createHash("sha256");
    let bytes = 0;
    result.download.push(await sampled(async () => {
      const response = await fileDownloadResponse(fileId, new Request("http://127.0.0.1/"));
      for await (const piece of response.body!) {
        received.update(piece);
        bytes += piece.byteLength;
      }
    }));
    if (bytes !== total || received.digest("hex") !== sent.digest("hex")) throw new Error(`downloaded ${bytes} bytes that differ from the upload`);
    await db().storedFile.delete({ where: { id: fileId } });
  }
  await db().$disconnect();
  console.log(JSON.stringify(result));
}

if (process.argv.includes("--files-child")) {
  childMain().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}

function rowsOf(name: string, samples: Sample[]): BenchRow[] {
  const times = samples.map((sample) => sample.ms).sort((a, b) => a - b);
  const rss = Math.max(...samples.map((sample) => sample.rssMb));
  const arrayBuffers = Math.max(...samples.map((sample) => sample.arrayBuffersMb));
  console.log(`  ${name}: ${times.map((ms) => ms.toFixed(0)).join(", ")} ms; peak rise rss ${rss.toFixed(1)} MB, arrayBuffers ${arrayBuffers.toFixed(1)} MB`);
  return [{ name: `${name} (peak rss +${rss.toFixed(0)} MB, arrayBuffers +${arrayBuffers.toFixed(0)} MB)`, median: times[Math.floor(times.length / 2)], p95: times.at(-1), failure: rss > MEMORY_LIMIT_MB ? `memory rose ${rss.toFixed(0)} MB (limit ${MEMORY_LIMIT_MB})` : undefined }];
}

export async function run(): Promise<BenchRow[]> {
  const database = await createTestDatabase("wipn_bench_files");
  try {
    const result = await runInChildProcess<ChildResult>(fileURLToPath(import.meta.url), "--files-child", { DATABASE_URL: database.url, DATABASE_POOL_MAX: "4", BENCH_FILE_MEGABYTES: String(option("--file-megabytes", 25)) }, "The files bench process");
    const megabytes = result.bytes / MB;
    return [...rowsOf(`upload ${megabytes} MB (streamed multipart)`, result.upload), ...rowsOf(`download ${megabytes} MB (body read fully)`, result.download)];
  } finally {
    await database.drop();
  }
}
