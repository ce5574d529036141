/** Results and failures of the pane's actions as Fluent message bars, each dismissable. */
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { DismissRegular } from "@fluentui/react-icons";
import { useStrings } from "../i18n";
import type { MessageSlot, PaneMessage } from "../state/use-task-pane";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  body: { overflowWrap: "anywhere" },
});

export function MessageList({
  messages,
  onDismiss,
}: {
  messages: readonly PaneMessage[];
  onDismiss(slot: MessageSlot): void;
}) {
  const styles = useStyles();
  const s = useStrings();
  if (messages.length === 0) return null;
  return (
    <div className={styles.root}>
      {messages.map((m) => (
        <MessageBar
          key={m.slot}
          intent={m.intent}
          layout="multiline"
          politeness={m.intent === "error" ? "assertive" : "polite"}
        >
          <MessageBarBody className={styles.body}>{m.text}</MessageBarBody>
          <MessageBarActions
            containerAction={
              <Button
                appearance="transparent"
                aria-label={s.dismiss}
                icon={<DismissRegular />}
                onClick={() => onDismiss(m.slot)}
              />
            }
          />
        </MessageBar>
      ))}
    </div>
  );
}
