/**
 * The toolbar's ⋯ menu (添加「检查结果」工作表). Its own chunk: Fluent's menu brings its popover
 * positioning, which nothing on the first screen needs (Toolbar.tsx loads it lazily).
 */
import { Button, Menu, MenuItem, MenuList, MenuPopover, MenuTrigger } from "@fluentui/react-components";
import { MoreHorizontalRegular, TableAddRegular } from "@fluentui/react-icons";
import { useStrings } from "../i18n";

export interface MoreActionsProps {
  disabled: boolean;
  marksSupported: boolean;
  onResultsSheet(): void;
}

export default function MoreActions({ disabled, marksSupported, onResultsSheet }: MoreActionsProps) {
  const s = useStrings();
  return (
    <Menu>
      <MenuTrigger disableButtonEnhancement>
        <Button
          appearance="subtle"
          icon={<MoreHorizontalRegular />}
          aria-label={s.moreActions}
          title={s.moreActions}
        />
      </MenuTrigger>
      <MenuPopover>
        <MenuList>
          <MenuItem
            icon={<TableAddRegular />}
            disabled={disabled}
            onClick={onResultsSheet}
            title={marksSupported ? s.resultsSheetHint : s.marksUnsupported}
          >
            {s.resultsSheet}
          </MenuItem>
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}
