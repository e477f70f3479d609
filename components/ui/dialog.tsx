"use client";

import { useTranslations } from "next-intl";
import { useEffect, useId, useRef, type ReactNode } from "react";
import { cx } from "./class-names";

export type DialogProps = {
  open: boolean;
  /** Called when the dialog closes itself (Escape, the close button, or a click on the backdrop). */
  onClose: () => void;
  title: ReactNode;
  description?: ReactNode;
  children?: ReactNode;
  /** Buttons along the bottom, e.g. cancel and confirm. */
  footer?: ReactNode;
  /** Close when the backdrop is clicked. Off by default: a stray tap should not lose a half-written form. */
  closeOnBackdrop?: boolean;
  className?: string;
};

/**
 * A modal dialog on the native <dialog> element: the browser traps focus inside it, makes the rest of
 * the page inert and closes it on Escape. On open, focus goes to the first element marked autoFocus
 * (or the first focusable one); on close it returns to whatever had focus before.
 */
export function Dialog({ open, onClose, title, description, children, footer, closeOnBackdrop = false, className }: DialogProps) {
  const t = useTranslations("ui.dialog");
  const ref = useRef<HTMLDialogElement>(null);
  const returnFocusTo = useRef<HTMLElement | null>(null);
  const onCloseRef = useRef(onClose);
  const titleId = useId();
  const descriptionId = useId();

  useEffect(() => {
    onCloseRef.current = onClose;
  }, [onClose]);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      returnFocusTo.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      dialog.showModal();
    } else if (!open && dialog.open) {
      dialog.close();
    }
  }, [open]);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const handleClose = () => {
      returnFocusTo.current?.focus();
      returnFocusTo.current = null;
      onCloseRef.current();
    };
    dialog.addEventListener("close", handleClose);
    return () => dialog.removeEventListener("close", handleClose);
  }, []);

  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      aria-describedby={description ? descriptionId : undefined}
      onClick={(event) => {
        if (closeOnBackdrop && event.target === ref.current) ref.current.close();
      }}
      className={cx(
        "m-auto w-[calc(100%-2rem)] max-w-lg rounded-lg border border-line bg-surface p-0 text-ink shadow-xl",
        "backdrop:bg-stone-950/60",
        className,
      )}
    >
      <div className="flex flex-col gap-4 p-5 sm:p-6">
        <div className="flex items-start justify-between gap-4">
          <h2 id={titleId} className="text-xl font-semibold">
            {title}
          </h2>
          <button
            type="button"
            onClick={() => ref.current?.close()}
            className="-m-2 inline-flex size-11 shrink-0 items-center justify-center rounded-md text-muted hover:bg-stone-100 hover:text-ink"
          >
            <svg aria-hidden="true" viewBox="0 0 20 20" className="size-5" fill="none" stroke="currentColor" strokeWidth="2">
              <path d="M5 5l10 10M15 5L5 15" strokeLinecap="round" />
            </svg>
            <span className="sr-only">{t("close")}</span>
          </button>
        </div>
        {description ? (
          <div id={descriptionId} className="text-muted">
            {description}
          </div>
        ) : null}
        {children}
        {footer ? <div className="flex flex-wrap justify-end gap-3 pt-2">{footer}</div> : null}
      </div>
    </dialog>
  );
}
