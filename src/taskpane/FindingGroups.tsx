import { Button, Link, Subtitle2, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { UiMessages } from "../i18n";
import { ShowMore } from "./ShowMore";
import type { FindingGroup, SheetFindings } from "./state/findingGroups";
import { usePaged } from "./usePaged";

/** Findings a group shows before 显示更多. */
const PAGE = 20;
/** Groups this small open by themselves; larger ones show their count and open on a click. */
const OPEN_UP_TO = 5;

const useStyles = makeStyles({
  sheet: { margin: "12px 0 4px" },
  group: { borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, padding: "2px 0" },
  header: { width: "100%", justifyContent: "flex-start", textAlign: "start", minWidth: 0, padding: "4px 0", height: "auto" },
  headerText: { display: "flex", flexWrap: "wrap", gap: "0 6px", alignItems: "baseline", overflowWrap: "anywhere" },
  hint: { display: "block", color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200, margin: "0 0 4px" },
  list: { listStyleType: "none", padding: 0, margin: "0 0 6px" },
  item: { padding: "4px 0", overflowWrap: "anywhere" },
  error: { color: tokens.colorStatusDangerForeground1, fontWeight: tokens.fontWeightSemibold },
  warning: { color: tokens.colorStatusWarningForeground2, fontWeight: tokens.fontWeightSemibold },
  link: { ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "1px" } },
});

interface ItemsProps {
  S: UiMessages;
  group: FindingGroup;
  onSelect: (sheet: string, cell: string) => void;
}

/** A group's findings, a page at a time; a click on a cell selects it. */
function GroupItems({ S, group, onSelect }: ItemsProps) {
  const styles = useStyles();
  const { shown, remaining, more } = usePaged(group.findings, PAGE);
  return (
    <>
      <Text className={styles.hint}>{S.findingHints[group.code].hint}</Text>
      <ul className={styles.list}>
        {shown.map((f, i) => (
          <li key={i} className={styles.item} data-code={f.code}>
            <Link as="button" className={styles.link} onClick={() => onSelect(f.sheet, f.cell)} aria-label={S.selectCell(f.sheet, f.cell)}>
              {f.sheet}!{f.cell}
            </Link>{" "}
            <Text>{f.message}</Text>
          </li>
        ))}
      </ul>
      <ShowMore S={S} remaining={remaining} onMore={more} />
    </>
  );
}

function Group({ S, group, onSelect }: ItemsProps) {
  const styles = useStyles();
  const [open, setOpen] = useState(group.findings.length <= OPEN_UP_TO);
  const error = group.severity === "error";
  return (
    <div className={styles.group}>
      <Button appearance="transparent" className={styles.header} aria-expanded={open} onClick={() => setOpen(!open)}>
        <span className={styles.headerText}>
          <span className={error ? styles.error : styles.warning}>{error ? S.errorLabel : S.warningLabel}</span>
          <span>{S.findingHints[group.code].title}</span>
          <span>({group.findings.length})</span>
        </span>
      </Button>
      {open && <GroupItems S={S} group={group} onSelect={onSelect} />}
    </div>
  );
}

/** One sheet's findings under its name, by code, with counts. */
export function FindingGroups({ S, sheet, onSelect }: { S: UiMessages; sheet: SheetFindings; onSelect: ItemsProps["onSelect"] }) {
  const styles = useStyles();
  return (
    <div>
      <Subtitle2 as="h3" className={styles.sheet} block>
        {sheet.sheet}
      </Subtitle2>
      {sheet.groups.map((g) => (
        <Group key={g.key} S={S} group={g} onSelect={onSelect} />
      ))}
    </div>
  );
}
