// React DOM on its own, so the browser evaluates it in a task of its own (see start.ts).
export { hydrateRoot } from "react-dom/client";
