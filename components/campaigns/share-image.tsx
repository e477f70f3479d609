import { readFileSync } from "node:fs";
import path from "node:path";
import { ImageResponse } from "next/og";
import type { ShareImageTexts } from "@/lib/campaigns/format";

// A spotlight's share image (1200×630 PNG, next/og), drawn by the app itself with its own font: Inter from
// @fontsource, read from node_modules (never fetched). Only the texts of shareImageTexts() are drawn, so only
// approved fields can appear. Characters the font does not have (emoji, other scripts) are left out: next/og
// would otherwise fetch fonts and emoji from the internet to draw them.

export const SHARE_IMAGE_SIZE = { width: 1200, height: 630 };

type FontWeight = 400 | 700;
let fonts: Array<{ name: string; data: ArrayBuffer; weight: FontWeight; style: "normal" }> | undefined;

function interFonts() {
  fonts ??= (["latin", "latin-ext"] as const).flatMap((subset) =>
    ([400, 700] as const).map((weight) => {
      const file = readFileSync(path.join(process.cwd(), "node_modules/@fontsource/inter/files", `inter-${subset}-${weight}-normal.woff`));
      return { name: subset === "latin" ? "Inter" : "Inter Latin Extended", data: file.buffer.slice(file.byteOffset, file.byteOffset + file.byteLength) as ArrayBuffer, weight, style: "normal" as const };
    }),
  );
  return fonts;
}

/** Keeps what Inter's Latin subsets draw: Latin letters with their accents, digits, punctuation, symbols. */
export function drawable(text: string): string {
  return text.replace(/[^\u0020-\u024F\u1E00-\u1EFF\u2000-\u206F\u20A0-\u20BF\u2100-\u214F]/gu, "").replace(/\s+/g, " ").trim();
}

export function shareImage(texts: ShareImageTexts): ImageResponse {
  const who = [texts.name, texts.country].filter((part): part is string => Boolean(part)).map(drawable).join(" · ");
  return new ImageResponse(
    (
      <div style={{ width: "100%", height: "100%", display: "flex", flexDirection: "column", justifyContent: "space-between", padding: "64px 72px", background: "#361851", color: "#ffffff", fontFamily: "Inter, Inter Latin Extended" }}>
        <div style={{ display: "flex", fontSize: 34, fontWeight: 700, color: "#d8c4e8" }}>{drawable(texts.campaignTitle)}</div>
        <div style={{ display: "flex", flexDirection: "column" }}>
          {texts.excerpt ? <div style={{ display: "flex", fontSize: 46, lineHeight: 1.25, fontWeight: 400 }}>{`“${drawable(texts.excerpt)}”`}</div> : null}
          {who ? <div style={{ display: "flex", marginTop: 32, fontSize: 36, fontWeight: 700 }}>{who}</div> : null}
        </div>
        <div style={{ display: "flex", fontSize: 30, fontWeight: 700, color: "#ece2f4" }}>{drawable(texts.hashtags)}</div>
      </div>
    ),
    { ...SHARE_IMAGE_SIZE, fonts: interFonts() },
  );
}
