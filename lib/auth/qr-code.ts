import "server-only";
import { toString } from "qrcode";

/**
 * The QR code of an otpauth:// URI as an SVG document, drawn on the server: the secret never leaves for
 * another site (no chart API, no image service), and the code shows without JavaScript.
 */
export async function qrCodeSvg(text: string): Promise<string> {
  const svg = await toString(text, { type: "svg", errorCorrectionLevel: "M", margin: 2, color: { dark: "#000000", light: "#ffffff" } });
  // Presentational inside its labelled wrapper; sized by the wrapper.
  return svg.replace("<svg ", '<svg aria-hidden="true" focusable="false" width="100%" height="100%" ');
}
