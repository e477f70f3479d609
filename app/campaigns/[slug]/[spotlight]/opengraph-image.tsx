import { headers } from "next/headers";
import { shareImage, SHARE_IMAGE_SIZE } from "@/components/campaigns/share-image";
import { loadShareImage } from "@/lib/campaigns/loaders";
import { defaultLocale, isLocale } from "@/lib/i18n/config";
import { PUBLIC_LOCALE_HEADER } from "@/lib/http/public-pages";

// The spotlight's share image, in the page's language (set by the server, lib/http/public-pages.ts). A withdrawn
// spotlight's image is gone (410) like its page, and leaves the public page cache with it.
export const size = SHARE_IMAGE_SIZE;
export const contentType = "image/png";

export default async function Image({ params }: { params: Promise<{ slug: string; spotlight: string }> }) {
  const { slug, spotlight } = await params;
  const asked = (await headers()).get(PUBLIC_LOCALE_HEADER);
  const result = await loadShareImage(slug, spotlight, asked && isLocale(asked) ? asked : defaultLocale);
  if (result.status !== "live") {
    return new Response(result.status === "gone" ? "Gone\n" : "Not found\n", { status: result.status === "gone" ? 410 : 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  }
  return shareImage(result.page);
}
