import { LocaleSwitch } from "@/components/layout/locale-switch";

/** A page the slot does not match (a locale's 404): the other language's home page. */
export default function Languages() {
  return <LocaleSwitch path="/" />;
}
