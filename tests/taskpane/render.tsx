/** Renders the whole task pane (Fluent provider, strings, App) around a fake gateway. */
import { webLightTheme } from "@fluentui/react-components";
import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { TaskPane } from "../../src/taskpane/TaskPane";
import type { Strings } from "../../src/taskpane/i18n";
import { TEST_RULE_META, fakeGateway, type FakeGateway } from "./fixtures";

export async function renderPane(gateway: FakeGateway = fakeGateway(), strings?: Strings) {
  const user = userEvent.setup();
  const view = render(
    <TaskPane gateway={gateway} theme={webLightTheme} strings={strings} rules={TEST_RULE_META} />,
  );
  // Loading the stored state is the first thing the pane does; wait until the buttons are live.
  await screen.findByText(strings ? strings.intro : /点击「检查」/);
  return { ...view, user, gateway };
}

/** Render and run one check; resolves when the summary is shown. */
export async function renderChecked(gateway: FakeGateway = fakeGateway()) {
  const r = await renderPane(gateway);
  await r.user.click(screen.getByRole("button", { name: "检查" }));
  await screen.findByRole("heading", { name: "检查结果" });
  return r;
}

/**
 * An open confirmation as a screen reader meets it. Fluent's focus layer hides the pane behind a modal
 * dialog (aria-hidden, on a 250 ms timer); once the pane's tabs are gone from the accessibility tree,
 * the dialog must still be in it, by its role and name. Asking before the timer has run would pass even
 * when the dialog is hidden along with the pane.
 */
export async function findModalDialog(name: string): Promise<HTMLElement> {
  await waitFor(() => expect(screen.queryByRole("tablist")).toBeNull());
  return screen.getByRole("alertdialog", { name });
}

/** Waits until the dialog has left the page (it fades out) and the pane is exposed again behind it. */
export async function waitForDialogClosed(): Promise<void> {
  await waitFor(() => expect(screen.queryByRole("alertdialog", { hidden: true })).toBeNull());
  await screen.findByRole("tablist");
}
