// Viewers as pure values, for unit tests of policies and of what a viewer is shown (no database).
import type { SignedInViewer } from "@/lib/auth/viewer-types";

export function signedInViewer(overrides: Partial<SignedInViewer> = {}): SignedInViewer {
  return {
    kind: "signed-in",
    id: "u1",
    email: "someone@example.org",
    displayName: "Someone",
    status: "ACTIVE",
    role: "MEMBER",
    locale: "en",
    twoFactorEnabled: false,
    organizationIds: [],
    representativeOf: [],
    sessionToken: "s",
    ...overrides,
  };
}
