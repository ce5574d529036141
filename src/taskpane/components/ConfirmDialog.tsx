/**
 * A yes/cancel question that must be answered before anything is written (role alertdialog): a title,
 * what will happen, the confirming action first and 取消 beside it. Closing it any other way cancels.
 */
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from "@fluentui/react-components";
import type { ReactNode } from "react";
import { useStrings } from "../i18n";

export interface ConfirmDialogProps {
  open: boolean;
  title: string;
  /** The confirming button's label: says what it does (确认替换并插入, 删除). */
  confirm: string;
  children: ReactNode;
  onConfirm(): void;
  onCancel(): void;
}

export function ConfirmDialog({ open, title, confirm, children, onConfirm, onCancel }: ConfirmDialogProps) {
  const s = useStrings().templates;
  return (
    <Dialog open={open} modalType="alert" onOpenChange={(_e, d) => !d.open && onCancel()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{title}</DialogTitle>
          <DialogContent>{children}</DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={onConfirm}>
              {confirm}
            </Button>
            <Button onClick={onCancel}>{s.cancel}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
