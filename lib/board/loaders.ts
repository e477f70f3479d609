import "server-only";
import { getLocale } from "next-intl/server";
import { forPage } from "@/lib/auth/viewer";
import type { Visit } from "@/lib/notifications/schema";
import { firstValues } from "@/lib/search-params";
import { listCountries } from "@/lib/countries/data";
import { countryOptions } from "@/lib/countries/format";
import { languageOptions } from "@/lib/i18n/languages";
import { boardSearchSchema, threadListSchema } from "./schema";
import { searchBoard } from "./search-service";
import { postForEdit, postHistory, postToFlag } from "./post-service";
import { boardOverview, newThreadForm, threadPage, type ThreadPosition } from "./service";

export type { BoardOverview, ThreadListItem, ThreadPage } from "./service";


export function loadBoard(searchParams: Record<string, string | string[] | undefined>, categorySlug?: string) {
  const filter = threadListSchema.parse(firstValues(searchParams));
  const path = categorySlug ? `/board/c/${encodeURIComponent(categorySlug)}` : "/board";
  return forPage(path, async (viewer) => ({ filter, ...(await boardOverview(viewer, filter, categorySlug)) }));
}

export function loadThreadPage(id: number, position: ThreadPosition, visit?: Visit) {
  return forPage(`/board/t/${id}`, (viewer) => threadPage(viewer, id, position, visit));
}

/** The new-thread form: the categories the viewer may start in, and the countries and languages to tag. */
export async function loadNewThreadForm() {
  const [form, locale, countries] = await Promise.all([forPage("/board/new", newThreadForm), getLocale(), listCountries()]);
  return { ...form, countries: countryOptions(countries, locale), languages: languageOptions(locale), locale };
}

export function loadPostForEdit(postId: string) {
  return forPage(`/board/p/${encodeURIComponent(postId)}/edit`, (viewer) => postForEdit(viewer, postId));
}

export function loadPostToFlag(postId: string) {
  return forPage(`/board/p/${encodeURIComponent(postId)}/flag`, (viewer) => postToFlag(viewer, postId));
}

export function loadPostHistory(postId: string) {
  return forPage(`/board/p/${encodeURIComponent(postId)}/history`, (viewer) => postHistory(viewer, postId));
}

export function loadBoardSearch(searchParams: Record<string, string | string[] | undefined>) {
  const search = boardSearchSchema.parse(firstValues(searchParams));
  return forPage("/search", async (viewer) => ({ search, ...(await searchBoard(viewer, search)) }));
}
