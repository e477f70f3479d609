import localFont from "next/font/local";

// Inter, served from our own origin (no font CDN): the variable latin subset covers en, es, fr and pt.
// Other scripts fall back to the system font stack set in globals.css.
export const inter = localFont({
  src: "../node_modules/@fontsource-variable/inter/files/inter-latin-wght-normal.woff2",
  weight: "100 900",
  style: "normal",
  display: "swap",
  variable: "--font-inter",
});
