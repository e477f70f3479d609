import { NextIntlClientProvider } from "next-intl";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { ActionState } from "@/lib/action";
import { catalogs } from "@/lib/i18n/catalogs";
import { FormStatus, type FormStatusProps } from "./form-status";

const en = catalogs.en;

function render(props: FormStatusProps): string {
  return renderToStaticMarkup(
    <NextIntlClientProvider locale="en" timeZone="UTC" messages={en}>
      <FormStatus {...props} />
    </NextIntlClientProvider>,
  );
}

const refused: ActionState = {
  ok: false,
  code: "VALIDATION",
  message: "Check the form",
  fieldErrors: { password: ["Too short"], email: ["Not an address"], token: ["Invalid"], name: [] },
};

describe("FormStatus", () => {
  it("puts an empty live region on the page before any submission", () => {
    expect(render({ state: null })).toBe('<div aria-live="polite" aria-atomic="true"></div>');
  });

  it("shows a refusal as an alert that can take focus, listing the fields to correct in the form's order", () => {
    const html = render({ state: refused, idPrefix: "sign-up", fieldLabels: { name: "Name", email: "Email", password: "Password" } });
    expect(html).toContain('role="alert"');
    expect(html).toContain('tabindex="-1"');
    expect(html).toContain("Check the form");
    expect(html).toContain(en.FormStatus.fieldsToCorrect);
    const links = [...html.matchAll(/<a href="([^"]+)"[^>]*>([^<]+)<\/a>/g)].map(([, href, label]) => [href, label]);
    // A field without errors, or without a label (nothing to go to), is not listed.
    expect(links).toEqual([
      ["#sign-up-email", "Email"],
      ["#sign-up-password", "Password"],
    ]);
  });

  it("shows only the message of a refusal when no field it names has a label", () => {
    const html = render({ state: refused });
    expect(html).toContain("Check the form");
    expect(html).not.toContain(en.FormStatus.fieldsToCorrect);
    expect(html).not.toContain("<a ");
  });

  it("shows a success's message as a status, unless the form turns it off", () => {
    const saved: ActionState = { ok: true, data: undefined, message: "Saved" };
    expect(render({ state: saved })).toContain('role="status"');
    expect(render({ state: saved })).toContain("Saved");
    expect(render({ state: saved, showSuccess: false })).toBe('<div aria-live="polite" aria-atomic="true"></div>');
    expect(render({ state: { ok: true, data: undefined } })).toBe('<div aria-live="polite" aria-atomic="true"></div>');
  });
});
