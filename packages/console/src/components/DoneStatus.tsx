import Alert from "@mui/material/Alert";
import { useCallback } from "react";

/**
 * Says what an action did, and takes the keyboard focus: used where the control that had it is gone afterwards (an
 * ended link's button, an answered request's card), so focus lands on the outcome instead of the page's start.
 * A new message is a new alert, focused again.
 */
export function DoneStatus({ message }: { message: string | null }) {
  // A stable callback ref: called when the alert mounts, not on every render, so typing elsewhere keeps its focus.
  const focus = useCallback((node: HTMLDivElement | null) => node?.focus(), []);
  if (!message) return null;
  return (
    <Alert key={message} ref={focus} tabIndex={-1} severity="success" role="status">
      {message}
    </Alert>
  );
}
