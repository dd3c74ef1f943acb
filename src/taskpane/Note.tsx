import { MessageBar, MessageBarBody, type MessageBarProps, useId } from "@fluentui/react-components";
import type { ReactNode } from "react";

/**
 * A message bar without a title, labelled by its own text: Fluent's MessageBar points aria-labelledby at a
 * MessageBarTitle, and without one at an id that does not exist.
 */
export function Note({ children, actions, ...props }: Omit<MessageBarProps, "children"> & { children: ReactNode; actions?: ReactNode }) {
  const id = useId("note-");
  return (
    <MessageBar {...props} aria-labelledby={id}>
      <MessageBarBody id={id}>{children}</MessageBarBody>
      {actions}
    </MessageBar>
  );
}
