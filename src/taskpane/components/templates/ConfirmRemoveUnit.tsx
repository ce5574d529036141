/** Before the unit's templates are deleted from the workbook: how many, and that the sheet is not touched. */
import { useStrings } from "../../i18n";
import { ConfirmDialog } from "../ConfirmDialog";

export interface ConfirmRemoveUnitProps {
  count: number;
  open: boolean;
  onConfirm(): void;
  onCancel(): void;
}

export function ConfirmRemoveUnit({ count, open, onConfirm, onCancel }: ConfirmRemoveUnitProps) {
  const s = useStrings().templates;
  return (
    <ConfirmDialog
      open={open}
      title={s.unitConfirmTitle}
      confirm={s.unitConfirm}
      onConfirm={onConfirm}
      onCancel={onCancel}
    >
      {s.unitConfirmIntro(count)}
    </ConfirmDialog>
  );
}
