import { describe, expect, it } from "vitest";
import { approvedSpotlight, campaignSchedule, campaignState, excerpt, previewFingerprint, readApprovedSpotlight, shareImageTexts, shareLinks, type SpotlightCandidate } from "./format";
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

describe("a campaign's state and schedule", () => {
  const at = (value: string) => new Date(value);
  it("is preparing without a publication day, scheduled before it, live from it, ended after its last day", () => {
    const campaign = { publishAt: at("2026-12-10T00:00:00Z"), endsOn: at("2026-12-21T00:00:00Z") };
    expect(campaignState({ ...campaign, publishAt: null }, at("2026-12-01T00:00:00Z"))).toBe("preparing");
    expect(campaignState(campaign, at("2026-12-09T23:59:00Z"))).toBe("scheduled");
    expect(campaignState(campaign, at("2026-12-21T23:00:00Z")), "its last day included").toBe("live");
    expect(campaignState(campaign, at("2026-12-22T00:00:00Z"))).toBe("ended");
  });

  it("lists each day in order, flagging a spotlight without consent or before its campaign", () => {
    const spotlight = (id: string, day: string, consent: "APPROVED" | "REQUESTED", publishedAt: Date | null = null) => ({ id, publishAt: at(`${day}T00:00:00Z`), publishedAt, consent });
    const schedule = campaignSchedule({ publishAt: at("2026-12-10T00:00:00Z") }, [spotlight("late", "2026-12-12", "REQUESTED"), spotlight("early", "2026-12-09", "APPROVED"), spotlight("first", "2026-12-10", "APPROVED", at("2026-12-10T00:01:00Z"))], at("2026-12-11T00:00:00Z"));
    expect(schedule.map((day) => [day.day, day.campaignGoesLive, day.spotlights.map((entry) => [entry.spotlight.id, entry.live, entry.warnings])])).toEqual([
      ["2026-12-09", false, [["early", false, ["beforeCampaign"]]]],
      ["2026-12-10", true, [["first", true, []]]],
      ["2026-12-12", false, [["late", false, ["withoutConsent"]]]],
    ]);
  });
});

describe("share links", () => {
  const links = shareLinks("https://network.example.org/campaigns/brules10/amina", "Amina · Bangkok Rules at 10", ["BangkokRules10", "womeninprison"]);
  const byNetwork = Object.fromEntries(links.map((link) => [link.network, new URL(link.href)]));

  it("is one plain link per network, to the network's own share address, with the page's URL and hashtags", () => {
    expect(links.map((link) => link.network)).toEqual(["X", "Facebook", "LinkedIn", "WhatsApp", "Bluesky", "Telegram", "email"]);
    expect(Object.fromEntries(Object.entries(byNetwork).map(([network, url]) => [network, url.protocol === "mailto:" ? "mailto:" : url.origin + url.pathname]))).toEqual({
      X: "https://x.com/intent/tweet",
      Facebook: "https://www.facebook.com/sharer/sharer.php",
      LinkedIn: "https://www.linkedin.com/sharing/share-offsite/",
      WhatsApp: "https://wa.me/",
      Bluesky: "https://bsky.app/intent/compose",
      Telegram: "https://t.me/share/url",
      email: "mailto:",
    });
    expect([byNetwork.X!.searchParams.get("url"), byNetwork.X!.searchParams.get("hashtags")]).toEqual(["https://network.example.org/campaigns/brules10/amina", "BangkokRules10,womeninprison"]);
    expect(byNetwork.Bluesky!.searchParams.get("text")).toBe("Amina · Bangkok Rules at 10 #BangkokRules10 #womeninprison https://network.example.org/campaigns/brules10/amina");
    expect(byNetwork.Facebook!.searchParams.get("u")).toBe("https://network.example.org/campaigns/brules10/amina");
  });

  it("carries no tracking parameter, and spaces in mail links as %20", () => {
    for (const link of links) expect(link.href, link.network).not.toMatch(/utm_|fbclid|ref=/);
    const mail = links.find((link) => link.network === "email")!.href;
    expect(mail).not.toContain("+");
    expect(decodeURIComponent(mail)).toContain("\n\nhttps://network.example.org/campaigns/brules10/amina");
  });
});

describe("excerpt", () => {
  it("keeps a short text, and cuts a long one at a word with an ellipsis", () => {
    expect(excerpt("  Short\n story. ")).toBe("Short story.");
    const cut = excerpt("word ".repeat(100), 30);
    expect([cut, cut.length <= 30]).toEqual(["word word word word word…", true]);
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
