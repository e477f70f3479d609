// A catalogue cut down to some namespaces ("SignIn", or a nested one such as "ui.button"), for the browser:
// a page hands its client components only what they translate (see components/shell/client-messages.tsx).

type Messages = Record<string, unknown>;

export function pickMessages(messages: Messages, namespaces: readonly string[]): Messages {
  const picked: Messages = {};
  // Shorter first, so a namespace picked whole is never written into for a part of it.
  const ordered = [...new Set(namespaces)].sort((a, b) => a.length - b.length);
  const whole = (namespace: string) => ordered.some((other) => other !== namespace && namespace.startsWith(`${other}.`));
  for (const namespace of ordered) {
    if (whole(namespace)) continue;
    const keys = namespace.split(".");
    let source: unknown = messages;
    for (const key of keys) source = source && typeof source === "object" ? (source as Messages)[key] : undefined;
    if (source === undefined) throw new Error(`No message namespace "${namespace}"`);
    let target = picked;
    keys.slice(0, -1).forEach((key) => {
      if (typeof target[key] !== "object" || target[key] === null) target[key] = {};
      target = target[key] as Messages;
    });
    const last = keys[keys.length - 1]!;
    target[last] = source;
  }
  return picked;
}
