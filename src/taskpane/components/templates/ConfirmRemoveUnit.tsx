/** Before the unit's templates are deleted from the workbook: how many, and that the sheet is not touched. */
import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle } from "@fluentui/react-components";
import { useStrings } from "../../i18n";

export interface ConfirmRemoveUnitProps {
  count: number;
  open: boolean;
  onConfirm(): void;
  onCancel(): void;
}

export function ConfirmRemoveUnit({ count, open, onConfirm, onCancel }: ConfirmRemoveUnitProps) {
  const s = useStrings().templates;
  return (
    <Dialog open={open} modalType="alert" onOpenChange={(_e, d) => !d.open && onCancel()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{s.unitConfirmTitle}</DialogTitle>
          <DialogContent>{s.unitConfirmIntro(count)}</DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={onConfirm}>
              {s.unitConfirm}
            </Button>
            <Button onClick={onCancel}>{s.cancel}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
