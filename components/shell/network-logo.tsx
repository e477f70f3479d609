/** The network's mark beside its name, in the member area's header and the public pages'. */
export function NetworkLogo() {
  return (
    <svg aria-hidden="true" viewBox="0 0 24 24" className="size-7 shrink-0 text-brand-700" fill="currentColor">
      <circle cx="6" cy="8" r="3" />
      <circle cx="18" cy="8" r="3" />
      <circle cx="12" cy="17" r="3" />
      <path d="M6 8l6 9 6-9" fill="none" stroke="currentColor" strokeWidth="1.5" />
    </svg>
  );
}
