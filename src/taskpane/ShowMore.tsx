import { Button } from "@fluentui/react-components";
import type { UiMessages } from "../i18n";

/** 显示更多 under a paged list, while items remain. */
export function ShowMore({ S, remaining, onMore }: { S: UiMessages; remaining: number; onMore: () => void }) {
  if (remaining <= 0) return null;
  return (
    <Button size="small" appearance="secondary" onClick={onMore}>
      {S.showMore(remaining)}
    </Button>
  );
}
