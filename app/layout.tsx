import type { ReactNode } from "react";
import "./globals.css";

/** The root layout only passes pages through: `/` and `/{locale}/…` each render their own <html>, so the
 *  page's language attribute is always right (next-intl's example app does the same). */
export default function RootLayout({ children }: { children: ReactNode }) {
  return children;
}
