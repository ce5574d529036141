/**
 * What the pane shows once there is something to show — a check's summary, findings and 识别结果, the
 * ignored findings — as one chunk: the first screen needs none of it, and it loads while the browser is
 * idle after the first paint (App.tsx, index.tsx).
 */
export { FindingsList } from "./FindingsList";
export { IgnoredList } from "./IgnoredList";
export { ReadingPanel } from "./ReadingPanel";
export { Summary } from "./Summary";
