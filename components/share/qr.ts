import QRCode from "qrcode";

/**
 * A share link as a QR code (SVG text), for the estimator's result and the caseload's households. Loaded
 * with import() only when wanted, so the QR library stays off every page's first load. The library is
 * CommonJS, so it is imported here by its default export, which every bundler gives (esbuild's split
 * chunk of a CommonJS module offers nothing else to import()).
 */
export function qrSvg(url: string): Promise<string> {
  return QRCode.toString(url, { type: "svg", margin: 1, errorCorrectionLevel: "M" });
}
