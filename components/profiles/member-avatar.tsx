import { cx } from "@/components/ui/class-names";

/** Up to two initials of a display name, in the script it is written in ("María José" → "MJ"). */
export function initialsOf(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const letters = (words.length > 1 ? [words[0]!, words[words.length - 1]!] : words).map((word) => [...word][0] ?? "");
  return letters.join("").toLocaleUpperCase() || "?";
}

/**
 * A member's photo, or their initials when there is none or the viewer may not see it. Decorative by default:
 * the name is written beside it; `alt` names it where the photo itself is the subject (the photo form).
 */
export function MemberAvatar({ name, photoId, size = "md", alt = "" }: { name: string; photoId?: string | null; size?: "md" | "lg"; alt?: string }) {
  const box = size === "lg" ? "size-24 text-3xl" : "size-12 text-lg";
  if (photoId) {
    // eslint-disable-next-line @next/next/no-img-element -- a members-only file served by the app; next/image would re-fetch it without the session
    return <img src={`/files/${photoId}`} alt={alt} width={256} height={256} className={cx(box, "shrink-0 rounded-full bg-brand-50 object-cover")} />;
  }
  return (
    <span aria-hidden="true" className={cx(box, "flex shrink-0 items-center justify-center rounded-full bg-brand-100 font-semibold text-brand-800")}>
      {initialsOf(name)}
    </span>
  );
}
