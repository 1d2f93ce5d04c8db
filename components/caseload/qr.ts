import QRCode from "qrcode";

/**
 * A household's share link as a QR code (SVG text). Its own module, loaded with import() when the page
 * is idle: the QR library stays off the page's first load. The library is CommonJS, so it is imported
 * here by its default export, which every bundler gives (esbuild's split chunk of a CommonJS module
 * offers nothing else to import()).
 */
export function qrSvg(url: string): Promise<string> {
  return QRCode.toString(url, { type: "svg", margin: 1, errorCorrectionLevel: "M" });
}
