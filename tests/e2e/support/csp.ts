// Content-Security-Policy parsing for the header checks.

export type Csp = Map<string, string[]>;

export function parseCsp(header: string): Csp {
  const directives: Csp = new Map();
  for (const part of header.split(";")) {
    const [name, ...sources] = part.trim().split(/\s+/).filter(Boolean);
    if (name && !directives.has(name.toLowerCase())) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

/** Sources that can only mean this site (or nothing at all). Any host, scheme or wildcard is foreign. */
export function isFirstPartySource(source: string): boolean {
  return (
    ["'self'", "'none'", "'unsafe-inline'", "data:", "blob:"].includes(source.toLowerCase()) ||
    /^'nonce-[A-Za-z0-9+/_=-]+'$/.test(source)
  );
}

/** Every source of every directive that would let the page load from or talk to another origin. */
export function foreignSources(csp: Csp): string[] {
  return [...csp].flatMap(([name, sources]) => sources.filter((source) => !isFirstPartySource(source)).map((source) => `${name} ${source}`));
}
