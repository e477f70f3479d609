import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { BoardListing } from "@/components/board/board-listing";
import { ApplicationNotDecided } from "@/components/shell/members-area";
import { isApplicant } from "@/lib/auth/policy";
import { loadViewer } from "@/lib/auth/viewer";
import { loadBoard } from "@/lib/board/loaders";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Board");
  return { title: t("metaTitle") };
}

export default async function BoardPage({ searchParams }: PageProps<"/board">) {
  if (isApplicant(await loadViewer())) return <ApplicationNotDecided />;
  const { filter, ...board } = await loadBoard(await searchParams);
  return <BoardListing board={board} filter={filter} />;
}
