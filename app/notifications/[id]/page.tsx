import { redirect } from "next/navigation";
import { loadNotificationTarget } from "@/lib/notifications/loaders";

// A notification's row links here: it is marked read, then the member is sent to its subject (a plain link,
// no script). Another member's notification is "not found".
export default async function OpenNotificationPage({ params }: PageProps<"/notifications/[id]">) {
  const { id } = await params;
  redirect(await loadNotificationTarget(id));
}
