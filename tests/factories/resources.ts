// Resources for tests: through the schema's parse (so the input is what a form would send), written by the
// resource service as the member would share it.
import { linkResourceSchema } from "@/lib/resources/schema";

/** A link resource's form, with overrides (form field names: "languages[]", "countries[]", "rules[]"). */
export function linkResourceForm(fields: Record<string, unknown> = {}) {
  return linkResourceSchema.parse({
    type: "REPORT",
    title: "Women in pre-trial detention in Kenya",
    summary: "A **report** on pre-trial detention of women in Nairobi's prisons.",
    link: "https://example.org/reports/pretrial-kenya",
    "languages[]": ["en"],
    "countries[]": ["KE"],
    "rules[]": ["25", "26"],
    year: "2024",
    visibility: "NETWORK",
    ...fields,
  });
}
