/**
 * The pane's root: Fluent theme and language around App. Rule metadata comes from the rule catalog, not
 * the registry: the rules' code (and the rest of the engine) loads when the pane first checks.
 */
import { FluentProvider, type Theme } from "@fluentui/react-components";
import { RULE_CATALOG, type RuleInfo } from "../core/rules/catalog";
import type { WorkbookGateway } from "../host/gateway";
import { App } from "./components/App";
import { StringsContext, zhCN, type Strings } from "./i18n";

/** The theme's background covers the whole pane, not just the content. */
const FILL = { minHeight: "100vh" };

export interface TaskPaneProps {
  gateway: WorkbookGateway;
  theme: Theme;
  strings?: Strings;
  rules?: readonly RuleInfo[];
}

export function TaskPane({ gateway, theme, strings = zhCN, rules = RULE_CATALOG }: TaskPaneProps) {
  return (
    <FluentProvider theme={theme} lang={strings.lang} style={FILL}>
      <StringsContext.Provider value={strings}>
        <App gateway={gateway} rules={rules} />
      </StringsContext.Provider>
    </FluentProvider>
  );
}

/** Shown instead of the pane when there is no Excel to talk to (the page opened in a plain browser). */
export function NoHost({
  theme,
  strings = zhCN,
  message,
}: {
  theme: Theme;
  strings?: Strings;
  message: string;
}) {
  return (
    <FluentProvider theme={theme} lang={strings.lang} style={FILL}>
      <main role="alert" style={{ padding: 16 }}>
        <h1 style={{ fontSize: 20, margin: "0 0 8px" }}>{strings.productName}</h1>
        <p>{message}</p>
      </main>
    </FluentProvider>
  );
}
