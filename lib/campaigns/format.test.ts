import { describe, expect, it } from "vitest";
import { approvedSpotlight, previewFingerprint, readApprovedSpotlight, shareImageTexts, type SpotlightCandidate } from "./format";
import { campaignSchema, consentAnswerSchema, parseHashtags } from "./schema";

const candidate: SpotlightCandidate = {
  name: "Amina Wanjiru",
  photoFileId: "photo1",
  countryCode: "KE",
  organizationName: "Haki Mama",
  workTitle: null,
  stories: { en: "Amina trains prison officers.", es: "Amina forma a funcionarios." },
  quotes: { en: "Dignity first." },
};
const nothing = { name: "NO_NAME", otherName: null, photo: false, country: false, organization: false, story: false, quote: false } as const;

describe("approved spotlight", () => {
  it("keeps exactly the fields approved, and nothing else", () => {
    expect(approvedSpotlight(candidate, nothing)).toEqual({ name: null, photoFileId: null, countryCode: null, organizationName: null, workTitle: null, story: {}, quote: {} });
    expect(approvedSpotlight(candidate, { ...nothing, name: "DISPLAY_NAME", country: true, story: true })).toEqual({
      name: "Amina Wanjiru",
      photoFileId: null,
      countryCode: "KE",
      organizationName: null,
      workTitle: null,
      story: candidate.stories,
      quote: {},
    });
  });

  it("shows another name instead of the display name when the member chooses one", () => {
    expect(approvedSpotlight(candidate, { ...nothing, name: "OTHER_NAME", otherName: "A." }).name).toBe("A.");
  });

  it("fingerprints the preview: any change of what would be shown changes it", () => {
    const base = previewFingerprint(candidate);
    expect(previewFingerprint({ ...candidate })).toBe(base);
    expect(previewFingerprint({ ...candidate, photoFileId: "photo2" })).not.toBe(base);
    expect(previewFingerprint({ ...candidate, stories: { ...candidate.stories, en: "Edited." } })).not.toBe(base);
    expect(previewFingerprint({ ...candidate, name: "Amina W." })).not.toBe(base);
    expect(base).toMatch(/^[0-9a-f]{64}$/);
  });

  it("reads a stored snapshot back, dropping anything that is not a text", () => {
    const stored = JSON.parse(JSON.stringify({ ...approvedSpotlight(candidate, { ...nothing, story: true }), extra: "x", story: { en: "ok", es: 3 } }));
    expect(readApprovedSpotlight(stored)).toEqual({ name: null, photoFileId: null, countryCode: null, organizationName: null, workTitle: null, story: { en: "ok" }, quote: {} });
    expect(readApprovedSpotlight(null)).toBeNull();
  });
});

describe("campaign form", () => {
  const form = { slug: "bangkok-rules-10", defaultLocale: "en", hashtags: "#BangkokRules10, #womeninprison rightsofwomeninprison", startsOn: "2020-12-01", endsOn: "2020-12-31", publishOn: "", title_en: "Bangkok Rules at 10", introduction_en: "Ten years." };

  it("reads hashtags without their #, once each", () => {
    expect(parseHashtags("#a #a, b ##c")).toEqual(["a", "b", "c"]);
    const parsed = campaignSchema.parse(form);
    expect(parsed.hashtags).toEqual(["BangkokRules10", "womeninprison", "rightsofwomeninprison"]);
    expect(parsed.titles).toEqual({ en: "Bangkok Rules at 10" });
    expect(parsed.publishOn).toBeNull();
  });

  it("refuses a campaign without a title in its default language, on that language's field", () => {
    const result = campaignSchema.safeParse({ ...form, defaultLocale: "es" });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([["title_es", "Errors.fields.titleInDefaultLanguage"]]);
  });

  it("refuses an end before the start, a malformed slug or day, and a hashtag with punctuation", () => {
    const problems = (fields: Record<string, string>) => campaignSchema.safeParse({ ...form, ...fields }).error?.issues.map((issue) => issue.path.join("."));
    expect(problems({ endsOn: "2020-11-30" })).toEqual(["endsOn"]);
    expect(problems({ slug: "Bangkok Rules!" })).toEqual(["slug"]);
    expect(problems({ startsOn: "2020-02-30" })).toEqual(["startsOn"]);
    expect(problems({ hashtags: "#women-in-prison" })).toEqual(["hashtags"]);
  });
});

describe("consent answer", () => {
  const preview = "a".repeat(64);
  it("needs the other name when the member chooses one", () => {
    expect(consentAnswerSchema.safeParse({ spotlightId: "s1", preview, decision: "approve", name: "OTHER_NAME" }).success).toBe(false);
    expect(consentAnswerSchema.parse({ spotlightId: "s1", preview, decision: "approve", name: "OTHER_NAME", otherName: "A.", story: "on" })).toMatchObject({ otherName: "A.", story: true, photo: false });
    expect(consentAnswerSchema.safeParse({ spotlightId: "s1", preview, decision: "decline", name: "OTHER_NAME" }).success, "declining needs no name").toBe(true);
  });
});

describe("share image texts", () => {
  const campaign = { locale: "en" as const, title: "Bangkok Rules at 10", hashtags: ["BangkokRules10", "womeninprison"] };
  // The public spotlight as lib/campaigns/public-service.ts builds it from the approved snapshot.
  const publicOf = (approved: ReturnType<typeof approvedSpotlight>) => ({
    name: approved.name,
    countryCode: approved.countryCode,
    story: approved.story.en ? { text: approved.story.en } : null,
    quote: approved.quote.en ? { text: approved.quote.en } : null,
  });
  const unapprovedValues = { name: ["Amina Wanjiru"], country: ["KE", "Kenya"], organization: ["Haki Mama"], story: ["Amina trains prison officers."], quote: ["Dignity first."], photo: ["photo1"] };

  it("carry no field that was not approved, whatever was chosen", () => {
    const fields = ["country", "organization", "story", "quote", "photo"] as const;
    for (let mask = 0; mask < 2 ** (fields.length + 1); mask++) {
      const chosen = Object.fromEntries(fields.map((field, bit) => [field, Boolean(mask & (1 << bit))])) as Record<(typeof fields)[number], boolean>;
      const withName = Boolean(mask & (1 << fields.length));
      const approved = approvedSpotlight(candidate, { ...nothing, ...chosen, name: withName ? "DISPLAY_NAME" : "NO_NAME" });
      const text = JSON.stringify(shareImageTexts(campaign, publicOf(approved)));
      const notApproved = [...fields.filter((field) => !chosen[field]), ...(withName ? [] : (["name"] as const))];
      for (const field of notApproved) for (const value of unapprovedValues[field]) expect(text, `${field} not approved (mask ${mask})`).not.toContain(value);
      // The organization and photo never appear in the image, even when approved.
      expect(text).not.toContain("Haki Mama");
      expect(text).not.toContain("photo1");
    }
  });

  it("show the campaign, its hashtags, the approved name and country, and the quote before the story, cut to fit", () => {
    const approved = approvedSpotlight({ ...candidate, stories: { en: `${"word ".repeat(60)}end` } }, { ...nothing, name: "DISPLAY_NAME", country: true, story: true });
    const texts = shareImageTexts({ ...campaign, locale: "es" }, publicOf(approved));
    expect(texts).toMatchObject({ campaignTitle: "Bangkok Rules at 10", hashtags: "#BangkokRules10 #womeninprison", name: "Amina Wanjiru", country: "Kenia" });
    expect(texts.excerpt!.length).toBeLessThanOrEqual(181);
    expect(texts.excerpt).toMatch(/^word word .*word…$/);
    expect(shareImageTexts(campaign, publicOf(approvedSpotlight(candidate, { ...nothing, story: true, quote: true }))).excerpt).toBe("Dignity first.");
  });
});
