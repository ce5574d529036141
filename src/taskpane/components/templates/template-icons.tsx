/** An icon per built-in template type; a unit's own templates get the generic one. */
import {
  BookRegular,
  CalculatorRegular,
  ClipboardSearchRegular,
  DesktopRegular,
  DocumentRegular,
  FoodRegular,
  HatGraduationRegular,
  HeartRegular,
  PeopleTeamRegular,
  PersonAddRegular,
  ServerRegular,
} from "@fluentui/react-icons";
import type { ReactElement } from "react";

const ICONS: Record<string, () => ReactElement> = {
  meeting: () => <PeopleTeamRegular />,
  training: () => <HatGraduationRegular />,
  inspection: () => <ClipboardSearchRegular />,
  reception: () => <FoodRegular />,
  publishing: () => <BookRegular />,
  "it-ops": () => <ServerRegular />,
  staffing: () => <PersonAddRegular />,
  retiree: () => <HeartRegular />,
  outsourcing: () => <CalculatorRegular />,
  equipment: () => <DesktopRegular />,
};

export function TemplateIcon({ id }: { id: string }) {
  const icon = ICONS[id];
  return <span aria-hidden="true">{icon ? icon() : <DocumentRegular />}</span>;
}
