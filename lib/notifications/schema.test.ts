// The preferences form's input rules: which topics each role sets, and what the form's fields become.
import { describe, expect, it } from "vitest";
import { MEMBER_TOPICS, notificationSettingsSchema, topicsFor } from "./schema";

const everyMemberTopic = Object.fromEntries(MEMBER_TOPICS.map((topic) => [topic, "WEEKLY"]));

describe("notification settings input", () => {
  it("offers applications to admins only and flags to moderators and admins", () => {
    expect(topicsFor("MEMBER")).toEqual([...MEMBER_TOPICS]);
    expect(topicsFor("MODERATOR")).toEqual([...MEMBER_TOPICS, "FLAG"]);
    expect(topicsFor("ADMIN")).toEqual([...MEMBER_TOPICS, "APPLICATION", "FLAG"]);
  });

  it("reads the radio groups, the zone and the checkbox; staff topics only when sent", () => {
    expect(notificationSettingsSchema.parse({ ...everyMemberTopic, MENTION: "OFF", timeZone: "Asia/Kolkata", mailShowsTitles: "on" })).toEqual({
      deliveries: { ...everyMemberTopic, MENTION: "OFF" },
      timeZone: "Asia/Kolkata",
      mailShowsTitles: true,
    });
    expect(notificationSettingsSchema.parse({ ...everyMemberTopic, FLAG: "DAILY", timeZone: "UTC" })).toEqual({ deliveries: { ...everyMemberTopic, FLAG: "DAILY" }, timeZone: "UTC", mailShowsTitles: false });
  });

  it("refuses a missing member topic, an unknown delivery or zone, on their fields", () => {
    const { MENTION: _missing, ...withoutMention } = everyMemberTopic;
    const result = notificationSettingsSchema.safeParse({ ...withoutMention, REPLY: "HOURLY", APPLICATION: "NEVER", timeZone: "Nowhere/Land" });
    expect(result.success ? [] : result.error.issues.map((issue) => issue.path.join(".")).sort()).toEqual(["APPLICATION", "MENTION", "REPLY", "timeZone"]);
  });
});
